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
