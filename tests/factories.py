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
