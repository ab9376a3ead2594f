"""Site search at /<lang>/search/?q=: every language's text, published content only."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.postgres import TrigramExtension
from tests.factories import (
    ArticleFactory,
    BranchCampusFactory,
    ForumFactory,
    InstitutionFactory,
    SessionFactory,
    SpeakerFactory,
)
from tests.html import parse

pytestmark = pytest.mark.django_db


def groups(response):
    """{kind key: [result titles]} as the page lists them."""
    html = response.content.decode()
    found = {}
    for key, body in re.findall(r'<h2 id="search-(\w+)">.*?</h2>(.*?)</section>', html, re.S):
        titles = re.findall(r'class="search-result__title" href="[^"]+">(.*?)</a>', body, re.S)
        titles = [re.sub(r' <span class="fallback-note">.*?</span>', "", t) for t in titles]
        found[key] = [re.sub(r"<[^>]+>", "", t) for t in titles]
    return found


def snippets(response):
    return re.findall(
        r'<p class="search-result__snippet"[^>]*>(.*?)</p>', response.content.decode(), re.S
    )


def test_a_latin_name_on_the_kazakh_site_finds_the_kazakh_page(client, nurbek):
    response = client.get("/kk/search/", {"q": "Nurbek"})
    assert groups(response) == {"speakers": ["Саясат Нұрбек"]}
    assert (
        parse(response.content).links.count(
            (
                "/kk/speakers/sayasat-nurbek/",
                "Саясат Нұрбек",
                {"class": "search-result__title", "href": "/kk/speakers/sayasat-nurbek/"},
            )
        )
        == 1
    )


def test_a_russian_name_finds_the_english_institution(client, coventry):
    response = client.get("/en/search/", {"q": "Ковентри"})
    assert groups(response) == {"institutions": ["Coventry University"]}


def test_cyrillic_case_is_ignored(client, coventry):
    response = client.get("/ru/search/", {"q": "КОВЕНТРИ"})
    assert groups(response) == {"institutions": ["Университет Ковентри"]}
    response = client.get("/ru/search/", {"q": "ковентри"})
    assert groups(response) == {"institutions": ["Университет Ковентри"]}


def test_results_are_grouped_by_kind(client):
    forum = ForumFactory(title_en="Forum on quantum education", slug="quantum-forum")
    SessionFactory(forum=forum, title_en="Quantum panel")
    ArticleFactory(title_en="Quantum news")
    SpeakerFactory(name_en="Quantum Speaker", position_en="Researcher")
    InstitutionFactory(name_en="Quantum Institute")
    BranchCampusFactory(name_en="Quantum Campus")
    response = client.get("/en/search/", {"q": "quantum"})
    assert groups(response) == {
        "news": ["Quantum news"],
        "sessions": ["Quantum panel"],
        "speakers": ["Quantum Speaker"],
        "institutions": ["Quantum Institute"],
        "campuses": ["Quantum Campus"],
        "forums": ["Forum on quantum education"],
    }
    assert "6 results" in response.content.decode()


def test_the_matched_words_are_highlighted_and_escaped(client):
    ArticleFactory(
        title_en="Digital universities",
        lead_en='Digital campuses & "degrees" < 5',
    )
    ArticleFactory(title_en="Other", lead_en="", body_en="<p>Digitally <b>signed</b></p>")
    response = client.get("/en/search/", {"q": "digital"})
    assert snippets(response) == [
        "<mark>Digital</mark> campuses &amp; &quot;degrees&quot; &lt; 5",
        "<mark>Digitally</mark> signed",
    ]


def test_a_snippet_keeps_paragraphs_apart_and_shows_entities_once(client):
    ArticleFactory(title_en="Other", lead_en="", body_en="<p>Digital first.</p><p>R&amp;D next</p>")
    response = client.get("/en/search/", {"q": "digital"})
    assert snippets(response) == ["<mark>Digital</mark> first. R&amp;D next"]


def test_a_snippet_found_in_another_language_carries_its_lang(client, nurbek):
    response = client.get("/kk/search/", {"q": "Minister of Science"})
    html = response.content.decode()
    assert groups(response) == {"speakers": ["Саясат Нұрбек"]}
    assert (
        '<p class="search-result__snippet" lang="en"><mark>Minister</mark> <mark>of</mark> '
        "<mark>Science</mark> and Higher Education</p>"
    ) in html


def test_matches_in_the_visitors_language_come_first(client):
    ArticleFactory(title_en="Astana", title_ru="Новость", title_kk="Жаңалық", slug="english")
    ArticleFactory(title_en="News", title_ru="Астана", title_kk="Жаңалық 2", slug="russian")
    # Астана and Astana are one name in two scripts: both articles are found, the one whose
    # title the visitor reads first.
    response = client.get("/ru/search/", {"q": "Астана"})
    assert groups(response) == {"news": ["Астана", "Новость"]}
    response = client.get("/en/search/", {"q": "Astana"})
    assert groups(response) == {"news": ["Astana", "News"]}
    ArticleFactory(title_en="Astana forum", title_ru="Форум в Астане", slug="both")
    response = client.get("/ru/search/", {"q": "Астана"})
    assert groups(response)["news"][0] == "Астана"


def test_only_published_content_is_found(client):
    ArticleFactory(title_en="Secret draft", status="draft")
    forum = ForumFactory(status="draft")
    SessionFactory(forum=forum, title_en="Secret session of a draft forum")
    SpeakerFactory(name_en="Secret Speaker", status="draft")
    InstitutionFactory(name_en="Secret Institute", status="draft")
    BranchCampusFactory(name_en="Secret Campus", status="draft")
    response = client.get("/en/search/", {"q": "secret"})
    assert groups(response) == {}
    assert "Nothing found." in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["", "   ", "%", "_", "%%__", "'", '"', "' OR 1=1 --", "<b>bold</b>", "a" * 2500, "\\"],
)
def test_odd_queries_give_a_normal_page(client, coventry, query):
    response = client.get("/kk/search/", {"q": query})
    page = parse(response.content)
    assert response.status_code == 200
    assert page.h1 == ["Іздеу"]
    assert "<b>bold</b>" not in response.content.decode()


def test_a_percent_sign_is_not_a_wildcard(client, coventry):
    response = client.get("/en/search/", {"q": "%"})
    assert groups(response) == {}


def test_the_query_is_shown_back_escaped(client):
    response = client.get("/en/search/", {"q": "<b>x</b>"})
    html = response.content.decode()
    assert 'value="b x b"' in html
    assert "<b>x</b>" not in html


def test_the_search_box_is_in_the_header_of_every_page(client):
    for url in ("/kk/", "/ru/news/", "/en/search/?q=x"):
        html = client.get(url).content.decode()
        assert html.count('role="search"') >= 1
        assert 'id="site-search-q"' in html


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_the_query_count_does_not_grow_with_the_data(client):
    def add(count):
        forum = ForumFactory(title_en="Mountain forum")
        for _n in range(count):
            ArticleFactory(title_en="Mountain news")
            SessionFactory(forum=forum, title_en="Mountain session")
            SpeakerFactory(name_en="Mountain Speaker")
            InstitutionFactory(name_en="Mountain University")
            BranchCampusFactory(name_en="Mountain Campus")

    add(2)
    few = _queries(client, "/en/search/?q=mountain")
    add(30)
    many = _queries(client, "/en/search/?q=mountain")
    assert few == many
    # two index lookups, one query per kind found, the visitor's session and the forum's context
    assert many <= 2 + 6 + 2


postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the trigram indexes are PostgreSQL's"
)


def test_a_typo_in_a_name_still_finds_the_person(client, nurbek):
    response = client.get("/en/search/", {"q": "Nurbeck"})
    assert groups(response) == {"speakers": ["Sayasat Nurbek"]}


def test_russian_words_are_found_in_another_grammatical_form(client, coventry):
    response = client.get("/ru/search/", {"q": "университетами"})
    assert groups(response) == {"institutions": ["Университет Ковентри"]}


@postgresql_only
def test_the_search_migrations_created_the_trigram_indexes():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE indexname LIKE %s ORDER BY indexname",
            ["events_speaker_name_%_trgm"],
        )
        assert [row[0] for row in cursor.fetchall()] == [
            "events_speaker_name_en_trgm",
            "events_speaker_name_kk_trgm",
            "events_speaker_name_ru_trgm",
        ]


@postgresql_only
def test_the_search_migrations_installed_pg_trgm():
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchall() == [("pg_trgm",)]


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the other databases skip it")
@pytest.mark.django_db(transaction=True)
def test_the_trigram_extension_operation_does_nothing_elsewhere_either_way():
    operation = TrigramExtension()
    with (
        connection.schema_editor(atomic=False) as editor,
        CaptureQueriesContext(connection) as queries,
    ):
        operation.database_backwards("universities", editor, None, None)
        operation.database_forwards("universities", editor, None, None)
    assert queries.captured_queries == []


def test_with_the_demo_content_koventri_finds_coventry(client, demo):
    response = client.get("/kk/search/", {"q": "Ковентри"})
    assert groups(response)["institutions"] == ["Ковентри университеті"]
