"""What every events model shares: the link to the source of its facts."""

from django.db import models
from django.utils.translation import gettext_lazy as _

SOURCE_URL_HELP = _("Where the facts on this page come from (a published report or article).")


def source_url_field():
    return models.URLField(_("source"), max_length=500, blank=True, help_text=SOURCE_URL_HELP)
