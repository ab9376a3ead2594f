"""A visitor filters the programme, opens a session and downloads its calendar file."""

from pathlib import Path

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.browser


def test_filter_programme_open_session_and_download_calendar(page, demo_site, assert_accessible):
    page.goto(f"{demo_site.url}/en/programme/")
    page.wait_for_url(f"{demo_site.url}/en/forums/ii-forum-2025/programme/")
    assert_accessible(page)

    page.get_by_label("Format").select_option("plenary")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**/programme/?*kind=plenary*")
    main = page.locator("main")
    assert main.get_by_role("heading", level=4).all_inner_texts() == ["Plenary session"]
    assert_accessible(page)

    # The filter survives a switch to Russian.
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Русский").click()
    page.wait_for_url("**/ru/forums/ii-forum-2025/programme/?*kind=plenary*")
    assert page.get_by_label("Формат").input_value() == "plenary"
    page.get_by_role("link", name="Пленарное заседание").click()
    page.wait_for_url("**/ru/sessions/ii-forum-2025-plenary-session/")
    assert page.locator("h1").inner_text() == "Пленарное заседание"
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Добавить в календарь (.ics)").click()
    download = download_info.value
    assert download.suggested_filename == "ii-forum-2025-plenary-session.ics"
    calendar = Calendar.from_ical(Path(download.path()).read_bytes())
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Пленарное заседание"


@pytest.mark.parametrize(
    "path",
    [
        "/kk/forums/",
        "/kk/forums/ii-forum-2025/",
        "/ru/speakers/",
        "/en/speakers/sayasat-nurbek/",
        "/kk/news/",
        "/en/news/ii-forum-2025-international-academic-cooperation/",
    ],
)
def test_events_pages_are_accessible(page, demo_site, assert_accessible, path):
    page.goto(f"{demo_site.url}{path}")
    assert page.locator("h1").count() == 1
    assert_accessible(page)
