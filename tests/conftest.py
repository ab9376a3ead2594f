import os
import shutil
import uuid
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; Django must allow its DB calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REQUIRE_BROWSER = os.environ.get("REQUIRE_BROWSER") == "1"
_browser_skipped = []


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language, whatever an earlier request activated."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploaded files of every test go to a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(scope="session")
def redis_url():
    """A real Redis server (CI starts one on 127.0.0.1:6379); required when CI is set."""
    import redis

    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        if os.environ.get("CI"):
            pytest.fail(f"Redis at {url} is required in CI: {error}", pytrace=False)
        pytest.skip(f"no Redis at {url}")
    return url


@pytest.fixture
def redis_cache(redis_url):
    from django.core.cache.backends.redis import RedisCache

    cache = RedisCache(redis_url, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    yield cache
    cache.clear()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        if REQUIRE_BROWSER:
            pytest.fail(f"REQUIRE_BROWSER=1 but no Chromium at {CHROMIUM}", pytrace=False)
        _browser_skipped.append(True)
        pytest.skip(f"no Chromium at {CHROMIUM}: browser tests skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh page; the CSP is bypassed so that axe-core can be injected."""
    context = browser.new_context(bypass_csp=True, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def pytest_terminal_summary(terminalreporter):
    if _browser_skipped:
        terminalreporter.write_sep(
            "!",
            "BROWSER TESTS SKIPPED: Chromium not found (apt-get install chromium; "
            "set REQUIRE_BROWSER=1 to make this a failure)",
            red=True,
            bold=True,
        )
