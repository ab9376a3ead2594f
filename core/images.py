"""Safe images for every image field: validated by content, EXIF stripped, served in renditions."""

import hashlib
from io import BytesIO
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
RENDITION_WIDTHS = (320, 640, 960, 1280)


def validate_image(file):
    """Refuse anything that is not really a JPEG, PNG or WebP within the size and pixel limits."""
    if file.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The file is larger than %(limit)s MB."),
            code="too_large",
            params={"limit": MAX_UPLOAD_BYTES // (1024 * 1024)},
        )
    file.seek(0)
    try:
        with Image.open(file) as image:
            if image.format not in ALLOWED_FORMATS:
                raise ValidationError(_("Upload a JPEG, PNG or WebP image."), code="invalid_format")
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(
                    _("The image is too large: at most %(limit)s megapixels."),
                    code="too_many_pixels",
                    params={"limit": MAX_PIXELS // 1_000_000},
                )
            image.verify()
    except ValidationError:
        raise
    except Image.DecompressionBombError as error:
        raise ValidationError(
            _("The image is too large: at most %(limit)s megapixels."),
            code="too_many_pixels",
            params={"limit": MAX_PIXELS // 1_000_000},
        ) from error
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationError(_("The file is not a valid image."), code="invalid_image") from error
    finally:
        file.seek(0)


def strip_metadata(file):
    """Re-encode the image without EXIF (GPS position included) and other metadata."""
    file.seek(0)
    with Image.open(file) as image:
        fmt = image.format
        image = ImageOps.exif_transpose(image)
        clean = Image.new(image.mode, image.size)
        clean.paste(image)
        out = BytesIO()
        options = {"quality": 88} if fmt in ("JPEG", "WEBP") else {}
        clean.save(out, format=fmt, **options)
    name = PurePosixPath(file.name).stem + "." + ALLOWED_FORMATS[fmt]
    return ContentFile(out.getvalue(), name=name)


class SafeImageField(models.ImageField):
    """An ImageField that validates uploads by content and strips their metadata on save."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [validate_image])
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            file.file = strip_metadata(file.file)
        return super().pre_save(model_instance, add)


def rendition(field_file, width):
    """A WebP copy of the image at ``width`` px (never upscaled), made once and then reused.

    Returns (url, width, height) for the ``<img>`` tag.
    """
    digest = hashlib.sha1(field_file.name.encode(), usedforsecurity=False).hexdigest()[:12]
    stem = PurePosixPath(field_file.name).stem
    name = f"renditions/{digest}-{stem}-{width}w.webp"
    if default_storage.exists(name):
        with default_storage.open(name) as stored, Image.open(stored) as image:
            return default_storage.url(name), image.width, image.height
    with field_file.open("rb") as source, Image.open(source) as image:
        image = ImageOps.exif_transpose(image)
        if image.width > width:
            image = image.resize((width, round(image.height * width / image.width)))
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
        out = BytesIO()
        image.save(out, format="WEBP", quality=80)
        size = image.size
    default_storage.save(name, ContentFile(out.getvalue()))
    return default_storage.url(name), *size
