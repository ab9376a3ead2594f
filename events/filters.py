"""The GET filters of the events lists: a forum's programme, the speakers and the news.

Bad input gets the answer of every public list (``core.filters``): a value a filter cannot use
is ignored. Each filter set finds its own options among what the visitor may see.
"""

from django.utils.translation import gettext_lazy as _
from django_filters import CharFilter

from core.filters import AllOrChoiceFilter, LenientFilterSet, any_contains
from core.languages import in_every_language
from events.models import Forum, Hall, Session, Topic
from events.templatetags.event_dates import day_and_weekday
from universities.models import Country


def forum_choices(user):
    return [(forum.slug, forum.title) for forum in Forum.objects.visible_to(user)]


class SessionFilterSet(LenientFilterSet):
    """A forum's sessions by day, topic, format and hall; topics and halls the forum has not
    are left out of the form."""

    day = AllOrChoiceFilter(label=_("Day"), method="on_day")
    topic = AllOrChoiceFilter(label=_("Topic"), field_name="topics__slug")
    kind = AllOrChoiceFilter(label=_("Format"), choices=Session.Kind.choices)
    hall = AllOrChoiceFilter(label=_("Hall or venue"), field_name="hall__slug")

    def __init__(self, data=None, queryset=None, *, forum, **kwargs):
        super().__init__(data, queryset, **kwargs)
        sessions = self.queryset
        self.set_choices("day", [(day.isoformat(), day_and_weekday(day)) for day in forum.days])
        for name, model in (("topic", Topic), ("hall", Hall)):
            options = model.objects.filter(sessions__in=sessions).distinct()
            self.set_choices(name, [(o.slug, o.name) for o in options], hide_if_empty=True)

    def on_day(self, queryset, name, value):
        return queryset.on_day(value)


class SpeakerFilterSet(LenientFilterSet):
    """Speakers by a word of their name in any language, a forum they spoke at, a country."""

    q = CharFilter(label=_("Name"), max_length=100, method="search")
    forum = AllOrChoiceFilter(label=_("Forum"), method="took_part_in")
    country = AllOrChoiceFilter(label=_("Country"), field_name="country__code")

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.set_choices("forum", forum_choices(self.request.user))
        countries = Country.objects.filter(speakers__in=self.queryset).distinct()
        self.set_choices("country", [(country.code, country.name) for country in countries])

    def search(self, queryset, name, value):
        return queryset.filter(any_contains(in_every_language("name"), value))

    def took_part_in(self, queryset, name, value):
        return queryset.took_part_in(value, user=self.request.user)


class ArticleFilterSet(LenientFilterSet):
    """News about one forum."""

    forum = AllOrChoiceFilter(label=_("Forum"), field_name="forum__slug")

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.set_choices("forum", forum_choices(self.request.user))
