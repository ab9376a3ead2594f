"""The open data API: what each endpoint returns, in every language, and only published."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    ArticleFactory,
    BranchCampusFactory,
    CityFactory,
    CountryFactory,
    ForumFactory,
    HallFactory,
    InstitutionFactory,
    KeyFigureFactory,
    ParticipationFactory,
    ProgrammeFactory,
    SessionFactory,
    SpeakerFactory,
    TopicFactory,
)
from universities.models import BranchCampus, Institution, Programme

pytestmark = pytest.mark.django_db


def get(client, url, status=200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, response.content
    return response.json() if response.content else None


def slugs(page):
    return [item["slug"] for item in page["results"]]


def test_forums_have_every_language_and_only_published_ones(client):
    forum = ForumFactory(
        slug="ii-forum",
        title_kk="II форум",
        title_ru="II форум (ru)",
        title_en="II Forum",
        summary_en="Summary.",
        city=CityFactory(slug="astana", name_en="Astana"),
    )
    KeyFigureFactory(forum=forum, value_en="40", label_en="branch campuses")
    ForumFactory(slug="draft", status="draft")
    page = get(client, "/api/forums")
    assert page["count"] == 1
    [item] = page["results"]
    assert item["id"] == forum.pk
    assert item["title"] == {"kk": "II форум", "ru": "II форум (ru)", "en": "II Forum"}
    assert item["summary"] == {"kk": None, "ru": None, "en": "Summary."}
    assert item["city"]["slug"] == "astana"
    assert item["key_figures"] == [
        {
            "value": {"kk": None, "ru": None, "en": "40"},
            "label": {"kk": "филиал", "ru": "филиалов", "en": "branch campuses"},
        }
    ]
    assert item["web_page"] == {
        code: f"http://testserver/{code}/forums/ii-forum/" for code in ("kk", "ru", "en")
    }
    assert get(client, "/api/forums/ii-forum")["id"] == forum.pk


@pytest.mark.parametrize(
    "url",
    [
        "/api/forums/nope",
        "/api/forums/draft",
        "/api/sessions/nope",
        "/api/speakers/nope",
        "/api/institutions/nope",
        "/api/campuses/nope",
        "/api/news/nope",
    ],
)
def test_unknown_or_unpublished_slugs_are_a_json_404(client, url):
    ForumFactory(slug="draft", status="draft")
    # The positive control: the same route answers for a published one.
    ParticipationFactory(session__forum__slug="real", session__slug="real", speaker__slug="real")
    BranchCampusFactory(slug="real", parent__slug="real")
    ArticleFactory(slug="real")
    assert get(client, f"{url.rsplit('/', 1)[0]}/real")["slug"] == "real"
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response.json()["detail"].startswith("Not Found")


@pytest.fixture
def programme():
    forum = ForumFactory(slug="ii", start_date=datetime.date(2025, 10, 29))
    hall = HallFactory(slug="main", name_en="Main hall")
    science = TopicFactory(slug="science", name_en="Science")
    plenary = SessionFactory(
        forum=forum, slug="plenary", hall=hall, start_time=datetime.time(10, 0)
    )
    plenary.topics.add(science)
    panel = SessionFactory(
        forum=forum, slug="panel", day=datetime.date(2025, 10, 30), start_time=None, end_time=None
    )
    ParticipationFactory(session=plenary, speaker__slug="nurbek", role="moderator")
    ParticipationFactory(session=plenary, speaker__slug="hidden", speaker__status="draft")
    SessionFactory(forum=forum, slug="draft-session", status="draft")
    SessionFactory(forum__slug="draft-forum", forum__status="draft", slug="of-draft-forum")
    return forum, plenary, panel


def test_sessions_in_programme_order_with_their_people_topics_and_hall(client, programme):
    forum, plenary, _panel = programme
    page = get(client, "/api/sessions")
    assert slugs(page) == ["plenary", "panel"]
    item = page["results"][0]
    assert item["id"] == plenary.pk
    assert item["forum"] == {"id": forum.pk, "slug": "ii", "title": item["forum"]["title"]}
    assert item["starts_at"] == "2025-10-29T10:00:00+05:00"
    assert item["hall"]["name"]["en"] == "Main hall"
    assert [t["slug"] for t in item["topics"]] == ["science"]
    assert [(p["speaker"]["slug"], p["role"]) for p in item["participants"]] == [
        ("nurbek", "moderator")
    ]
    panel = page["results"][1]
    assert (panel["day"], panel["start_time"], panel["starts_at"]) == ("2025-10-30", None, None)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("forum=ii", ["plenary", "panel"]),
        ("forum=draft-forum", []),
        ("forum=unknown", []),
        ("day=2025-10-30", ["panel"]),
        ("topic=science", ["plenary"]),
        ("topic=science&day=2025-10-30", []),
    ],
)
def test_sessions_filter_by_forum_day_and_topic(client, programme, query, expected):
    assert slugs(get(client, f"/api/sessions?{query}")) == expected


def test_speakers_list_their_published_sessions(client, programme):
    SpeakerFactory(slug="no-sessions")
    page = get(client, "/api/speakers")
    assert slugs(page) == ["no-sessions", "nurbek"]
    nurbek = get(client, "/api/speakers/nurbek")
    assert [(s["slug"], s["forum"], s["role"]) for s in nurbek["sessions"]] == [
        ("plenary", "ii", "moderator")
    ]
    assert slugs(get(client, "/api/speakers?forum=ii")) == ["nurbek"]
    get(client, "/api/speakers/hidden", status=404)


def test_news_newest_first_without_drafts_or_scheduled_articles(client):
    forum = ForumFactory(slug="ii")
    older = ArticleFactory(slug="older", forum=forum)
    ArticleFactory(slug="newer")
    ArticleFactory(slug="draft", status="draft")
    ArticleFactory(slug="scheduled", publish_at=timezone.now() + datetime.timedelta(days=1))
    assert slugs(get(client, "/api/news")) == ["newer", "older"]
    assert slugs(get(client, "/api/news?forum=ii")) == ["older"]
    item = get(client, "/api/news/older")
    assert item["forum"]["slug"] == "ii"
    assert item["body"] == {"kk": None, "ru": None, "en": "<p>The body.</p>"}
    published = datetime.datetime.fromisoformat(item["published_at"])
    assert abs(published - older.publish_at) < datetime.timedelta(milliseconds=1)


def test_institutions_filter_by_kind_and_country(client):
    gb = CountryFactory(code="GB")
    InstitutionFactory(slug="coventry", country=gb)
    InstitutionFactory(slug="enu", kind=Institution.Kind.KAZAKH_UNIVERSITY)
    InstitutionFactory(slug="draft", status="draft")
    assert slugs(get(client, "/api/institutions")) == ["coventry", "enu"]
    assert slugs(get(client, "/api/institutions?kind=kazakh_university")) == ["enu"]
    assert slugs(get(client, "/api/institutions?country=gb")) == ["coventry"]
    assert get(client, "/api/institutions/coventry")["country"]["code"] == "GB"


@pytest.fixture
def campuses():
    gb, cn = CountryFactory(code="GB"), CountryFactory(code="CN")
    astana = CityFactory(slug="astana", name_en="Astana")
    coventry = BranchCampusFactory(
        slug="coventry", name_en="Coventry University Kazakhstan", parent__country=gb, city=astana
    )
    ProgrammeFactory(campus=coventry, level=Programme.Level.MASTER, field=Programme.Field.ICT)
    luban = BranchCampusFactory(
        slug="luban",
        name_en="Luban Workshop",
        parent__country=cn,
        parent__status="draft",
        kind=BranchCampus.Kind.LUBAN_WORKSHOP,
        campus_status=BranchCampus.CampusStatus.ANNOUNCED,
    )
    ProgrammeFactory(campus=luban, level=Programme.Level.VOCATIONAL)
    BranchCampusFactory(slug="draft", status="draft", parent__country=gb)
    return coventry, luban


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["coventry", "luban"]),
        ("country=GB", ["coventry"]),
        ("country=gb", ["coventry"]),
        ("country=FR", []),
        ("city=astana", ["coventry"]),
        ("city=nowhere", []),
        ("kind=luban_workshop", ["luban"]),
        ("status=announced", ["luban"]),
        ("level=master", ["coventry"]),
        ("field=06", ["coventry", "luban"]),
        ("q=coventry", ["coventry"]),
        ("q=%25", []),
    ],
)
def test_campuses_use_the_directory_filters(client, campuses, query, expected):
    assert slugs(get(client, f"/api/campuses?{query}")) == expected


def test_a_campus_hides_its_unpublished_parent(client, campuses):
    coventry = get(client, "/api/campuses/coventry")
    assert coventry["parent"]["slug"] == campuses[0].parent.slug
    assert coventry["programmes"][0]["level"] == "master"
    assert coventry["sources"] == ["https://example.org/source"]
    assert get(client, "/api/campuses/luban")["parent"] is None


@pytest.mark.parametrize(
    "query",
    [
        "limit=0",
        "limit=101",
        "limit=abc",
        "offset=-1",
        "offset=99999999999999999999",
        "kind=nonsense",
        "status=closed-ish",
        "level=phd",
        "q=" + "x" * 201,
    ],
)
def test_bad_parameters_are_a_422_with_the_reason(client, query):
    detail = get(client, f"/api/campuses?{query}", status=422)["detail"]
    assert detail[0]["loc"][0] == "query"


def test_bad_day_is_a_422(client):
    assert get(client, "/api/sessions?day=2025-13-45", status=422)["detail"][0]["loc"] == [
        "query",
        "day",
    ]


def test_pagination_with_limit_and_offset(client):
    for n in range(5):
        InstitutionFactory(slug=f"inst-{n}")
    page = get(client, "/api/institutions?limit=2&offset=3")
    assert (page["count"], page["limit"], page["offset"]) == (5, 2, 3)
    assert slugs(page) == ["inst-3", "inst-4"]
    assert slugs(get(client, "/api/institutions?offset=10")) == []
