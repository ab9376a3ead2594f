from django.urls import path

from events.feeds import NewsFeed
from events.views import forums, news, sessions, speakers
from events.views.frab import FrabScheduleView

app_name = "events"

urlpatterns = [
    path("forums/", forums.ForumListView.as_view(), name="forum-list"),
    path("forums/<slug:slug>/", forums.ForumDetailView.as_view(), name="forum-detail"),
    path("forums/<slug:slug>/programme/", forums.ProgrammeView.as_view(), name="forum-programme"),
    path(
        "forums/<slug:slug>/programme.ics",
        sessions.ForumCalendarView.as_view(),
        name="forum-calendar",
    ),
    path(
        "forums/<slug:slug>/programme.frab.json",
        FrabScheduleView.as_view(format="json"),
        name="forum-frab-json",
    ),
    path(
        "forums/<slug:slug>/programme.frab.xml",
        FrabScheduleView.as_view(format="xml"),
        name="forum-frab-xml",
    ),
    path("programme/", forums.CurrentProgrammeView.as_view(), name="programme"),
    path("sessions/<slug:slug>/", sessions.SessionDetailView.as_view(), name="session-detail"),
    path(
        "sessions/<slug:slug>/calendar.ics",
        sessions.SessionCalendarView.as_view(),
        name="session-calendar",
    ),
    path("speakers/", speakers.SpeakerListView.as_view(), name="speaker-list"),
    path("speakers/<slug:slug>/", speakers.SpeakerDetailView.as_view(), name="speaker-detail"),
    path("news/", news.ArticleListView.as_view(), name="article-list"),
    path("news/feed/", NewsFeed(), name="article-feed"),
    path("news/<slug:slug>/", news.ArticleDetailView.as_view(), name="article-detail"),
]
