"""Every change to content is recorded (who, when, which fields, old and new values)."""

import pytest

from tests.backoffice.test_roles import _change_url, _text_post, staff  # noqa: F401 (fixture)
from tests.factories import InstitutionFactory
from universities.models import Institution

pytestmark = pytest.mark.django_db


def test_history_shows_who_changed_which_field_from_what_to_what(client, staff):  # noqa: F811
    staff("Translator")
    institution = InstitutionFactory(name_en="Before")
    client.post(_change_url(institution), _text_post(institution, name_en="After"))

    page = client.get(
        f"/admin/universities/institution/{institution.pk}/history/", HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    text = " ".join(page.split())
    assert '<a href="/admin/auth/user/' in text and ">translator</a>" in text
    assert "<strong>Name [en]:</strong> Before &nbsp;&rarr;&nbsp;&nbsp;After" in text
    record = institution.history.first()
    assert (record.history_user.username, record.name_en) == ("translator", "After")
    assert record.prev_record.name_en == "Before"


def test_a_deleted_object_keeps_its_history_and_can_be_found_again(admin_client):
    institution = InstitutionFactory(name_en="Deleted university")
    pk = institution.pk
    admin_client.post(f"/admin/universities/institution/{pk}/delete/", {"post": "yes"})
    assert not Institution.objects.filter(pk=pk).exists()

    deletion = Institution.history.filter(id=pk).first()
    assert deletion.history_type == "-"
    page = admin_client.get(
        f"/admin/universities/institution/{pk}/history/", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert page.status_code == 200
    assert "Deleted university" in page.content.decode()


def test_publishing_from_the_list_is_recorded_with_its_author(client, staff):  # noqa: F811
    user = staff("Editor")
    draft = InstitutionFactory(status=Institution.Status.DRAFT)
    client.post(
        "/admin/universities/institution/",
        {"action": "publish_selected", "_selected_action": [draft.pk]},
    )
    latest = draft.history.first()
    assert (latest.status, latest.history_user) == (Institution.Status.PUBLISHED, user)


def test_history_page_speaks_russian(admin_client):
    institution = InstitutionFactory()
    page = admin_client.get(
        f"/admin/universities/institution/{institution.pk}/history/", HTTP_ACCEPT_LANGUAGE="ru"
    ).content.decode()
    assert '<th scope="col">Кем изменено</th>' in page
