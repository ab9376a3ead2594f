from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared building blocks")

    def ready(self):
        from core import page_cache
        from core.collation import register_sqlite_collations

        page_cache.connect()
        connection_created.connect(register_sqlite_collations, dispatch_uid="core-collations")
