"""factory_boy factories for the portal's models; each app's issue adds its own."""

import factory
from django.utils import timezone

from universities.models import City, Country, Institution


class CountryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Country
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}")
    name_kk = factory.Sequence(lambda n: f"Ел {n}")
    name_ru = factory.Sequence(lambda n: f"Страна {n}")
    name_en = factory.Sequence(lambda n: f"Country {n}")


class CityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = City

    slug = factory.Sequence(lambda n: f"city-{n}")
    name_kk = factory.Sequence(lambda n: f"Қала {n}")
    name_ru = factory.Sequence(lambda n: f"Город {n}")
    name_en = factory.Sequence(lambda n: f"City {n}")
    country = factory.SubFactory(CountryFactory, code="KZ")


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution

    slug = factory.Sequence(lambda n: f"institution-{n}")
    kind = Institution.Kind.FOREIGN_UNIVERSITY
    name_kk = factory.Sequence(lambda n: f"Университет {n} (kk)")
    name_ru = factory.Sequence(lambda n: f"Университет {n}")
    name_en = factory.Sequence(lambda n: f"University {n}")
    country = factory.SubFactory(CountryFactory)
    status = Institution.Status.PUBLISHED
    publish_at = factory.LazyFunction(lambda: timezone.now() - timezone.timedelta(days=1))


# --- events ---------------------------------------------------------------------------------

import datetime  # noqa: E402

from events.models import (  # noqa: E402
    Article,
    Forum,
    Hall,
    KeyFigure,
    Participation,
    Session,
    SessionMaterial,
    Speaker,
    Topic,
)


class ForumFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Forum

    number = factory.Sequence(lambda n: n + 1)
    slug = factory.Sequence(lambda n: f"forum-{n}")
    title_kk = factory.Sequence(lambda n: f"Форум {n} (kk)")
    title_ru = factory.Sequence(lambda n: f"Форум {n}")
    title_en = factory.Sequence(lambda n: f"Forum {n}")
    start_date = datetime.date(2025, 10, 29)
    end_date = datetime.date(2025, 10, 31)
    status = Forum.Status.PUBLISHED


class KeyFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KeyFigure

    forum = factory.SubFactory(ForumFactory)
    value_en = "40"
    label_kk = "филиал"
    label_ru = "филиалов"
    label_en = "branch campuses"


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name_kk = factory.Sequence(lambda n: f"Тақырып {n}")
    name_ru = factory.Sequence(lambda n: f"Тема {n}")
    name_en = factory.Sequence(lambda n: f"Topic {n}")


class HallFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Hall

    slug = factory.Sequence(lambda n: f"hall-{n}")
    name_kk = factory.Sequence(lambda n: f"Зал {n} (kk)")
    name_ru = factory.Sequence(lambda n: f"Зал {n}")
    name_en = factory.Sequence(lambda n: f"Hall {n}")


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    forum = factory.SubFactory(ForumFactory)
    slug = factory.Sequence(lambda n: f"session-{n}")
    kind = Session.Kind.PANEL
    title_kk = factory.Sequence(lambda n: f"Сессия {n} (kk)")
    title_ru = factory.Sequence(lambda n: f"Сессия {n}")
    title_en = factory.Sequence(lambda n: f"Session {n}")
    day = factory.LazyAttribute(lambda session: session.forum.start_date)
    start_time = datetime.time(10, 0)
    end_time = factory.LazyAttribute(
        lambda s: (
            s.start_time
            and (
                datetime.datetime.combine(s.day, s.start_time) + datetime.timedelta(minutes=90)
            ).time()
        )
    )
    status = Session.Status.PUBLISHED


class SessionMaterialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SessionMaterial

    session = factory.SubFactory(SessionFactory)
    kind = SessionMaterial.Kind.SLIDES
    title_en = "Slides"
    url = "https://example.org/slides.pdf"


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    slug = factory.Sequence(lambda n: f"speaker-{n}")
    name_kk = factory.Sequence(lambda n: f"Спикер {n} (kk)")
    name_ru = factory.Sequence(lambda n: f"Спикер {n}")
    name_en = factory.Sequence(lambda n: f"Speaker {n}")
    position_en = "Rector"
    status = Speaker.Status.PUBLISHED


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    session = factory.SubFactory(SessionFactory)
    speaker = factory.SubFactory(SpeakerFactory)
    role = Participation.Role.SPEAKER


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    slug = factory.Sequence(lambda n: f"article-{n}")
    title_kk = factory.Sequence(lambda n: f"Жаңалық {n}")
    title_ru = factory.Sequence(lambda n: f"Новость {n}")
    title_en = factory.Sequence(lambda n: f"News {n}")
    lead_en = "A lead."
    body_en = "<p>The body.</p>"
    status = Article.Status.PUBLISHED
    publish_at = factory.Sequence(
        lambda n: timezone.now() - datetime.timedelta(days=1) + datetime.timedelta(seconds=n)
    )


# --- partners ---


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")


class PartnerAccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "partners.PartnerAccount"
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory, username=factory.Sequence(lambda n: f"partner-{n}"))

    @factory.post_generation
    def institutions(self, create, extracted, **kwargs):
        if create and extracted:
            self.institutions.set(extracted)


class CouncilMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "partners.CouncilMembership"

    institution = factory.SubFactory(InstitutionFactory)
    role = "member"
    status = "published"


class CouncilMeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "partners.CouncilMeeting"

    slug = factory.Sequence(lambda n: f"meeting-{n}")
    title_kk = factory.Sequence(lambda n: f"Отырыс {n}")
    title_ru = factory.Sequence(lambda n: f"Заседание {n}")
    title_en = factory.Sequence(lambda n: f"Meeting {n}")
    status = "published"


class PartnerDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "partners.PartnerDocument"

    institution = factory.SubFactory(InstitutionFactory)
    kind = "memorandum"
    title_kk = factory.Sequence(lambda n: f"Құжат {n}")
    title_ru = factory.Sequence(lambda n: f"Документ {n}")
    title_en = factory.Sequence(lambda n: f"Document {n}")
    file = factory.django.FileField(filename="memorandum.pdf", data=b"%PDF-1.4 private memorandum")


class UpdateProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "partners.UpdateProposal"

    institution = factory.SubFactory(InstitutionFactory)
    proposed_by = factory.SubFactory(UserFactory)
    changes = factory.LazyFunction(lambda: {"website": "https://example.org/new"})


# --- universities: branch campuses ---
from universities.models import BranchCampus, Programme  # noqa: E402


class BranchCampusFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BranchCampus

    slug = factory.Sequence(lambda n: f"campus-{n}")
    name_kk = factory.Sequence(lambda n: f"Филиал {n} (kk)")
    name_ru = factory.Sequence(lambda n: f"Филиал {n}")
    name_en = factory.Sequence(lambda n: f"Campus {n}")
    parent = factory.SubFactory(InstitutionFactory)
    country = factory.SelfAttribute("parent.country")
    city = factory.SubFactory(CityFactory)
    kind = BranchCampus.Kind.BRANCH_CAMPUS
    campus_status = BranchCampus.CampusStatus.OPERATING
    year_opened = 2024
    source_urls = "https://example.org/source"
    status = BranchCampus.Status.PUBLISHED


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme

    campus = factory.SubFactory(BranchCampusFactory)
    title_kk = factory.Sequence(lambda n: f"Бағдарлама {n}")
    title_ru = factory.Sequence(lambda n: f"Программа {n}")
    title_en = factory.Sequence(lambda n: f"Programme {n}")
    level = Programme.Level.BACHELOR
    field = Programme.Field.ICT
    language = Programme.Language.ENGLISH
