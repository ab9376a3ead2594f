from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ForumPortalConfig(AppConfig):
    default = True
    name = "forum_portal"
    verbose_name = _("Forum portal")

    def ready(self):
        from django.contrib import admin
        from django.contrib.auth.signals import user_logged_in

        from forum_portal import admin_users
        from forum_portal.admin_language import remember_on_login
        from forum_portal.roles import sync_roles
        from forum_portal.search import connect_signals
        from forum_portal.structured_data import register_describers

        register_describers()
        connect_signals(self)
        # After the admin's autodiscovery (its app comes first): replaces auth's registrations.
        admin_users.register(admin.site)

        post_migrate.connect(sync_roles, sender=self, dispatch_uid="forum_portal.sync_roles")
        user_logged_in.connect(remember_on_login, dispatch_uid="forum_portal.admin_language")


class PortalAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "forum_portal.admin.PortalAdminSite"
