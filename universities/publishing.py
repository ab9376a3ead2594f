"""Publication state shared by every public model of the portal (draft / published, scheduled).

It lives in ``universities`` because that is the app every other app may import.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: published, and whose publish time (if any) has come."""
        return self.filter(status=PublishableModel.Status.PUBLISHED).filter(
            models.Q(publish_at__isnull=True) | models.Q(publish_at__lte=timezone.now())
        )

    def visible_to(self, user):
        """Staff preview everything; everyone else sees what is published."""
        return self if user.is_authenticated and user.is_staff else self.published()


class PublishableModel(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    status = models.CharField(
        _("publication state"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to publish at once; a future time publishes it by itself then."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_public(self):
        return self.status == self.Status.PUBLISHED and (
            self.publish_at is None or self.publish_at <= timezone.now()
        )


class PublishedObjectMixin:
    """For list and detail views: the public sees published objects; staff preview drafts."""

    def get_queryset(self):
        return super().get_queryset().visible_to(self.request.user)
