"""The admin pages ministry staff use for sessions, speakers and news."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Article
from tests.factories import (
    ArticleFactory,
    CountryFactory,
    ForumFactory,
    HallFactory,
    InstitutionFactory,
    ParticipationFactory,
    SessionFactory,
    SpeakerFactory,
)

pytestmark = pytest.mark.django_db


def test_session_change_page_edits_participations_inline(admin_client):
    participation = ParticipationFactory(speaker__name_en="Sayasat Nurbek")
    response = admin_client.get(f"/admin/events/session/{participation.session.pk}/change/")
    text = response.content.decode()
    assert 'name="participations-0-speaker"' in text
    assert 'name="participations-0-position_kk"' in text
    assert 'name="materials-TOTAL_FORMS"' in text
    assert 'name="title_kk"' in text and 'name="title_en"' in text


@pytest.mark.parametrize("model", ["session", "speaker", "article", "forum", "topic", "hall"])
def test_changelists_answer_with_search(admin_client, model):
    response = admin_client.get(f"/admin/events/{model}/?q=nurbek")
    assert response.context["cl"].result_count == 0


def test_speaker_search_finds_every_language(admin_client):
    SpeakerFactory(name_kk="Саясат Нұрбек", name_ru="Саясат Нурбек", name_en="Sayasat Nurbek")
    for query in ("Нұрбек", "Нурбек", "Nurbek"):
        response = admin_client.get("/admin/events/speaker/", {"q": query})
        assert response.context["cl"].result_count == 1, query


def test_speaker_autocomplete_for_the_inline(admin_client):
    speaker = SpeakerFactory(name_kk="Саясат Нұрбек", name_en="Sayasat Nurbek")
    SpeakerFactory(name_en="Someone else")
    response = admin_client.get(
        "/admin/autocomplete/",
        {"app_label": "events", "model_name": "participation", "field_name": "speaker",
         "term": "Nurb"},
    )  # fmt: skip
    assert response.json()["results"] == [{"id": str(speaker.pk), "text": "Саясат Нұрбек"}]


@pytest.mark.parametrize(
    ("url", "factory"),
    [
        ("/admin/events/session/", lambda: SessionFactory(hall=HallFactory())),
        ("/admin/events/speaker/", lambda: SpeakerFactory(
            affiliation=InstitutionFactory(), country=CountryFactory())),
        ("/admin/events/article/", lambda: ArticleFactory(forum=ForumFactory())),
    ],
)  # fmt: skip
def test_changelist_queries_do_not_grow(admin_client, url, factory):
    def count():
        with CaptureQueriesContext(connection) as context:
            admin_client.get(url)
        return len(context)

    for _ in range(5):
        factory()
    small = count()
    for _ in range(60):
        factory()
    assert count() == small


def test_articles_are_published_from_the_list(admin_client):
    article = ArticleFactory(status="draft", publish_at=None)
    admin_client.post(
        "/admin/events/article/", {"action": "publish_selected", "_selected_action": [article.pk]}
    )
    assert list(Article.objects.published()) == [article]


def test_a_forum_image_needs_its_text_alternative_in_every_language(admin_client):
    forum = ForumFactory.build(hero_image="forums/x.jpg", hero_image_alt_en="Hall")
    with pytest.raises(ValidationError) as error:
        forum.clean()
    assert sorted(error.value.message_dict) == ["hero_image_alt_kk", "hero_image_alt_ru"]
