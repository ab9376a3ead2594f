"""Titles, descriptions, Open Graph / Twitter tags and schema.org JSON-LD of the public pages."""

import datetime
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.factories import (
    ArticleFactory,
    BranchCampusFactory,
    CityFactory,
    ForumFactory,
    HallFactory,
    InstitutionFactory,
    ParticipationFactory,
    SessionFactory,
    SpeakerFactory,
)
from tests.html import parse
from tests.seo.meta import graph, read_meta

pytestmark = pytest.mark.django_db


def png(name="photo.png"):
    out = BytesIO()
    Image.new("RGB", (1600, 900), "navy").save(out, format="PNG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")


def breadcrumb_names(nodes):
    return [item["name"] for item in nodes["BreadcrumbList"]["itemListElement"]]


def test_a_news_article_is_a_news_article_with_its_image(client):
    article = ArticleFactory(
        slug="forum-opens",
        title_en="The forum opens",
        lead_en="Forty universities meet in Astana.",
        image=png(),
        image_alt_kk="Зал",
        image_alt_ru="Зал",
        image_alt_en="The hall",
    )
    response = client.get("/en/news/forum-opens/")
    meta, _blocks = read_meta(response.content)
    assert meta["og:type"] == ["article"]
    assert meta["og:title"] == ["The forum opens"]
    assert meta["og:description"] == ["Forty universities meet in Astana."]
    assert meta["description"] == ["Forty universities meet in Astana."]
    assert meta["og:url"] == ["http://testserver/en/news/forum-opens/"]
    assert meta["og:locale"] == ["en_US"]
    assert meta["og:locale:alternate"] == ["kk_KZ", "ru_RU"]
    assert meta["og:image"][0].startswith("http://testserver/media/renditions/")
    assert meta["og:image"][0].endswith("-1200w.webp")
    assert meta["og:image:alt"] == ["The hall"]
    assert meta["twitter:card"] == ["summary_large_image"]
    assert meta["twitter:image"] == meta["og:image"]
    nodes = graph(response.content)
    news = nodes["NewsArticle"]
    assert news["headline"] == "The forum opens"
    assert news["datePublished"][:10] == article.published_on.date().isoformat()
    assert news["image"]["url"] == meta["og:image"][0]
    assert news["publisher"]["@type"] == "GovernmentOrganization"
    assert news["mainEntityOfPage"] == "http://testserver/en/news/forum-opens/"
    assert breadcrumb_names(nodes) == ["News", "The forum opens"]
    assert nodes["BreadcrumbList"]["itemListElement"][0]["item"] == "http://testserver/en/news/"


def test_json_ld_cannot_end_its_script_element(client):
    ArticleFactory(slug="x", title_en="</script><script>alert(1)</script> & <!--")
    response = client.get("/en/news/x/")
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert "\\u003C/script\\u003E" in html
    assert graph(response.content)["NewsArticle"]["headline"] == (
        "</script><script>alert(1)</script> & <!--"
    )


def test_a_forum_and_its_programme_are_events(client):
    forum = ForumFactory(
        slug="second-forum",
        title_en="II Forum",
        summary_en="The second edition.",
        venue_en="Astana International University",
        city=CityFactory(name_en="Astana"),
    )
    nodes = graph(client.get("/en/forums/second-forum/").content)
    event = nodes["Event"]
    assert event["name"] == "II Forum"
    assert event["startDate"] == "2025-10-29"
    assert event["endDate"] == "2025-10-31"
    assert event["location"] == {
        "@type": "Place",
        "name": "Astana International University",
        "address": {"@type": "PostalAddress", "addressLocality": "Astana", "addressCountry": "KZ"},
    }
    assert event["organizer"]["name"] == (
        "Ministry of Science and Higher Education of the Republic of Kazakhstan"
    )
    assert breadcrumb_names(nodes) == ["Forums", "II Forum"]
    nodes = graph(client.get(forum.get_programme_url().replace("/kk/", "/en/")).content)
    assert nodes["Event"]["name"] == "II Forum"
    assert breadcrumb_names(nodes) == ["Forums", "II Forum", "Programme"]


