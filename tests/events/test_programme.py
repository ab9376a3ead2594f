"""The programme page: grouping by day and time, GET filters, and the language switch."""

import datetime

import pytest

from tests.factories import ForumFactory, HallFactory, SessionFactory, TopicFactory
from tests.html import parse

pytestmark = pytest.mark.django_db

DAY1, DAY2 = datetime.date(2025, 10, 29), datetime.date(2025, 10, 30)


@pytest.fixture
def programme():
    forum = ForumFactory(slug="ii", start_date=DAY1, end_date=DAY2)
    ai = TopicFactory(slug="ai", name_en="AI in education")
    tne = TopicFactory(slug="tne", name_en="Transnational education")
    hall = HallFactory(slug="coventry", name_en="Coventry University Kazakhstan")
    sessions = {
        "plenary": SessionFactory(
            forum=forum, kind="plenary", day=DAY2, start_time=datetime.time(10), title_en="Plenary"
        ),
        "panel": SessionFactory(
            forum=forum, kind="panel", day=DAY1, start_time=datetime.time(14), hall=hall,
            title_en="Panel AI",
        ),
        "early": SessionFactory(
            forum=forum, kind="panel", day=DAY1, start_time=datetime.time(9), title_en="Early panel"
        ),
        "council": SessionFactory(
            forum=forum, kind="council_meeting", day=None, start_time=None, end_time=None,
            title_en="Council",
        ),
    }  # fmt: skip
    sessions["panel"].topics.add(ai)
    sessions["plenary"].topics.add(ai, tne)
    SessionFactory(title_en="Other forum's session")
    SessionFactory(forum=forum, status="draft", title_en="Draft session")
    return forum


def titles(response):
    return [t for h, t, _a in parse(response.content).links if "/sessions/" in h]


def test_sessions_by_day_then_time_and_unknown_days_last(client, programme):
    response = client.get("/en/forums/ii/programme/")
    text = response.content.decode()
    assert titles(response) == ["Early panel", "Panel AI", "Plenary", "Council"]
    assert text.index("29 October, Wednesday") < text.index("30 October, Thursday")
    assert text.index("30 October, Thursday") < text.index("Day to be confirmed")
    assert "4 sessions" in text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("day=2025-10-29", ["Early panel", "Panel AI"]),
        ("topic=ai", ["Panel AI", "Plenary"]),
        ("topic=tne&day=2025-10-30", ["Plenary"]),
        ("kind=council_meeting", ["Council"]),
        ("hall=coventry", ["Panel AI"]),
        ("kind=plenary&hall=coventry", []),
    ],
)
def test_filters(client, programme, query, expected):
    response = client.get(f"/en/forums/ii/programme/?{query}")
    assert titles(response) == expected
    if not expected:
        assert "No session matches these filters." in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["day=bad", "day=2030-01-01", "topic=%3Cscript%3Ealert(1)%3C/script%3E", "kind=x", "hall=;",
     "page=abc", "day=&topic=&kind=&hall="],
)  # fmt: skip
def test_nonsense_filters_are_ignored(client, programme, query):
    response = client.get(f"/en/forums/ii/programme/?{query}")
    assert response.status_code == 200
    assert titles(response) == ["Early panel", "Panel AI", "Plenary", "Council"]
    assert "<script>alert" not in response.content.decode()


def test_the_form_keeps_the_chosen_filters(client, programme):
    text = client.get("/en/forums/ii/programme/?topic=ai&kind=panel").content.decode()
    assert '<option value="ai" selected>AI in education</option>' in text
    assert '<option value="panel" selected>Panel session</option>' in text
    assert '<form class="filters" method="get" action="/en/forums/ii/programme/"' in text


def test_filter_state_survives_a_language_switch(client, programme):
    page = parse(client.get("/en/forums/ii/programme/?topic=ai&day=2025-10-29").content)
    switch = next(href for href, text, _a in page.links if text == "Русский")
    response = client.get(switch)
    assert response.status_code == 302
    assert response["Location"] == "/ru/forums/ii/programme/?topic=ai&day=2025-10-29"
    russian = client.get(response["Location"])
    assert titles(russian) == [programme.sessions.get(title_en="Panel AI").title_ru]
    assert '<option value="ai" selected>' in russian.content.decode()


