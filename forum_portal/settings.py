"""Settings for the forum portal, configured by environment variables.

Every variable is documented in README.md and .env.example. Development defaults are safe:
with DJANGO_DEBUG off the portal refuses to start without a secret key.
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it to a long random value "
            "(python -c 'import secrets; print(secrets.token_urlsafe(50))'), "
            "or set DJANGO_DEBUG=1 for local development."
        )
    # Only with DJANGO_DEBUG on (checked above).
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # nosec B105

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # modeltranslation must come before django.contrib.admin to patch its forms.
    "modeltranslation",
    "forum_portal.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "csp",
    "corsheaders",
    "simple_history",
    "import_export",
    # django-ninja: the open data API; listed so that its docs use its own static files, no CDN.
    "ninja",
    "core",
    "forum_portal",
    "universities",
    "events",
    "partners",
    "axes",
    # Two-factor sign-in (see the block "Two-factor sign-in" below).
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    "forum_portal.mfa",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything that answers by itself (WhiteNoise, CommonMiddleware), as django-cors-headers
    # asks; CORS_URLS_REGEX below limits it to the open data.
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Performance (issue 12; see the block "Page cache and HTTP caching" below): ETags and 304s
    # for every page and the API, computed on the body as sent.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Performance: whole pages for anonymous visitors (after the language is known), compressed
    # once by the compression middleware below it (Brotli or gzip, as the client accepts).
    "core.page_cache.PageCacheMiddleware",
    "compression_middleware.middleware.CompressionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Two-factor sign-in: marks a session verified by a second factor, then sends a user who
    # still owes one to the verify or enrolment page.
    "django_otp.middleware.OTPMiddleware",
    "forum_portal.mfa.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # The back office in the language its user chose in the admin header (after the two above).
    "forum_portal.admin_language.AdminLanguageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: turns a locked-out login attempt into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Open data (django-cors-headers): any site may read the API and the frab programme exports,
# which need no login; the rest of the portal sends no CORS headers.
CORS_URLS_REGEX = r"^/api/|^/[^/]+/forums/[^/]+/programme\.frab\.(json|xml)$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["Accept", "Accept-Language", "If-None-Match", "Content-Type"]
CORS_EXPOSE_HEADERS = ["ETag"]
CORS_PREFLIGHT_MAX_AGE = 86400

# Login is protected against password guessing (django-axes); how it locks out: see the
# security block at the end.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=30))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "partners.security.lockout"
# Behind N reverse proxies (nginx in the deployment) the visitor's address is read from
# X-Forwarded-For; otherwise every visitor would share the proxy's address and lock each other out.
# Axes asks django-ipware: the address is the entry the outermost trusted proxy appended, counted
# from the right (entries further left can be forged and are skipped, hence not strict). ipware
# counts the proxies that follow the client in the header, one fewer than the proxies in front.
proxy_count = env.int("DJANGO_PROXY_COUNT", default=0)
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if proxy_count else ["REMOTE_ADDR"]
)
AXES_IPWARE_PROXY_COUNT = proxy_count - 1 if proxy_count else None
IPWARE_STRICT = False
LOGIN_URL = "partners:login"
LOGIN_REDIRECT_URL = "partners:dashboard"

ROOT_URLCONF = "forum_portal.urls"
WSGI_APPLICATION = "forum_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "forum_portal.context_processors.site",
            ],
        },
    },
]

# Database: SQLite in the project folder by default, PostgreSQL (psycopg 3) through DATABASE_URL.
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: per-process memory by default; Redis (shared by every app server) through CACHE_URL.
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://forum-portal")}
if CACHES["default"]["BACKEND"].startswith("django_redis"):
    # django-environ names the third-party backend; the portal uses Django's own.
    CACHES["default"]["BACKEND"] = "django.core.cache.backends.redis.RedisCache"
    CACHES["default"].pop("OPTIONS", None)
CACHES["default"].setdefault("KEY_PREFIX", env.str("CACHE_KEY_PREFIX", default="forum-portal"))

# --- Performance (issue 12): page cache and HTTP caching --------------------------------------
# core.page_cache keeps whole pages for anonymous visitors in the cache above, invalidated
# exactly on every write to public content. The cache is bounded: the per-process memory cache
# by MAX_ENTRIES (it culls a third when full); Redis by its own `maxmemory` with the
# `allkeys-lru` policy (README, Deployment).
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):
    CACHES["default"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 1000)
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE", default=True)
# How long a page may stay in the cache at most (it is dropped earlier when content changes).
PAGE_CACHE_SECONDS = 600
# What a reverse proxy or CDN may do with a public page: keep it this long, then serve it
# stale this long while it asks again (Cache-Control s-maxage, stale-while-revalidate).
PAGE_CACHE_S_MAXAGE = env.int("PAGE_CACHE_S_MAXAGE", default=30)
PAGE_CACHE_STALE_WHILE_REVALIDATE = 30
# --- end of the performance block -------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Kazakh is the state language and the default; every public URL carries a prefix.
LANGUAGE_CODE = "kk"
LANGUAGES = [
    ("kk", _("Kazakh")),
    ("ru", _("Russian")),
    ("en", _("English")),
]
# The portal's own catalogs first; then locale_vendor/, which completes the Kazakh and Russian
# catalogs of Django's admin and the third-party packages (see locale_vendor/README.md).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_vendor"]
USE_I18N = True
# Date, time and number formats Django does not ship (kk) or that the portal changes.
FORMAT_MODULE_PATH = ["forum_portal.formats"]
TIME_ZONE = "Asia/Almaty"
USE_TZ = True

# Content in the same languages, falling back in their order (kk → ru → en).
MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = MODELTRANSLATION_LANGUAGES

STATIC_URL = "static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# In development WhiteNoise serves straight from the source folders (no collectstatic needed).
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_URL = "media/"
# Partner documents: never under MEDIA_ROOT, only served through a view that checks the right.
PARTNER_FILES_ROOT = Path(env.str("PARTNER_FILES_ROOT", default=str(BASE_DIR / "private")))
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env.bool("STATIC_MANIFEST", default=not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        ),
    },
}

# E-mail: printed to the console by default; SMTP through EMAIL_URL (smtp+tls://user:pass@host:587).
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="noreply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ADMINS = [("Portal administrators", a) for a in env.list("DJANGO_ADMINS", default=[])]

# Security. Behind a TLS-terminating proxy (the deployment in README), HTTPS is on unless debug.
HTTPS = env.bool("DJANGO_HTTPS", default=not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
LANGUAGE_COOKIE_SAMESITE = "Lax"
SILENCED_SYSTEM_CHECKS = []

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False}},
}

# The portal's own settings.
# Shown in the footer when set; no address is invented for the demo.
PORTAL_CONTACT_EMAIL = env.str("PORTAL_CONTACT_EMAIL", default="")

# --- Two-factor sign-in (django-otp, django-otp-webauthn) -------------------------------------
# Staff sign in with their password and then a second factor: a code from an authenticator app
# (TOTP), a passkey (WebAuthn) or a single-use recovery code. Required for every staff account
# unless STAFF_REQUIRE_2FA is off, which it is by default only in debug mode (so `make run`'s
# demo logins work without one). Partners may enrol; whoever has a second factor is asked for it.
STAFF_REQUIRE_2FA = env.bool("STAFF_REQUIRE_2FA", default=not DEBUG)
# The name authenticator apps and passkey managers show for the portal's entries.
OTP_TOTP_ISSUER = env.str("TWO_FACTOR_ISSUER", default="Forum portal")
OTP_WEBAUTHN_RP_NAME = OTP_TOTP_ISSUER
# Passkeys are bound to a domain (the relying party: WEBAUTHN_RP_ID, by default the host the
# request came to, one of DJANGO_ALLOWED_HOSTS) and accepted only from the portal's origins
# (WEBAUTHN_ORIGINS, by default https://<each allowed host>; http://localhost:<port> too, for
# development and the browser tests).
OTP_WEBAUTHN_HELPER_CLASS = "forum_portal.mfa.webauthn.PortalWebAuthnHelper"
OTP_WEBAUTHN_RP_ID_CALLABLE = "forum_portal.mfa.webauthn.relying_party_id"
WEBAUTHN_RP_ID = env.str("WEBAUTHN_RP_ID", default="")
OTP_WEBAUTHN_ALLOWED_ORIGINS = env.list(
    "WEBAUTHN_ORIGINS",
    default=[
        f"https://{host}"
        for host in ALLOWED_HOSTS
        if host not in ("localhost", "127.0.0.1") and "*" not in host and host[0] != "."
    ]
    or ["http://localhost"],
)
# A passkey is a second factor after the password, never a way in by itself.
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
# The admin pages of the devices never show their secrets.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# --- Security hardening (issue #13) ------------------------------------------------------------
# Kept in one block. README § Security says what each line protects and how to check it.

# Refused before any view: a NUL character in the path or query (PostgreSQL cannot hold one).
# After the middleware that set the language and the Content-Security-Policy of its answer.
MIDDLEWARE.insert(
    MIDDLEWARE.index("csp.middleware.CSPMiddleware") + 1,
    "forum_portal.middleware.NulCharacterMiddleware",
)
# Permissions-Policy (django-permissions-policy): no page uses a device or sensor; passkeys
# (WebAuthn) only from the portal's own pages.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "django_permissions_policy.PermissionsPolicyMiddleware",
)
PERMISSIONS_POLICY = {
    **{
        feature: []
        for feature in (
            "accelerometer",
            "autoplay",
            "browsing-topics",
            "camera",
            "display-capture",
            "encrypted-media",
            "geolocation",
            "gyroscope",
            "hid",
            "idle-detection",
            "interest-cohort",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "screen-wake-lock",
            "serial",
            "usb",
            "xr-spatial-tracking",
        )
    },
    "fullscreen": ["self"],
    "publickey-credentials-create": ["self"],
    "publickey-credentials-get": ["self"],
}

# Lockout that cannot be turned against a user (django-axes): failures count per username
# *and* address, so guessing a known username from one address locks out only that address
# for that username (AXES_FAILURE_LIMIT); an address guessing many usernames is locked out as
# a whole after AXES_ADDRESS_FAILURE_LIMIT failures (partners.security.LockoutHandler).
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = 5
AXES_ADDRESS_FAILURE_LIMIT = env.int("AXES_ADDRESS_FAILURE_LIMIT", default=25)
AXES_HANDLER = "partners.security.LockoutHandler"

# Rate limits (django-ratelimit, counted in the default cache: Redis in production, shared by
# every app server): "count/period" per visitor's address or account. Over it: the translated
# 429 page (forum_portal.views.too_many_requests).
MIDDLEWARE.insert(
    MIDDLEWARE.index("axes.middleware.AxesMiddleware"),
    "django_ratelimit.middleware.RatelimitMiddleware",
)
RATELIMIT_VIEW = "forum_portal.views.too_many_requests"
# The visitor's address as django-axes reads it (behind the proxies of DJANGO_PROXY_COUNT).
RATELIMIT_IP_META_KEY = "axes.helpers.get_client_ip_address"
PORTAL_RATE_LIMITS = {
    "search": env.str("RATE_LIMIT_SEARCH", default="60/m"),
    "password-reset": env.str("RATE_LIMIT_PASSWORD_RESET", default="5/h"),
    "password-reset-email": env.str("RATE_LIMIT_PASSWORD_RESET_EMAIL", default="3/h"),
    "proposal": env.str("RATE_LIMIT_PROPOSAL", default="20/h"),
}

# A request for a host that is not ours is answered 400; logged in one line, no traceback.
LOGGING["filters"] = {"without_traceback": {"()": "core.logging.WithoutTraceback"}}
LOGGING["loggers"]["django.security.DisallowedHost"] = {
    "filters": ["without_traceback"],
    "level": "WARNING",
}
