"""Every public page of the events app, in each language, as a visitor sees it."""

import datetime
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from events.models import Participation
from tests.factories import (
    ArticleFactory,
    CountryFactory,
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
from tests.html import parse

pytestmark = pytest.mark.django_db

LANGUAGES = ["kk", "ru", "en"]


@pytest.fixture
def forum():
    return ForumFactory(
        slug="ii-forum",
        title_kk="II форум",
        title_ru="II форум (ru)",
        title_en="II Forum",
        summary_en="Three days in Astana.",
    )


@pytest.mark.parametrize(
    ("language", "heading"), [("kk", "Форумдар"), ("ru", "Форумы"), ("en", "Forums")]
)
def test_forum_list_shows_published_forums_only(client, forum, language, heading):
    ForumFactory(title_en="Draft forum", status="draft")
    page = parse(client.get(f"/{language}/forums/").content)
    assert page.h1 == [heading]
    assert page.html_lang == language
    forum_links = [text for href, text, _ in page.links if href.startswith(f"/{language}/forums/")]
    title = {"kk": "II форум", "ru": "II форум (ru)", "en": "II Forum"}[language]
    assert title in forum_links
    assert "Draft forum" not in forum_links


def test_forum_page_shows_figures_topics_featured_speakers_and_news(client, forum):
    KeyFigureFactory(forum=forum, value_en="40", label_en="branch campuses")
    topic = TopicFactory(name_en="Technology transfer")
    session = SessionFactory(forum=forum)
    session.topics.add(topic)
    moderator = ParticipationFactory(
        session=session, role=Participation.Role.MODERATOR, speaker__name_en="Moderator Name"
    )
    ParticipationFactory(session=session, speaker__name_en="Plain Panelist", role="panelist")
    ArticleFactory(forum=forum, title_en="Forum news")
    ArticleFactory(title_en="Other news")

    response = client.get("/en/forums/ii-forum/")
    page = parse(response.content)
    text = response.content.decode()

    assert page.h1 == ["II Forum"]
    assert "<strong>40</strong> branch campuses" in text
    assert "Technology transfer</li>" in text
    link_texts = [t for _h, t, _a in page.links]
    assert "Moderator Name" in link_texts
    assert "Plain Panelist" not in link_texts
    assert "Forum news" in link_texts
    assert "Other news" not in link_texts
    assert ("/en/forums/ii-forum/programme/", "Programme") in [(h, t) for h, t, _a in page.links]
    assert moderator.speaker.get_absolute_url() in [h for h, _t, _a in page.links]


def test_draft_forum_is_404_for_the_public_and_a_preview_for_staff(client, admin_client):
    forum = ForumFactory(slug="draft", status="draft", title_en="Draft")
    assert client.get("/en/forums/draft/").status_code == 404
    assert parse(admin_client.get("/en/forums/draft/").content).h1 == ["Draft"]
    forum.status = "published"
    forum.save()
    assert parse(client.get("/en/forums/draft/").content).h1 == ["Draft"]


def test_a_scheduled_forum_is_hidden_until_its_time(client, clock):
    ForumFactory(
        slug="later", title_en="Later", publish_at=timezone.now() + datetime.timedelta(hours=1)
    )
    assert client.get("/en/forums/later/").status_code == 404
    clock.advance(datetime.timedelta(hours=1))
    assert parse(client.get("/en/forums/later/").content).h1 == ["Later"]


@pytest.mark.parametrize(
    "url",
    [
        "/en/forums/nope/",
        "/en/forums/nope/programme/",
        "/en/forums/nope/programme.ics",
        "/en/sessions/nope/",
        "/en/sessions/nope/calendar.ics",
        "/en/speakers/nope/",
        "/en/news/nope/",
    ],
)
def test_unknown_slugs_are_404(client, url):
    ParticipationFactory(
        session__forum__slug="real", session__slug="real", speaker__slug="real"
    )  # the positive control: the same routes answer for real slugs
    ArticleFactory(slug="real")
    real = client.get(url.replace("/nope/", "/real/"))
    assert (real.status_code, real["Content-Type"].split(";")[0]) == (
        200,
        "text/calendar" if url.endswith(".ics") else "text/html",
    )
    response = client.get(url)
    assert response.status_code == 404
    assert parse(response.content).h1 == ["Page not found"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_session_page_lists_people_in_role_order_with_their_position_then(client, language):
    session = SessionFactory(
        title_kk="Пленарлық отырыс",
        title_ru="Пленарное заседание",
        title_en="Plenary session",
        hall=HallFactory(name_en="Main hall", name_ru="Главный зал", name_kk="Басты зал"),
        day=datetime.date(2025, 10, 29),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(12, 0),
    )
    names = {"kk": "Саясат Нұрбек", "ru": "Саясат Нурбек", "en": "Sayasat Nurbek"}
    speaker = SpeakerFactory(
        **{f"name_{code}": name for code, name in names.items()}, position_en="Current title"
    )
    ParticipationFactory(
        session=session,
        role="panelist",
        **{f"speaker__name_{code}": "Panel" for code in names},
    )
    ParticipationFactory(
        session=session, role="moderator", speaker=speaker, position_en="Title at the time"
    )
    SessionMaterialFactory(session=session, title_en="Slides of the session")

    response = client.get(f"/{language}{session.get_absolute_url()[3:]}")
    page = parse(response.content)
    text = response.content.decode()

    assert page.h1 == [
        {"kk": "Пленарлық отырыс", "ru": "Пленарное заседание", "en": "Plenary session"}[language]
    ]
    assert text.index(names[language]) < text.index("Panel</a>")
    if language == "en":
        assert "Sayasat Nurbek</a>, Title at the time" in text
        assert "Current title" not in text
        assert "Main hall" in text
        assert '<time datetime="2025-10-29T10:00:00+05:00">10:00</time>' in text
        assert ("https://example.org/slides.pdf", "Slides of the session") in [
            (h, t) for h, t, _a in page.links
        ]
    calendar_links = [h for h, _t, _a in page.links if h.endswith(".ics")]
    assert calendar_links == [f"/{language}/sessions/{session.slug}/calendar.ics"]


def test_a_session_without_day_or_hour_says_so_and_offers_no_calendar(client):
    session = SessionFactory(day=None, start_time=None, end_time=None)
    response = client.get(f"/en/sessions/{session.slug}/")
    text = response.content.decode()
    assert "Day to be confirmed" in text
    assert [h for h, _t, _a in parse(text).links if h.endswith(".ics")] == []
    assert client.get(f"/en/sessions/{session.slug}/calendar.ics").status_code == 404
    timed = SessionFactory(forum=session.forum)
    response = client.get(f"/en/sessions/{timed.slug}/calendar.ics")
    assert (response.status_code, response["Content-Type"].split(";")[0]) == (200, "text/calendar")


def test_a_session_of_a_draft_forum_is_hidden(client):
    session = SessionFactory(forum__status="draft", title_en="Hidden talk")
    assert client.get(f"/en/sessions/{session.slug}/").status_code == 404
    session.forum.status = "published"
    session.forum.save()
    assert parse(client.get(f"/en/sessions/{session.slug}/").content).h1 == ["Hidden talk"]


def test_a_draft_speaker_is_not_named_on_a_session(client):
    session = SessionFactory()
    ParticipationFactory(session=session, speaker__name_en="Hidden", speaker__status="draft")
    assert "Hidden" not in client.get(f"/en/sessions/{session.slug}/").content.decode()


@pytest.mark.parametrize(
    ("language", "heading"), [("kk", "Спикерлер"), ("ru", "Спикеры"), ("en", "Speakers")]
)
def test_speaker_list_in_each_language(client, language, heading):
    SpeakerFactory(name_kk="Саясат Нұрбек", name_ru="Саясат Нурбек", name_en="Sayasat Nurbek")
    page = parse(client.get(f"/{language}/speakers/").content)
    name = {"kk": "Саясат Нұрбек", "ru": "Саясат Нурбек", "en": "Sayasat Nurbek"}[language]
    assert page.h1 == [heading]
    assert name in [t for _h, t, _a in page.links]


def _speaker_names(response):
    return [t for h, t, _a in parse(response.content).links if "/speakers/speaker-" in h]


def test_speaker_search_and_filters(client):
    kz = SpeakerFactory(name_en="Aigerim Kazakh", country=CountryFactory(code="KZ"))
    gb = SpeakerFactory(name_en="John British", country=CountryFactory(code="GB"))
    at_forum = ParticipationFactory(speaker=gb, session__forum__slug="f2025").session.forum
    assert at_forum.slug == "f2025"

    assert _speaker_names(client.get("/en/speakers/?q=aigerim")) == [kz.name_en]
    assert _speaker_names(client.get("/en/speakers/?country=GB")) == [gb.name_en]
    assert _speaker_names(client.get("/en/speakers/?forum=f2025")) == [gb.name_en]
    nonsense = client.get("/en/speakers/?country=XX&forum=%3Cscript%3E")
    assert sorted(_speaker_names(nonsense)) == sorted([kz.name_en, gb.name_en])
    assert "No speaker matches your search." in client.get("/en/speakers/?q=zzz").content.decode()


def test_speaker_list_pages(client):
    SpeakerFactory.create_batch(30)
    first = client.get("/en/speakers/")
    assert len(_speaker_names(first)) == 24
    assert len(_speaker_names(client.get("/en/speakers/?page=2"))) == 6
    assert _speaker_names(client.get("/en/speakers/?page=abc")) == _speaker_names(first)
    assert client.get("/en/speakers/?page=3").status_code == 404
    assert client.get("/en/speakers/?page=99999").status_code == 404
    assert client.get("/en/speakers/?page=0").status_code == 404


def test_speaker_page_lists_sessions_across_forums(client):
    speaker = SpeakerFactory(name_en="Sayasat Nurbek", biography_en="<p>Bio<script>x</script></p>")
    first = ParticipationFactory(
        speaker=speaker,
        session__forum__title_en="I Forum",
        session__forum__start_date=datetime.date(2024, 10, 17),
        session__forum__end_date=datetime.date(2024, 10, 18),
        session__title_en="2024 session",
    )
    second = ParticipationFactory(
        speaker=speaker, role="moderator", session__title_en="2025 plenary"
    )
    response = client.get(f"/en/speakers/{speaker.slug}/")
    page = parse(response.content)
    text = response.content.decode()
    assert page.h1 == ["Sayasat Nurbek"]
    assert "<p>Bio</p>" in text
    links = [(h, t) for h, t, _a in page.links]
    assert (second.session.get_absolute_url(), "2025 plenary") in links
    assert (first.session.get_absolute_url(), "2024 session") in links
    assert text.index("2025 plenary") < text.index("2024 session")


@pytest.mark.parametrize(
    ("language", "heading"), [("kk", "Жаңалықтар"), ("ru", "Новости"), ("en", "News")]
)
def test_news_list_newest_first(client, language, heading):
    older = ArticleFactory(publish_at=timezone.now() - datetime.timedelta(days=5))
    newer = ArticleFactory(publish_at=timezone.now() - datetime.timedelta(days=1))
    ArticleFactory(publish_at=timezone.now() + datetime.timedelta(days=1), title_en="Future")
    ArticleFactory(status="draft")
    page = parse(client.get(f"/{language}/news/").content)
    titles = [t for h, t, _a in page.links if "/news/article-" in h]
    assert page.h1 == [heading]
    assert titles == [getattr(newer, f"title_{language}"), getattr(older, f"title_{language}")]


def test_news_filter_by_forum_and_bad_input(client):
    forum = ForumFactory(slug="ii")
    about = ArticleFactory(forum=forum)
    other = ArticleFactory()

    def titles(url):
        return [t for h, t, _a in parse(client.get(url).content).links if "/news/article-" in h]

    assert titles("/en/news/?forum=ii") == [about.title_en]
    assert titles("/en/news/?forum=%3Cscript%3E&page=abc") == [other.title_en, about.title_en]
    assert titles("/en/news/?page=1") == [other.title_en, about.title_en]
    assert client.get("/en/news/?page=2").status_code == 404


def test_article_page(client):
    article = ArticleFactory(
        title_en="II Forum held", lead_en="Lead text.", body_en="<p>Body text.</p>"
    )
    response = client.get(f"/en/news/{article.slug}/")
    text = response.content.decode()
    assert parse(text).h1 == ["II Forum held"]
    assert "Lead text." in text
    assert "<p>Body text.</p>" in text


def test_a_text_missing_in_kazakh_falls_back_with_its_language_marked(client):
    article = ArticleFactory(title_kk="", title_ru="Только по-русски")
    response = client.get(f"/kk/news/{article.slug}/")
    assert (
        '<h1><span lang="ru">Только по-русски</span> '
        '<span class="fallback-note">(орыс тілінде)</span></h1>'
    ) in response.content.decode()


def _png(name, size=(800, 600)):
    buffer = BytesIO()
    Image.new("RGB", size, "blue").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue())


def test_speaker_photo_is_served_in_renditions_with_its_size_and_alt_text(client):
    speaker = SpeakerFactory(
        photo=_png("portrait.png"),
        photo_alt_kk="Спикер сахнада",
        photo_alt_ru="Спикер на сцене",
        photo_alt_en="The speaker on stage",
    )
    text = client.get(f"/en/speakers/{speaker.slug}/").content.decode()
    assert 'alt="The speaker on stage"' in text
    assert 'width="320" height="240"' in text
    assert ".webp 320w" in text


def test_an_affiliation_links_to_its_institution_page(client):
    participation = ParticipationFactory(
        position_en="Rector",
        affiliation=InstitutionFactory(slug="enu", name_en="L.N. Gumilyov ENU"),
    )
    page = parse(client.get(f"/en/sessions/{participation.session.slug}/").content)
    assert ("/en/institutions/enu/", "L.N. Gumilyov ENU") in [(h, t) for h, t, _ in page.links]


def test_page_links_keep_the_search(client):
    SpeakerFactory.create_batch(30, name_en="Same name")
    page = parse(client.get("/en/speakers/?q=Same&country=").content)
    pages = [(h, t) for h, t, _a in page.links if "page=" in h]
    assert pages == [
        ("?q=Same&country=&page=2", "2"),
        ("?q=Same&country=&page=2", "Next"),
    ]
