"""The admin pages ministry staff use for sessions, speakers and news."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Article
from tests.factories import ArticleFactory, ParticipationFactory, SessionFactory, SpeakerFactory

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


def test_session_changelist_queries_do_not_grow(admin_client):
    def count():
        with CaptureQueriesContext(connection) as context:
            admin_client.get("/admin/events/session/")
        return len(context)

    SessionFactory.create_batch(5)
    small = count()
    SessionFactory.create_batch(60)
    assert count() == small


def test_publish_action(admin_client):
    article = ArticleFactory(status="draft", publish_at=None)
    response = admin_client.post(
        "/admin/events/article/",
        {"action": "publish", "_selected_action": [article.pk]},
        follow=True,
    )
    assert Article.objects.published().get() == article
    assert [str(m) for m in response.context["messages"]] == ["1 мақала жарияланды."]
