from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MfaConfig(AppConfig):
    name = "forum_portal.mfa"
    label = "mfa"
    verbose_name = _("Two-factor sign-in")

    def ready(self):
        from core import hooks

        # The partner area's menu links to the account's two-factor settings.
        hooks.register_template("partner-nav", "mfa/includes/partner_nav_item.html")
