"""Report formats: one module per format; FORMATS is the only table of them."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from replylint.findings import FileResult
from replylint.output import statistics
from replylint.output.tally import Tally
from replylint.rules import Rule


class Report:
    """Everything a format may show: the results, the rules that ran, whether to colour.

    ``results`` can be read once, as the files are linted; a format writes each file's
    part as it comes and ``tally`` counts what went by, for the summary at the end.
    ``rules`` may be a function, as the rules are known for certain only once the
    results have all been read.
    """

    def __init__(self, results: Iterable[FileResult],
                 rules: Sequence[Rule] | Callable[[], Sequence[Rule]], color: bool = False,
                 checklist: bool = False) -> None:  # fmt: skip
        self._results = results
        self._rules = rules
        self.color = color
        #: Show each letter's checklist after its findings (--checklist; HTML always does).
        self.checklist = checklist
        #: --quiet: the findings only, no summary line (the text formats).
        self.quiet = False
        self.tally = Tally()

    @property
    def results(self) -> Iterator[FileResult]:
        """Yield each file's result, counting it in ``tally``."""
        for result in self._results:
            self.tally.add(result)
            yield result

    @property
    def rules(self) -> Sequence[Rule]:
        """Return the rules that ran."""
        return self._rules() if callable(self._rules) else self._rules


class _Formats(Mapping[str, Callable[[Report], Iterator[str]]]):
    """--format NAME -> its module's render; a module is imported when first asked for
    (a run imports one format, not seven)."""

    def __init__(self, modules: dict[str, str]) -> None:
        self._modules = modules

    def __getitem__(self, name: str) -> Callable[[Report], Iterator[str]]:
        return importlib.import_module(f"replylint.output.{self._modules[name]}").render

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


#: --format NAME -> render(report) -> the report's text, piece by piece as files come
FORMATS = _Formats({
    "text": "text",
    "concise": "concise",
    "json": "json_format",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
    "html": "html_format",
})  # fmt: skip
#: Formats that can show each letter's checklist (--checklist).
CHECKLIST_FORMATS = frozenset({"text", "html"})
#: --statistics replaces the chosen format with per-rule counts: as JSON for --format json,
#: as text for every other format (as ruff does).
STATISTICS = {"text": statistics.render, "json": statistics.render_json}
