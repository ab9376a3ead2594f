"""iCalendar files, parsed back with the icalendar library."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.factories import ForumFactory, HallFactory, ParticipationFactory, SessionFactory

pytestmark = pytest.mark.django_db

ALMATY = ZoneInfo("Asia/Almaty")


def parse_calendar(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


@pytest.fixture
def session():
    session = SessionFactory(
        slug="plenary",
        title_kk="Пленарлық отырыс",
        title_ru="Пленарное заседание",
        title_en="Plenary session",
        description_en="<p>First.</p><p>Second &amp; last.</p>",
        day=datetime.date(2025, 10, 29),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(12, 0),
        hall=HallFactory(name_en="Main hall"),
    )
    ParticipationFactory(session=session, role="moderator", speaker__name_en="Sayasat Nurbek")
    return session


def test_session_calendar_is_valid_and_in_astana_time(client, session):
    response = client.get("/en/sessions/plenary/calendar.ics")
    calendar = parse_calendar(response)
    assert response["Content-Disposition"] == 'attachment; filename="plenary.ics"'
    assert calendar["VERSION"] == "2.0"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Almaty"]
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Plenary session"
    assert event["DTSTART"].dt == datetime.datetime(2025, 10, 29, 10, 0, tzinfo=ALMATY)
    assert event["DTSTART"].dt.astimezone(datetime.UTC).hour == 5
    assert event["DTSTART"].params["TZID"] == "Asia/Almaty"
    assert event["DTEND"].dt == datetime.datetime(2025, 10, 29, 12, 0, tzinfo=ALMATY)
    assert str(event["LOCATION"]) == "Main hall"
    assert str(event["URL"]) == "http://testserver/en/sessions/plenary/"
    assert str(event["UID"]) == f"session-{session.pk}@testserver"
    assert str(event["DESCRIPTION"]) == (
        "Panel session\nFirst.\nSecond & last.\nModerator: Sayasat Nurbek"
    )


@pytest.mark.parametrize(
    ("language", "summary", "kind"),
    [
        ("kk", "Пленарлық отырыс", "Панельдік сессия"),
        ("ru", "Пленарное заседание", "Панельная сессия"),
    ],
)
def test_session_calendar_text_is_in_the_requested_language(
    client, session, language, summary, kind
):
    calendar = parse_calendar(client.get(f"/{language}/sessions/plenary/calendar.ics"))
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == summary
    assert str(event["DESCRIPTION"]).startswith(kind)


def test_a_session_without_an_hour_is_an_all_day_event(client):
    SessionFactory(slug="visit", day=datetime.date(2025, 10, 29), start_time=None, end_time=None)
    [event] = parse_calendar(client.get("/en/sessions/visit/calendar.ics")).walk("VEVENT")
    assert event["DTSTART"].dt == datetime.date(2025, 10, 29)
    assert event["DTEND"].dt == datetime.date(2025, 10, 30)


def test_forum_calendar_holds_the_published_sessions_with_a_day(client):
    forum = ForumFactory(slug="ii", title_en="II Forum")
    SessionFactory(forum=forum, title_en="B", start_time=datetime.time(14, 0))
    SessionFactory(forum=forum, title_en="A", start_time=datetime.time(9, 0))
    SessionFactory(forum=forum, title_en="No day", day=None, start_time=None, end_time=None)
    SessionFactory(forum=forum, title_en="Draft", status="draft")
    SessionFactory(title_en="Another forum")

    calendar = parse_calendar(client.get("/en/forums/ii/programme.ics"))
    assert str(calendar["X-WR-CALNAME"]) == "II Forum: programme"
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["A", "B"]
