from django.urls import path

from partners import views

app_name = "partners"

urlpatterns = [
    path("council/", views.CouncilView.as_view(), name="council"),
    path("partner/", views.DashboardView.as_view(), name="dashboard"),
    path("partner/login/", views.LoginView.as_view(), name="login"),
    path("partner/logout/", views.LogoutView.as_view(), name="logout"),
    path("partner/password/", views.PasswordChangeView.as_view(), name="password-change"),
    path(
        "partner/password/done/",
        views.PasswordChangeDoneView.as_view(),
        name="password-change-done",
    ),
    path("partner/password-reset/", views.PasswordResetView.as_view(), name="password-reset"),
    path(
        "partner/password-reset/sent/",
        views.PasswordResetDoneView.as_view(),
        name="password-reset-done",
    ),
    path(
        "partner/password-reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password-reset-confirm",
    ),
    path(
        "partner/password-reset/complete/",
        views.PasswordResetCompleteView.as_view(),
        name="password-reset-complete",
    ),
    path(
        "partner/institutions/<slug:slug>/",
        views.InstitutionView.as_view(),
        name="institution",
    ),
    path(
        "partner/institutions/<slug:slug>/propose/",
        views.ProposalCreateView.as_view(),
        name="proposal-create",
    ),
    path(
        "partner/campuses/<slug:slug>/propose/",
        views.CampusProposalCreateView.as_view(),
        name="campus-proposal-create",
    ),
    path("partner/proposals/<int:pk>/", views.ProposalDetailView.as_view(), name="proposal-detail"),
    path(
        "partner/proposals/<int:pk>/logo/", views.ProposalLogoView.as_view(), name="proposal-logo"
    ),
    path(
        "partner/documents/<int:pk>/",
        views.DocumentDownloadView.as_view(),
        name="document-download",
    ),
]
