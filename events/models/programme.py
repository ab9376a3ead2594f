"""The programme of an edition: sessions, their halls, topics and materials."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.collation import Alphabetical
from core.publishing import PublishableModel, PublishableQuerySet
from core.richtext import RichTextField
from core.urls import slug_url
from events.models.common import source_url_field
from events.models.forums import Forum
from universities.models import Institution


class Topic(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=150)
    colour = models.CharField(
        _("colour"),
        max_length=7,
        default="#1c5d99",
        validators=[
            RegexValidator(
                r"^#[0-9a-fA-F]{6}$", _("A colour such as #1c5d99 (# and six hex digits).")
            ),
        ],
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class Hall(models.Model):
    """A room or a venue where sessions take place (filterable on the programme)."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    institution = models.ForeignKey(
        Institution,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="halls",
        verbose_name=_("host institution"),
    )
    address = models.CharField(_("address"), max_length=255, blank=True)

    class Meta:
        ordering = [Alphabetical("name")]
        verbose_name = _("hall or venue")
        verbose_name_plural = _("halls and venues")

    def __str__(self):
        return self.name


class SessionQuerySet(PublishableQuerySet):
    def published(self):
        """Published sessions of published forums: the session's state and its forum's count."""
        return super().published().filter(forum__in=Forum.objects.published())

    def with_programme(self, user):
        """With what a programme shows of each session: forum, hall, topics, and the roles of
        the speakers ``user`` may see (keynotes first)."""
        participations = self.model.participations.rel.related_model.objects.for_programme(user)
        return self.select_related("forum", "hall").prefetch_related(
            "topics", models.Prefetch("participations", queryset=participations)
        )

    def of_forum(self, forum):
        return self.filter(forum=forum)

    def on_day(self, day):
        return self.filter(day=day)

    def in_programme_order(self):
        """By day, then by start time (sessions without an hour last in their day), then order."""
        return self.order_by(
            models.F("day").asc(nulls_last=True),
            models.F("start_time").asc(nulls_last=True),
            "order",
            "pk",
        )


class Session(PublishableModel):
    class Kind(models.TextChoices):
        PLENARY = "plenary", _("Plenary session")
        PANEL = "panel", _("Panel session")
        ROUND_TABLE = "round_table", _("Round table")
        COUNCIL_MEETING = "council_meeting", _("Council meeting")
        CEREMONY = "ceremony", _("Ceremony")
        SITE_VISIT = "site_visit", _("Site visit")
        WORKSHOP = "workshop", _("Workshop")
        OTHER = "other", _("Other")

    forum = models.ForeignKey(
        Forum, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("forum")
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=255)
    description = RichTextField(_("description"), blank=True)
    day = models.DateField(_("day"), null=True, blank=True, help_text=_("Leave empty if unknown."))
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Astana time; empty if unknown.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    hall = models.ForeignKey(
        Hall,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sessions",
        verbose_name=_("hall or venue"),
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="sessions", verbose_name=_("topics")
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Orders sessions that start at the same time.")
    )
    source_url = source_url_field()

    objects = SessionQuerySet.as_manager()

    class Meta:
        ordering = ["forum", "day", "start_time", "order", "pk"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__isnull=True)
                | models.Q(start_time__isnull=True)
                | models.Q(end_time__gte=models.F("start_time")),
                name="session_end_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(start_time__isnull=True) | models.Q(day__isnull=False),
                name="session_time_needs_day",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return slug_url("events:session-detail", self.slug)

    def get_calendar_url(self):
        return reverse("events:session-calendar", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        errors = {}
        if self.start_time and not self.day:
            errors["day"] = _("Give the day of a session whose start time is known.")
        if self.start_time and self.end_time and self.end_time < self.start_time:
            errors["end_time"] = _("The session cannot end before it starts.")
        if self.end_time and not self.start_time:
            errors["start_time"] = _("Give the start time as well as the end time.")
        if (
            self.day
            and self.forum_id
            and not (self.forum.start_date <= self.day <= self.forum.end_date)
        ):
            errors["day"] = _("The day must fall within the forum's dates.")
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def _local(day, time):
        if day is None or time is None:
            return None
        return datetime.datetime.combine(day, time, tzinfo=ZoneInfo(settings.TIME_ZONE))

    @property
    def starts_at(self):
        """Aware start (Asia/Almaty), or None when the day or hour is unknown."""
        return self._local(self.day, self.start_time)

    @property
    def ends_at(self):
        return self._local(self.day, self.end_time)


class SessionMaterial(models.Model):
    class Kind(models.TextChoices):
        SLIDES = "slides", _("Slides")
        VIDEO = "video", _("Video")
        PHOTOS = "photos", _("Photo album")
        DOCUMENT = "document", _("Document")
        OTHER = "other", _("Other")

    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="materials", verbose_name=_("session")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=255)
    url = models.URLField(_("link"), max_length=500)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["session", "order", "pk"]
        verbose_name = _("session material")
        verbose_name_plural = _("session materials")

    def __str__(self):
        return self.title
