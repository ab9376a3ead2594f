"""Where partner documents and proposed logos are kept: outside MEDIA_ROOT, never served by URL.

Files are read only through views that check who is asking: the partner area's (for those who
speak for the institution) and the admin's (``PrivateFileAdminMixin``, for staff with the
model's view permission); both answer with ``private_file_response``. The folder is
``settings.PARTNER_FILES_ROOT`` when set (shared storage in production), else ``private/`` next
to the project.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse, Http404


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


def private_file_response(field_file, *, as_attachment):
    """The stored file as a response (404 when there is none or it is gone from the disk)."""
    if not field_file:
        raise Http404
    try:
        file = field_file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    filename = field_file.name.rsplit("/", 1)[-1]
    response = FileResponse(file, as_attachment=as_attachment, filename=filename)
    response.headers["Cache-Control"] = "private, no-store"
    return response
