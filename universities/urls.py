from django.urls import path

from universities import views

app_name = "universities"

urlpatterns = [
    path(
        "institutions/<slug:slug>/",
        views.InstitutionDetailView.as_view(),
        name="institution-detail",
    ),
]
