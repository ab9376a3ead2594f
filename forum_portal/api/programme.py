"""Open data of the forums: editions, their sessions and speakers, and the news."""

import datetime
from enum import Enum

from django.contrib.auth.models import AnonymousUser
from django.db.models import F
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from events.models import Article, Forum, Participation, Session, Speaker
from forum_portal.api.common import (
    ERRORS,
    PageParams,
    Text,
    file_url,
    page_of,
    paginate,
    reference,
    translated,
    web_pages,
)
from forum_portal.api.directory import (
    CityOut,
    CountryOut,
    InstitutionRef,
    city_data,
    country_data,
    institution_ref,
)

router = Router(tags=["Forums, programme, speakers and news"])

# The API shows what any visitor of the site sees: published content only.
PUBLIC = AnonymousUser()

SessionKind = Enum("SessionKind", {v: v for v, _label in Session.Kind.choices}, type=str)
Role = Enum("Role", {v: v for v, _label in Participation.Role.choices}, type=str)


class KeyFigureOut(Schema):
    value: Text
    label: Text


class ForumRef(Schema):
    id: int
    slug: str
    title: Text


class ForumOut(Schema):
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
    hero_image: str | None
    hero_image_alt: Text
    key_figures: list[KeyFigureOut]
    web_page: Text
    updated_at: datetime.datetime


class SpeakerRef(Schema):
    id: int
    slug: str
    name: Text


class ParticipantOut(Schema):
    speaker: SpeakerRef
    role: Role
    position: Text = Field(description="At the time of the session; empty: see the speaker.")
    affiliation: InstitutionRef | None
    affiliation_text: Text


class TopicOut(Schema):
    slug: str
    name: Text


class HallOut(Schema):
    slug: str
    name: Text
    address: Text


class SessionOut(Schema):
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
    participants: list[ParticipantOut]
    web_page: Text
    updated_at: datetime.datetime


class SessionRef(Schema):
    id: int
    slug: str
    title: Text
    forum: str = Field(description="The forum's slug.")
    role: Role


class SpeakerOut(Schema):
    id: int
    slug: str
    name: Text
    position: Text
    affiliation: InstitutionRef | None
    affiliation_text: Text
    country: CountryOut | None
    biography: Text = Field(description="Sanitised HTML.")
    photo: str | None
    photo_alt: Text
    sessions: list[SessionRef]
    web_page: Text
    updated_at: datetime.datetime


class ArticleOut(Schema):
    id: int
    slug: str
    title: Text
    lead: Text
    body: Text = Field(description="Sanitised HTML.")
    published_at: datetime.datetime
    image: str | None
    image_alt: Text
    image_caption: Text
    forum: ForumRef | None
    web_page: Text
    updated_at: datetime.datetime


def forum_ref(forum):
    return reference(forum, "title") if forum and forum.is_public else None


def forum_data(request, forum):
    return {
        "id": forum.pk,
        "slug": forum.slug,
        "number": forum.number,
        "title": translated(forum, "title"),
        "summary": translated(forum, "summary"),
        "description": translated(forum, "description"),
        "start_date": forum.start_date,
        "end_date": forum.end_date,
        "city": city_data(forum.city),
        "venue": translated(forum, "venue"),
        "hero_image": file_url(request, forum.hero_image),
        "hero_image_alt": translated(forum, "hero_image_alt"),
        "key_figures": [
            {"value": translated(figure, "value"), "label": translated(figure, "label")}
            for figure in forum.key_figures.all()
        ],
        "web_page": web_pages(request, forum),
        "updated_at": forum.updated_at,
    }


def participant_data(participation):
    return {
        "speaker": reference(participation.speaker),
        "role": participation.role,
        "position": translated(participation, "position"),
        "affiliation": institution_ref(participation.affiliation),
        "affiliation_text": translated(participation, "affiliation_text"),
    }


