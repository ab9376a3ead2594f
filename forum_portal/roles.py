"""The ministry's staff roles as Django groups, created and kept in sync on every ``migrate``.

- Administrator: every permission, including users and partner accounts.
- Editor: create, edit, publish, unpublish and delete the content of every app.
- Translator: edit the texts of existing content in any language; no create, delete or publish.
- Editors and translators mark a language of a text reviewed (``core.review_translation``).
- Partner manager: partner accounts, documents and update proposals, and their review.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.management import create_contenttypes
from django.contrib.contenttypes.models import ContentType
from modeltranslation.translator import translator

from core.publishing import PublishableModel

CONTENT_APPS = ("universities", "events", "partners")
# Models of the partner area: managed by partner managers, not by editors.
PARTNER_AREA_MODELS = {"partneraccount", "partnerdocument", "updateproposal"}

ADMINISTRATOR = "Administrator"
EDITOR = "Editor"
TRANSLATOR = "Translator"
PARTNER_MANAGER = "Partner manager"


def publish_codename(model):
    return f"publish_{model._meta.model_name}"


def ensure_publish_permissions():
    """A ``<app>.publish_<model>`` permission for every publishable model."""
    for model in content_models():
        if issubclass(model, PublishableModel):
            Permission.objects.get_or_create(
                codename=publish_codename(model),
                content_type=ContentType.objects.get_for_model(model),
                defaults={"name": f"Can publish {model._meta.verbose_name_raw}"},
            )


def content_models():
    """Every model of the apps whose content staff edit."""
    for label in CONTENT_APPS:
        yield from apps.get_app_config(label).get_models()


def _permissions(models, actions):
    codenames = set()
    content_types = []
    for model in models:
        content_types.append(ContentType.objects.get_for_model(model))
        for action in actions:
            codenames.add(
                publish_codename(model)
                if action == "publish"
                else f"{action}_{model._meta.model_name}"
            )
    return Permission.objects.filter(content_type__in=content_types, codename__in=codenames)


def role_permissions():
    content = [m for m in content_models() if m._meta.model_name not in PARTNER_AREA_MODELS]
    partner_area = [m for m in content_models() if m._meta.model_name in PARTNER_AREA_MODELS]
    registry = apps.get_app_config("universities")
    translated = [m for m in content if m in translator.get_registered_models()]
    review = Permission.objects.filter(
        content_type__app_label="core", codename="review_translation"
    )
    return {
        ADMINISTRATOR: Permission.objects.all(),
        EDITOR: _permissions(content, ("add", "change", "delete", "view", "publish")) | review,
        TRANSLATOR: _permissions(translated, ("change", "view")) | review,
        PARTNER_MANAGER: _permissions(partner_area, ("add", "change", "delete", "view"))
        | _permissions(registry.get_models(), ("view",)),
    }


def sync_roles(**kwargs):
    """post_migrate receiver: create the roles and set their permissions to exactly the above."""
    for label in ("core", *CONTENT_APPS):  # their own post_migrate may not have run yet
        create_contenttypes(apps.get_app_config(label), verbosity=0)
        create_permissions(apps.get_app_config(label), verbosity=0)
    ensure_publish_permissions()
    for name, permissions in role_permissions().items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(permissions)
