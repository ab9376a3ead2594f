"""A session's page and the calendar files."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.views.generic import DetailView, View

from events.calendars import forum_calendar, session_calendar
from events.models import Forum, Session


class SessionQuerysetMixin:
    def get_queryset(self):
        user = self.request.user
        return Session.objects.visible_to(user).with_programme(user).prefetch_related("materials")


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
        forum = get_object_or_404(Forum.objects.visible_to(user), slug=slug)
        sessions = (
            Session.objects.visible_to(user)
            .of_forum(forum)
            .filter(day__isnull=False)
            .in_programme_order()
            .with_programme(user)
        )
        if not sessions:
            raise Http404  # RFC 5545: a calendar holds at least one component
        return calendar_response(
            forum_calendar(forum, sessions, request=request), f"{forum.slug}.ics"
        )
