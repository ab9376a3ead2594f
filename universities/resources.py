"""Import and export of institutions and branch campuses (admin import/export and open data).

The column names are stable: they are the open-data format. Exporting and importing the same
file again changes nothing (unchanged rows are skipped). With ``create_only=True`` (the demo
content) a row whose slug already exists is skipped too, so an editor's change is never
overwritten.
"""

from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from core.languages import in_every_language
from universities.models import BranchCampus, City, Country, Institution


def _translated(*names):
    return tuple(in_every_language(*names))


class SourceLinesWidget(widgets.CharWidget):
    """Source addresses: one per line in the database, separated by " ; " in a file cell."""

    def clean(self, value, row=None, **kwargs):
        text = super().clean(value, row, **kwargs) or ""
        return "\n".join(
            part.strip() for part in text.replace(";", "\n").splitlines() if part.strip()
        )

    def render(self, value, obj=None, **kwargs):
        return " ; ".join(line.strip() for line in (value or "").splitlines() if line.strip())


def _blank_is_none(value):
    return None if value == "" else value


class StableKeyWidget(widgets.ForeignKeyWidget):
    """A related row named by its slug or code; an unknown one is a clear row error."""

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(
                _("No %(model)s with the %(field)s “%(value)s”.")
                % {"model": self.model._meta.verbose_name, "field": self.field, "value": value}
            ) from None


def _key(model, field, name):
    """A foreign key written as the related row's stable key (a slug or a code)."""
    return fields.Field(
        attribute=name, column_name=name, widget=StableKeyWidget(model, field=field)
    )


class PortalResource(resources.ModelResource):
    """Shared by both resources: every row keyed on its slug, unchanged rows skipped."""

    country = _key(Country, "code", "country")
    city = _key(City, "slug", "city")

    def __init__(self, *, create_only=False, **kwargs):
        super().__init__(**kwargs)
        self.create_only = create_only

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """Unchanged rows are skipped; an empty translation is the same whether the database
        holds it as NULL (never filled in) or as "" (a file's empty cell). In create-only mode
        every existing row is skipped."""
        if import_validation_errors or original.pk is None:
            return False
        if self.create_only:
            return True
        return all(
            _blank_is_none(field.get_value(instance)) == _blank_is_none(field.get_value(original))
            for field in self.get_import_fields()
        )

    def before_import_row(self, row, **kwargs):
        # Empty cells of optional foreign keys come back as "" from CSV and None from JSON.
        for key, value in list(row.items()):
            if value is None:
                row[key] = ""


class InstitutionResource(PortalResource):
    class Meta:
        model = Institution
        import_id_fields = ("slug",)
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        fields = (
            "slug",
            "kind",
            *_translated("name", "short_name", "description"),
            "country",
            "city",
            "website",
            "status",
        )
        export_order = fields


class BranchCampusResource(PortalResource):
    parent = _key(Institution, "slug", "parent")
    host_partner = _key(Institution, "slug", "host_partner")
    source_urls = fields.Field(
        attribute="source_urls", column_name="source_urls", widget=SourceLinesWidget()
    )

    class Meta:
        model = BranchCampus
        import_id_fields = ("slug",)
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        fields = (
            "slug",
            *_translated("name"),
            "parent",
            "country",
            "city",
            "host_partner",
            "kind",
            "campus_status",
            "year_opened",
            "first_campus_abroad",
            "website",
            *_translated("partner_note", "programmes_summary", "notes", "description"),
            "source_urls",
            "confidence",
            "status",
        )
        export_order = fields
