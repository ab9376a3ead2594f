"""iCalendar (RFC 5545) files of sessions and programmes, built with the icalendar library."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from core.richtext import html_to_text

PRODID = "-//Ministry of Science and Higher Education of Kazakhstan//Forum portal//EN"


def _new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    return calendar


def _people(session):
    lines = []
    for participation in session.participations.all():
        lines.append(f"{participation.get_role_display()}: {participation.speaker.name}")
    return lines


def session_event(session, *, request):
    event = Event()
    event.add("uid", f"session-{session.pk}@{request.get_host()}")
    event.add("dtstamp", timezone.now())
    event.add("summary", session.title)
    if session.starts_at:
        event.add("dtstart", session.starts_at)
        if session.ends_at:
            event.add("dtend", session.ends_at)
    else:
        # The hour is not known: an all-day event on the session's day.
        event.add("dtstart", session.day)
        event.add("dtend", session.day + datetime.timedelta(days=1))
    description = html_to_text(session.description)
    text = "\n".join(filter(None, [session.get_kind_display(), description, *_people(session)]))
    event.add("description", text)
    if session.hall:
        event.add("location", session.hall.name)
    event.add("url", request.build_absolute_uri(session.get_absolute_url()))
    event.add("categories", [session.get_kind_display()])
    return event


def _finish(calendar):
    calendar.add_missing_timezones()
    return calendar


def session_calendar(session, *, request):
    calendar = _new_calendar(session.title)
    calendar.add_component(session_event(session, request=request))
    return _finish(calendar)


def forum_calendar(forum, sessions, *, request):
    calendar = _new_calendar(_("%(forum)s: programme") % {"forum": forum.title})
    for session in sessions:
        calendar.add_component(session_event(session, request=request))
    return _finish(calendar)
