"""Formatted text as plain text: one function for calendars, exports, JSON-LD and search."""

import pytest

from core.richtext import html_to_text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>First.</p><p>Second &amp; last.</p>", "First.\nSecond & last."),
        ("<p>First.</p>\n\n<p>  Second\n line. </p>", "First.\nSecond line."),
        ("<h2>Title</h2><ul><li>one</li><li>two</li></ul>", "Title\none\ntwo"),
        ("<p>Line<br>break<br/>again</p>", "Line\nbreak\nagain"),
        ("<blockquote><p>Quoted</p></blockquote>after", "Quoted\nafter"),
        ("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>", "A B\n1 2"),
        ("<p>&lt;script&gt; is text&nbsp;&mdash; no tag</p>", "<script> is text — no tag"),
        ('<a href="https://example.kz">link</a> <strong>bold</strong>', "link bold"),
        ("plain text", "plain text"),
        ("", ""),
        (None, ""),
    ],
)
def test_html_to_text(html, text):
    assert html_to_text(html) == text
