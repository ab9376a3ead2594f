"""Users and roles in the back office, in the reader's language.

Django stores permission names in English when it creates them ("Can add session"), and
django-simple-history names its history models "historical …" without a translation: the
permission lists of the user and role forms are labelled here from the permission's model and
action instead. Django's admin password form adds a warning that Django does not translate.
"""

from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.forms import AdminPasswordChangeForm, SetUnusablePasswordMixin
from django.contrib.auth.models import Group, Permission, User
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from forum_portal.mfa.admin import reset_two_factor

PERMISSION_ACTIONS = {
    "add": pgettext_lazy("permission", "add"),
    "change": pgettext_lazy("permission", "change"),
    "delete": pgettext_lazy("permission", "delete"),
    "view": pgettext_lazy("permission", "view"),
    "publish": pgettext_lazy("permission", "publish"),
}


def permission_label(permission):
    """«Forums and programme | session | add», or Django's own label for any other permission."""
    model = permission.content_type.model_class()
    action, _sep, model_name = permission.codename.partition("_")
    if model is None or action not in PERMISSION_ACTIONS or model_name != model._meta.model_name:
        return str(permission)
    name = model._meta.verbose_name
    original = getattr(model, "instance_type", None)  # the model a history model records
    if original is not None:
        name = _("history of %(name)s") % {"name": original._meta.verbose_name}
    app = capfirst(model._meta.app_config.verbose_name)
    return f"{app} | {name} | {PERMISSION_ACTIONS[action]}"


class PermissionLabelsMixin:
    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if field is not None and db_field.related_model is Permission:
            field.label_from_instance = permission_label
        return field


class PortalAdminPasswordChangeForm(AdminPasswordChangeForm):
    usable_password_help_text = format_lazy(
        '{}<ul id="id_unusable_warning" class="messagelist"><li class="warning">{}</li></ul>',
        SetUnusablePasswordMixin.usable_password_help_text,
        _("If disabled, the current password for this user will be lost."),
    )


class PortalUserAdmin(PermissionLabelsMixin, UserAdmin):
    change_password_form = PortalAdminPasswordChangeForm
    actions = [*(UserAdmin.actions or []), reset_two_factor]


class PortalGroupAdmin(PermissionLabelsMixin, GroupAdmin):
    pass


def register(site):
    for model, model_admin in ((User, PortalUserAdmin), (Group, PortalGroupAdmin)):
        if site.is_registered(model):
            site.unregister(model)
        site.register(model, model_admin)
