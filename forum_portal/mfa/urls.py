from django.urls import path

from forum_portal.mfa import views

app_name = "mfa"

urlpatterns = [
    path("", views.SetupView.as_view(), name="setup"),
    path("verify/", views.VerifyView.as_view(), name="verify"),
    path("authenticator/", views.AuthenticatorView.as_view(), name="totp"),
    path("recovery-codes/", views.RecoveryCodesView.as_view(), name="recovery-codes"),
    path(
        "authenticator/remove/",
        views.RemoveView.as_view(),
        {"kind": "authenticator"},
        name="remove-authenticator",
    ),
    path(
        "passkeys/<int:pk>/remove/",
        views.RemoveView.as_view(),
        {"kind": "passkey"},
        name="remove-passkey",
    ),
]
