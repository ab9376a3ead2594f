"""A draft institution does not show through a published campus (finding 7)."""

import json

import pytest

from tests.factories import BranchCampusFactory, InstitutionFactory
from tests.seo.meta import graph
from universities.models import Institution

pytestmark = pytest.mark.django_db


@pytest.fixture
def campus_of_a_draft():
    parent = InstitutionFactory(
        slug="secret-parent", name_en="Secret Parent University", status=Institution.Status.DRAFT
    )
    host = InstitutionFactory(
        slug="secret-host", name_en="Secret Host University", status=Institution.Status.DRAFT
    )
    return BranchCampusFactory(slug="open-campus", parent=parent, host_partner=host)


def _leaks(text):
    return [word for word in ("secret-parent", "Secret Parent", "secret-host", "Secret Host")
            if word in text]  # fmt: skip


def test_the_campus_page_and_its_json_ld_do_not_name_a_draft_institution(client, campus_of_a_draft):
    response = client.get("/en/campuses/open-campus/")
    assert response.status_code == 200
    assert _leaks(response.content.decode()) == []
    assert "parentOrganization" not in graph(response.content)["CollegeOrUniversity"]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_open_data_files_do_not_name_a_draft_institution(client, campus_of_a_draft, fmt):
    response = client.get(f"/en/campuses/open-data.{fmt}")
    text = response.content.decode()
    assert "open-campus" in text
    assert _leaks(text) == []
    if fmt == "json":
        (row,) = json.loads(text)
        assert (row["parent"], row["host_partner"]) == ("", "")


def test_the_list_does_not_name_a_draft_parent(client, campus_of_a_draft):
    assert _leaks(client.get("/en/campuses/").content.decode()) == []


def test_once_published_the_parent_is_named_and_linked(client, campus_of_a_draft):
    Institution.objects.filter(slug="secret-parent").update(status=Institution.Status.PUBLISHED)
    page = client.get("/en/campuses/open-campus/").content.decode()
    assert 'href="/en/institutions/secret-parent/"' in page


def test_staff_preview_still_shows_the_draft_parent(admin_client, campus_of_a_draft):
    page = admin_client.get("/en/campuses/open-campus/").content.decode()
    assert "Secret Parent University" in page
