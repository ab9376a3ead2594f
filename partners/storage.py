"""Where partner documents and proposed logos are kept: outside MEDIA_ROOT, never served by URL.

Files are read only through the partner area's views, which check who is asking. The folder is
``settings.PARTNER_FILES_ROOT`` when set (shared storage in production), else ``private/`` next
to the project.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    """A file system storage with no public URL; its folder follows the settings at each use."""

    @property
    def base_location(self):
        return os.fspath(settings.PARTNER_FILES_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no public URL; link to the checking view instead.")

    def deconstruct(self):
        return ("partners.storage.PrivateStorage", (), {})


private_storage = PrivateStorage()
