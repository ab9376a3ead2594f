"""Searching from the header in a real browser; the results page is accessible; the JSON-LD
blocks pass the strict Content Security Policy without a complaint."""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("code", "query", "expected"),
    [
        ("kk", "Nurbek", "Саясат Нұрбек"),
        ("ru", "Coventry", "Университет Ковентри Казахстан"),
        ("en", "Ломоносова", "Lomonosov Moscow State University, Kazakhstan Branch"),
    ],
)
def test_a_search_from_the_header_finds_the_page(
    page, demo_site, assert_accessible, code, query, expected
):
    page.goto(f"{demo_site.url}/{code}/")
    page.locator("header").get_by_role("searchbox").fill(query)
    page.locator("header").get_by_role("button").click()
    page.wait_for_url(f"**/{code}/search/?q=*")
    titles = page.locator(".search-result__title").all_inner_texts()
    assert expected in titles
    assert page.locator("mark").count() >= 1
    assert page.locator("#search-page-q").input_value() == query
    assert_accessible(page)
    page.locator(".search-result__title", has_text=expected).first.click()
    assert page.locator("h1").inner_text() == expected


def test_json_ld_is_not_blocked_by_the_content_security_policy(browser, demo_site):
    context = browser.new_context(locale="en-US")  # the real CSP, not bypassed
    page = context.new_page()
    complaints = []
    page.on("console", lambda message: complaints.append(message.text))
    page.goto(f"{demo_site.url}/en/speakers/sayasat-nurbek/")
    blocks = page.locator('script[type="application/ld+json"]')
    assert blocks.count() == 1
    assert '"@type": "Person"' in blocks.inner_text()
    assert complaints == []
    context.close()
