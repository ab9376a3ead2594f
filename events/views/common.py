"""Behaviour shared by the events pages."""

from django.core.paginator import InvalidPage
from django.http import Http404


class LenientPaginationMixin:
    """``?page=abc`` shows the first page; a page number past the end is a 404."""

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        try:
            number = int(self.request.GET.get(self.page_kwarg) or 1)
        except ValueError:
            number = 1
        try:
            page = paginator.page(number)
        except InvalidPage as error:
            raise Http404 from error
        return paginator, page, page.object_list, page.has_other_pages()


class FilterFormMixin:
    """A list narrowed by a GET form (see ``events.forms.FilterForm``): nonsense is ignored."""

    filter_form_class = None

    def get_filter_form_kwargs(self):
        return {}

    def get_filters(self):
        self.form = self.filter_form_class(self.request.GET, **self.get_filter_form_kwargs())
        self.filters = self.form.valid_filters()
        return self.filters

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, filtered=bool(self.filters), **kwargs)
