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
