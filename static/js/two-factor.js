// Two-factor settings page: once a passkey is registered (django-otp-webauthn's script fires
// this event), reload so the list of passkeys and the recovery codes offer show it.
document.addEventListener("otp_webauthn.register_complete", () => {
  window.location.reload();
});
