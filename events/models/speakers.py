"""Speakers and their roles in sessions."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.collation import Alphabetical
from core.images import SafeImageField
from core.publishing import PublishableModel, PublishableQuerySet
from core.richtext import RichTextField
from core.urls import slug_url
from events.models.common import source_url_field
from events.models.programme import Session
from universities.models import Country, Institution


class SpeakerQuerySet(PublishableQuerySet):
    def took_part_in(self, forum_slug, *, user):
        """Speakers with a role in a session of that forum that ``user`` may see."""
        sessions = Session.objects.visible_to(user).filter(forum__slug=forum_slug)
        return self.filter(
            pk__in=Participation.objects.filter(session__in=sessions).values("speaker")
        )

    def with_sessions(self, user):
        """With each speaker's roles in the sessions ``user`` may see, newest forum first."""
        participations = (
            Participation.objects.filter(session__in=Session.objects.visible_to(user))
            .select_related("session", "session__forum", "session__hall", "affiliation")
            .order_by("-session__forum__start_date", "session__day", "session__start_time", "pk")
        )
        return self.select_related("affiliation", "country").prefetch_related(
            models.Prefetch("participations", queryset=participations)
        )


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

    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = [Alphabetical("name")]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return slug_url("events:speaker-detail", self.slug)


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

    def for_programme(self, user):
        """The roles of the speakers ``user`` may see, in role order, with the speaker and
        affiliations loaded: what a session shows of its speakers (prefetched onto sessions)."""
        return (
            self.in_role_order()
            .filter(speaker__in=Speaker.objects.visible_to(user))
            .select_related("speaker", "speaker__affiliation", "affiliation")
        )


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
