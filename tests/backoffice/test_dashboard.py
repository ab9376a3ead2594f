import pytest
from django.utils import timezone

from tests.factories import InstitutionFactory
from tests.html import parse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "header"),
    [
        ("kk", "Форум порталын басқару"),
        ("ru", "Администрирование портала форума"),
        ("en", "Forum portal administration"),
    ],
)
def test_admin_works_in_each_language(admin_client, language, header):
    page = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert f'<html lang="{language}"' in page
    assert header in page


def test_dashboard_lists_scheduled_content_and_translation_gaps(admin_client):
    when = timezone.now() + timezone.timedelta(days=2)
    InstitutionFactory(name_en="Scheduled university", publish_at=when, name_kk="")
    page = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    links = {text: href for href, text, _ in parse(page).links}
    scheduled = page[page.index('id="dashboard-scheduled"') : page.index('id="dashboard-recent"')]
    assert "Scheduled university" in scheduled
    assert links["1 missing translation"] == "/admin/translation-status/"
