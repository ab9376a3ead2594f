"""GET filter forms of the public pages; invalid values are simply ignored."""

from django import forms
from django.utils.translation import gettext_lazy as _

from events.models import Session
from events.templatetags.event_dates import day_and_weekday

ALL = [("", _("All"))]


class FilterForm(forms.Form):
    """A GET form whose valid fields filter a list; a nonsense value leaves that filter off."""

    def valid_filters(self):
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class ProgrammeFilterForm(FilterForm):
    day = forms.ChoiceField(label=_("Day"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    kind = forms.ChoiceField(label=_("Format"), required=False, choices=ALL + Session.Kind.choices)
    hall = forms.ChoiceField(label=_("Hall or venue"), required=False)

    def __init__(self, *args, forum, topics, halls, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["day"].choices = ALL + [
            (day.isoformat(), day_and_weekday(day)) for day in forum.days
        ]
        self.fields["topic"].choices = ALL + [(topic.slug, topic.name) for topic in topics]
        self.fields["hall"].choices = ALL + [(hall.slug, hall.name) for hall in halls]
        for name, options in (("topic", topics), ("hall", halls)):
            if not options:
                del self.fields[name]  # nothing to choose from in this programme


class SpeakerFilterForm(FilterForm):
    q = forms.CharField(label=_("Name"), required=False, max_length=100)
    forum = forms.ChoiceField(label=_("Forum"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, *args, forums, countries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["forum"].choices = ALL + [(forum.slug, forum.title) for forum in forums]
        self.fields["country"].choices = ALL + [(c.code, c.name) for c in countries]


class NewsFilterForm(FilterForm):
    forum = forms.ChoiceField(label=_("Forum"), required=False)

    def __init__(self, *args, forums, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["forum"].choices = ALL + [(forum.slug, forum.title) for forum in forums]
