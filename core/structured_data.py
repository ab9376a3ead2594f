"""schema.org JSON-LD: the ``{% json_ld obj %}`` tag asks the describer registered for the
object's model, so that an app's template can describe its objects without knowing who builds
the description (``forum_portal.structured_data`` registers them in its app's ``ready()``).
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

# Characters that could end the <script> element or open a comment in it (as json_script).
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
_describers = {}


def json_ld_script(data):
    """A ``<script type="application/ld+json">`` element whose content cannot break out."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=None)
    # The JSON cannot end the element: <, > and & are escaped above.
    return mark_safe(  # nosec B308, B703
        f'<script type="application/ld+json">{text.translate(_SCRIPT_ESCAPES)}</script>'
    )


def register(model, describe):
    """``describe(obj, request, page)`` returns the ``@graph`` list for an object of ``model``."""
    _describers[model] = describe


def structured_data(obj, request, page=""):
    for model in type(obj).__mro__:
        if model in _describers:
            graph = _describers[model](obj, request, page)
            return {"@context": "https://schema.org", "@graph": graph}
    raise TypeError(f"no structured data for {type(obj).__name__}")
