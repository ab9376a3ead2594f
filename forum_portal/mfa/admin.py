"""In the admin: no device pages (their secrets stay out of sight), and the action, offered on
the users' list (``forum_portal.admin_users``), for an administrator to reset the two-factor
sign-in of someone who lost their devices."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from forum_portal.mfa import policy

for model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(model):
        admin.site.unregister(model)


@admin.action(description=_("Reset two-factor sign-in"), permissions=["change"])
def reset_two_factor(modeladmin, request, queryset):
    for user in queryset:
        policy.reset(user)
    count = len(queryset)
    modeladmin.message_user(
        request,
        ngettext(
            "Two-factor sign-in reset for %(count)d user: they enrol again at their next login.",
            "Two-factor sign-in reset for %(count)d users: they enrol again at their next login.",
            count,
        )
        % {"count": count},
        messages.SUCCESS,
    )
