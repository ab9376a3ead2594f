"""Back office for branch campuses: list, search, publishing, who may import."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from forum_portal.roles import EDITOR, TRANSLATOR
from tests.factories import BranchCampusFactory
from universities.models import BranchCampus

pytestmark = pytest.mark.django_db

LIST = "/admin/universities/branchcampus/"


@pytest.fixture
def login_as(client):
    def login(role):
        user = get_user_model().objects.create_user(
            username=role.lower(), password="x", is_staff=True
        )
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return client

    return login


def test_editor_searches_and_publishes_campuses_from_the_list(login_as):
    client = login_as(EDITOR)
    draft = BranchCampusFactory(name_en="Heriot-Watt Aktobe", status=BranchCampus.Status.DRAFT)
    BranchCampusFactory(name_en="Another")
    response = client.get(LIST, {"q": "Heriot"})
    assert response.context["cl"].result_count == 1
    client.post(LIST, {"action": "publish_selected", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == BranchCampus.Status.PUBLISHED


def test_translator_may_not_import(login_as):
    client = login_as(TRANSLATOR)
    assert client.get(f"{LIST}import/").status_code == 403
    assert client.get("/admin/universities/institution/import/").status_code == 403


def test_editor_may_import(login_as):
    client = login_as(EDITOR)
    response = client.get(f"{LIST}import/", HTTP_ACCEPT_LANGUAGE="en")
    assert 'name="import_file"' in response.text
