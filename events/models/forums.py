"""Forum editions and the key figures that sum them up."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.images import SafeImageField
from core.publishing import PublishableModel, PublishableQuerySet
from core.richtext import RichTextField
from core.urls import slug_url
from events.models.common import source_url_field
from universities.models import City


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
        return slug_url("events:forum-detail", self.slug)

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
