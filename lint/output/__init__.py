"""Report formats: one module per format; FORMATS is the only table of them."""

from __future__ import annotations

from replylint.output import json_format, text

#: --format NAME -> render(results, color) -> str
FORMATS = {"text": text.render, "json": json_format.render}
