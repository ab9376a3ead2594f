"""Speakers: a searchable, filterable list and each person's sessions across forums."""

from django.views.generic import DetailView

from core.filters import FilteredListView
from events.filters import SpeakerFilterSet
from events.models import Speaker


class SpeakerListView(FilteredListView):
    template_name = "events/speaker_list.html"
    context_object_name = "speakers"
    paginate_by = 24
    filterset_class = SpeakerFilterSet

    def get_queryset(self):
        return Speaker.objects.visible_to(self.request.user).select_related(
            "affiliation", "country"
        )


class SpeakerDetailView(DetailView):
    template_name = "events/speaker_detail.html"
    context_object_name = "speaker"

    def get_queryset(self):
        user = self.request.user
        return Speaker.objects.visible_to(user).with_sessions(user)
