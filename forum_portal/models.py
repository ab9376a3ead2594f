"""The project's own tables: a staff member's preferences (post_migrate also reaches this app)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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