def test_programme_redirects_to_the_current_or_next_forum(client):
    ForumFactory(
        slug="old", start_date=datetime.date(2024, 10, 17), end_date=datetime.date(2024, 10, 18)
    )
    ForumFactory(
        slug="next", start_date=datetime.date(2099, 10, 1), end_date=datetime.date(2099, 10, 2)
    )
    response = client.get("/kk/programme/")
    assert response.status_code == 302
    assert response["Location"] == "/kk/forums/next/programme/"


def test_programme_without_forums_leads_to_the_forum_list(client):
    response = client.get("/en/programme/")
    assert response["Location"] == "/en/forums/"


def test_an_empty_programme_says_so(client):
    ForumFactory(slug="empty")
    text = client.get("/en/forums/empty/programme/").content.decode()
    assert "The programme has not been published yet." in text
    assert ".ics" not in text
    assert client.get("/en/forums/empty/programme.ics").status_code == 404
    SessionFactory(forum__slug="full")
    response = client.get("/en/forums/full/programme.ics")
    assert (response.status_code, response["Content-Type"].split(";")[0]) == (200, "text/calendar")


def test_clear_filters_appears_only_when_a_filter_is_on(client, programme):
    assert "Clear filters" not in client.get("/en/forums/ii/programme/").content.decode()
    assert "Clear filters" not in client.get("/en/forums/ii/programme/?kind=bad").content.decode()
    filtered = client.get("/en/forums/ii/programme/?kind=panel").content.decode()
    assert (
        '<a class="button button--secondary" href="/en/forums/ii/programme/">Clear filters</a>'
        in filtered
    )


@pytest.mark.parametrize(
    ("language", "heading", "forum_dates"),
    [
        ("kk", "29 қазан, сәрсенбі", "2025 жылғы 29–30 қазан"),
        ("ru", "29 октября, среда", "29–30 октября 2025"),
        ("en", "29 October, Wednesday", "29–30 October 2025"),
    ],
)
def test_dates_are_written_as_each_language_writes_them(
    client, programme, language, heading, forum_dates
):
    text = client.get(f"/{language}/forums/ii/programme/").content.decode()
    assert f'<h2 id="day-1"><time datetime="2025-10-29">{heading}</time></h2>' in text
    assert f'<p class="card__meta">{forum_dates} · ' in text
    assert f'<option value="2025-10-29">{heading}</option>' in text


def test_sessions_at_the_same_time_share_a_time_slot(client):
    forum = ForumFactory(slug="slots", start_date=DAY1, end_date=DAY1)
    for title in ("Track A", "Track B"):
        SessionFactory(forum=forum, day=DAY1, start_time=datetime.time(14), title_en=title)
    SessionFactory(forum=forum, day=DAY1, start_time=None, end_time=None, title_en="Visit")
    text = client.get("/en/forums/slots/programme/").content.decode()
    slot = '<h3 class="events-slot"><time datetime="2025-10-29T14:00:00+05:00">14:00</time></h3>'
    assert text.count(slot) == 1
    assert text.index(slot) < text.index("Track A") < text.index("Track B")
    assert (
        text.index("Track B")
        < text.index('<h3 class="events-slot">Time to be confirmed</h3>')
        < text.index("Visit")
    )


@pytest.mark.parametrize(
    ("language", "start", "end", "expected"),
    [
        ("en", DAY1, DAY1, "29 October 2025"),
        ("en", DAY1, datetime.date(2025, 11, 2), "29 October – 2 November 2025"),
        ("ru", DAY1, datetime.date(2025, 11, 2), "29 октября – 2 ноября 2025"),
        ("kk", DAY1, datetime.date(2025, 11, 2), "2025 жылғы 29 қазан – 2 қараша"),
        ("kk", datetime.date(2025, 12, 30), datetime.date(2026, 1, 2),
         "2025 жылғы 30 желтоқсан – 2026 жылғы 2 қаңтар"),
    ],
)  # fmt: skip
def test_date_ranges_name_shared_months_and_years_once(language, start, end, expected):
    from django.utils import translation

    from events.templatetags.event_dates import date_range

    with translation.override(language):
        assert date_range(start, end) == expected
