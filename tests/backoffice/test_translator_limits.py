"""A Translator edits texts only: not through inlines, list editing or reverting a version."""

import pytest
from django.contrib import admin

from core.admin_mixins import TextOnlyInlineMixin
from events.models import Topic
from forum_portal.roles import EDITOR, PARTNER_MANAGER, TRANSLATOR
from tests.backoffice.test_roles import staff  # noqa: F401 (fixture)
from tests.factories import (
    InstitutionFactory,
    ParticipationFactory,
    SessionMaterialFactory,
    SpeakerFactory,
    TopicFactory,
)
from tests.html import form_fields
from universities.models import Institution

pytestmark = pytest.mark.django_db


def form_data(response):
    """What the browser would send back: every field of the change form and its inlines."""
    return form_fields(response.content, f"{response.context['opts'].model_name}_form")


@pytest.fixture
def session_with_inlines():
    participation = ParticipationFactory(position_en="Rector")
    material = SessionMaterialFactory(
        session=participation.session, url="https://example.org/s.pdf"
    )
    return participation, material


def test_translator_changes_inline_texts_but_not_an_address_or_a_speaker(
    client,
    staff,  # noqa: F811
    session_with_inlines,
):
    participation, material = session_with_inlines
    other_speaker = SpeakerFactory()
    staff(TRANSLATOR)
    url = f"/admin/events/session/{participation.session.pk}/change/"
    page = client.get(url)
    assert 'name="materials-0-title_en"' in page.content.decode()
    assert 'name="materials-0-url"' not in page.content.decode()
    data = form_data(page)
    data.update(
        {
            "materials-0-title_kk": "Слайдтар",
            "materials-0-title_en": "Slides, revised",
            "materials-0-url": "https://attacker.example/setup.exe",
            "materials-0-order": "9",
            "participations-0-speaker": str(other_speaker.pk),
            "participations-0-position_en": "Rector of the university",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"].data
    material.refresh_from_db()
    participation.refresh_from_db()
    assert (material.title_en, material.url, material.order) == (
        "Slides, revised",
        "https://example.org/s.pdf",
        0,
    )
    assert (participation.position_en, participation.speaker_id) == (
        "Rector of the university",
        participation.speaker.pk,
    )
    assert participation.speaker != other_speaker


def test_editor_still_changes_the_address_of_a_material(
    client,
    staff,  # noqa: F811
    session_with_inlines,
):
    participation, material = session_with_inlines
    staff(EDITOR)
    url = f"/admin/events/session/{participation.session.pk}/change/"
    data = form_data(client.get(url))
    data.update(
        {"materials-0-title_kk": "Слайдтар", "materials-0-url": "https://example.org/new.pdf"}
    )
    assert client.post(url, data).status_code == 302
    material.refresh_from_db()
    assert material.url == "https://example.org/new.pdf"


def test_every_inline_of_every_admin_is_text_only_for_translators():
    inlines = [
        (model_admin, inline)
        for model_admin in admin.site._registry.values()
        for inline in model_admin.inlines
    ]
    assert inlines, "the admin has inlines"
    assert [
        f"{type(model_admin).__name__}.{inline.__name__}"
        for model_admin, inline in inlines
        if not issubclass(inline, TextOnlyInlineMixin)
    ] == []


def _topic_list_post(topic, order):
    return {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
        "form-0-id": str(topic.pk),
        "form-0-order": str(order),
        "_save": "Save",
    }


def test_topic_list_has_no_order_inputs_for_a_translator(client, staff):  # noqa: F811
    topic = TopicFactory(order=1)
    staff(TRANSLATOR)
    page = client.get("/admin/events/topic/").content.decode()
    assert 'name="form-0-order"' not in page
    client.post("/admin/events/topic/", _topic_list_post(topic, 7))
    assert Topic.objects.get(pk=topic.pk).order == 1


def test_topic_list_keeps_order_inputs_for_an_editor(client, staff):  # noqa: F811
    topic = TopicFactory(order=1)
    staff(EDITOR)
    assert 'name="form-0-order"' in client.get("/admin/events/topic/").content.decode()
    client.post("/admin/events/topic/", _topic_list_post(topic, 7))
    assert Topic.objects.get(pk=topic.pk).order == 7


# --- History: read by every role that may view; reverted only by those who may publish ---


def _history_urls(institution):
    base = f"/admin/universities/institution/{institution.pk}/history/"
    first = institution.history.order_by("history_date").first()
    return base, f"{base}{first.history_id}/"


@pytest.fixture
def republished_institution():
    """A draft institution, then published with a new slug: its first version is a draft."""
    institution = InstitutionFactory(status=Institution.Status.DRAFT, slug="first-slug")
    institution.status = Institution.Status.PUBLISHED
    institution.slug = "current-slug"
    institution.save()
    return institution


@pytest.mark.parametrize("role", [TRANSLATOR, PARTNER_MANAGER])
def test_history_is_readable_but_no_revert_for_who_may_not_publish(
    client,
    staff,  # noqa: F811
    republished_institution,
    role,
):
    staff(role)
    history, version = _history_urls(republished_institution)
    assert client.get(history, HTTP_ACCEPT_LANGUAGE="en").status_code == 200
    assert client.get(version).status_code == 403
    form = {"name_en": "Reverted", "slug": "first-slug", "status": "draft"}
    assert client.post(version, form).status_code == 403
    republished_institution.refresh_from_db()
    assert (republished_institution.status, republished_institution.slug) == (
        Institution.Status.PUBLISHED,
        "current-slug",
    )


def test_an_editor_reverts_to_an_earlier_version(client, staff, republished_institution):  # noqa: F811
    staff(EDITOR)
    _history, version = _history_urls(republished_institution)
    page = client.get(version)
    assert page.status_code == 200
    assert client.post(version, form_data(page)).status_code == 302
    republished_institution.refresh_from_db()
    assert (republished_institution.status, republished_institution.slug) == (
        Institution.Status.DRAFT,
        "first-slug",
    )
