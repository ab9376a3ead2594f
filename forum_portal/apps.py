from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumPortalConfig(AppConfig):
    name = "forum_portal"
    verbose_name = _("Forum portal")