def test_a_session_is_an_event_with_its_performers(client):
    forum = ForumFactory(title_en="II Forum")
    session = SessionFactory(
        forum=forum,
        slug="plenary",
        title_en="Plenary session",
        start_time=datetime.time(10, 0),
        end_time=datetime.time(11, 30),
        hall=HallFactory(name_en="Main hall", address_en="1 Mangilik El Avenue"),
    )
    ParticipationFactory(session=session, speaker=SpeakerFactory(name_en="Sayasat Nurbek"))
    ParticipationFactory(session=session, speaker=SpeakerFactory(name_en="Draft", status="draft"))
    nodes = graph(client.get("/en/sessions/plenary/").content)
    event = nodes["Event"]
    assert event["name"] == "Plenary session"
    assert event["startDate"] == "2025-10-29T10:00:00+05:00"
    assert event["endDate"] == "2025-10-29T11:30:00+05:00"
    assert event["location"]["name"] == "Main hall"
    assert event["location"]["address"]["streetAddress"] == "1 Mangilik El Avenue"
    assert [p["name"] for p in event["performer"]] == ["Sayasat Nurbek"]
    assert event["superEvent"]["name"] == "II Forum"
    assert breadcrumb_names(nodes) == ["II Forum", "Programme", "Plenary session"]


def test_a_speaker_is_a_person(client):
    SpeakerFactory(
        slug="nurbek",
        name_kk="Саясат Нұрбек",
        name_en="Sayasat Nurbek",
        position_kk="Министр",
        position_en="Minister",
        affiliation=InstitutionFactory(name_kk="Министрлік", kind="other"),
        photo=png(),
        photo_alt_kk="Портрет",
        photo_alt_ru="Портрет",
        photo_alt_en="Portrait",
    )
    response = client.get("/kk/speakers/nurbek/")
    meta, _blocks = read_meta(response.content)
    assert parse(response.content).title.startswith("Саясат Нұрбек · ")
    assert meta["description"] == ["Саясат Нұрбек — Министр"]
    assert meta["og:type"] == ["profile"]
    assert meta["og:locale"] == ["kk_KZ"]
    person = graph(response.content)["Person"]
    assert person["name"] == "Саясат Нұрбек"
    assert person["jobTitle"] == "Министр"
    assert person["affiliation"] == {
        "@type": "Organization",
        "name": "Министрлік",
        "url": person["affiliation"]["url"],
    }
    assert person["image"]["url"] == meta["og:image"][0]


def test_institutions_and_campuses_are_universities_or_organisations(client):
    university = InstitutionFactory(
        slug="coventry-university", name_en="Coventry University", website="https://coventry.ac.uk"
    )
    InstitutionFactory(slug="agency", name_en="An agency", kind="accreditation_agency")
    BranchCampusFactory(
        slug="coventry-kz",
        name_en="Coventry University Kazakhstan",
        parent=university,
        year_opened=2021,
    )
    node = graph(client.get("/en/institutions/coventry-university/").content)
    assert node["CollegeOrUniversity"]["name"] == "Coventry University"
    assert node["CollegeOrUniversity"]["sameAs"] == "https://coventry.ac.uk"
    assert set(graph(client.get("/en/institutions/agency/").content)) == {"Organization"}
    nodes = graph(client.get("/en/campuses/coventry-kz/").content)
    campus = nodes["CollegeOrUniversity"]
    assert campus["name"] == "Coventry University Kazakhstan"
    assert campus["foundingDate"] == "2021"
    assert campus["parentOrganization"]["name"] == "Coventry University"
    assert breadcrumb_names(nodes) == ["Branch campuses", "Coventry University Kazakhstan"]


def test_a_page_without_an_image_has_a_summary_card(client):
    meta, blocks = read_meta(client.get("/ru/").content)
    assert "og:image" not in meta
    assert meta["twitter:card"] == ["summary"]
    assert meta["og:locale"] == ["ru_RU"]
    assert blocks == []


def test_descriptions_are_plain_text_with_paragraphs_apart_and_entities_decoded(client):
    InstitutionFactory(
        slug="coventry-university",
        name_en="Coventry University",
        description_en="<p>Teaching &amp; research.</p><p>Since&nbsp;2021 &lt;in Astana&gt;.</p>",
    )
    response = client.get("/en/institutions/coventry-university/")
    meta, _blocks = read_meta(response.content)
    text = "Teaching & research. Since 2021 <in Astana>."
    assert meta["description"] == [text]
    assert meta["og:description"] == [text]
    assert graph(response.content)["CollegeOrUniversity"]["description"] == text
