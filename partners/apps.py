from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Council of Strategic Partners")

    def ready(self):
        from core import hooks

        # The institution page (universities) shows the institution's Council seats.
        hooks.register_template("institution-detail", "partners/includes/council_seat.html")
