"""A forum's programme for conference schedule apps (frab JSON and XML)."""

import json

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.views.generic import View

from events.frab import schedule, schedule_xml
from events.models import Forum, Session

CONTENT_TYPES = {
    "json": "application/json; charset=utf-8",
    "xml": "application/xml; charset=utf-8",
}


class FrabScheduleView(View):
    """``programme.frab.json`` / ``programme.frab.xml``: the sessions whose time is known."""

    format = "json"

    def get(self, request, slug):
        user = request.user
        forum = get_object_or_404(Forum.objects.visible_to(user), slug=slug)
        sessions = (
            Session.objects.visible_to(user)
            .of_forum(forum)
            .in_programme_order()
            .with_programme(user)
        )
        data = schedule(forum, sessions, request=request)
        if self.format == "xml":
            body = schedule_xml(data)
        else:
            body = json.dumps(data, ensure_ascii=False, indent=1)
        response = HttpResponse(body, content_type=CONTENT_TYPES[self.format])
        response["Content-Language"] = get_language()  # any origin may read it: CORS_URLS_REGEX
        return response
