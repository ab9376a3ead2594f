"""Demo and reference content kept as YAML files: rows created when missing, never overwritten.

A file is a list of sections, one per model, loaded in order::

    - model: universities.city        # app_label.model_name
      key: slug                       # the natural key: a field, or a list of fields
      defaults: {country: KZ}         # optional: values every row of the section shares;
      rows:                           # a foreign key names the related row by its key
        - slug: astana
          name_en: Astana
          latitude: "51.16940"

- A row whose key already exists is left exactly as it is, so what an editor changed in the
  admin survives a second run.
- A foreign key is written as the related row's key, as its own section declared it
  (``country: KZ``), or as a lookup (``affiliation: {slug: qs}``); a many-to-many field lists
  such keys. An unknown key is an error, not a new row.
- A reverse relation (a forum's ``key_figures``) lists child rows that are created together with
  their new parent only: a child an editor deleted does not come back.
- Lists are ordered: a row of a model with an ``order`` field that gives none takes its
  position in its list (0, 1, 2…).
- A row is defined once: the same key in two files is an error, so a country, a city or an
  institution that several apps need lives in one file and is referred to everywhere else.

Every error names the file, the section and the row. The loader knows no app; each app owns its
files and the order they are read in.
"""

from contextlib import contextmanager
from pathlib import Path

import yaml
from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist, ValidationError
from django.db import IntegrityError

# libyaml's parser when PyYAML was built with it (it usually is), else the pure-Python one.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DemoDataError(Exception):
    """A data file that cannot be loaded; the message says where and why."""


class DemoLoader:
    def __init__(self):
        self.keys = {}  # model → the names of its key fields, as its section declared them
        self.defined = {}  # (model, key values) → the file that defines that row
        self.created = {}  # model label → rows created in this run
        self._rows = {}  # (model, lookup) → instance, so each row is looked up once

    # Reading -------------------------------------------------------------------------------

    def read(self, path):
        """The parsed content of a YAML file, or a DemoDataError naming the file."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
            # SAFE_LOADER is yaml's safe loader.
            return yaml.load(text, Loader=SAFE_LOADER)  # nosec B506
        except (OSError, yaml.YAMLError) as error:
            raise DemoDataError(f"{path.name}: cannot be read: {error}") from None

    def load(self, *paths):
        """Load each file's sections in order."""
        for path in paths:
            sections = self.read(path)
            if not isinstance(sections, list):
                raise DemoDataError(f"{Path(path).name}: expected a list of sections.")
            for section in sections:
                self._load_section(Path(path).name, section)

    def _load_section(self, source, section):
        try:
            model = apps.get_model(section["model"])
            key = section["key"]
        except (KeyError, TypeError, LookupError, ValueError) as error:
            raise DemoDataError(
                f"{source}: a section needs a known model and a key ({error})."
            ) from None
        key = (key,) if isinstance(key, str) else tuple(key)
        self.keys[model] = key
        defaults = section.get("defaults") or {}
        for number, row in enumerate(section.get("rows") or [], start=1):
            with _reporting(f"{source}, {model._meta.label_lower} row {number}"):
                row = _in_position(model, {**defaults, **row}, number - 1)
                self.get_or_create(model, key, row, source=source)

    # Rows ----------------------------------------------------------------------------------

    def get_or_create(self, model, key, row, *, source):
        """The row with this key: the existing one untouched, or a new one made from ``row``."""
        missing = [name for name in key if name not in row]
        if missing:
            raise DemoDataError(f"the key field {', '.join(missing)} is missing.")
        lookup = {name: self._value(model, name, row.pop(name)) for name in key}
        marker = (model, _frozen(lookup))
        if marker in self.defined:
            raise DemoDataError(
                f"{_frozen(lookup)} is already defined in {self.defined[marker]}; "
                "define a row once and refer to it by its key."
            )
        self.defined[marker] = source
        instance = model._base_manager.filter(**lookup).first()
        if instance is None:
            instance = self.create(model, {**lookup, **row})
        self._rows[marker] = instance
        return instance

    def create(self, model, row, **parent):
        """A new, validated row with its many-to-many links and its child rows."""
        values, links, children = dict(parent), {}, {}
        for name, value in row.items():
            field = model._meta.get_field(name)
            if field.one_to_many:
                children[field] = value
            elif field.many_to_many:
                links[name] = [self.resolve(field.related_model, item) for item in value or []]
            else:
                values[field.name] = self._value(model, name, value)
        instance = model(**values)
        # Field and model validation give a clear message for a wrong choice, length or address;
        # uniqueness and check constraints are left to the database (IntegrityError below).
        instance.full_clean(validate_unique=False, validate_constraints=False)
        instance.save()
        self.created[model._meta.label_lower] = self.created.get(model._meta.label_lower, 0) + 1
        for name, related in links.items():
            getattr(instance, name).set(related)
        for field, rows in children.items():
            self.create_children(instance, field.get_accessor_name(), rows)
        return instance

    def create_children(self, parent, accessor, rows):
        """Create ``rows`` of the reverse relation ``accessor`` of a parent created just now."""
        relation = next(
            rel
            for rel in parent._meta.related_objects
            if rel.get_accessor_name() == accessor or rel.name == accessor
        )
        model = relation.related_model
        for position, row in enumerate(rows or []):
            with _reporting(
                f"{accessor} of {parent._meta.label_lower} {parent}, row {position + 1}"
            ):
                row = _in_position(model, dict(row), position)
                self.create(model, row, **{relation.field.name: parent})

    def _value(self, model, name, value):
        field = model._meta.get_field(name)
        if field.many_to_one or field.one_to_one:
            return None if value is None else self.resolve(field.related_model, value)
        return field.to_python(value)

    def resolve(self, model, value):
        """The existing row named by ``value``: its key, or a ``{field: value}`` lookup."""
        if isinstance(value, dict):
            lookup = value
        elif model in self.keys:
            values = value if isinstance(value, list) else [value]
            lookup = dict(zip(self.keys[model], values, strict=True))
        else:
            raise DemoDataError(
                f"no key is declared for {model._meta.label_lower}: write {{field: value}}."
            )
        marker = (model, _frozen(lookup))
        if marker not in self._rows:
            try:
                self._rows[marker] = model._base_manager.get(**lookup)
            except model.DoesNotExist:
                raise DemoDataError(
                    f"no {model._meta.label_lower} with {_frozen(lookup)}."
                ) from None
        return self._rows[marker]


@contextmanager
def _reporting(where):
    """Turn what a wrong row raises into a DemoDataError that says where the row is."""
    try:
        yield
    except DemoDataError as error:
        raise DemoDataError(f"{where}: {error}") from None
    except (
        AttributeError,
        FieldDoesNotExist,
        IntegrityError,
        ObjectDoesNotExist,
        TypeError,
        ValidationError,
        ValueError,
    ) as error:
        raise DemoDataError(f"{where}: {_describe(error)}") from None


def _in_position(model, row, position):
    """A row of a model with an ``order`` field takes its position in its list unless it says."""
    if "order" not in row and any(field.name == "order" for field in model._meta.fields):
        row["order"] = position
    return row


def _frozen(lookup):
    return ", ".join(f"{name}={getattr(value, 'pk', value)!s}" for name, value in lookup.items())


def _describe(error):
    if isinstance(error, ValidationError) and hasattr(error, "error_dict"):
        return "; ".join(
            f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()
        )
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)
