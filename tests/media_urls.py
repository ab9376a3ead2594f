"""The portal's URLs with /media/ served from MEDIA_ROOT, as the proxy serves it in the deployment
(README, Deployment). The portal's own urls.py adds this route only in debug, which tests run
without, so a test about what /media/ gives away uses ``@pytest.mark.urls("tests.media_urls")``."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from forum_portal import urls as portal


def media(request, path):
    return serve(request, path, document_root=settings.MEDIA_ROOT)  # read at each request


urlpatterns = [*portal.urlpatterns, re_path(r"^media/(?P<path>.*)$", media)]
handler400 = portal.handler400
handler403 = portal.handler403
handler404 = portal.handler404
handler500 = portal.handler500
