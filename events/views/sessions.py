"""A session's page and the calendar files."""

from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.views.generic import DetailView, View

from events.calendars import forum_calendar, session_calendar
from events.views.common import visible_forums, visible_sessions
from events.views.forums import participations_for


class SessionQuerysetMixin:
    def get_queryset(self):
        user = self.request.user
        return (
            visible_sessions(user)
            .select_related("forum", "hall")
            .prefetch_related(
                "topics", "materials", Prefetch("participations", queryset=participations_for(user))
            )
        )


class SessionDetailView(SessionQuerysetMixin, DetailView):
    template_name = "events/session_detail.html"
    context_object_name = "session"


def calendar_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Content-Language"] = get_language()
    return response


class SessionCalendarView(SessionQuerysetMixin, View):
    """One session as an iCalendar file; a session whose day is unknown has none (404)."""

    def get(self, request, slug):
        session = get_object_or_404(self.get_queryset(), slug=slug)
        if session.day is None:
            raise Http404
        return calendar_response(session_calendar(session, request=request), f"{session.slug}.ics")


class ForumCalendarView(View):
    """A forum's whole programme (the sessions whose day is known) as an iCalendar file."""

    def get(self, request, slug):
        user = request.user
        forum = get_object_or_404(visible_forums(user), slug=slug)
        sessions = (
            visible_sessions(user)
            .of_forum(forum)
            .filter(day__isnull=False)
            .in_programme_order()
            .select_related("forum", "hall")
            .prefetch_related(Prefetch("participations", queryset=participations_for(user)))
        )
        if not sessions:
            raise Http404  # RFC 5545: a calendar holds at least one component
        return calendar_response(
            forum_calendar(forum, sessions, request=request), f"{forum.slug}.ics"
        )
