"""The project's own tables: a staff member's preferences and the site search's index (see
``forum_portal.search_index``). post_migrate also reaches this app (the staff roles)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.textsearch import MAX_WORD_LENGTH


class UserPreference(models.Model):
    """What a user chose for themselves; today the language of the back office."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="preference",
        verbose_name=_("user"),
    )
    admin_language = models.CharField(
        _("back-office language"), max_length=10, choices=settings.LANGUAGES
    )

    class Meta:
        verbose_name = _("user preference")
        verbose_name_plural = _("user preferences")

    def __str__(self):
        return str(self.user)


class SearchEntry(models.Model):
    """One folded word of one text of one object: its field and language (the postings)."""

    model = models.CharField(max_length=60)  # the model's label, e.g. "events.speaker"
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=8)
    shown_to = models.CharField(max_length=40)  # the page languages that show this text
    field = models.CharField(max_length=40)
    word = models.CharField(max_length=MAX_WORD_LENGTH, db_index=True)
    length = models.PositiveIntegerField()  # how many words that text has

    class Meta:
        indexes = [models.Index(fields=["model", "object_id"], name="search_entry_object")]
        default_permissions = ()  # kept by the portal itself, never edited by anyone

    def __str__(self):
        return f"{self.word} ({self.model} {self.object_id}, {self.language} {self.field})"


class SearchTrigram(models.Model):
    """The trigrams of every word of the index (the vocabulary), looked up by trigram."""

    trigram = models.CharField(max_length=3)
    word = models.CharField(max_length=MAX_WORD_LENGTH)

    class Meta:
        default_permissions = ()  # kept by the portal itself, never edited by anyone
        constraints = [
            models.UniqueConstraint(fields=["trigram", "word"], name="search_trigram_word")
        ]

    def __str__(self):
        return f"{self.trigram!r} in {self.word}"
