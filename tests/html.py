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
