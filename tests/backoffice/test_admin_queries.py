"""Every content list and change page of the admin runs a bounded number of SQL queries."""

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db

FACTORIES = {
    model: factory
    for factory in vars(factories).values()
    if isinstance(factory, type)
    and issubclass(factory, factories.factory.django.DjangoModelFactory)
    and factory._meta.model is not None
    for model in [factory._meta.get_model_class()]
}
CONTENT_ADMINS = sorted(
    (
        (model._meta.label, model)
        for model in admin.site._registry
        if model._meta.app_label in ("universities", "events", "partners")
    ),
    key=lambda item: item[0],
)


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200, url
    return len(context)


@pytest.mark.parametrize(("label", "model"), CONTENT_ADMINS, ids=[c[0] for c in CONTENT_ADMINS])
def test_changelist_and_change_page_queries_do_not_grow_with_rows(admin_client, label, model):
    factory = FACTORIES[model]
    opts = model._meta
    changelist = f"/admin/{opts.app_label}/{opts.model_name}/"
    first = factory.create_batch(3)
    few = _queries(admin_client, changelist)
    factory.create_batch(60)
    many = _queries(admin_client, changelist)
    assert many == few, f"{label}: {few} queries with 3 rows, {many} with 63"
    change = f"{changelist}{first[0].pk}/change/"
    assert _queries(admin_client, change) < 60
