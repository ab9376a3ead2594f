"""The bottom layer: building blocks every app uses and that know no app.

Publishing state, rich text, images, translation status, admin mixins, the "field in every
language" helper, template hooks, structured data and the shared template tags. Nothing here
imports ``universities``, ``events``, ``partners`` or ``forum_portal`` (an import-linter
contract in ``pyproject.toml`` checks it).
"""
