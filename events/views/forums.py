"""Forum editions and their programme."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import DetailView, ListView, RedirectView

from core.filters import FilteredListView
from events.filters import SessionFilterSet
from events.models import Article, Forum, Participation, Session, Speaker, Topic

FEATURED_ROLES = (Participation.Role.KEYNOTE, Participation.Role.MODERATOR)


class ForumListView(ListView):
    template_name = "events/forum_list.html"
    context_object_name = "forums"

    def get_queryset(self):
        return Forum.objects.visible_to(self.request.user).select_related("city")


class ForumDetailView(DetailView):
    template_name = "events/forum_detail.html"
    context_object_name = "forum"

    def get_queryset(self):
        return Forum.objects.visible_to(self.request.user).select_related("city")

    def get_context_data(self, **kwargs):
        forum = self.object
        user = self.request.user
        sessions = Session.objects.visible_to(user).of_forum(forum)
        featured = (
            Speaker.objects.visible_to(user)
            .filter(
                participations__session__in=sessions,
                participations__role__in=FEATURED_ROLES,
            )
            .select_related("affiliation")
            .distinct()
        )
        return super().get_context_data(
            key_figures=list(forum.key_figures.all()),
            topics=list(Topic.objects.filter(sessions__in=sessions).distinct()),
            featured_speakers=list(featured),
            articles=list(Article.objects.visible_to(user).about_forum(forum).newest_first()[:3]),
            **kwargs,
        )


class ProgrammeView(FilteredListView):
    """A forum's sessions by day and time, filtered by day, topic, kind and hall (GET)."""

    template_name = "events/programme.html"
    context_object_name = "sessions"
    filterset_class = SessionFilterSet

    def get_queryset(self):
        user = self.request.user
        self.forum = get_object_or_404(Forum.objects.visible_to(user), slug=self.kwargs["slug"])
        sessions = Session.objects.visible_to(user).of_forum(self.forum)
        self.has_calendar = sessions.filter(day__isnull=False).exists()
        return sessions.in_programme_order().with_programme(user)

    def get_filterset_kwargs(self, filterset_class):
        return {**super().get_filterset_kwargs(filterset_class), "forum": self.forum}

    def get_context_data(self, **kwargs):
        return super().get_context_data(forum=self.forum, has_calendar=self.has_calendar, **kwargs)


class CurrentProgrammeView(RedirectView):
    """/programme/ leads to the programme of the current or next forum."""

    permanent = False

    def get_redirect_url(self, *args, **kwargs):
        forum = Forum.objects.published().current_or_next()
        if forum is None:
            return reverse("events:forum-list")
        return forum.get_programme_url()
