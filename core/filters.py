"""Public lists narrowed by GET filters (django-filter), with one answer to bad input.

Every public list (programme, speakers, news, the campus directory and its open data export,
and the API's campus filters) gives the same answer to a query string it cannot use:

- **A filter value that its field rejects is ignored**: an unknown choice, a malformed date,
  a text longer than the field allows or with a NUL character. The list is not narrowed on
  that field, the page is the normal one (no error page, no 400), and the form shows the field
  as not chosen, without an error message. Empty values mean "All". Unknown parameters are
  ignored too.
- **Pagination** (lists that have pages): ``?page=`` that is not a whole number shows the
  first page; ``?page=last`` the last one (Django's own convention); a number below 1 or past
  the last page is a 404. Lists without pages ignore ``page``.
"""

from functools import reduce
from operator import or_

from django.core.paginator import InvalidPage
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter, FilterSet
from django_filters.views import FilterView


class LenientFilterSet(FilterSet):
    """A FilterSet whose invalid values are dropped before filtering (see the module's rule).

    ``ignored`` names the filters whose values were dropped, for a caller that must be strict
    (the API answers "nothing matches" for a country no campus has)."""

    @property
    def form(self):
        if not hasattr(self, "_form"):
            form = super().form
            self._ignored = []
            if self.is_bound and not form.is_valid():
                self._ignored = [name for name in form.errors if name in self.filters]
                self.data = self.data.copy()
                for name in self._ignored:
                    self.data.pop(form.add_prefix(name), None)
                del self._form  # the same form again, without them
        return super().form

    @property
    def ignored(self):
        """The names of the filters whose values were dropped."""
        self.form.is_valid()  # builds the form, dropping the values it rejects
        return self._ignored

    @property
    def is_filtered(self):
        """Whether any filter narrows the list (for "Clear filters" and "nothing matches")."""
        return (
            self.is_bound
            and self.form.is_valid()
            and any(
                value
                for name, value in self.form.cleaned_data.items()
                if not isinstance(self.filters[name], SortFilter)
            )
        )

    def set_choices(self, name, choices, *, hide_if_empty=False):
        """Give a choice filter the options of this list; ``hide_if_empty`` drops the filter
        when there is nothing to choose from."""
        if choices or not hide_if_empty:
            self.filters[name].extra["choices"] = choices
        else:
            del self.filters[name]


def any_contains(fields, text):
    """Rows where any of ``fields`` contains ``text``, whatever its case."""
    return reduce(or_, (Q(**{f"{field}__icontains": text}) for field in fields))


class AllOrChoiceFilter(ChoiceFilter):
    """A select whose first option, "All" (empty), leaves the list unfiltered."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("empty_label", _("All"))
        super().__init__(*args, **kwargs)


class SortFilter(ChoiceFilter):
    """Orders the list by one of ``sorts`` (key → its label and a function that returns the
    ``order_by()`` arguments); the first is the default. It never narrows the list."""

    def __init__(self, *, sorts, **kwargs):
        self.sorts = sorts
        choices = [(key, label) for key, (label, _order) in sorts.items()]
        super().__init__(choices=choices, empty_label=None, **kwargs)

    def filter(self, qs, value):
        _label, order = self.sorts[value or next(iter(self.sorts))]
        return qs.order_by(*order(), "pk")


class FilteredListView(FilterView):
    """A list view filtered by a ``LenientFilterSet``, paginated by the module's rule.

    The filter set is always bound (an empty query string is a valid "no filter", so defaults
    such as a sort order apply); its form is in the context as ``form``, and whether any filter
    is on as ``filtered``."""

    strict = False

    def get_filterset_kwargs(self, filterset_class):
        return {**super().get_filterset_kwargs(filterset_class), "data": self.request.GET}

    def get_context_data(self, **kwargs):
        filterset = self.filterset
        return super().get_context_data(
            form=filterset.form, filtered=filterset.is_filtered, **kwargs
        )

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        page = self.request.GET.get(self.page_kwarg) or "1"
        try:
            number = int(page)
        except ValueError:
            number = paginator.num_pages if page == "last" else 1
        try:
            page = paginator.page(number)
        except InvalidPage as error:
            raise Http404 from error
        return paginator, page, page.object_list, page.has_other_pages()
