"""The portal's open data: a read-only JSON API under /api/ (django-ninja), see ``api.py``."""

# Where the API is mounted (forum_portal/urls.py): its errors are JSON, never HTML pages.
API_PREFIX = "/api/"
