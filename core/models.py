"""The review of a translation: which language of which object a native editor checked, when."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class TranslationReview(models.Model):
    """One language of one translated object, marked reviewed (``core.translation_status``).

    The fingerprints are those of the texts at review time: ``text_fingerprint`` of the texts in
    ``language``, ``source_fingerprint`` of the texts in every other language. When the first no
    longer matches, the language is a draft again; when only the second no longer matches, the
    review is out of date. There is at most one review per object and language: a new review
    replaces the old one. The public never reads this table.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey()
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    text_fingerprint = models.CharField(max_length=32)
    source_fingerprint = models.CharField(max_length=32)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=pgettext_lazy("translation review", "reviewed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(pgettext_lazy("translation review", "reviewed at"))

    class Meta:
        verbose_name = _("translation review")
        verbose_name_plural = _("translation reviews")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"],
                name="one_review_per_object_and_language",
            )
        ]
        permissions = [("review_translation", "Can mark a translation reviewed")]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.language}"
