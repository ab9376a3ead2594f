"""In the admin: no device pages (their secrets stay out of sight), and on the users' list an
action for an administrator to reset the two-factor sign-in of someone who lost their devices."""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from forum_portal.mfa import policy

User = get_user_model()

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


class PortalUserAdmin(UserAdmin):
    actions = [*(UserAdmin.actions or []), reset_two_factor]


admin.site.unregister(User)
admin.site.register(User, PortalUserAdmin)
