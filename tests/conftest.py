import json
import os
import shutil
import subprocess
import uuid
from datetime import timedelta
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
BROWSER_MISSING = "no Chromium at"
# The W3C Nu HTML checker: `npm ci` installs it (package.json); it needs Java.
VNU_JAR = Path(
    os.environ.get(
        "VNU_JAR", Path(__file__).parent.parent / "node_modules/vnu-jar/build/dist/vnu.jar"
    )
)
REQUIRE_HTML_CHECKER = REQUIRE_BROWSER or bool(os.environ.get("CI"))
HTML_CHECKER_MISSING = "Nu HTML checker not available:"
# Skip reasons seen in the reports (from pytest-xdist's workers too), for the loud summary.
_skipped_because = {BROWSER_MISSING: [], HTML_CHECKER_MISSING: []}
# Most tests hash passwords with MD5 to be fast (see _test_settings).
FAST_PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session", autouse=True)
def _test_settings():
    """What the tests change in the settings, for the whole run (debug stays off, see pyproject):

    - every password set in a test is hashed with MD5 (PBKDF2's million rounds cost ~0.3 s
      each); tests about real hashing ask for ``real_password_hashers``;
    - WhiteNoise serves static files from the source folders, as ``collectstatic`` would
      provide them in the deployment;
    - staff are not made to enrol a second factor (``STAFF_REQUIRE_2FA``, on in production),
      so that tests can sign staff in with ``force_login``; the two-factor tests
      (tests/mfa/) turn it on.
    """
    from django.test import override_settings

    with override_settings(
        PASSWORD_HASHERS=FAST_PASSWORD_HASHERS,
        WHITENOISE_USE_FINDERS=True,
        WHITENOISE_AUTOREFRESH=True,
        STAFF_REQUIRE_2FA=False,
    ):
        yield


@pytest.fixture
def real_password_hashers(settings):
    """The portal's own hashers (the settings' value before the tests made hashing fast)."""
    from django.conf import global_settings

    from forum_portal import settings as portal_settings

    settings.PASSWORD_HASHERS = getattr(
        portal_settings, "PASSWORD_HASHERS", global_settings.PASSWORD_HASHERS
    )
    return settings.PASSWORD_HASHERS


class Clock:
    """Django's clock (``django.utils.timezone.now``) with a hand to move it forward.

    Publication times, sessions and ``auto_now`` fields all read this clock, in the test and in
    the live server's thread alike, so a test can let an hour pass without waiting for it. Code
    that imported ``now`` by name keeps the real clock (django-axes does: the lockout tests move
    the failure records back instead).
    """

    def __init__(self, real_now):
        self._real_now = real_now
        self.offset = timedelta(0)

    def now(self):
        return self._real_now() + self.offset

    def advance(self, delta):
        self.offset += delta


@pytest.fixture
def clock(monkeypatch):
    from django.utils import timezone

    clock = Clock(timezone.now)
    monkeypatch.setattr(timezone, "now", clock.now)
    return clock


@pytest.fixture(autouse=True)
def _fresh_page_cache():
    """Each test starts with no page kept by an earlier one (whose rows were rolled back, which
    the page cache cannot see: it watches writes, and a rollback writes nothing)."""
    from core.page_cache import new_generation

    new_generation()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language, whatever an earlier request activated."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Each test starts with no request counted against a rate limit (django-ratelimit counts
    in the default cache, which lives as long as the test process)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _media_root(request, settings, tmp_path):
    """Uploaded files of every test go to a temporary folder (the shared demo keeps its own)."""
    if "demo_database" in request.fixturenames:
        settings.MEDIA_ROOT = request.getfixturevalue("demo_database")["media_root"]
    else:
        settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content, loaded ONCE per test run and committed, for tests that only read it.

    Tests that change data use ``db``/``transactional_db`` and their own rows; the demo readers
    run after all of them (``pytest_collection_modifyitems`` below), so the demo never leaks
    into a test with its own data, and no flush of a transactional test empties it. Emptied at
    the end of the run (for ``--reuse-db``).
    """
    from django.core.management import call_command
    from django.test import override_settings

    media_root = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root):
        call_command("load_demo", verbosity=0)
    yield {"media_root": media_root}
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)


def _row_counts():
    from django.apps import apps

    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


@pytest.fixture
def demo(demo_database, db):
    """Read-only access to the shared demo. The test runs in a transaction rolled back at its
    end (like any ``db`` test) and fails if it added or removed a row all the same."""
    before = _row_counts()
    yield
    assert _row_counts() == before, "a test using the shared demo changed the database"


def pytest_collection_modifyitems(items):
    """Tests reading the shared demo run last (after pytest-django's db-then-transactional order),
    so that no test with its own data runs while the demo is in the database."""
    items.sort(key=lambda item: "demo_database" in getattr(item, "fixturenames", ()))


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
        pytest.skip(f"{BROWSER_MISSING} {CHROMIUM}: browser tests skipped")
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


@pytest.fixture(scope="session")
def nu_html_checker(tmp_path_factory):
    """Check a batch of pages with the W3C Nu HTML checker in ONE Java run (a JVM start each).

    Returns ``check({url: html_bytes}) -> ["url:line: message", ...]`` (errors only).
    Without Java or vnu.jar the tests that use it are skipped, loudly; in CI they fail.
    """
    java = shutil.which("java")
    missing = (
        "no java (apt-get install default-jre-headless)"
        if not java
        else f"no {VNU_JAR} (npm ci)"
        if not VNU_JAR.exists()
        else None
    )
    if missing:
        if REQUIRE_HTML_CHECKER:
            pytest.fail(f"the Nu HTML checker is required in CI: {missing}", pytrace=False)
        pytest.skip(f"{HTML_CHECKER_MISSING} {missing}")
    folder = tmp_path_factory.mktemp("nu-html")

    def check(pages):
        paths = {}
        for number, (url, content) in enumerate(pages.items()):
            path = folder / f"page-{number}.html"
            path.write_bytes(content)
            paths[path.name] = (path, url)
        result = subprocess.run(
            [java, "-Xss1m", "-jar", str(VNU_JAR), "--errors-only", "--format", "json",
             "--exit-zero-always", "--stdout", *(str(p) for p, _url in paths.values())],
            capture_output=True, text=True, timeout=300, check=True,
        )  # fmt: skip
        problems = []
        for message in json.loads(result.stdout)["messages"]:
            name = message.get("url", "").rsplit("/", 1)[-1]
            where = paths[name][1] if name in paths else message.get("url", "?")
            problems.append(f"{where}:{message.get('lastLine', '?')}: {message['message']}")
        return problems

    return check


def pytest_runtest_logreport(report):
    if report.skipped and isinstance(report.longrepr, tuple):
        for marker, reasons in _skipped_because.items():
            if marker in report.longrepr[2]:
                reasons.append(report.longrepr[2].split(marker, 1)[1].strip())


def pytest_terminal_summary(terminalreporter):
    if _skipped_because[HTML_CHECKER_MISSING]:
        terminalreporter.write_sep(
            "!",
            f"HTML CHECK SKIPPED: {_skipped_because[HTML_CHECKER_MISSING][0]} "
            "(set CI=1 or REQUIRE_BROWSER=1 to make this a failure)",
            red=True,
            bold=True,
        )
    if _skipped_because[BROWSER_MISSING]:
        terminalreporter.write_sep(
            "!",
            "BROWSER TESTS SKIPPED: Chromium not found (apt-get install chromium; "
            "set REQUIRE_BROWSER=1 to make this a failure)",
            red=True,
            bold=True,
        )
