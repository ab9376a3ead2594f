import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import translation

from events.models import Forum, Participation, Session, Speaker
from tests.factories import (
    ForumFactory,
    ParticipationFactory,
    SessionFactory,
    SpeakerFactory,
)

pytestmark = pytest.mark.django_db


def test_29_october_2025_10_00_in_almaty_is_05_00_utc():
    session = SessionFactory(day=datetime.date(2025, 10, 29), start_time=datetime.time(10, 0))
    assert session.starts_at.astimezone(datetime.UTC) == datetime.datetime(
        2025, 10, 29, 5, 0, tzinfo=datetime.UTC
    )


def test_a_session_without_an_hour_has_no_start():
    session = SessionFactory(start_time=None, end_time=None)
    assert (session.starts_at, session.ends_at) == (None, None)


def test_the_database_refuses_a_forum_that_ends_before_it_starts():
    with pytest.raises(IntegrityError):
        ForumFactory(start_date=datetime.date(2025, 10, 31), end_date=datetime.date(2025, 10, 29))


def test_the_database_refuses_a_session_that_ends_before_it_starts():
    with pytest.raises(IntegrityError):
        SessionFactory(start_time=datetime.time(12, 0), end_time=datetime.time(11, 0))


def test_the_database_refuses_an_hour_without_a_day():
    with pytest.raises(IntegrityError):
        SessionFactory(day=None, start_time=datetime.time(12, 0), end_time=None)


def test_session_clean_explains_each_problem():
    forum = ForumFactory()
    session = SessionFactory.build(
        forum=forum,
        day=datetime.date(2025, 11, 5),
        start_time=None,
        end_time=datetime.time(11, 0),
    )
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            session.clean()
        assert error.value.message_dict == {
            "start_time": ["Give the start time as well as the end time."],
            "day": ["The day must fall within the forum's dates."],
        }


def test_current_or_next_prefers_the_running_then_the_next_then_the_latest():
    past = ForumFactory(
        start_date=datetime.date(2024, 10, 17), end_date=datetime.date(2024, 10, 18)
    )
    running = ForumFactory(
        start_date=datetime.date(2025, 10, 29), end_date=datetime.date(2025, 10, 31)
    )
    ForumFactory(start_date=datetime.date(2026, 10, 1), end_date=datetime.date(2026, 10, 2))

    assert Forum.objects.current_or_next(datetime.date(2025, 10, 30)) == running
    assert Forum.objects.current_or_next(datetime.date(2025, 1, 1)) == running
    assert Forum.objects.current_or_next(datetime.date(2024, 1, 1)) == past
    latest = Forum.objects.current_or_next(datetime.date(2030, 1, 1))
    assert latest.start_date == datetime.date(2026, 10, 1)


def test_participations_come_in_role_order_then_in_their_own_order():
    session = SessionFactory()
    panelist = ParticipationFactory(session=session, role=Participation.Role.PANELIST, order=0)
    second_speaker = ParticipationFactory(session=session, role="speaker", order=2)
    first_speaker = ParticipationFactory(session=session, role="speaker", order=1)
    moderator = ParticipationFactory(session=session, role=Participation.Role.MODERATOR, order=9)
    keynote = ParticipationFactory(session=session, role=Participation.Role.KEYNOTE, order=5)

    assert list(Participation.objects.in_role_order()) == [
        keynote,
        moderator,
        first_speaker,
        second_speaker,
        panelist,
    ]


def test_a_session_shows_the_position_held_at_that_forum():
    speaker = SpeakerFactory(position_en="Minister")
    then = ParticipationFactory(speaker=speaker, position_en="Vice-Minister")
    now = ParticipationFactory(speaker=speaker)
    assert then.title_holder == then
    assert now.title_holder == speaker


def test_a_speaker_cannot_hold_the_same_role_twice_in_a_session():
    participation = ParticipationFactory()
    with pytest.raises(IntegrityError):
        ParticipationFactory(
            session=participation.session, speaker=participation.speaker, role=participation.role
        )


def test_a_session_is_published_only_when_its_forum_is_too(admin_user):
    shown = SessionFactory(slug="shown")
    hidden = SessionFactory(slug="hidden", forum__status="draft")
    assert list(Session.objects.published()) == [shown]
    assert list(Session.objects.visible_to(AnonymousUser())) == [shown]
    assert set(Session.objects.visible_to(admin_user)) == {shown, hidden}


def test_a_programme_names_only_visible_speakers_keynotes_first():
    session = SessionFactory()
    ParticipationFactory(session=session, role="panelist", speaker__slug="panelist")
    ParticipationFactory(session=session, role="keynote", speaker__slug="keynote")
    ParticipationFactory(session=session, role="speaker", speaker__status="draft")
    loaded = Session.objects.published().with_programme(AnonymousUser()).get()
    assert [p.speaker.slug for p in loaded.participations.all()] == ["keynote", "panelist"]


def test_speakers_who_took_part_in_a_forum(admin_user):
    forum = ForumFactory(slug="ii")
    took_part = ParticipationFactory(session__forum=forum).speaker
    in_draft = ParticipationFactory(session__forum=forum, session__status="draft").speaker
    ParticipationFactory()  # another forum
    public = Speaker.objects.took_part_in("ii", user=AnonymousUser())
    assert list(public) == [took_part]
    assert set(Speaker.objects.took_part_in("ii", user=admin_user)) == {took_part, in_draft}
