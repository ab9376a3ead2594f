import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test.utils import modify_settings
from pytest_django.live_server_helper import LiveServer

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
HOST = "localhost"


@pytest.fixture(scope="session")
def demo_server(demo_database):
    """One live server for the whole run, serving the demo loaded once (``demo_database``).

    Not pytest-django's ``live_server``: that one makes each test transactional, and the flush
    after each test would empty the shared demo. Tests that write use ``live_server`` and their
    own data instead.
    """
    server = LiveServer(HOST)
    yield server
    server.stop()


@pytest.fixture
def demo_site(demo_server, demo):
    """The live demo site, for tests that only read it (``demo`` checks that they did)."""
    with modify_settings(ALLOWED_HOSTS={"append": HOST}):
        yield demo_server


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.fixture
def assert_accessible(axe):
    """Run axe-core on the page and fail with the list of WCAG 2.1 A/AA violations."""

    def check(page):
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
        violations = [
            f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
            for v in results.response["violations"]
        ]
        assert violations == [], page.url

    return check
