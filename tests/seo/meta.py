"""Read what search engines and link previews read: meta tags and JSON-LD blocks."""

import json
from html.parser import HTMLParser


class _MetaParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta = {}  # property or name → list of contents
        self.json_ld = []
        self.title = None  # the document's, not an inline SVG's
        self._in_json_ld = False
        self._in_title = False
        self._text = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("property") or attrs.get("name")):
            key = attrs.get("property") or attrs.get("name")
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld, self._text = True, []
        elif tag == "title" and self.title is None:
            self._in_title, self._text = True, []

    def handle_data(self, data):
        if self._in_json_ld or self._in_title:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_json_ld:
            self.json_ld.append(json.loads("".join(self._text)))
            self._in_json_ld = False
        elif tag == "title" and self._in_title:
            self.title = " ".join("".join(self._text).split())
            self._in_title = False


def _parse(content):
    parser = _MetaParser()
    parser.feed(content.decode() if isinstance(content, bytes) else content)
    return parser


def read_meta(content):
    """(meta: {key: [content, ...]}, json_ld: [parsed blocks])"""
    parser = _parse(content)
    return parser.meta, parser.json_ld


def document_title(content):
    return _parse(content).title


def graph(content):
    """The JSON-LD nodes of a page, by @type."""
    _meta, blocks = read_meta(content)
    nodes = {}
    for block in blocks:
        assert block["@context"] == "https://schema.org"
        for node in block["@graph"]:
            nodes[node["@type"]] = node
    return nodes
