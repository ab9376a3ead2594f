from io import BytesIO

import pytest
from django.contrib.auth.models import Group
from PIL import Image

from forum_portal.roles import EDITOR, PARTNER_MANAGER
from tests.factories import (
    InstitutionFactory,
    PartnerAccountFactory,
    PartnerDocumentFactory,
    UpdateProposalFactory,
    UserFactory,
)

PASSWORD = "Correct-horse-battery-9"


def png_bytes(size=(40, 20), colour="navy"):
    out = BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture(autouse=True)
def _private_root(settings, tmp_path):
    """Partner documents and proposed logos of every test go to a temporary private folder."""
    settings.PARTNER_FILES_ROOT = tmp_path / "private"


@pytest.fixture
def institution_a(db):
    return InstitutionFactory(slug="alpha-university", name_en="Alpha University")


@pytest.fixture
def institution_b(db):
    return InstitutionFactory(slug="beta-university", name_en="Beta University")


def _partner(username, institution):
    user = UserFactory(username=username)
    user.set_password(PASSWORD)
    user.save()
    PartnerAccountFactory(user=user, institutions=[institution])
    return user


@pytest.fixture
def partner_a(institution_a):
    return _partner("partner-a", institution_a)


@pytest.fixture
def partner_b(institution_b):
    return _partner("partner-b", institution_b)


def _staff(username, role):
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def editor(db):
    """A ministry editor: staff, edits content; does not review proposals."""
    return _staff("editor", EDITOR)


@pytest.fixture
def partner_manager(db):
    """Ministry staff who manage partner accounts and review proposals (not a superuser)."""
    return _staff("partner-manager", PARTNER_MANAGER)


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_staff=True, is_superuser=True)


@pytest.fixture
def document_a(institution_a):
    return PartnerDocumentFactory(institution=institution_a, title_en="Alpha memorandum")


@pytest.fixture
def document_b(institution_b):
    return PartnerDocumentFactory(
        institution=institution_b,
        title_en="Beta memorandum",
        file__data=b"%PDF-1.4 beta secret",
        file__filename="beta.pdf",
    )


@pytest.fixture
def proposal_a(institution_a, partner_a):
    return UpdateProposalFactory(institution=institution_a, proposed_by=partner_a)


@pytest.fixture
def proposal_b(institution_b, partner_b):
    return UpdateProposalFactory(institution=institution_b, proposed_by=partner_b)


def make_campus(parent, **fields):
    """A branch campus of ``parent`` (the universities tests may bring their own factory)."""
    from universities.models import BranchCampus

    fields.setdefault("status", BranchCampus.Status.PUBLISHED)
    slug = fields.pop("slug", f"{parent.slug}-kazakhstan-{BranchCampus.objects.count()}")
    return BranchCampus.objects.create(
        slug=slug,
        name_en=fields.pop("name_en", f"{parent.name_en} Kazakhstan"),
        parent=parent,
        country=parent.country,
        **fields,
    )


@pytest.fixture
def campus_a(institution_a):
    return make_campus(institution_a, slug="alpha-kazakhstan", name_en="Alpha Kazakhstan")


@pytest.fixture
def campus_b(institution_b):
    return make_campus(institution_b, slug="beta-kazakhstan", name_en="Beta Kazakhstan")


@pytest.fixture
def campus_proposal_a(campus_a, partner_a):
    return UpdateProposalFactory(institution=None, branch_campus=campus_a, proposed_by=partner_a)


@pytest.fixture
def campus_proposal_b(campus_b, partner_b):
    return UpdateProposalFactory(institution=None, branch_campus=campus_b, proposed_by=partner_b)
