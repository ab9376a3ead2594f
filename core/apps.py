from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared building blocks")

    def ready(self):
        from modeltranslation.translator import translator

        from core import page_cache
        from core.collation import register_sqlite_collations
        from core.translation_status import forget_reviews

        page_cache.connect()
        connection_created.connect(register_sqlite_collations, dispatch_uid="core-collations")
        for model in translator.get_registered_models():
            post_delete.connect(forget_reviews, sender=model, dispatch_uid=f"reviews-{model}")
