import csv
import io
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


def test_visitor_filters_opens_a_campus_and_downloads_the_csv(page, demo_site, assert_accessible):
    page.goto(f"{demo_site.url}/en/campuses/")
    assert_accessible(page)
    page.get_by_label("Country of origin").select_option("GB")
    page.get_by_label("Host city").select_option("astana")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(f"{demo_site.url}/en/campuses/?*country=GB*")
    assert page.locator(".campus-count").inner_text() == "2 branch campuses found."
    assert page.locator(".cards h2").all_inner_texts() == [
        "Cardiff University Kazakhstan",
        "Coventry University Kazakhstan",
    ]
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").click()
    download = download_info.value
    assert download.suggested_filename == "branch-campuses.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert [row["slug"] for row in rows] == [
        "cardiff-university-kazakhstan",
        "coventry-university-kazakhstan",
    ]
    page.get_by_role("link", name="Cardiff University Kazakhstan").click()
    assert page.locator("h1").inner_text() == "Cardiff University Kazakhstan"
    assert page.locator("#campus-map-title").count() == 1
    assert_accessible(page)


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_statistics_page_is_accessible(page, demo_site, assert_accessible, code):
    page.goto(f"{demo_site.url}/{code}/campuses/statistics/")
    assert page.locator("svg[role=img]").count() == 6
    assert_accessible(page)


def test_filter_survives_a_language_switch(page, demo_site):
    page.goto(f"{demo_site.url}/en/campuses/?country=RU")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Русский").click()
    page.wait_for_url(f"{demo_site.url}/ru/campuses/?country=RU")
    assert page.locator(".campus-count").inner_text() == "Найдено 9 филиалов."


@pytest.mark.parametrize("width", [320, 1440])
def test_directory_and_statistics_fit_the_screen(page, demo_site, width):
    page.set_viewport_size({"width": width, "height": 800})
    for path in (
        "/kk/campuses/",
        "/kk/campuses/statistics/",
        "/kk/campuses/lomonosov-moscow-state-university-kazakhstan-branch/",
    ):
        page.goto(f"{demo_site.url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
