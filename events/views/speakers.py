"""Speakers: a searchable, filterable list and each person's sessions across forums."""

from django.db.models import Q
from django.views.generic import DetailView, ListView

from events.forms import SpeakerFilterForm
from events.models import Forum, Speaker
from events.views.common import FilterFormMixin, LenientPaginationMixin
from universities.models import Country


class SpeakerListView(FilterFormMixin, LenientPaginationMixin, ListView):
    template_name = "events/speaker_list.html"
    context_object_name = "speakers"
    paginate_by = 24
    filter_form_class = SpeakerFilterForm

    def get_filter_form_kwargs(self):
        return {
            "forums": Forum.objects.visible_to(self.request.user),
            "countries": Country.objects.filter(speakers__in=self.speakers).distinct(),
        }

    def get_queryset(self):
        user = self.request.user
        speakers = self.speakers = Speaker.objects.visible_to(user)
        filters = self.get_filters()
        if "q" in filters:
            query = filters["q"]
            speakers = speakers.filter(
                Q(name_kk__icontains=query)
                | Q(name_ru__icontains=query)
                | Q(name_en__icontains=query)
            )
        if "forum" in filters:
            speakers = speakers.took_part_in(filters["forum"], user=user)
        if "country" in filters:
            speakers = speakers.filter(country__code=filters["country"])
        return speakers.select_related("affiliation", "country")


class SpeakerDetailView(DetailView):
    template_name = "events/speaker_detail.html"
    context_object_name = "speaker"

    def get_queryset(self):
        user = self.request.user
        return Speaker.objects.visible_to(user).with_sessions(user)
