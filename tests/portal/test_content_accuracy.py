"""The demo content says only what its sources say (issue #11, item 7), as a visitor reads it."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from tests.factories import BranchCampusFactory
from universities.models import BranchCampus

pytestmark = pytest.mark.django_db

ARTICLE = "/{}/news/ii-forum-2025-international-academic-cooperation/"
PLENARY = "/{}/sessions/ii-forum-2025-plenary-session/"


@pytest.mark.parametrize(
    ("language", "date"),
    [("kk", "2025 жылғы 31 қазан"), ("ru", "31 октября 2025"), ("en", "31 October 2025")],
)
def test_the_forum_article_carries_its_real_date_not_the_loading_day(client, demo, language, date):
    text = client.get(ARTICLE.format(language)).text
    assert '<time datetime="2025-10-31' in text
    assert date in text


def test_the_plenary_shows_no_topic_and_no_unsourced_keynote_line(client, demo):
    for language in ("kk", "ru", "en"):
        response = client.get(PLENARY.format(language))
        assert response.status_code == 200
        assert 'class="events-tags"' not in response.text
    english = client.get(PLENARY.format("en")).text
    assert "presented a report" not in english
    assert "gave the keynote speech on" not in english


@pytest.mark.parametrize(
    ("language", "label"),
    [("kk", "Расталмаған"), ("ru", "Не подтверждено"), ("en", "Unconfirmed")],
)
def test_a_low_confidence_campus_is_not_shown_operating(client, demo, language, label):
    operating = {"kk": "Жұмыс істеп тұр", "ru": "Действует", "en": "Operating"}[language]
    for campus in BranchCampus.objects.filter(confidence="low"):
        text = client.get(f"/{language}{campus.get_absolute_url()[3:]}").text
        assert operating not in text, campus.slug
    mesi = client.get(f"/{language}/campuses/mesi-branch-ust-kamenogorsk/").text
    assert f'campus-status--unconfirmed">{label}</span>' in mesi


def test_an_editor_cannot_mark_a_low_confidence_campus_operating():
    campus = BranchCampusFactory(confidence="low", campus_status="unconfirmed")
    campus.campus_status = BranchCampus.CampusStatus.OPERATING
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            campus.full_clean()
        message = " ".join(error.value.message_dict["campus_status"])
    assert "cannot be shown as operating" in message
