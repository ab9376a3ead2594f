"""News articles."""

from django.views.generic import DetailView, ListView

from events.forms import NewsFilterForm
from events.models import Article, Forum
from events.views.common import FilterFormMixin, LenientPaginationMixin


def visible_articles(user):
    return Article.objects.visible_to(user).select_related("forum")


class ArticleListView(FilterFormMixin, LenientPaginationMixin, ListView):
    template_name = "events/article_list.html"
    context_object_name = "articles"
    paginate_by = 10
    filter_form_class = NewsFilterForm

    def get_filter_form_kwargs(self):
        return {"forums": Forum.objects.visible_to(self.request.user)}

    def get_queryset(self):
        articles = visible_articles(self.request.user).newest_first()
        filters = self.get_filters()
        if "forum" in filters:
            articles = articles.filter(forum__slug=filters["forum"])
        return articles


class ArticleDetailView(DetailView):
    template_name = "events/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return visible_articles(self.request.user)
