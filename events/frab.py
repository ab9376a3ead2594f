"""A forum's programme in the frab schedule format (JSON and XML) that conference apps read.

The text is in the language of the request. frab places every event in a day, a room and a
start time with a duration, so only sessions whose day and start time are known are exported;
the others stay on the programme page until their time is set. A session without an end time
has the duration 00:00; one without a hall is in the forum's venue, or "Venue to be confirmed".
"""

import datetime
import uuid

# The frab export writes XML and never parses any.
from xml.etree import ElementTree  # nosec B405
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.richtext import html_to_text

VERSION = "1.0"


def _hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _duration(session):
    if not session.end_time:
        return "00:00"
    delta = session.ends_at - session.starts_at
    return _hhmm(int(delta.total_seconds()) // 60)


def _room(session, forum):
    if session.hall:
        return session.hall.name
    return forum.venue or _("Venue to be confirmed")


def _guid(session, host):
    """Stable for a session whatever the language or the title."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://{host}/sessions/{session.pk}"))


def _event(session, forum, request):
    topics = list(session.topics.all())
    return {
        "guid": _guid(session, request.get_host()),
        "id": session.pk,
        "date": session.starts_at.isoformat(),
        "start": session.start_time.strftime("%H:%M"),
        "duration": _duration(session),
        "room": _room(session, forum),
        "slug": session.slug,
        "url": request.build_absolute_uri(session.get_absolute_url()),
        "title": session.title,
        "subtitle": "",
        "track": topics[0].name if topics else "",
        "type": str(session.get_kind_display()),
        "language": get_language(),
        "abstract": "",
        "description": html_to_text(session.description),
        "persons": [
            {"id": p.speaker.pk, "public_name": p.speaker.name, "role": p.role}
            for p in session.participations.all()
        ],
        "links": [],
        "attachments": [],
    }


def _day_bounds(day):
    start = datetime.datetime.combine(day, datetime.time(0, 0))
    return start, start + datetime.timedelta(days=1) - datetime.timedelta(seconds=1)


def schedule(forum, sessions, *, request):
    """The frab schedule as a dict (what ``schedule.json`` holds). ``sessions`` in programme
    order; those without a day or a start time are left out."""
    timed = [s for s in sessions if s.day and s.start_time]
    zone = ZoneInfo(settings.TIME_ZONE)
    days = []
    for index, day in enumerate(forum.days):
        start, end = (moment.replace(tzinfo=zone) for moment in _day_bounds(day))
        rooms = {}
        for session in (s for s in timed if s.day == day):
            rooms.setdefault(_room(session, forum), []).append(_event(session, forum, request))
        days.append(
            {
                "index": index,
                "date": day.isoformat(),
                "day_start": start.isoformat(),
                "day_end": end.isoformat(),
                "rooms": rooms,
            }
        )
    return {
        "schedule": {
            "version": VERSION,
            "base_url": request.build_absolute_uri("/"),
            "conference": {
                "acronym": forum.slug,
                "title": forum.title,
                "start": forum.start_date.isoformat(),
                "end": forum.end_date.isoformat(),
                "daysCount": len(days),
                "timeslot_duration": "00:15",
                "time_zone_name": settings.TIME_ZONE,
                "url": request.build_absolute_uri(forum.get_absolute_url()),
                "days": days,
            },
        }
    }


def _text(parent, tag, value):
    ElementTree.SubElement(parent, tag).text = str(value)


EVENT_TAGS = (
    "date",
    "start",
    "duration",
    "room",
    "slug",
    "url",
    "title",
    "subtitle",
    "track",
    "type",
    "language",
    "abstract",
    "description",
)


def schedule_xml(data):
    """The same schedule in frab's XML (``schedule.xml``), as bytes."""
    conference = data["schedule"]["conference"]
    root = ElementTree.Element("schedule")
    _text(root, "version", data["schedule"]["version"])
    head = ElementTree.SubElement(root, "conference")
    for tag in ("acronym", "title", "start", "end"):
        _text(head, tag, conference[tag])
    _text(head, "days", conference["daysCount"])
    for tag in ("timeslot_duration", "time_zone_name"):
        _text(head, tag, conference[tag])
    _text(head, "base_url", data["schedule"]["base_url"])
    for day in conference["days"]:
        day_element = ElementTree.SubElement(
            root,
            "day",
            index=str(day["index"] + 1),
            date=day["date"],
            start=day["day_start"],
            end=day["day_end"],
        )
        for name, events in day["rooms"].items():
            room = ElementTree.SubElement(day_element, "room", name=name)
            for event in events:
                element = ElementTree.SubElement(
                    room, "event", guid=event["guid"], id=str(event["id"])
                )
                for tag in EVENT_TAGS:
                    _text(element, tag, event[tag])
                persons = ElementTree.SubElement(element, "persons")
                for person in event["persons"]:
                    ElementTree.SubElement(persons, "person", id=str(person["id"])).text = person[
                        "public_name"
                    ]
                ElementTree.SubElement(element, "links")
                ElementTree.SubElement(element, "attachments")
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
