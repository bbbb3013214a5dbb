"""HTML → plain text with selectolax (lexbor): the article's words, one block per line.

Loads: an HTML page or fragment as a str. Makes: text where block elements (p, div, li, h1…, tr) end a
line, inline elements (a, span, font, b…) join their neighbours without a gap, so a word split by
tags (`高<span><a>新产业</a></span>园区`) comes out whole; table rows become one line each with cells
separated by a tab; `<br>` is a line break (a space inside a data-table cell). Scripts, styles,
comments, forms' widgets, navigation/footer elements and elements whose class or id says share, QR
code, ad, nav, breadcrumb or footer are dropped, as are all attributes.

The tree is walked iteratively (no recursion), so 5,000 nested `<div>`/`<font>` are fine.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

BLOCK = "\ue000"  # private-use markers, removed from the input first, so they can only be ours
CELL = "\ue001"

_SKIP = frozenset(
    "script style noscript iframe template svg canvas object embed head nav footer aside button select "
    "option input textarea map audio video title meta link".split()
)
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd section article header blockquote pre hr figure "
    "figcaption address center main caption table thead tbody tfoot tr form fieldset details summary".split()
)
_CELLS = frozenset(("td", "th"))
# class/id words of page furniture (share bars, QR codes, ads, menus, breadcrumbs, footers).
_NOISE = re.compile(
    r"share|qrcode|[-_]qr|qr[-_]|appendqr|kaihu|advert|(?:^|[-_\s])ads?(?:$|[-_\s])|adlist|banner|breadcrumb|"
    r"crumb|(?:^|[-_\s])nav|menu|footer|copyright|toolbar|sidebar|(?:^|[-_\s])related|recommend|hotnews|"
    r"comment|login|fontsize",
    re.I,
)
_HTML_WS = re.compile(r"[ \t\r\n\f]+")


def _is_noise(node) -> bool:
    attrs = node.attributes
    if not attrs:
        return False
    label = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return bool(label.strip()) and bool(_NOISE.search(label))


def _layout_tables(root) -> set[int]:
    """Tables used for page layout, not data: they hold another table or a cell of running text
    (>300 characters). Their cells are blocks; a data table's cells stay on their row's line even when
    a word processor wrapped each value in <p>."""
    layout = set()
    for table in root.css("table"):
        nested = any(t.mem_id != table.mem_id for t in table.css("table"))
        if nested or any(len(cell.text(deep=True)) > 300 for cell in table.css("td, th")):
            layout.add(table.mem_id)
    return layout


class _Walker:
    def __init__(self, layout: set[int]):
        self.out: list[str] = []
        self.layout = layout
        self.cell_depth = 0  # >0 inside a data-table cell: breaks become spaces
        self.tables: list[bool] = []  # stack: is the enclosing table a data table?

    def enter(self, node) -> bool:
        """Emit what comes before the node; return False to skip its subtree."""
        tag = node.tag
        if tag == "-text":
            text = node.text_content
            if text:
                self.out.append(text)
            return False
        if tag is None or tag.startswith(("_", "!")) or tag in _SKIP:
            return False
        if _is_noise(node):
            return False
        if tag == "br":
            self.out.append(" " if self.cell_depth else BLOCK)
            return False
        if tag == "table":
            self.tables.append(node.mem_id not in self.layout)
        if tag in _CELLS and self.tables and self.tables[-1]:
            self.cell_depth += 1
        elif tag in _BLOCKS or tag in _CELLS:
            self.out.append(" " if self.cell_depth else BLOCK)
        return True

    def exit(self, node) -> None:
        tag = node.tag
        if tag in _CELLS and self.tables and self.tables[-1]:
            self.cell_depth -= 1
            self.out.append(CELL)
        elif tag == "tr" and self.tables and self.tables[-1]:
            self.out.append(BLOCK)
        elif tag in _BLOCKS or tag in _CELLS:
            self.out.append(" " if self.cell_depth else BLOCK)
        if tag == "table" and self.tables:
            self.tables.pop()


def _walk(root, walker: _Walker) -> None:
    """Depth-first walk with enter/exit events, using sibling/parent links instead of recursion."""
    root_id = root.mem_id
    node = root.first_child
    while node is not None:
        if walker.enter(node):
            child = node.first_child
            if child is not None:
                node = child
                continue
            walker.exit(node)
        while node is not None and node.next is None:
            node = node.parent
            if node is None or node.mem_id == root_id:
                return
            walker.exit(node)
        if node is not None:
            node = node.next


def html_to_text(html: str) -> tuple[str, str | None]:
    """Return (text, <title> text or None). Lines are separated by "\\n", table cells by "\\t"."""
    html = html.replace(BLOCK, "").replace(CELL, "")
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("head > title")
    title = title_node.text(strip=True) or None if title_node is not None else None
    root = tree.body or tree.root
    if root is None:
        return "", title
    walker = _Walker(_layout_tables(root))
    _walk(root, walker)
    text = _HTML_WS.sub(" ", "".join(walker.out))
    return text.replace(BLOCK, "\n").replace(CELL, "\t"), title


_TAG_HINT = re.compile(r"<(?:p|div|table|tr|td|span|font|li|h[1-6]|article|section|body|html|!doctype)\b", re.I)


def looks_like_html(text: str, suffix: str = "") -> bool:
    """True for .htm(l) files and for text whose markup is HTML, not Markdown with a stray <br>."""
    if suffix.lower() in (".html", ".htm", ".xhtml", ".shtml"):
        return True
    return len(_TAG_HINT.findall(text[:200000])) >= 3
