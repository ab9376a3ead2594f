"""Template hooks: a lower app's page offers a named place that a higher app fills.

A template in ``universities`` may not include a ``partners`` template (imports go one way).
Instead it renders ``{% template_hook "institution-detail" %}``, and the ``partners`` app, in its
``AppConfig.ready()``, registers the template to render there::

    hooks.register_template("institution-detail", "partners/includes/council_seat.html")

Each registered template is rendered with the page's context, in the order of registration.
"""

_templates = {}


def register_template(name, template_name):
    templates = _templates.setdefault(name, [])
    if template_name not in templates:
        templates.append(template_name)


def templates_for(name):
    return list(_templates.get(name, ()))
