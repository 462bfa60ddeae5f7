"""Turn an HTML email body into plain text, keeping paragraphs and quoted blocks."""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
                     "ul", "ol", "blockquote", "hr", "pre"})  # fmt: skip
_SKIP = frozenset({"script", "style", "head", "title"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.quote_depth = 0
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        if tag in _BLOCKS:
            self._break(paragraph=tag in ("p", "div", "blockquote", "table"))
        if tag == "blockquote":
            self.quote_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip:
            self.skip -= 1
        if tag == "blockquote" and self.quote_depth:
            self.quote_depth -= 1
        if tag in _BLOCKS and tag != "br":
            self._break(paragraph=tag in ("p", "blockquote"))

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        text = " ".join(data.split())
        if not text:
            if data and self.lines[-1] and not self.lines[-1].endswith(" "):
                self.lines[-1] += " "
            return
        if not self.lines[-1] and self.quote_depth:
            self.lines[-1] = "> " * self.quote_depth
        joiner = "" if not self.lines[-1] or self.lines[-1].endswith((" ", "> ")) else " "
        if data[:1].isspace() and self.lines[-1] and not self.lines[-1].endswith(" "):
            joiner = " "
        self.lines[-1] += joiner + text

    def _break(self, paragraph: bool) -> None:
        if self.lines[-1].strip(" >"):
            self.lines.append("")
        if paragraph and len(self.lines) > 1 and self.lines[-2].strip(" >"):
            self.lines.append("")


def to_text(html: str) -> str:
    """Return the readable text of ``html``: one line per block, '>' before quoted lines."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = [line.rstrip() for line in parser.lines]
    text = "\n".join(lines).strip("\n")
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text + "\n"
