"""Under /api/ only: CORS open to every origin for reading, and ETags with 304 answers."""

from django.http import HttpResponse
from django.middleware.http import ConditionalGetMiddleware

API_PREFIX = "/api/"
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag",
}
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, Content-Type",
    "Access-Control-Max-Age": "86400",
}


def set_headers(response, headers):
    for name, value in headers.items():
        response[name] = value


class OpenDataMiddleware(ConditionalGetMiddleware):
    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            set_headers(response, PREFLIGHT_HEADERS)
        else:
            # ETag from the content; If-None-Match that matches gives 304 Not Modified.
            response = self.process_response(request, self.get_response(request))
        if request.method in ("GET", "HEAD", "OPTIONS"):
            set_headers(response, CORS_HEADERS)
        return response
