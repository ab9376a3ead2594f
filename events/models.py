"""Forum editions, their programme (sessions, halls, topics), speakers and the portal's news."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from universities.images import SafeImageField
from universities.models import City, Country, Institution
from universities.publishing import PublishableModel, PublishableQuerySet
from universities.richtext import RichTextField

SOURCE_URL_HELP = _("Where the facts on this page come from (a published report or article).")


def source_url_field():
    return models.URLField(_("source"), max_length=500, blank=True, help_text=SOURCE_URL_HELP)


class ForumQuerySet(PublishableQuerySet):
    def upcoming_or_current(self, today=None):
        """Editions that have not ended yet, the soonest first."""
        today = today or timezone.localdate()
        return self.filter(end_date__gte=today).order_by("start_date")

    def past(self, today=None):
        today = today or timezone.localdate()
        return self.filter(end_date__lt=today).order_by("-start_date")

    def current_or_next(self, today=None):
        """The edition running today or the next one; else the latest that took place."""
        return self.upcoming_or_current(today).first() or self.past(today).first()


class Forum(PublishableModel):
    number = models.PositiveSmallIntegerField(
        _("number"), unique=True, help_text=_("The edition's number: 1 for the I Forum, 2 for II.")
    )
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences."))
    description = RichTextField(_("description"), blank=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    city = models.ForeignKey(
        City,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="forums",
        verbose_name=_("city"),
    )
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    hero_image = SafeImageField(_("hero image"), upload_to="forums/", blank=True)
    hero_image_alt = models.CharField(
        _("hero image text alternative"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    source_url = source_url_field()

    objects = ForumQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date"]
        verbose_name = _("forum")
        verbose_name_plural = _("forums")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="forum_end_after_start",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:forum-detail", kwargs={"slug": self.slug})

    def get_programme_url(self):
        return reverse("events:forum-programme", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The forum cannot end before it starts.")})

    @property
    def days(self):
        """Every calendar day of the edition."""
        count = (self.end_date - self.start_date).days + 1
        return [self.start_date + datetime.timedelta(days=n) for n in range(count)]


class KeyFigure(models.Model):
    """A number that sums up an edition, e.g. "40" + "branches of foreign universities"."""

    forum = models.ForeignKey(
        Forum, on_delete=models.CASCADE, related_name="key_figures", verbose_name=_("forum")
    )
    value = models.CharField(_("value"), max_length=40, help_text=_("e.g. 40, 31 000+, ×3"))
    label = models.CharField(_("label"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    source_url = source_url_field()

    class Meta:
        ordering = ["forum", "order", "pk"]
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def __str__(self):
        return f"{self.value} {self.label}"


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
        ordering = ["slug"]
        verbose_name = _("hall or venue")
        verbose_name_plural = _("halls and venues")

    def __str__(self):
        return self.name


class SessionQuerySet(PublishableQuerySet):
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
        return reverse("events:session-detail", kwargs={"slug": self.slug})

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


class Speaker(PublishableModel):
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(
        _("current position"), max_length=255, blank=True, help_text=_("e.g. Minister of …")
    )
    affiliation = models.ForeignKey(
        Institution,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="speakers",
        verbose_name=_("affiliation"),
    )
    affiliation_text = models.CharField(
        _("affiliation (free text)"),
        max_length=255,
        blank=True,
        help_text=_("Only when the organisation is not in the institutions registry."),
    )
    country = models.ForeignKey(
        Country,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="speakers",
        verbose_name=_("country"),
    )
    biography = RichTextField(_("biography"), blank=True)
    photo = SafeImageField(_("photo"), upload_to="speakers/", blank=True)
    photo_alt = models.CharField(
        _("photo text alternative"),
        max_length=255,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    source_url = source_url_field()

    class Meta:
        ordering = ["slug"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("events:speaker-detail", kwargs={"slug": self.slug})


class ParticipationQuerySet(models.QuerySet):
    def in_role_order(self):
        """Keynotes, then moderators, speakers, panelists, rapporteurs; then the given order."""
        ranks = [
            models.When(role=role, then=models.Value(rank))
            for rank, role in enumerate(Participation.Role.values)
        ]
        return self.annotate(
            role_rank=models.Case(
                *ranks, default=models.Value(99), output_field=models.IntegerField()
            )
        ).order_by("role_rank", "order", "pk")


class Participation(models.Model):
    """A speaker's role in a session, with the position they held at that time."""

    class Role(models.TextChoices):
        KEYNOTE = "keynote", _("Keynote speaker")
        MODERATOR = "moderator", _("Moderator")
        SPEAKER = "speaker", _("Speaker")
        PANELIST = "panelist", _("Panelist")
        RAPPORTEUR = "rapporteur", _("Rapporteur")

    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="participations", verbose_name=_("session")
    )
    speaker = models.ForeignKey(
        Speaker,
        on_delete=models.CASCADE,
        related_name="participations",
        verbose_name=_("speaker"),
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.SPEAKER)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    position = models.CharField(
        _("position at the time"),
        max_length=255,
        blank=True,
        help_text=_("The title the person held at this forum; empty = their current position."),
    )
    affiliation = models.ForeignKey(
        Institution,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="participations",
        verbose_name=_("affiliation at the time"),
    )
    affiliation_text = models.CharField(
        _("affiliation at the time (free text)"), max_length=255, blank=True
    )
    source_url = source_url_field()

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        ordering = ["session", "order", "pk"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "speaker", "role"], name="participation_unique_role"
            ),
        ]

    def __str__(self):
        return f"{self.speaker} — {self.get_role_display()}"

    @property
    def title_holder(self):
        """Whose position and affiliation to show: this forum's if recorded, else the current."""
        if self.position or self.affiliation_id or self.affiliation_text:
            return self
        return self.speaker


class ArticleQuerySet(PublishableQuerySet):
    def newest_first(self):
        return self.order_by(Coalesce("publish_at", "created_at").desc(), "-pk")

    def about_forum(self, forum):
        return self.filter(forum=forum)


class Article(PublishableModel):
    """A news item or press release; its date is its publish time."""

    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    title = models.CharField(_("title"), max_length=255)
    lead = models.TextField(_("lead"), blank=True, help_text=_("One or two sentences."))
    body = RichTextField(_("body"), blank=True)
    image = SafeImageField(_("image"), upload_to="news/", blank=True)
    image_alt = models.CharField(
        _("image text alternative"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    image_caption = models.CharField(_("image caption"), max_length=255, blank=True)
    forum = models.ForeignKey(
        Forum,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("forum"),
    )
    source_url = source_url_field()

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-created_at"]
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:article-detail", kwargs={"slug": self.slug})

    @property
    def published_on(self):
        return self.publish_at or self.created_at
