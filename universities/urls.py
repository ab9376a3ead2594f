from django.urls import path

from universities import views

app_name = "universities"

urlpatterns = [
    path(
        "institutions/<slug:slug>/",
        views.InstitutionDetailView.as_view(),
        name="institution-detail",
    ),
    path("campuses/", views.CampusListView.as_view(), name="campus-list"),
    path(
        "campuses/statistics/",
        views.CampusStatisticsView.as_view(),
        name="campus-statistics",
    ),
    path(
        "campuses/open-data.csv",
        views.CampusExportView.as_view(),
        {"format": "csv"},
        name="campus-export-csv",
    ),
    path(
        "campuses/open-data.json",
        views.CampusExportView.as_view(),
        {"format": "json"},
        name="campus-export-json",
    ),
    path("campuses/<slug:slug>/", views.CampusDetailView.as_view(), name="campus-detail"),
]
