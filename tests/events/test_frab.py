"""A forum's programme in the frab format (JSON and XML) for conference schedule apps."""

import datetime
import json
from xml.etree import ElementTree

import pytest

from tests.factories import (
    ForumFactory,
    HallFactory,
    ParticipationFactory,
    SessionFactory,
    TopicFactory,
)
from tests.html import parse

pytestmark = pytest.mark.django_db

EVENT_KEYS = {
    "guid",
    "id",
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
    "persons",
    "links",
    "attachments",
}


@pytest.fixture
def forum():
    forum = ForumFactory(
        slug="ii",
        title_en="II Forum",
        title_ru="II Форум",
        venue_en="Congress centre",
        start_date=datetime.date(2025, 10, 29),
        end_date=datetime.date(2025, 10, 30),
    )
    plenary = SessionFactory(
        forum=forum,
        slug="plenary",
        kind="plenary",
        title_en="Plenary session",
        title_ru="Пленарное заседание",
        description_en="<p>Opening &amp; welcome.</p>",
        hall=HallFactory(name_en="Main hall", name_ru="Главный зал"),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(11, 30),
    )
    plenary.topics.add(TopicFactory(name_en="Science"))
    ParticipationFactory(
        session=plenary,
        speaker__name_en="Sayasat Nurbek",
        speaker__name_ru="Саясат Нурбек",
        role="moderator",
    )
    ParticipationFactory(session=plenary, speaker__status="draft")
    SessionFactory(
        forum=forum,
        slug="walk",
        title_en="Campus walk",
        day=datetime.date(2025, 10, 30),
        start_time=datetime.time(15, 0),
        end_time=None,
    )
    SessionFactory(forum=forum, slug="no-hour", start_time=None, end_time=None)
    SessionFactory(forum=forum, slug="no-day", day=None, start_time=None, end_time=None)
    SessionFactory(forum=forum, slug="draft", status="draft")
    return forum


def test_frab_json_has_the_schedule_structure(client, forum):
    response = client.get("/en/forums/ii/programme.frab.json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Language"] == "en"
    conference = response.json()["schedule"]["conference"]
    assert {key: conference[key] for key in ("acronym", "title", "start", "end", "daysCount")} == {
        "acronym": "ii",
        "title": "II Forum",
        "start": "2025-10-29",
        "end": "2025-10-30",
        "daysCount": 2,
    }
    assert conference["time_zone_name"] == "Asia/Almaty"
    first, second = conference["days"]
    assert (first["index"], first["date"], first["day_start"]) == (
        0,
        "2025-10-29",
        "2025-10-29T00:00:00+05:00",
    )
    [event] = first["rooms"]["Main hall"]
    assert set(event) == EVENT_KEYS
    assert {
        key: event[key]
        for key in ("date", "start", "duration", "room", "slug", "title", "type", "language")
    } == {
        "date": "2025-10-29T10:00:00+05:00",
        "start": "10:00",
        "duration": "01:30",
        "room": "Main hall",
        "slug": "plenary",
        "title": "Plenary session",
        "type": "Plenary session",
        "language": "en",
    }
    assert event["description"] == "Opening & welcome."
    assert event["track"] == "Science"
    assert event["url"] == "http://testserver/en/sessions/plenary/"
    assert [p["public_name"] for p in event["persons"]] == ["Sayasat Nurbek"]
    # No hall: the forum's venue; no end time: no duration.
    [walk] = second["rooms"]["Congress centre"]
    assert (walk["slug"], walk["start"], walk["duration"]) == ("walk", "15:00", "00:00")


def test_sessions_without_a_known_hour_are_left_out(client, forum):
    days = json.loads(client.get("/en/forums/ii/programme.frab.json").content)["schedule"][
        "conference"
    ]["days"]
    exported = [event["slug"] for day in days for room in day["rooms"].values() for event in room]
    assert exported == ["plenary", "walk"]


def test_guid_is_stable_across_languages(client, forum):
    def guid(language):
        data = client.get(f"/{language}/forums/ii/programme.frab.json").json()
        return data["schedule"]["conference"]["days"][0]["rooms"]

    [en] = guid("en")["Main hall"]
    [ru] = guid("ru")["Главный зал"]
    assert en["guid"] == ru["guid"]
    assert (ru["title"], ru["language"]) == ("Пленарное заседание", "ru")


def test_frab_xml_is_well_formed_and_in_the_requested_language(client, forum):
    response = client.get("/ru/forums/ii/programme.frab.xml")
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    root = ElementTree.fromstring(response.content)
    assert root.tag == "schedule"
    assert root.findtext("conference/title") == "II Форум"
    assert root.findtext("conference/days") == "2"
    days = root.findall("day")
    assert [(d.get("index"), d.get("date")) for d in days] == [
        ("1", "2025-10-29"),
        ("2", "2025-10-30"),
    ]
    [room] = days[0].findall("room")
    assert room.get("name") == "Главный зал"
    [event] = room.findall("event")
    assert event.get("id") and event.get("guid")
    assert event.findtext("start") == "10:00"
    assert event.findtext("duration") == "01:30"
    assert event.findtext("title") == "Пленарное заседание"
    assert event.findtext("language") == "ru"
    assert [p.text for p in event.findall("persons/person")] == ["Саясат Нурбек"]
    [walk_room] = days[1].findall("room")
    assert walk_room.get("name") == "Congress centre"


def test_a_room_without_hall_or_venue_is_to_be_confirmed(client):
    SessionFactory(forum__slug="iii", slug="talk", hall=None)
    data = client.get("/en/forums/iii/programme.frab.json").json()
    assert list(data["schedule"]["conference"]["days"][0]["rooms"]) == ["Venue to be confirmed"]
    data = client.get("/kk/forums/iii/programme.frab.json").json()
    assert list(data["schedule"]["conference"]["days"][0]["rooms"]) == ["Өтетін орны нақтыланады"]


def test_unknown_or_draft_forum_is_404(client):
    forum = ForumFactory(slug="draft", status="draft")
    assert client.get("/en/forums/draft/programme.frab.json").status_code == 404
    assert client.get("/en/forums/nope/programme.frab.xml").status_code == 404
    forum.status = "published"
    forum.save()
    json_response = client.get("/en/forums/draft/programme.frab.json")
    assert json_response.json()["schedule"]["conference"]["acronym"] == forum.slug
    xml_response = client.get("/en/forums/draft/programme.frab.xml")
    assert (xml_response.status_code, xml_response["Content-Type"].split(";")[0]) == (
        200,
        "application/xml",
    )


def test_the_programme_page_links_to_both_exports(client, forum):
    links = {
        text: href
        for href, text, _attrs in parse(client.get("/en/forums/ii/programme/").content).links
    }
    assert links["frab JSON"] == "/en/forums/ii/programme.frab.json"
    assert links["frab XML"] == "/en/forums/ii/programme.frab.xml"


@pytest.mark.parametrize("export", ["programme.frab.json", "programme.frab.xml"])
def test_schedule_apps_on_other_sites_may_read_the_exports(client, forum, export):
    url = f"/kk/forums/ii/{export}"
    response = client.get(url, HTTP_ORIGIN="https://schedule.example.org")
    assert (response.status_code, response["Access-Control-Allow-Origin"]) == (200, "*")
    preflight = client.options(
        url, HTTP_ORIGIN="https://schedule.example.org", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    page = client.get("/kk/forums/ii/", HTTP_ORIGIN="https://schedule.example.org")
    assert page.status_code == 200
    assert not page.has_header("Access-Control-Allow-Origin")
