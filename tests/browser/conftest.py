import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture
def demo_site(live_server, transactional_db):
    call_command("load_demo", verbosity=0)
    return live_server


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
