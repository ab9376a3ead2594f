"""The filters of the branch campus directory: its page, its open data export and the API.

Bad input gets the answer of every public list (``core.filters``): a value a filter cannot use
is ignored, on the page and in the export alike (the API, stricter, asks ``ignored``).
"""

from django.db.models import Count, F
from django.utils.translation import gettext_lazy as _
from django_filters import CharFilter

from core.collation import Alphabetical
from core.filters import AllOrChoiceFilter, LenientFilterSet, SortFilter, any_contains
from core.languages import in_every_language
from universities.models import BranchCampus, City, Country, Programme

# Sort key → its label and the ordering it applies; the first, by name, is the default. Names
# sort as the visitor sees them, in the visitor's alphabet (core.collation).
SORTS = {
    "name": (_("Name"), lambda: (Alphabetical("name"),)),
    "-year": (
        _("Newest first"),
        lambda: (F("year_opened").desc(nulls_last=True), Alphabetical("name")),
    ),
    "year": (
        _("Oldest first"),
        lambda: (F("year_opened").asc(nulls_last=True), Alphabetical("name")),
    ),
    "city": (_("Host city"), lambda: (Alphabetical("city__name"), Alphabetical("name"))),
    "country": (
        _("Country of origin"),
        lambda: (Alphabetical("country__name"), Alphabetical("name")),
    ),
}


class CampusFilterSet(LenientFilterSet):
    """The directory's six facets (each counts what its options would show), a search over the
    names and programme summaries in every language, and the sort order."""

    q = CharFilter(label=_("Search"), max_length=200, method="search")
    country = AllOrChoiceFilter(label=_("Country of origin"), field_name="country__code")
    city = AllOrChoiceFilter(label=_("Host city"), field_name="city__slug")
    kind = AllOrChoiceFilter(label=_("Kind"), choices=BranchCampus.Kind.choices)
    campus_status = AllOrChoiceFilter(label=_("Status"), choices=BranchCampus.CampusStatus.choices)
    level = AllOrChoiceFilter(
        label=_("Level"), field_name="programmes__level", choices=Programme.Level.choices
    )
    field = AllOrChoiceFilter(
        label=_("Field of study"), field_name="programmes__field", choices=Programme.Field.choices
    )
    sort = SortFilter(label=_("Sort by"), sorts=SORTS)

    FACETS = ("country", "city", "kind", "campus_status", "level", "field")

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        campuses = self.queryset
        countries = Country.objects.filter(branch_campuses__in=campuses).distinct()
        self.set_choices("country", [(country.code, country) for country in countries])
        cities = City.objects.filter(branch_campuses__in=campuses).distinct()
        self.set_choices("city", [(city.slug, city) for city in cities])

    def search(self, queryset, name, value):
        fields = in_every_language("name", "parent__name", "city__name", "programmes_summary")
        return queryset.filter(any_contains(fields, value))

    def matching(self, *, skip=None):
        """The campuses found by the search and every facet but ``skip``. The facets go into one
        ``filter()``, so that a level and a field ask for one programme that has both."""
        chosen = self.form.cleaned_data
        lookups = {
            self.filters[name].field_name: chosen[name]
            for name in self.FACETS
            if name != skip and chosen[name]
        }
        return self.filters["q"].filter(self.queryset, chosen["q"]).filter(**lookups)

    def filter_queryset(self, queryset):
        """Each matching campus once, in the chosen order."""
        matching = queryset.filter(pk__in=self.matching().values("pk"))
        return self.filters["sort"].filter(matching, self.form.cleaned_data["sort"])

    def facets(self):
        """For each facet: its options with how many campuses each would show together with the
        other filters (one query each)."""
        facets = []
        for name in self.FACETS:
            lookup = self.filters[name].field_name
            counts = dict(
                self.matching(skip=name)
                .values_list(lookup)
                .annotate(n=Count("pk", distinct=True))
                .order_by()
            )
            options = [
                {"value": str(value), "label": label, "count": counts.get(value, 0)}
                for value, label in self.filters[name].extra["choices"]
            ]
            facets.append({"field": self.form[name], "name": name, "options": options})
        return facets
