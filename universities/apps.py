from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UniversitiesConfig(AppConfig):
    name = "universities"
    verbose_name = _("Institutions and branch campuses")
