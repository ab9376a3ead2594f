from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.generic import TemplateView

from forum_portal import views
from forum_portal.api.api import api
from forum_portal.sitemaps import SITEMAPS

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("i18n/switch/<str:language>/", views.switch_language, name="switch-language"),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("api/", api.urls),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path(
        "accessibility/",
        TemplateView.as_view(template_name="pages/accessibility.html"),
        name="accessibility",
    ),
    path("search/", views.SearchView.as_view(), name="search"),
    # Two-factor sign-in: enrolment and verify pages, and the passkey (WebAuthn) endpoints.
    path("account/two-factor/", include("forum_portal.mfa.urls")),
    path(
        "account/two-factor/webauthn/",
        include("django_otp_webauthn.urls", namespace="otp_webauthn"),
    ),
    path("", include("universities.urls")),
    path("", include("events.urls")),
    path("", include("partners.urls")),
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = "forum_portal.views.bad_request"
handler403 = "forum_portal.views.permission_denied"
handler404 = "forum_portal.views.page_not_found"
handler500 = "forum_portal.views.server_error"
