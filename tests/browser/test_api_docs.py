"""The API's interactive docs work in a real browser under the portal's CSP, from local files."""

import pytest

pytestmark = pytest.mark.browser


def test_docs_render_with_the_csp_enforced_and_no_outside_request(browser, demo_site):
    context = browser.new_context(locale="en-US")  # the CSP is enforced here
    page = context.new_page()
    problems, outside = [], []
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "request",
        lambda r: (
            r.url.startswith(demo_site.url) or r.url.startswith("data:") or outside.append(r.url)
        ),
    )
    try:
        page.goto(f"{demo_site.url}/api/docs")
        page.get_by_text("GET", exact=True).first.wait_for()
        title = page.locator(".info .title").inner_text()
        assert title.startswith("Kazakhstan – Territory of Academic Knowledge: open data")
        operations = page.locator(".opblock-summary-path").all_inner_texts()
        assert "/api/campuses" in operations
        assert "/api/sessions/{slug}" in operations
        assert problems == []
        assert outside == []
    finally:
        context.close()
