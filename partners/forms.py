from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.images import validate_image
from core.languages import in_every_language
from partners import services

MAX_TEXT = 20_000
TEXT_HELP = _("Paragraphs and links are kept; other formatting is removed.")


class ProposalForm(forms.Form):
    """The current values filled in; what the partner changes becomes the proposal."""

    message = forms.CharField(
        label=_("Message to the reviewers"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional: where the new facts come from, or anything the staff should know."),
    )

    def __init__(self, *args, target, **kwargs):
        self.target = target
        kwargs["initial"] = {**services.current_values(target), **(kwargs.get("initial") or {})}
        super().__init__(*args, **kwargs)
        self.fields["message"] = self.fields.pop("message")  # last, after the target's fields

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        values = {f: cleaned.get(f, "") for f in services.proposable_fields(self.target)}
        self.changes = services.proposed_changes(self.target, values)
        if not self.changes and not cleaned.get("logo"):
            raise ValidationError(
                _("Nothing was changed: edit at least one value or add a logo."),
                code="unchanged",
            )
        return cleaned


def short_text(label, max_length):
    return forms.CharField(label=label, required=False, max_length=max_length)


def description_field(label):
    return forms.CharField(
        label=label,
        required=False,
        max_length=MAX_TEXT,
        help_text=TEXT_HELP,
        widget=forms.Textarea(attrs={"rows": 8}),
    )


class DescriptionProposalForm(ProposalForm):
    """Description in the three languages and website: what institutions and campuses share."""

    description_kk = description_field(_("Description in Kazakh"))
    description_ru = description_field(_("Description in Russian"))
    description_en = description_field(_("Description in English"))
    website = forms.URLField(
        label=_("Website"), required=False, max_length=200, assume_scheme="https"
    )


class InstitutionProposalForm(DescriptionProposalForm):
    logo = forms.ImageField(
        label=_("New logo"),
        required=False,
        validators=[validate_image],
        help_text=_("JPEG, PNG or WebP, at most 10 MB. Leave empty to keep the current logo."),
    )

    logo_alt_kk = short_text(_("What the logo says, in Kazakh"), 200)
    logo_alt_ru = short_text(_("What the logo says, in Russian"), 200)
    logo_alt_en = short_text(_("What the logo says, in English"), 200)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("logo"):
            for field in in_every_language("logo_alt"):
                if not cleaned.get(field, "").strip():
                    self.add_error(
                        field,
                        _("Describe the logo for people who cannot see it."),
                    )
        return cleaned


class CampusProposalForm(DescriptionProposalForm):
    programmes_summary_kk = short_text(_("Programmes and fields, in Kazakh"), 500)
    programmes_summary_ru = short_text(_("Programmes and fields, in Russian"), 500)
    programmes_summary_en = short_text(_("Programmes and fields, in English"), 500)
