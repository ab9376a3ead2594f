import pytest
from django.utils import timezone

from tests.factories import InstitutionFactory, UpdateProposalFactory
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
    assert links["Scheduled university"].startswith("/admin/universities/institution/")
    scheduled = page[page.index('id="dashboard-scheduled"') : page.index('id="dashboard-recent"')]
    assert "Scheduled university" in scheduled
    assert links["Translation status"] == "/admin/translation-status/"
    translations = page[page.index('id="dashboard-translations"') :].split("</section>")[0]
    assert "<strong>KK</strong>: Missing 1 · Draft 1 · Out of date 0 · Reviewed 0" in translations


def test_dashboard_leads_reviewers_to_pending_partner_proposals(admin_client):
    UpdateProposalFactory.create_batch(2)
    page = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    links = {text: href for href, text, _ in parse(page).links}
    assert links["2 partner proposals waiting for review"] == (
        "/admin/partners/updateproposal/?status__exact=pending"
    )


def test_dashboard_hides_proposals_from_staff_who_cannot_review_them(client):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    translator = get_user_model().objects.create_user("t", password="x", is_staff=True)
    translator.groups.add(Group.objects.get(name="Translator"))
    client.force_login(translator)
    UpdateProposalFactory()
    page = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "waiting for review" not in page


def test_import_screen_uses_the_kazakh_catalog_of_import_export(admin_client):
    page = admin_client.get(
        "/admin/universities/institution/import/", HTTP_ACCEPT_LANGUAGE="kk"
    ).content.decode()
    assert "<title>Импорт" in page


def test_recent_changes_show_only_what_the_user_may_view(client, admin_user):
    from django.contrib.admin.models import CHANGE, LogEntry
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType

    from tests.factories import PartnerDocumentFactory

    document = PartnerDocumentFactory()
    institution = InstitutionFactory()
    for obj in (document, institution):
        LogEntry.objects.log_actions(
            user_id=admin_user.pk, queryset=[obj], action_flag=CHANGE, change_message="[]"
        )
    assert ContentType.objects.get_for_model(document).model == "partnerdocument"

    def recent_for(role):
        user = get_user_model().objects.create_user(role, password="x", is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        page = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
        return page[page.index('id="dashboard-recent"') :]

    document_link = f"/admin/partners/partnerdocument/{document.pk}/change/"
    translator_sees = recent_for("Translator")
    assert f"/admin/universities/institution/{institution.pk}/change/" in translator_sees
    assert document_link not in translator_sees and str(document) not in translator_sees
    assert document_link in recent_for("Partner manager")
