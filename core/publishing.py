"""Publication state shared by every public model of the portal (draft / published, scheduled)."""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.languages import language_codes, localized


def require_alt_texts(instance):
    """An image that carries meaning needs its text alternative (``<image>_alt``) in every
    language: each image field with an ``_alt`` companion is such an image."""
    errors = {}
    for field in instance._meta.get_fields():
        if not isinstance(field, models.ImageField) or not getattr(instance, field.name):
            continue
        for code in language_codes():
            alt = localized(f"{field.name}_alt", code)
            if hasattr(instance, alt) and not getattr(instance, alt):
                errors[alt] = _("Describe the image for people who cannot see it.")
    if errors:
        raise ValidationError(errors)


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

    def clean(self):
        super().clean()
        require_alt_texts(self)

    @property
    def is_public(self):
        return self.status == self.Status.PUBLISHED and (
            self.publish_at is None or self.publish_at <= timezone.now()
        )


class PublishedObjectMixin:
    """For list and detail views: the public sees published objects; staff preview drafts."""

    def get_queryset(self):
        return super().get_queryset().visible_to(self.request.user)


@transaction.atomic
def publish(queryset, *, user, status):
    """Set the publication state of every object in ``queryset``, one save each (so that each
    change is recorded in the history with its author). Returns how many changed."""
    changed = 0
    # No joins: PostgreSQL cannot lock the nullable side of an outer join (the admin list
    # hands over its queryset with list_select_related).
    for obj in queryset.select_related(None).select_for_update().exclude(status=status):
        obj.status = status
        obj._change_reason = f"{status} by {user.get_username()}"
        obj.save(update_fields=["status", "updated_at"])
        changed += 1
    return changed
