from django import forms
from django.conf import settings
from django.db.models import Count, F, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.languages import fallback_order, in_every_language, localized
from universities.models import BranchCampus, City, Country, Programme


def shown_name(prefix=""):
    """The name a visitor sees in the current language, fallbacks included (for ordering)."""
    codes = fallback_order(get_language() or settings.LANGUAGE_CODE)
    names = (localized(f"{prefix}name", code) for code in codes)
    return Coalesce(*(NullIf(name, Value("")) for name in names), Value(""))


SORTS = {
    "name": (_("Name"), lambda: (shown_name(),)),
    "-year": (_("Newest first"), lambda: (F("year_opened").desc(nulls_last=True), shown_name())),
    "year": (_("Oldest first"), lambda: (F("year_opened").asc(nulls_last=True), shown_name())),
    "city": (_("Host city"), lambda: (shown_name("city__"), shown_name())),
    "country": (_("Country of origin"), lambda: (shown_name("country__"), shown_name())),
}

# Filter name → the lookup it applies to a BranchCampus queryset.
FILTER_LOOKUPS = {
    "country": "country__code",
    "city": "city__slug",
    "kind": "kind",
    "campus_status": "campus_status",
    "level": "programmes__level",
    "field": "programmes__field",
}


class CampusFilterForm(forms.Form):
    """The directory's GET filters. Unknown values are dropped, never an error page."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    country = forms.ChoiceField(label=_("Country of origin"), required=False)
    city = forms.ChoiceField(label=_("Host city"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    campus_status = forms.ChoiceField(label=_("Status"), required=False)
    level = forms.ChoiceField(label=_("Level"), required=False)
    field = forms.ChoiceField(label=_("Field of study"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(key, label) for key, (label, _order) in SORTS.items()],
    )

    def __init__(self, data, *, queryset):
        # Long or unknown values are cut off or ignored rather than rejected.
        data = {key: (data.get(key) or "")[:200] for key in self.base_fields}
        super().__init__(data)
        self.base_queryset = queryset
        self.fields["country"].choices = [
            (c.code, c) for c in Country.objects.filter(branch_campuses__in=queryset).distinct()
        ]
        self.fields["city"].choices = [
            (c.slug, c) for c in City.objects.filter(branch_campuses__in=queryset).distinct()
        ]
        self.fields["kind"].choices = BranchCampus.Kind.choices
        self.fields["campus_status"].choices = BranchCampus.CampusStatus.choices
        self.fields["level"].choices = Programme.Level.choices
        self.fields["field"].choices = Programme.Field.choices
        for name in self.fields:
            if name != "q" and data[name] not in {str(v) for v, _l in self.fields[name].choices}:
                self.data[name] = ""
        self.full_clean()

    def _filters(self, *, skip=None):
        q = Q()
        for name, lookup in FILTER_LOOKUPS.items():
            value = self.cleaned_data.get(name)
            if value and name != skip:
                q &= Q(**{lookup: value})
        return q

    def _search(self, queryset):
        text = self.cleaned_data.get("q", "").strip()
        if not text:
            return queryset
        q = Q()
        fields = in_every_language("name", "parent__name", "city__name", "programmes_summary")
        for field in fields:
            q |= Q(**{f"{field}__icontains": text})
        return queryset.filter(q)

    def filtered(self):
        """The campuses that match every filter, in the chosen order."""
        matching = self._search(self.base_queryset).filter(self._filters())
        ids = matching.values("pk")
        order = SORTS[self.cleaned_data.get("sort") or "name"][1]()
        return self.base_queryset.filter(pk__in=ids).order_by(*order, "pk")

    def facets(self):
        """For each filter: its options with how many campuses each would show (one query each)."""
        facets = []
        for name, lookup in FILTER_LOOKUPS.items():
            base = self._search(self.base_queryset).filter(self._filters(skip=name))
            counts = dict(
                base.values_list(lookup).annotate(n=Count("pk", distinct=True)).order_by()
            )
            options = [
                {"value": str(value), "label": label, "count": counts.get(value, 0)}
                for value, label in self.fields[name].choices
            ]
            facets.append({"field": self[name], "name": name, "options": options})
        return facets
