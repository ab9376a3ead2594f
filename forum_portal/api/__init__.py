"""The portal's open data: a read-only JSON API under /api/ (django-ninja), see ``api.py``."""
