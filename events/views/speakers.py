"""Speakers: a searchable, filterable list and each person's sessions across forums."""

from django.db.models import Prefetch, Q
from django.views.generic import DetailView, ListView

from events.forms import SpeakerFilterForm
from events.models import Participation
from events.views.common import (
    FilterFormMixin,
    LenientPaginationMixin,
    visible_forums,
    visible_sessions,
    visible_speakers,
)
from universities.models import Country


class SpeakerListView(FilterFormMixin, LenientPaginationMixin, ListView):
    template_name = "events/speaker_list.html"
    context_object_name = "speakers"
    paginate_by = 24
    filter_form_class = SpeakerFilterForm

    def get_filter_form_kwargs(self):
        return {
            "forums": visible_forums(self.request.user),
            "countries": Country.objects.filter(speakers__in=self.speakers).distinct(),
        }

    def get_queryset(self):
        user = self.request.user
        speakers = self.speakers = visible_speakers(user)
        filters = self.get_filters()
        if "q" in filters:
            query = filters["q"]
            speakers = speakers.filter(
                Q(name_kk__icontains=query)
                | Q(name_ru__icontains=query)
                | Q(name_en__icontains=query)
            )
        if "forum" in filters:
            speakers = speakers.filter(
                pk__in=Participation.objects.filter(
                    session__in=visible_sessions(user).filter(forum__slug=filters["forum"])
                ).values("speaker")
            )
        if "country" in filters:
            speakers = speakers.filter(country__code=filters["country"])
        return speakers.select_related("affiliation", "country")


class SpeakerDetailView(DetailView):
    template_name = "events/speaker_detail.html"
    context_object_name = "speaker"

    def get_queryset(self):
        user = self.request.user
        participations = (
            Participation.objects.filter(session__in=visible_sessions(user))
            .select_related("session", "session__forum", "session__hall", "affiliation")
            .order_by("-session__forum__start_date", "session__day", "session__start_time")
        )
        return (
            visible_speakers(user)
            .select_related("affiliation", "country")
            .prefetch_related(Prefetch("participations", queryset=participations))
        )
