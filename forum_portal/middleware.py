"""Requests the portal refuses before any view sees them."""

from django.http import JsonResponse

from forum_portal import views
from forum_portal.api import API_PREFIX

NUL = "\x00"


class NulCharacterMiddleware:
    """A NUL character can be neither stored nor looked up in PostgreSQL text, and no address
    or filter of the site has one: such a request is refused before it reaches a query.

    In the path: 404 (no such page). In the query string: on the site the parameter is
    dropped, as every list ignores a value its filter rejects; under /api/ a 422 JSON answer
    shaped like the API's other validation errors."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path:
            return views.page_not_found(request)
        bad = [
            name
            for name, values in request.GET.lists()
            if NUL in name or any(NUL in value for value in values)
        ]
        if not bad:
            return self.get_response(request)
        if not request.path.startswith(API_PREFIX):
            query = request.GET.copy()
            for name in bad:
                del query[name]
            query._mutable = False
            request.GET = query
            return self.get_response(request)
        return JsonResponse(
            {
                "detail": [
                    {"type": "string_nul", "loc": ["query", name], "msg": "NUL character"}
                    for name in bad
                ]
            },
            status=422,
        )
