"""Side-by-side comparison of a proposal with the target's current values, for the reviewers."""

from dataclasses import dataclass
from difflib import SequenceMatcher

from django.utils.html import escape, format_html_join
from django.utils.safestring import mark_safe


@dataclass
class ChangedField:
    label: str
    current: str
    proposed: str

    @property
    def current_marked(self):
        return _marked(self.current, self.proposed, "del", keep="a")

    @property
    def proposed_marked(self):
        return _marked(self.current, self.proposed, "ins", keep="b")


def _marked(old, new, tag, keep):
    """The ``keep`` side of a word diff, its changed words wrapped in <del> or <ins>."""
    a, b = old.split(" "), new.split(" ")
    words = a if keep == "a" else b
    parts = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        lo, hi = (i1, i2) if keep == "a" else (j1, j2)
        text = escape(" ".join(words[lo:hi]))
        if not text:
            continue
        parts.append(f"<{tag}>{text}</{tag}>" if op != "equal" else text)
    # Every text part is escaped above.
    return mark_safe(" ".join(parts))  # nosec B308, B703


def comparison(proposal):
    """One ChangedField per proposed value, labelled with the target field's name.

    Before approval the proposal is compared with the target's current values; after it, with
    the values it replaced.
    """
    target = proposal.target
    rows = []
    for field, value in proposal.changes.items():
        label = str(target._meta.get_field(field).verbose_name)
        if field in proposal.replaced_values:
            before = proposal.replaced_values[field]
        else:
            before = getattr(target, field) or ""
        rows.append(ChangedField(label, before, value))
    return rows


def comparison_table(rows, headers):
    """The comparison as an HTML table (for the admin's read-only field)."""
    head = format_html_join("", "<th scope='col'>{}</th>", ((h,) for h in headers))
    body = format_html_join(
        "",
        "<tr><th scope='row'>{}</th><td>{}</td><td>{}</td></tr>",
        ((row.label, row.current_marked, row.proposed_marked) for row in rows),
    )
    # head and body come from format_html / format_html_join (escaped).
    return mark_safe(  # nosec B308, B703
        f'<table class="proposal-diff"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    )
