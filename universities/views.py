from django.db.models import Prefetch
from django.http import HttpResponse
from django.views.generic import DetailView, TemplateView

from core.filters import FilteredListView
from universities import statistics
from universities.filters import CampusFilterSet
from universities.models import BranchCampus, Institution
from universities.resources import BranchCampusResource


class InstitutionDetailView(DetailView):
    model = Institution

    def get_queryset(self):
        campuses = BranchCampus.objects.visible_to(self.request.user).select_related("city")
        return (
            Institution.objects.visible_to(self.request.user)
            .select_related("country", "city")
            .prefetch_related(
                Prefetch("branch_campuses", queryset=campuses, to_attr="campuses_in_kazakhstan"),
                Prefetch(
                    "hosted_campuses",
                    queryset=campuses.select_related("parent"),
                    to_attr="campuses_hosted",
                ),
            )
        )


class CampusQuerysetMixin:
    def get_queryset(self):
        user = self.request.user
        return BranchCampus.objects.visible_to(user).with_related(user)


class CampusListView(CampusQuerysetMixin, FilteredListView):
    paginate_by = 20
    context_object_name = "campus_list"
    template_name = "universities/branchcampus_list.html"
    filterset_class = CampusFilterSet

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop(self.page_kwarg, None)
        return super().get_context_data(
            facets=self.filterset.facets(), query=query.urlencode(), **kwargs
        )


class CampusExportView(CampusQuerysetMixin, FilteredListView):
    """Open data: the directory, with the current filter, as CSV or JSON."""

    filterset_class = CampusFilterSet
    formats = {"csv": "text/csv; charset=utf-8", "json": "application/json"}

    def render_to_response(self, context, **kwargs):
        fmt = self.kwargs["format"]
        dataset = BranchCampusResource().export(queryset=self.object_list)
        response = HttpResponse(dataset.export(fmt), content_type=self.formats[fmt])
        response["Content-Disposition"] = f'attachment; filename="branch-campuses.{fmt}"'
        return response


class CampusDetailView(CampusQuerysetMixin, DetailView):
    template_name = "universities/branchcampus_detail.html"
    context_object_name = "campus"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        city = self.object.city
        context["map"] = statistics.campus_map([city] if city else [], {})
        return context


class CampusStatisticsView(CampusQuerysetMixin, TemplateView):
    template_name = "universities/branchcampus_statistics.html"

    def get_context_data(self, **kwargs):
        campuses = list(self.get_queryset())
        return super().get_context_data(
            total=len(campuses),
            operating=sum(c.campus_status == BranchCampus.CampusStatus.OPERATING for c in campuses),
            charts=statistics.charts(campuses),
            map=statistics.campus_map(
                [c.city for c in campuses if c.city], statistics.city_counts(campuses)
            ),
            ministry_total=statistics.MINISTRY_TOTAL,
            **kwargs,
        )
