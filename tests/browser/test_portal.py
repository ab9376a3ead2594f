import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("code", "heading"),
    [
        ("kk", "Қазақстан – академиялық білім аймағы"),
        ("ru", "Казахстан – территория академических знаний"),
        ("en", "Kazakhstan – Territory of Academic Knowledge"),
    ],
)
def test_home_page_in_each_language_is_accessible(
    page, demo_site, assert_accessible, code, heading
):
    page.goto(f"{demo_site.url}/{code}/")
    assert page.locator("html").get_attribute("lang") == code
    assert page.locator("h1").inner_text() == heading
    assert_accessible(page)


def test_visitor_switches_language_by_clicking_and_stays_on_the_page(page, demo_site):
    page.goto(f"{demo_site.url}/kk/accessibility/")
    page.get_by_role("navigation", name="Тіл").get_by_role("link", name="English").click()
    page.wait_for_url(f"{demo_site.url}/en/accessibility/")
    assert page.locator("h1").inner_text() == "Accessibility statement"
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Русский").click()
    page.wait_for_url(f"{demo_site.url}/ru/accessibility/")
    assert page.locator("html").get_attribute("lang") == "ru"


def test_skip_link_moves_keyboard_focus_to_the_main_content(page, demo_site):
    page.goto(f"{demo_site.url}/en/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("width", [320, 1440])
def test_pages_fit_small_phones_and_wide_screens(page, demo_site, assert_accessible, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(f"{demo_site.url}/ru/accessibility/")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert_accessible(page)
