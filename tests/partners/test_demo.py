import pytest
from django.core.management import call_command

import events.demo
import universities.demo
from core.demo import DemoLoader
from partners import demo
from partners.models import CouncilMeeting, CouncilMembership, PartnerAccount, UpdateProposal

pytestmark = pytest.mark.django_db


def _below_partners():
    """A loader that has read the layers below partners: the institutions, forums and sessions
    the partner demo refers to by their keys."""
    loader = DemoLoader()
    universities.demo.load(loader, with_passwords=False)
    events.demo.load(loader, with_passwords=False)
    return loader


@pytest.fixture
def loader():
    return _below_partners()


def test_demo_partners_with_passwords_in_debug_mode(client, loader):
    logins = demo.load(loader, with_passwords=True)
    assert logins == [
        ("coventry-partner", "coventry-partner-2025"),
        ("heriot-watt-partner", "heriot-watt-partner-2025"),
    ]
    accounts = PartnerAccount.objects.order_by("user__username")
    assert [(a.user.username, [i.slug for i in a.institutions.all()]) for a in accounts] == [
        ("coventry-partner", ["coventry-university"]),
        ("heriot-watt-partner", ["heriot-watt-university"]),
    ]
    assert [p.status for p in UpdateProposal.objects.all()] == ["pending", "pending"]
    response = client.post(
        "/en/partner/login/", {"username": "coventry-partner", "password": "coventry-partner-2025"}
    )
    assert response["Location"] == "/en/partner/"


def test_demo_without_passwords_returns_no_logins_and_sets_none(loader):
    assert demo.load(loader, with_passwords=False) == []
    assert {a.user.password for a in PartnerAccount.objects.all()} == {""}


def test_demo_is_idempotent_and_keeps_edits(loader):
    demo.load(loader, with_passwords=True)
    meeting = CouncilMeeting.objects.get()
    meeting.title_en = "Edited by an editor"
    meeting.save()
    proposal = UpdateProposal.objects.first()
    proposal.status = "rejected"
    proposal.rejection_reason = "Reviewed"
    proposal.save()

    demo.load(_below_partners(), with_passwords=True)
    assert CouncilMeeting.objects.get().title_en == "Edited by an editor"
    assert (PartnerAccount.objects.count(), UpdateProposal.objects.count()) == (2, 2)


def test_the_council_has_no_invented_members(capsys, settings):
    settings.DEBUG = True
    call_command("load_demo")
    output = capsys.readouterr().out.splitlines()
    assert CouncilMembership.objects.count() == 0
    assert "coventry-partner / coventry-partner-2025" in output
    assert "heriot-watt-partner / heriot-watt-partner-2025" in output


def test_the_demo_meeting_is_tied_to_the_ii_forum_council_session(settings):
    settings.DEBUG = True
    call_command("load_demo", verbosity=0)
    meeting = CouncilMeeting.objects.get()
    assert (meeting.forum.number, meeting.session.slug, meeting.session.kind) == (
        2,
        "ii-forum-2025-council-of-strategic-partners",
        "council_meeting",
    )
