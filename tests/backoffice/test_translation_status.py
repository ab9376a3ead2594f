from urllib.parse import urlsplit

import pytest

from tests.factories import InstitutionFactory
from tests.html import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def institutions():
    return {
        "complete": InstitutionFactory(name_en="Complete"),
        "no_kk": InstitutionFactory(name_en="No Kazakh", name_kk=""),
        "no_en_description": InstitutionFactory(
            name_en="No English description",
            description_kk="<p>Сипаттама</p>",
            description_ru="<p>Описание</p>",
            description_en="",
        ),
    }


def _listed(response):
    """The objects the change list shows, by primary key."""
    return sorted(
        {
            int(urlsplit(href).path.split("/")[-3])
            for href, _text, _attrs in parse(response.content).links
            if href and urlsplit(href).path.endswith("/change/")
        }
    )


def test_list_filters_objects_missing_a_language(admin_client, institutions):
    url = "/admin/universities/institution/"
    missing_kk = admin_client.get(url, {"missing_language": "kk"})
    missing_en = admin_client.get(url, {"missing_language": "en"})
    assert _listed(missing_kk) == [institutions["no_kk"].pk]
    assert _listed(missing_en) == [institutions["no_en_description"].pk]
    assert _listed(admin_client.get(url)) == sorted(i.pk for i in institutions.values())


def test_list_shows_which_languages_are_complete_per_row(admin_client, institutions):
    page = admin_client.get(
        "/admin/universities/institution/", HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert page.count('translation-state--missing" title="Missing Kazakh"') == 1
    assert page.count('translation-state--missing" title="Missing English"') == 1


def test_translation_status_page_counts_gaps_per_model(admin_client, institutions):
    page = admin_client.get(
        "/admin/translation-status/", HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    row = page[page.index("Institutions</th>") :].split("</tr>")[0]
    cells = [cell.split(">")[-1] for cell in row.split("</a>")[:-1]]
    assert cells == ["1", "0", "1"]  # kk, ru, en
