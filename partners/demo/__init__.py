"""Demo content of the partners app: the Council's meeting and two partner accounts.

The accounts refer to institutions defined by the universities app's demo files, which are
loaded first. Created when missing, never updated: editors' and partners' changes survive.
"""

from pathlib import Path

from django.contrib.auth import get_user_model

from core.demo import DemoDataError
from partners.models import PartnerAccount, UpdateProposal
from universities.models import Institution

HERE = Path(__file__).parent
FILES = [HERE / "council.yaml"]
ACCOUNTS = HERE / "accounts.yaml"


def load(loader, *, with_passwords):
    loader.load(*FILES)
    logins = []
    for number, row in enumerate(loader.read(ACCOUNTS), start=1):
        try:
            institution = loader.resolve(Institution, {"slug": row["institution"]})
            user = _partner_account(row["username"], institution, row["password"], with_passwords)
            if not UpdateProposal.objects.filter(proposed_by=user).exists():
                UpdateProposal.objects.create(
                    institution=institution, proposed_by=user, **row["proposal"]
                )
        except (KeyError, TypeError) as error:
            raise DemoDataError(f"{ACCOUNTS.name}, account {number}: missing {error}") from None
        if with_passwords:
            logins.append((row["username"], row["password"]))
    return logins


def _partner_account(username, institution, password, with_passwords):
    user, created = get_user_model().objects.get_or_create(username=username)
    if with_passwords and (created or not user.password):
        user.set_password(password)
        user.save(update_fields=["password"])
    account, created = PartnerAccount.objects.get_or_create(user=user)
    if created:
        account.institutions.add(institution)
    return user
