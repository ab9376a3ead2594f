"""The people and institutions the search tests look for."""

import pytest

from tests.factories import InstitutionFactory, SpeakerFactory


@pytest.fixture
def nurbek():
    return SpeakerFactory(
        slug="sayasat-nurbek",
        name_kk="Саясат Нұрбек",
        name_ru="Саясат Нурбек",
        name_en="Sayasat Nurbek",
        position_kk="Министр",
        position_ru="Министр науки и высшего образования",
        position_en="Minister of Science and Higher Education",
    )


@pytest.fixture
def coventry():
    return InstitutionFactory(
        slug="coventry-university",
        name_kk="Ковентри университеті",
        name_ru="Университет Ковентри",
        name_en="Coventry University",
    )
