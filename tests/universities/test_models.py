import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from tests.factories import BranchCampusFactory, CountryFactory
from universities.models import BranchCampus

pytestmark = pytest.mark.django_db


def test_queryset_methods_read_like_the_statuses():
    operating = BranchCampusFactory()
    opening = BranchCampusFactory(campus_status=BranchCampus.CampusStatus.OPENING)
    announced = BranchCampusFactory(campus_status=BranchCampus.CampusStatus.ANNOUNCED)
    closed = BranchCampusFactory(campus_status=BranchCampus.CampusStatus.CLOSED)
    assert list(BranchCampus.objects.operating()) == [operating]
    assert list(BranchCampus.objects.opening()) == [opening]
    assert list(BranchCampus.objects.announced()) == [announced]
    assert closed not in BranchCampus.objects.not_closed()
    assert list(BranchCampus.objects.in_city(operating.city)) == [operating]
    assert list(BranchCampus.objects.from_country(operating.country)) == [operating]


def test_sources_are_one_web_address_a_line():
    campus = BranchCampusFactory.build(
        country=CountryFactory(), source_urls=" https://a.example/x \n\nhttps://b.example/"
    )
    assert campus.sources == ["https://a.example/x", "https://b.example/"]
    campus.source_urls = "https://a.example/\nnot a link"
    with pytest.raises(ValidationError) as error:
        campus.clean()
    assert error.value.message_dict == {"source_urls": ["«not a link» — веб-мекенжай емес."]}


def test_year_opened_is_a_plausible_year():
    with pytest.raises(IntegrityError):
        BranchCampusFactory(year_opened=1066)
