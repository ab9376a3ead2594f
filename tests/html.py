"""Read what a visitor sees in a rendered page: headings, links, language attributes."""

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Page:
    html_lang: str | None = None
    title: str = ""
    h1: list = field(default_factory=list)
    links: list = field(default_factory=list)  # (href, text, attrs)
    hreflang: dict = field(default_factory=dict)  # from <link rel="alternate">
    canonical: str | None = None


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._capture = None
        self._text = []
        self._attrs = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.page.html_lang = attrs.get("lang")
        elif tag == "link" and attrs.get("rel") == "alternate" and attrs.get("hreflang"):
            self.page.hreflang[attrs["hreflang"]] = attrs.get("href")
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.page.canonical = attrs.get("href")
        elif tag in ("title", "h1", "a") and self._capture is None:
            self._capture, self._text, self._attrs = tag, [], attrs

    def handle_data(self, data):
        if self._capture:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == self._capture:
            text = " ".join("".join(self._text).split())
            if tag == "title":
                self.page.title = text
            elif tag == "h1":
                self.page.h1.append(text)
            else:
                self.page.links.append((self._attrs.get("href"), text, self._attrs))
            self._capture = None


def parse(content):
    parser = _Parser()
    parser.feed(content.decode() if isinstance(content, bytes) else content)
    return parser.page


class _FormParser(HTMLParser):
    """The fields a browser would send from the page's forms (submit buttons left out)."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.data = {}
        self._textarea = self._select = None
        self._form_id, self._in_form = form_id, form_id is None

    def _add(self, name, value):
        if name in self.data:
            existing = self.data[name]
            if not isinstance(existing, list):
                existing = [existing]
            self.data[name] = [*existing, value]
        else:
            self.data[name] = value

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "form" and self._form_id is not None:
            self._in_form = attrs.get("id") == self._form_id
        if not self._in_form or "__prefix__" in (name or ""):
            return
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self._add(name, attrs.get("value") or ("on" if attrs.get("type") == "checkbox" else ""))
        elif tag == "textarea" and name:
            self._textarea, self.data[name] = name, ""
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self._add(self._select, attrs.get("value", ""))

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form" and self._form_id is not None:
            self._in_form = False


def form_fields(content, form_id=None):
    """``{name: value}`` (a list for repeated names) of every field in the page's forms, or in
    the form with the id ``form_id``; the inline formsets' empty templates left out."""
    parser = _FormParser(form_id)
    parser.feed(content.decode() if isinstance(content, bytes) else content)
    return parser.data
