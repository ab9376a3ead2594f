"""Property-based: schemathesis sends what the OpenAPI schema allows (and some of what it does
not) to every operation, with the demo content loaded; no answer may be a 5xx or break the
schema (status codes, content types, response bodies)."""

import pytest
import schemathesis
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings

from forum_portal.wsgi import application

pytestmark = pytest.mark.django_db

EXAMPLES_PER_OPERATION = 25


def check_operation(operation):
    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        # Straight to the WSGI application nothing decodes Brotli or gzip: ask for none.
        case.call_and_validate(headers={"Host": "localhost", "Accept-Encoding": "identity"})

    run()


@pytest.fixture
def keep_test_connection():
    """Straight through the WSGI application, each request would close the database connection
    at its end (and with it the test's transaction); Django's test client avoids it the same
    way."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


def test_every_operation_answers_within_its_schema(keep_test_connection):
    call_command("load_demo", verbosity=0)
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 12
    for operation in operations:
        check_operation(operation)
