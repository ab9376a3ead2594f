"""Forum editions and their programme."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import DetailView, ListView, RedirectView

from events.forms import ProgrammeFilterForm
from events.models import Article, Forum, Hall, Participation, Session, Speaker, Topic
from events.views.common import FilterFormMixin

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


class ProgrammeView(FilterFormMixin, ListView):
    """A forum's sessions by day and time, filtered by day, topic, kind and hall (GET)."""

    template_name = "events/programme.html"
    context_object_name = "sessions"
    filter_form_class = ProgrammeFilterForm

    def get_filter_form_kwargs(self):
        return {"forum": self.forum, "topics": self.topics, "halls": self.halls}

    def get_queryset(self):
        user = self.request.user
        self.forum = get_object_or_404(Forum.objects.visible_to(user), slug=self.kwargs["slug"])
        sessions = Session.objects.visible_to(user).of_forum(self.forum)
        self.topics = list(Topic.objects.filter(sessions__in=sessions).distinct())
        self.halls = list(Hall.objects.filter(sessions__in=sessions).distinct())
        self.has_calendar = sessions.filter(day__isnull=False).exists()
        filters = self.get_filters()
        if "day" in filters:
            sessions = sessions.on_day(filters["day"])
        if "topic" in filters:
            sessions = sessions.filter(topics__slug=filters["topic"])
        if "kind" in filters:
            sessions = sessions.filter(kind=filters["kind"])
        if "hall" in filters:
            sessions = sessions.filter(hall__slug=filters["hall"])
        return sessions.in_programme_order().with_programme(user)

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
