"""Demo content of the partners app, only from the sourced facts in /work/shared/data/.

- The Council of Strategic Partners' meeting at the II Forum (forum_facts.md §3–4). No source
  names the Council's members, so no membership is created.
- Two demo partner accounts, each speaking for the parent university of a branch campus in
  branch_campuses.csv, each with one pending proposal built from that row's facts.

Idempotent: rows are created when missing and never updated, so editors' changes survive.
"""

from django.contrib.auth import get_user_model

from events.models import Forum, Session
from partners.models import CouncilMeeting, PartnerAccount, UpdateProposal
from universities.models import Country, Institution

ENIC_REPORT = "https://enic-kazakhstan.edu.kz/en/post/271"
COUNCIL_SESSION = "ii-forum-2025-council-of-strategic-partners"  # from events.demo

COUNCIL_MEETING = {
    "slug": "council-meeting-ii-forum-2025",
    "title_kk": "Стратегиялық серіктестер кеңесінің II Форум аясындағы отырысы",
    "title_ru": "Заседание Совета стратегических партнёров в рамках II Форума",
    "title_en": "Meeting of the Council of Strategic Partners at the II Forum",
    "summary_kk": (
        "<p>Кеңес 2024 жылы құрылды. 2025 жылғы қазанда Астанада өткен II Форум аясында "
        "Кеңестің отырысы болды. Министрліктің хабарлауынша, Кеңес институционалдық "
        "ынтымақтастықтың тиімді тетігіне айналды.</p>"
    ),
    "summary_ru": (
        "<p>Совет был создан в 2024 году. Его заседание прошло в рамках II Форума в Астане "
        "в октябре 2025 года. По оценке организаторов, Совет стал действенным механизмом "
        "институционального сотрудничества.</p>"
    ),
    "summary_en": (
        "<p>The Council was set up in 2024. It met during the II Forum in Astana in October "
        "2025; the organisers describe it as having become an effective mechanism of "
        "institutional cooperation.</p>"
    ),
    "source_url": ENIC_REPORT,
    "status": CouncilMeeting.Status.PUBLISHED,
}

UNITED_KINGDOM = {"code": "GB", "name_kk": "Ұлыбритания", "name_ru": "Великобритания",
                  "name_en": "United Kingdom"}  # fmt: skip

# (username, password, institution slug and English name, proposed English description, source)
PARTNERS = [
    (
        "coventry-partner",
        "coventry-partner-2025",
        "coventry-university",
        "Coventry University",
        "<p>Coventry University (United Kingdom) opened its branch campus, Coventry University "
        "Kazakhstan, in Astana in 2024. It teaches business, international relations, "
        "economics, finance and computer science at bachelor's level, and offers an MBA in "
        "Global Business and an Executive MBA.</p>",
        "https://oq.gov.kz/en/qazalemnews/1265",
    ),
    (
        "heriot-watt-partner",
        "heriot-watt-partner-2025",
        "heriot-watt-university",
        "Heriot-Watt University",
        "<p>Heriot-Watt University (United Kingdom) has run a branch at K. Zhubanov "
        "Aktobe Regional University in Aktobe since 2023. Its English-medium bachelor's "
        "programmes, with a double diploma, cover oil and gas business, electric power "
        "engineering and computer engineering.</p>",
        "https://astanatimes.com/2023/02/uk-based-heriot-watt-university-to-open-branch-in-kazakhstan/",
    ),
]


def load(with_passwords):
    _load_council()
    logins = []
    for username, password, slug, name, description, source in PARTNERS:
        user = _partner_account(username, password if with_passwords else None, slug, name)
        if not UpdateProposal.objects.filter(proposed_by=user).exists():
            UpdateProposal.objects.create(
                institution=user.partner_account.institutions.get(slug=slug),
                proposed_by=user,
                changes={"description_en": description},
                message=f"Source: {source}",
            )
        if with_passwords:
            logins.append((username, password))
    return logins


def _load_council():
    meeting, created = CouncilMeeting.objects.get_or_create(
        slug=COUNCIL_MEETING["slug"], defaults=COUNCIL_MEETING
    )
    if created:
        meeting.forum = Forum.objects.filter(number=2).first()
        meeting.session = Session.objects.filter(slug=COUNCIL_SESSION).first()
        meeting.save(update_fields=["forum", "session"])


def _partner_account(username, password, slug, name):
    country, _ = Country.objects.get_or_create(code=UNITED_KINGDOM["code"], defaults=UNITED_KINGDOM)
    institution, _ = Institution.objects.get_or_create(
        slug=slug,
        defaults={
            "kind": Institution.Kind.FOREIGN_UNIVERSITY,
            "name_en": name,
            "country": country,
            "status": Institution.Status.PUBLISHED,
        },
    )
    user, created = get_user_model().objects.get_or_create(username=username)
    if password and (created or not user.password):
        user.set_password(password)
        user.save(update_fields=["password"])
    account, created = PartnerAccount.objects.get_or_create(user=user)
    if created:
        account.institutions.add(institution)
    return user
