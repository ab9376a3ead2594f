"""Each public page runs a fixed number of SQL queries, however much data there is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    ArticleFactory,
    ForumFactory,
    HallFactory,
    InstitutionFactory,
    KeyFigureFactory,
    ParticipationFactory,
    SessionFactory,
    SessionMaterialFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _views_only(settings):
    """The views' own queries: the page cache adds one query once per change of content (and
    none for a kept page), measured in tests/portal/test_page_cache.py."""
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def forum():
    return ForumFactory(slug="ii")


def grow(forum, count):
    """Add ``count`` sessions, each with topics, a hall, people, materials; and news."""
    for _ in range(count):
        session = SessionFactory(forum=forum, hall=HallFactory())
        session.topics.add(TopicFactory(), TopicFactory())
        ParticipationFactory(session=session, role="moderator", affiliation=InstitutionFactory())
        ParticipationFactory(
            session=session, speaker=SpeakerFactory(affiliation=InstitutionFactory())
        )
        SessionMaterialFactory(session=session)
        KeyFigureFactory(forum=forum)
        ArticleFactory(forum=forum)
        shared = SpeakerFactory(slug=f"shared-{session.pk}")
        ParticipationFactory(session=session, speaker=shared, role="panelist")


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context)


URLS = [
    "/en/",
    "/en/forums/",
    "/en/forums/ii/",
    "/en/forums/ii/programme/",
    "/en/forums/ii/programme/?topic=topic-0&kind=panel",
    "/en/forums/ii/programme.ics",
    "/en/speakers/",
    "/en/speakers/?q=Speaker&forum=ii",
    "/en/news/",
    "/en/news/?forum=ii",
    "/en/news/feed/",
]


def test_list_pages_do_not_grow_with_the_data(client, forum):
    grow(forum, 5)
    small = {url: count_queries(client, url) for url in URLS}
    grow(forum, 60)
    large = {url: count_queries(client, url) for url in URLS}
    assert large == small


def test_detail_pages_do_not_grow_with_the_data(client, forum):
    session = SessionFactory(forum=forum)
    speaker = SpeakerFactory(slug="busy")
    urls = [session.get_absolute_url(), session.get_calendar_url(), "/en/speakers/busy/"]

    def add_people(count):
        for _ in range(count):
            ParticipationFactory(session=session, affiliation=InstitutionFactory())
            ParticipationFactory(speaker=speaker, session__forum=ForumFactory())
            SessionMaterialFactory(session=session)

    add_people(5)
    small = {url: count_queries(client, url) for url in urls}
    add_people(60)
    large = {url: count_queries(client, url) for url in urls}
    assert large == small


def test_programme_query_count(client, forum, django_assert_num_queries):
    grow(forum, 5)
    # forum, topics and halls for the form, whether there is a calendar, sessions,
    # their topics, their participations
    with django_assert_num_queries(7):
        client.get("/en/forums/ii/programme/")
