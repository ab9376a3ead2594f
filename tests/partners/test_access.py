"""Who may open which partner URL: the full matrix of users × URLs, each cell asserted.

Every staff role (and a superuser) appears twice: speaking for institution A through a partner
account, and with no partner account at all. Staff have no way around the partner scoping: the
partner area shows them only what they speak for; partner objects are the admin's business.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

from forum_portal.roles import ADMINISTRATOR, EDITOR, PARTNER_MANAGER, TRANSLATOR
from tests.factories import PartnerAccountFactory, UserFactory
from tests.html import parse
from tests.partners.conftest import png_bytes

pytestmark = pytest.mark.django_db

STAFF_ROLES = {
    "administrator": ADMINISTRATOR,
    "editor": EDITOR,
    "translator": TRANSLATOR,
    "partner_manager": PARTNER_MANAGER,
    "superuser": None,
}
# "<role>_of_a": the role's user speaks for institution A; "<role>": no partner account.
STAFF = [f"{role}{suffix}" for role in STAFF_ROLES for suffix in ("_of_a", "")]
USERS = ["anonymous", "partner_a", "partner_b", *STAFF]
# What each user gets: an h1 text or file bytes ("ok"), a 404 page, or the login page.
LOGIN, NOT_FOUND, OK = "login", "404", "ok"


def _staff_user(key, institution):
    role = key.removesuffix("_of_a")
    user = UserFactory(
        username=key.replace("_", "-"), is_staff=True, is_superuser=role == "superuser"
    )
    if STAFF_ROLES[role]:
        user.groups.add(Group.objects.get(name=STAFF_ROLES[role]))
    if key.endswith("_of_a"):
        PartnerAccountFactory(user=user, institutions=[institution])
    return user


@pytest.fixture
def world(
    institution_a, institution_b, partner_a, partner_b,
    document_a, document_b, proposal_a, proposal_b,
    campus_a, campus_b, campus_proposal_a, campus_proposal_b,
):  # fmt: skip
    for proposal in (proposal_a, proposal_b):
        proposal.logo.save("logo.png", ContentFile(png_bytes()), save=True)
    return {
        "anonymous": None,
        "partner_a": partner_a,
        "partner_b": partner_b,
        **{key: _staff_user(key, institution_a) for key in STAFF},
        "a": {
            "institution": institution_a,
            "document": document_a,
            "proposal": proposal_a,
            "campus": campus_a,
            "campus-proposal": campus_proposal_a,
        },
        "b": {
            "institution": institution_b,
            "document": document_b,
            "proposal": proposal_b,
            "campus": campus_b,
            "campus-proposal": campus_proposal_b,
        },
    }


def _url(world, name, side):
    with translation.override("en"):
        return _reverse(world, name, side)


def _reverse(world, name, side):
    objects = world[side] if side else {}
    if name in ("institution", "proposal-create"):
        return reverse(f"partners:{name}", args=[objects["institution"].slug])
    if name == "campus-proposal-create":
        return reverse(f"partners:{name}", args=[objects["campus"].slug])
    if name == "proposal-detail":
        return reverse("partners:proposal-detail", args=[objects["proposal"].pk])
    if name == "campus-proposal-detail":
        return reverse("partners:proposal-detail", args=[objects["campus-proposal"].pk])
    if name == "document-download":
        return reverse("partners:document-download", args=[objects["document"].pk])
    if name == "proposal-logo":
        return reverse("partners:proposal-logo", args=[objects["proposal"].pk])
    return reverse(f"partners:{name}")


# Staff speaking for A reach A's objects like partner A; no staff user reaches B's.
STAFF_OF_A = {key: OK if key.endswith("_of_a") else NOT_FOUND for key in STAFF}
OWN_ONLY = {
    "a": {"anonymous": LOGIN, "partner_a": OK, "partner_b": NOT_FOUND, **STAFF_OF_A},
    "b": {"anonymous": LOGIN, "partner_a": NOT_FOUND, "partner_b": OK}
    | dict.fromkeys(STAFF, NOT_FOUND),
}
EVERY_USER = {"anonymous": LOGIN, "partner_a": OK, "partner_b": OK, **dict.fromkeys(STAFF, OK)}

CASES = [("dashboard", None, EVERY_USER), ("password-change", None, EVERY_USER)] + [
    (name, side, OWN_ONLY[side])
    for name in (
        "institution",
        "proposal-create",
        "campus-proposal-create",
        "proposal-detail",
        "campus-proposal-detail",
        "document-download",
        "proposal-logo",
    )
    for side in ("a", "b")
]
EXPECTED_H1 = {
    "dashboard": "My institutions",
    "password-change": "Change password",
    "proposal-create": "Propose an update",
    "campus-proposal-create": "Propose an update",
    "proposal-detail": "Proposed update",
    "campus-proposal-detail": "Proposed update",
}


@pytest.mark.parametrize("user_key", USERS)
@pytest.mark.parametrize(("name", "side", "expected"), CASES)
def test_access_matrix(client, world, user_key, name, side, expected):
    user = world[user_key]
    if user is not None:
        client.force_login(user)
    url = _url(world, name, side)
    response = client.get(url)
    outcome = expected[user_key]

    if outcome == LOGIN:
        assert (response.status_code, response["Location"]) == (
            302,
            f"/en/partner/login/?next={url}",
        )
    elif outcome == NOT_FOUND:
        assert (response.status_code, parse(response.content).h1) == (404, ["Page not found"])
    elif name == "proposal-logo":
        content = b"".join(response.streaming_content)
        assert (response.status_code, content[:8]) == (200, b"\x89PNG\r\n\x1a\n")
        assert response["Content-Disposition"].startswith("inline;")
    elif name == "document-download":
        document = world[side]["document"]
        document.file.open("rb")
        assert (response.status_code, b"".join(response.streaming_content)) == (
            200,
            document.file.read(),
        )
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["Cache-Control"] == "private, no-store"
    else:
        heading = EXPECTED_H1.get(name) or world[side]["institution"].name_en
        assert (response.status_code, parse(response.content).h1) == (200, [heading])
        assert response["Cache-Control"] == "private, no-store"


def _id_urls(proposal_pk, document_pk):
    return [
        f"/en/partner/proposals/{proposal_pk}/",
        f"/en/partner/proposals/{proposal_pk}/logo/",
        f"/en/partner/documents/{document_pk}/",
    ]


@pytest.mark.parametrize("pk", [0, 999999])
def test_unknown_ids_give_404_to_a_partner(client, partner_a, document_a, proposal_a, pk):
    proposal_a.logo.save("logo.png", ContentFile(png_bytes()), save=True)
    client.force_login(partner_a)
    # 200 for the partner's real ids on the same routes ...
    proposal, logo, document = (client.get(url) for url in _id_urls(proposal_a.pk, document_a.pk))
    assert (proposal.status_code, parse(proposal.content).h1) == (200, ["Proposed update"])
    assert (logo.status_code, logo["Content-Type"]) == (200, "image/png")
    assert (document.status_code, document["Content-Disposition"][:11]) == (200, "attachment;")
    # ... and the "Page not found" page for ids that do not exist.
    for url in _id_urls(pk, pk):
        response = client.get(url)
        assert (response.status_code, parse(response.content).h1) == (404, ["Page not found"])


def test_unknown_institution_slug_gives_404(client, partner_a, institution_a):
    client.force_login(partner_a)
    for slug, headings in [
        (institution_a.slug, [(200, ["Alpha University"]), (200, ["Propose an update"])]),
        ("no-such", [(404, ["Page not found"]), (404, ["Page not found"])]),
    ]:
        pages = [client.get(f"/en/partner/institutions/{slug}/{end}") for end in ("", "propose/")]
        assert [(page.status_code, parse(page.content).h1) for page in pages] == headings


def test_a_user_without_a_partner_account_sees_no_institution(client, institution_a, partner_a):
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="stranger"))
    response = client.get("/en/partner/")
    assert response.context["institutions"].count() == 0
    assert "No institution is linked to your account yet." in response.content.decode()
    assert client.get(f"/en/partner/institutions/{institution_a.slug}/").status_code == 404
    client.force_login(partner_a)  # the institution's own partner does see it
    response = client.get(f"/en/partner/institutions/{institution_a.slug}/")
    assert parse(response.content).h1 == ["Alpha University"]


@pytest.mark.parametrize("key", STAFF)
def test_staff_dashboard_lists_only_the_institutions_they_speak_for(client, world, key):
    client.force_login(world[key])
    response = client.get("/en/partner/")
    expected = [world["a"]["institution"]] if key.endswith("_of_a") else []
    assert list(response.context["institutions"]) == expected


@pytest.mark.parametrize("key", STAFF)
def test_staff_cannot_propose_for_an_institution_they_do_not_speak_for(client, world, key):
    from partners.models import UpdateProposal

    client.force_login(world[key])
    before = UpdateProposal.objects.count()
    for url in (
        _url(world, "proposal-create", "b"),
        _url(world, "campus-proposal-create", "b"),
    ):
        response = client.post(url, {"website": "https://example.org/", "message": "x"})
        assert response.status_code == 404
    assert UpdateProposal.objects.count() == before
