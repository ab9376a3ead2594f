"""Each staff role can do what it should and is refused what it should not, on the admin views."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from forum_portal.roles import ADMINISTRATOR, EDITOR, PARTNER_MANAGER, TRANSLATOR
from tests.factories import InstitutionFactory
from universities.models import Institution

pytestmark = pytest.mark.django_db

ADD = "/admin/universities/institution/add/"


@pytest.fixture
def staff(client):
    def login_as(role):
        user = get_user_model().objects.create_user(
            username=role.lower().replace(" ", "-"), password="x", is_staff=True
        )
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return user

    return login_as


def _change_url(obj):
    return f"/admin/universities/institution/{obj.pk}/change/"


def _text_post(obj, **changes):
    data = {
        f"{field}_{code}": getattr(obj, f"{field}_{code}") or ""
        for field in ("name", "short_name", "description", "logo_alt")
        for code in ("kk", "ru", "en")
    }
    return {**data, **changes}


def test_the_four_roles_exist_after_migrate():
    assert sorted(Group.objects.values_list("name", flat=True)) == sorted(
        [ADMINISTRATOR, EDITOR, TRANSLATOR, PARTNER_MANAGER]
    )


def test_editor_creates_publishes_and_deletes_content_but_not_users(client, staff):
    staff(EDITOR)
    institution = InstitutionFactory(status=Institution.Status.DRAFT)
    page = client.get(_change_url(institution)).content.decode()
    assert 'name="status"' in page
    assert client.get(ADD).status_code == 200
    assert (
        client.get(f"/admin/universities/institution/{institution.pk}/delete/").status_code == 200
    )
    assert client.get("/admin/auth/user/").status_code == 403


def test_translator_edits_texts_only(client, staff):
    staff(TRANSLATOR)
    institution = InstitutionFactory(status=Institution.Status.DRAFT, slug="kept")
    page = client.get(_change_url(institution)).content.decode()
    assert 'name="name_kk"' in page
    assert 'name="status"' not in page
    assert 'name="slug"' not in page

    response = client.post(
        _change_url(institution),
        _text_post(institution, name_kk="Жаңа атау", status="published", slug="changed"),
    )
    assert response.status_code == 302
    institution.refresh_from_db()
    assert (institution.name_kk, institution.status, institution.slug) == (
        "Жаңа атау",
        Institution.Status.DRAFT,
        "kept",
    )


def test_translator_cannot_create_or_delete(client, staff):
    staff(TRANSLATOR)
    institution = InstitutionFactory()
    assert client.get(ADD).status_code == 403
    assert (
        client.post(
            f"/admin/universities/institution/{institution.pk}/delete/", {"post": "yes"}
        ).status_code
        == 403
    )
    assert Institution.objects.filter(pk=institution.pk).exists()


def test_partner_manager_may_only_look_at_institutions(client, staff):
    staff(PARTNER_MANAGER)
    institution = InstitutionFactory(name_en="Before")
    assert client.get(_change_url(institution)).status_code == 200  # view-only page
    response = client.post(_change_url(institution), _text_post(institution, name_en="After"))
    assert response.status_code == 403
    institution.refresh_from_db()
    assert institution.name_en == "Before"
    assert client.get(ADD).status_code == 403


def test_administrator_manages_users(client, staff):
    staff(ADMINISTRATOR)
    assert client.get("/admin/auth/user/").status_code == 200
    assert client.get("/admin/auth/user/add/").status_code == 200


def test_formatted_text_fields_get_the_offline_editor_in_every_language(admin_client):
    page = admin_client.get(ADD, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    for code in ("kk", "ru", "en"):
        assert f'name="description_{code}"' in page
    assert page.count("data-richtext ") + page.count('data-richtext=""') == 3
    assert '<script src="/static/js/richtext-editor.js"></script>' in page
    assert "cdn" not in page.lower()


def test_editor_publishes_and_unpublishes_from_the_list(client, staff):
    staff(EDITOR)
    draft = InstitutionFactory(status=Institution.Status.DRAFT)
    url = "/admin/universities/institution/"
    client.post(url, {"action": "publish_selected", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == Institution.Status.PUBLISHED
    client.post(url, {"action": "unpublish_selected", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == Institution.Status.DRAFT


def test_publish_actions_are_offered_only_on_publishable_models(admin_client):
    InstitutionFactory()  # also creates a country: the lists show actions only when not empty

    def actions(url):
        page = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
        return [a for a in ("publish_selected", "unpublish_selected") if f'value="{a}"' in page]

    assert actions("/admin/universities/institution/") == ["publish_selected", "unpublish_selected"]
    assert actions("/admin/universities/country/") == []


def test_translator_has_no_publish_action(client, staff):
    staff(TRANSLATOR)
    draft = InstitutionFactory(status=Institution.Status.DRAFT)
    page = client.get("/admin/universities/institution/").content.decode()
    assert 'value="publish_selected"' not in page
    client.post(
        "/admin/universities/institution/",
        {"action": "publish_selected", "_selected_action": [draft.pk]},
    )
    draft.refresh_from_db()
    assert draft.status == Institution.Status.DRAFT
