"""A text shown from another language is announced in the reader's language, accessibly."""

import pytest

from tests.factories import BranchCampusFactory, InstitutionFactory

pytestmark = pytest.mark.browser


def test_kazakh_page_names_the_language_of_a_russian_only_text(
    page, live_server, transactional_db, assert_accessible
):
    parent = InstitutionFactory(
        slug="coventry", name_kk="", name_ru="Университет Ковентри", name_en="Coventry University"
    )
    BranchCampusFactory(slug="kaist", name_kk="", name_ru="KAIST", name_en="KAIST", parent=parent)
    page.goto(f"{live_server.url}/kk/institutions/coventry/")
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "Университет Ковентри (орыс тілінде)"
    assert heading.locator("span[lang=ru]").inner_text() == "Университет Ковентри"
    assert_accessible(page)

    page.goto(f"{live_server.url}/kk/campuses/kaist/")
    assert page.get_by_role("heading", level=1).inner_text() == "KAIST"
    assert page.locator(".fallback-note").all_inner_texts() == ["(орыс тілінде)"]  # the parent
    assert_accessible(page)
