"""News articles."""

from django.views.generic import DetailView

from core.filters import FilteredListView
from events.filters import ArticleFilterSet
from events.models import Article


def visible_articles(user):
    return Article.objects.visible_to(user).select_related("forum")


class ArticleListView(FilteredListView):
    template_name = "events/article_list.html"
    context_object_name = "articles"
    paginate_by = 10
    filterset_class = ArticleFilterSet

    def get_queryset(self):
        return visible_articles(self.request.user).newest_first()


class ArticleDetailView(DetailView):
    template_name = "events/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return visible_articles(self.request.user)