def session_data(request, session):
    hall = session.hall
    return {
        "id": session.pk,
        "slug": session.slug,
        "forum": reference(session.forum, "title"),
        "kind": session.kind,
        "title": translated(session, "title"),
        "description": translated(session, "description"),
        "day": session.day,
        "start_time": session.start_time,
        "end_time": session.end_time,
        "starts_at": session.starts_at,
        "ends_at": session.ends_at,
        "hall": hall
        and {
            "slug": hall.slug,
            "name": translated(hall, "name"),
            "address": translated(hall, "address"),
        },
        "topics": [
            {"slug": topic.slug, "name": translated(topic, "name")}
            for topic in session.topics.all()
        ],
        "participants": [participant_data(p) for p in session.participations.all()],
        "web_page": web_pages(request, session),
        "updated_at": session.updated_at,
    }


def speaker_data(request, speaker):
    return {
        "id": speaker.pk,
        "slug": speaker.slug,
        "name": translated(speaker, "name"),
        "position": translated(speaker, "position"),
        "affiliation": institution_ref(speaker.affiliation),
        "affiliation_text": translated(speaker, "affiliation_text"),
        "country": country_data(speaker.country),
        "biography": translated(speaker, "biography"),
        "photo": file_url(request, speaker.photo),
        "photo_alt": translated(speaker, "photo_alt"),
        "sessions": [
            {
                "id": p.session.pk,
                "slug": p.session.slug,
                "title": translated(p.session, "title"),
                "forum": p.session.forum.slug,
                "role": p.role,
            }
            for p in speaker.participations.all()
        ],
        "web_page": web_pages(request, speaker),
        "updated_at": speaker.updated_at,
    }


def article_data(request, article):
    return {
        "id": article.pk,
        "slug": article.slug,
        "title": translated(article, "title"),
        "lead": translated(article, "lead"),
        "body": translated(article, "body"),
        "published_at": article.published_on,
        "image": file_url(request, article.image),
        "image_alt": translated(article, "image_alt"),
        "image_caption": translated(article, "image_caption"),
        "forum": forum_ref(article.forum),
        "web_page": web_pages(request, article),
        "updated_at": article.updated_at,
    }


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
    return paginate(forums(), page, lambda obj: forum_data(request, obj))


@router.get("/forums/{slug}", response={200: ForumOut, **ERRORS})
def get_forum(request, slug: str):
    return forum_data(request, get_object_or_404(forums(), slug=slug))


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
    return paginate(queryset, filters, lambda obj: session_data(request, obj))


@router.get("/sessions/{slug}", response={200: SessionOut, **ERRORS})
def get_session(request, slug: str):
    return session_data(request, get_object_or_404(sessions(), slug=slug))


class SpeakerFilters(PageParams):
    forum: str | None = Field(None, max_length=80, description="Took part in this forum (slug).")


@router.get("/speakers", response={200: page_of(SpeakerOut), **ERRORS})
def list_speakers(request, filters: Query[SpeakerFilters]):
    """Published speakers, by slug, with their published sessions."""
    queryset = speakers()
    if filters.forum:
        queryset = queryset.took_part_in(filters.forum, user=PUBLIC)
    return paginate(queryset, filters, lambda obj: speaker_data(request, obj))


@router.get("/speakers/{slug}", response={200: SpeakerOut, **ERRORS})
def get_speaker(request, slug: str):
    return speaker_data(request, get_object_or_404(speakers(), slug=slug))


class NewsFilters(PageParams):
    forum: str | None = Field(None, max_length=80, description="About this forum (slug).")


@router.get("/news", response={200: page_of(ArticleOut), **ERRORS})
def list_news(request, filters: Query[NewsFilters]):
    """Published news articles and press releases, the newest first."""
    queryset = articles()
    if filters.forum:
        queryset = queryset.filter(forum__slug=filters.forum)
    return paginate(queryset, filters, lambda obj: article_data(request, obj))


@router.get("/news/{slug}", response={200: ArticleOut, **ERRORS})
def get_article(request, slug: str):
    return article_data(request, get_object_or_404(articles(), slug=slug))
