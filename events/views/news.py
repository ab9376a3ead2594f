"""News articles."""

from django.views.generic import DetailView, ListView

from events.forms import NewsFilterForm
from events.models import Article
from events.views.common import LenientPaginationMixin, visible_forums


def visible_articles(user):
    return Article.objects.visible_to(user).select_related("forum")


class ArticleListView(LenientPaginationMixin, ListView):
    template_name = "events/article_list.html"
    context_object_name = "articles"
    paginate_by = 10

    def get_queryset(self):
        self.form = NewsFilterForm(self.request.GET, forums=visible_forums(self.request.user))
        articles = visible_articles(self.request.user).newest_first()
        filters = self.form.valid_filters()
        if "forum" in filters:
            articles = articles.filter(forum__slug=filters["forum"])
        return articles

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class ArticleDetailView(DetailView):
    template_name = "events/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return visible_articles(self.request.user)
