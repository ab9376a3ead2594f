"""Under /api/ only: ETags from the content, and 304 answers to a matching If-None-Match.

(Reading from other origins is django-cors-headers' job: ``CORS_*`` in the settings.)
"""

from django.middleware.http import ConditionalGetMiddleware

API_PREFIX = "/api/"


class OpenDataMiddleware(ConditionalGetMiddleware):
    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        return self.process_response(request, self.get_response(request))
