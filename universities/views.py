from django.views.generic import DetailView

from universities.models import Institution
from universities.publishing import PublishedObjectMixin


class InstitutionDetailView(PublishedObjectMixin, DetailView):
    model = Institution
    queryset = Institution.objects.select_related("country", "city")
