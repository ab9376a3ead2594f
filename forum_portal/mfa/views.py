"""The verify page (second step of signing in) and the enrolment pages."""

import base64
from io import BytesIO

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, resolve_url
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView, View
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from forum_portal.mfa import policy
from forum_portal.mfa.forms import AuthenticatorSetupForm, VerifyForm

RECOVERY_CODES_SESSION_KEY = "mfa_new_recovery_codes"
AUTHENTICATOR_NAME = "authenticator"


def qr_code_data_uri(text):
    """The QR code of ``text`` as an SVG data: URI (made here, shown as an <img>: no script,
    no inline style, nothing fetched from elsewhere)."""
    out = BytesIO()
    qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, border=2).save(out)
    return "data:image/svg+xml;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def grouped(secret, size=4):
    return " ".join(secret[i : i + size] for i in range(0, len(secret), size))


class SecondFactorView(LoginRequiredMixin):
    """Every page here: signed-in users only, never cached, and a safe ``next`` to go on to."""

    def next_url(self):
        candidate = self.request.POST.get("next") or self.request.GET.get("next")
        if candidate and url_has_allowed_host_and_scheme(
            candidate,
            allowed_hosts={self.request.get_host()},
            require_https=self.request.is_secure(),
        ):
            return candidate
        if self.request.user.is_staff:
            return reverse("admin:index")
        return resolve_url(settings.LOGIN_REDIRECT_URL)

    def with_next(self, url):
        return f"{url}?{urlencode({'next': self.next_url()})}"

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=self.next_url(), **kwargs)


class VerifyView(SecondFactorView, FormView):
    """Second step of signing in: a code, a recovery code or a passkey."""

    template_name = "mfa/verify.html"
    form_class = VerifyForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and policy.pending_step(request.user) != policy.VERIFY:
            return redirect(self.next_url())
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            has_authenticator=policy.authenticator(user) is not None,
            has_passkeys=policy.passkeys(user).exists(),
            **kwargs,
        )

    def form_valid(self, form):
        otp_login(self.request, form.device)
        self.request.session.cycle_key()  # a new session id for the now fully signed-in user
        if isinstance(form.device, StaticDevice):
            remaining = policy.remaining_recovery_codes(self.request.user)
            messages.warning(
                self.request,
                _("You signed in with a recovery code. Recovery codes left: %(count)d.")
                % {"count": remaining},
            )
        return redirect(self.next_url())


class SetupView(SecondFactorView, TemplateView):
    """The user's second factors: the authenticator app, passkeys, recovery codes."""

    template_name = "mfa/setup.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            required=policy.must_enrol(user),
            pending=policy.pending_step(user) == policy.ENROL,
            authenticator=policy.authenticator(user),
            passkeys=policy.passkeys(user),
            has_second_factor=policy.has_second_factor(user),
            recovery_codes_left=policy.remaining_recovery_codes(user),
            **kwargs,
        )


class AuthenticatorView(SecondFactorView, FormView):
    """Set up an authenticator app: scan the QR code (or type the key), confirm with a code."""

    template_name = "mfa/authenticator.html"
    form_class = AuthenticatorSetupForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and policy.authenticator(request.user) is not None:
            return redirect(self.with_next(reverse("mfa:setup")))
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def new_device(self):
        """The app being set up: kept unconfirmed until its first code comes back."""
        device = TOTPDevice.objects.filter(user=self.request.user, confirmed=False).first()
        return device or TOTPDevice.objects.create(
            user=self.request.user, name=AUTHENTICATOR_NAME, confirmed=False
        )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user, "device": self.new_device}

    def get_context_data(self, **kwargs):
        device = self.new_device
        return super().get_context_data(
            qr_code=qr_code_data_uri(device.config_url),
            secret=grouped(base64.b32encode(device.bin_key).decode("ascii")),
            **kwargs,
        )

    def form_valid(self, form):
        device = form.device
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(self.request, device)
        messages.success(self.request, _("Your authenticator app is set up."))
        if not policy.remaining_recovery_codes(self.request.user):
            return new_recovery_codes(self.request, self.with_next(reverse("mfa:recovery-codes")))
        return redirect(self.with_next(reverse("mfa:setup")))


def new_recovery_codes(request, then):
    request.session[RECOVERY_CODES_SESSION_KEY] = policy.new_recovery_codes(request.user)
    return redirect(then)


class RecoveryCodesView(SecondFactorView, TemplateView):
    """New recovery codes (POST), shown once (GET right after)."""

    template_name = "mfa/recovery_codes.html"

    def get(self, request, *args, **kwargs):
        codes = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
        if not codes:
            return redirect(self.with_next(reverse("mfa:setup")))
        return self.render_to_response(self.get_context_data(codes=codes))

    def post(self, request, *args, **kwargs):
        if not policy.has_second_factor(request.user):
            raise PermissionDenied
        return new_recovery_codes(request, self.with_next(reverse("mfa:recovery-codes")))


class RemoveView(SecondFactorView, View):
    """Remove the authenticator app or one passkey (the user has signed in with a factor)."""

    def post(self, request, *args, **kwargs):
        if not request.user.is_verified():
            raise PermissionDenied
        if kwargs["kind"] == "authenticator":
            device = policy.authenticator(request.user)
            if device is None:
                raise Http404
            message = _("The authenticator app is removed.")
        else:
            device = get_object_or_404(policy.passkeys(request.user), pk=kwargs["pk"])
            message = _("The passkey is removed.")
        device.delete()
        policy.forget_recovery_codes_without_factor(request.user)
        messages.success(request, message)
        return redirect(self.with_next(reverse("mfa:setup")))
