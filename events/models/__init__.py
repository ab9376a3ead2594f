"""The events app's models, one module per subject; import them from ``events.models``."""

from events.models.forums import Forum, ForumQuerySet, KeyFigure
from events.models.news import Article, ArticleQuerySet
from events.models.programme import Hall, Session, SessionMaterial, SessionQuerySet, Topic
from events.models.speakers import Participation, ParticipationQuerySet, Speaker

__all__ = [
    "Article",
    "ArticleQuerySet",
    "Forum",
    "ForumQuerySet",
    "Hall",
    "KeyFigure",
    "Participation",
    "ParticipationQuerySet",
    "Session",
    "SessionMaterial",
    "SessionQuerySet",
    "Speaker",
    "Topic",
]
