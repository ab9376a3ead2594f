"""The layers of DESIGN.md hold in templates too (import-linter checks the Python imports).

A template under ``templates/<app>/`` may include or extend only templates of its own app, of
a lower app, or the shared ones (``base.html``, ``includes/``), and load only the template tag
libraries of its own or a lower app.
"""

import re
from pathlib import Path

from django.conf import settings
from django.template.backends.django import get_installed_libraries

LAYERS = ["core", "universities", "events", "partners", "forum_portal"]
TEMPLATES = Path(settings.BASE_DIR) / "templates"
REFERENCE = re.compile(r'{%\s*(?:include|extends)\s+"([^"]+)"')
LOAD = re.compile(r"{%\s*load\s+([^%]+?)\s*%}")


def tag_library_layers():
    """Each tag library's name and the layer of the app that defines it."""
    return {
        name: LAYERS.index(module.split(".")[0])
        for name, module in get_installed_libraries().items()
        if module.split(".")[0] in LAYERS
    }


def layer_of(template_name):
    top = template_name.split("/")[0]
    return LAYERS.index(top) if top in LAYERS else None


def test_app_templates_reference_only_their_own_or_lower_layers():
    libraries = tag_library_layers()
    assert libraries["portal"] == 0 and libraries["partners"] == 3  # the check sees the tags
    breaches = []
    for path in TEMPLATES.rglob("*.html"):
        name = path.relative_to(TEMPLATES).as_posix()
        own = layer_of(name)
        if own is None:
            continue
        text = path.read_text()
        for referenced in REFERENCE.findall(text):
            other = layer_of(referenced)
            if other is not None and other > own:
                breaches.append(f"{name} uses {referenced}")
        for load in LOAD.findall(text):
            for library in load.split():
                if libraries.get(library, 0) > own:
                    breaches.append(f"{name} loads {{% load {library} %}}")
    assert breaches == []
