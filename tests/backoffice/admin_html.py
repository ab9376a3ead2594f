"""Read an admin page as its reader does: elements by name and attribute, and every text shown
(text nodes outside scripts and styles, plus the attributes a browser shows or reads out)."""

from django.test.html import Element, parse_html

SHOWN_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt", "data-placeholder"}
HIDDEN_ELEMENTS = {"script", "style", "template"}


def tree(content):
    """The document under a nameless root, so that ``find(page, "html")`` finds the root too."""
    root = Element(None, [])
    root.children.append(parse_html(content.decode() if isinstance(content, bytes) else content))
    return root


def attrs(element):
    return dict(element.attributes)


def find_all(node, tag=None, **wanted):
    """Elements under ``node`` named ``tag`` whose attributes include ``wanted``
    (``class_="x"`` matches an element with class x among others)."""
    for child in node.children:
        if not isinstance(child, Element):
            continue
        have = attrs(child)
        if (tag is None or child.name == tag) and all(
            value in (have.get("class") or "").split()
            if key == "class_"
            else have.get(key.replace("_", "-")) == value
            for key, value in wanted.items()
        ):
            yield child
        yield from find_all(child, tag, **wanted)


def find(node, tag=None, **wanted):
    return next(find_all(node, tag, **wanted), None)


def text(node):
    if not isinstance(node, Element):
        return str(node)
    return " ".join(text(child) for child in node.children if child is not None)


def shown_texts(node, language=None):
    """Each text node and each shown attribute value, one string each; with ``language``, not
    the parts marked as written in another language (``lang="en"`` on «English»)."""
    if not isinstance(node, Element):
        yield str(node)
        return
    have = attrs(node)
    if node.name in HIDDEN_ELEMENTS or (
        language and node.name != "html" and have.get("lang") not in (None, language)
    ):
        return
    for key in SHOWN_ATTRIBUTES:
        if have.get(key):
            yield have[key]
    if node.name == "input" and have.get("type") in ("submit", "button", "reset"):
        yield have.get("value") or ""
    for child in node.children:
        yield from shown_texts(child, language)
