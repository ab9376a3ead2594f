"""Open data of the forums: editions, their sessions and speakers, and the news."""

import datetime
from enum import Enum

from django.contrib.auth.models import AnonymousUser
from django.db.models import F
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router

from events.models import Article, Forum, Participation, Session, Speaker
from forum_portal.api.common import (
    ERRORS,
    FileUrl,
    Out,
    Page,
    PageParams,
    PublicOrNull,
    Text,
    page_of,
    translated,
)
from forum_portal.api.directory import CityOut, CountryOut, InstitutionRef

router = Router(tags=["Forums, programme, speakers and news"])

# The API shows what any visitor of the site sees: published content only.
PUBLIC = AnonymousUser()

SessionKind = Enum("SessionKind", {v: v for v, _label in Session.Kind.choices}, type=str)
Role = Enum("Role", {v: v for v, _label in Participation.Role.choices}, type=str)


class KeyFigureOut(Out):
    value: Text
    label: Text


class ForumRef(Out):
    id: int
    slug: str
    title: Text


class ForumOut(Out):
    id: int
    slug: str
    number: int
    title: Text
    summary: Text
    description: Text = Field(description="Sanitised HTML.")
    start_date: datetime.date
    end_date: datetime.date
    city: CityOut | None
    venue: Text
    hero_image: FileUrl
    hero_image_alt: Text
    key_figures: list[KeyFigureOut]
    web_page: Text
    updated_at: datetime.datetime


class SpeakerRef(Out):
    id: int
    slug: str
    name: Text


class ParticipantOut(Out):
    speaker: SpeakerRef
    role: Role
    position: Text = Field(description="At the time of the session; empty: see the speaker.")
    affiliation: PublicOrNull[InstitutionRef]
    affiliation_text: Text


class TopicOut(Out):
    slug: str
    name: Text


class HallOut(Out):
    slug: str
    name: Text
    address: Text


class SessionOut(Out):
    id: int
    slug: str
    forum: ForumRef
    kind: SessionKind
    title: Text
    description: Text = Field(description="Sanitised HTML.")
    day: datetime.date | None
    start_time: datetime.time | None = Field(description="Astana time (UTC+5).")
    end_time: datetime.time | None
    starts_at: datetime.datetime | None
    ends_at: datetime.datetime | None
    hall: HallOut | None
    topics: list[TopicOut]
    participants: list[ParticipantOut] = Field(alias="participations")
    web_page: Text
    updated_at: datetime.datetime


class SessionRef(Out):
    # A speaker's role in a session, read from their participation.
    id: int = Field(alias="session.id")
    slug: str = Field(alias="session.slug")
    title: Text
    forum: str = Field(alias="session.forum.slug", description="The forum's slug.")
    role: Role

    @staticmethod
    def resolve_title(participation):
        return translated(participation.session, "title")


class SpeakerOut(Out):
    id: int
    slug: str
    name: Text
    position: Text
    affiliation: PublicOrNull[InstitutionRef]
    affiliation_text: Text
    country: CountryOut | None
    biography: Text = Field(description="Sanitised HTML.")
    photo: FileUrl
    photo_alt: Text
    sessions: list[SessionRef] = Field(alias="participations")
    web_page: Text
    updated_at: datetime.datetime


class ArticleOut(Out):
    id: int
    slug: str
    title: Text
    lead: Text
    body: Text = Field(description="Sanitised HTML.")
    published_at: datetime.datetime = Field(alias="published_on")
    image: FileUrl
    image_alt: Text
    image_caption: Text
    forum: PublicOrNull[ForumRef]
    web_page: Text
    updated_at: datetime.datetime


def forums():
    return (
        Forum.objects.published()
        .select_related("city__country")
        .prefetch_related("key_figures")
        .order_by("-start_date", "pk")
    )


def sessions():
    return Session.objects.published().with_programme(PUBLIC)


def speakers():
    return Speaker.objects.published().with_sessions(PUBLIC).order_by("slug", "pk")


def articles():
    return Article.objects.published().select_related("forum").newest_first()


@router.get("/forums", response={200: page_of(ForumOut), **ERRORS})
def list_forums(request, page: Query[PageParams]):
    """Published editions of the forum, the latest first."""
    return Page(forums(), page)


@router.get("/forums/{slug}", response={200: ForumOut, **ERRORS})
def get_forum(request, slug: str):
    return get_object_or_404(forums(), slug=slug)


class SessionFilters(PageParams):
    forum: str | None = Field(None, max_length=80, description="The forum's slug.")
    day: datetime.date | None = None
    topic: str | None = Field(None, max_length=80, description="A topic's slug.")


@router.get("/sessions", response={200: page_of(SessionOut), **ERRORS})
def list_sessions(request, filters: Query[SessionFilters]):
    """Published sessions of published forums, in programme order."""
    queryset = sessions()
    if filters.forum:
        queryset = queryset.filter(forum__slug=filters.forum)
    if filters.day:
        queryset = queryset.on_day(filters.day)
    if filters.topic:
        queryset = queryset.filter(topics__slug=filters.topic)
    queryset = queryset.order_by(
        "-forum__start_date",
        "forum",
        F("day").asc(nulls_last=True),
        F("start_time").asc(nulls_last=True),
        "order",
        "pk",
    )
    return Page(queryset, filters)


@router.get("/sessions/{slug}", response={200: SessionOut, **ERRORS})
def get_session(request, slug: str):
    return get_object_or_404(sessions(), slug=slug)


class SpeakerFilters(PageParams):
    forum: str | None = Field(None, max_length=80, description="Took part in this forum (slug).")


@router.get("/speakers", response={200: page_of(SpeakerOut), **ERRORS})
def list_speakers(request, filters: Query[SpeakerFilters]):
    """Published speakers, by slug, with their published sessions."""
    queryset = speakers()
    if filters.forum:
        queryset = queryset.took_part_in(filters.forum, user=PUBLIC)
    return Page(queryset, filters)


@router.get("/speakers/{slug}", response={200: SpeakerOut, **ERRORS})
def get_speaker(request, slug: str):
    return get_object_or_404(speakers(), slug=slug)


class NewsFilters(PageParams):
    forum: str | None = Field(None, max_length=80, description="About this forum (slug).")


@router.get("/news", response={200: page_of(ArticleOut), **ERRORS})
def list_news(request, filters: Query[NewsFilters]):
    """Published news articles and press releases, the newest first."""
    queryset = articles()
    if filters.forum:
        queryset = queryset.filter(forum__slug=filters.forum)
    return Page(queryset, filters)


@router.get("/news/{slug}", response={200: ArticleOut, **ERRORS})
def get_article(request, slug: str):
    return get_object_or_404(articles(), slug=slug)
