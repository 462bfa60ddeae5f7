"""The worker pool of a run: chunks of files linted in other processes, or in this one.

A worker that crashes or is killed loses only the chunks it had: they are linted again
in this process, one file at a time if need be, and later chunks get new workers.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from replylint import startup
from replylint.config import Config
from replylint.engine import Input, Options, lint, linter
from replylint.errors import ConfigError
from replylint.findings import FileResult

if TYPE_CHECKING:  # concurrent.futures is imported only when workers start
    from concurrent.futures import Future

#: Files per batch sent to a worker; small enough to keep both cores busy to the end.
CHUNK = 25


@dataclass(slots=True)
class Chunk:
    """Files that share a configuration, on their way through the cache or a worker."""

    config: Config
    options: Options
    items: list[Input]
    #: Each file's result, from the cache or once linted (None until then).
    results: list[FileResult | None]
    future: Future | None = None
    sent: bool = False

    @property
    def todo(self) -> list[Input]:
        """Return the files the cache had no result for."""
        return [i for i, r in zip(self.items, self.results, strict=True) if r is None]


class Workers:
    """Lint chunks in worker processes (or in this one), surviving a worker that dies."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._pool = None

    def send(self, chunks: list[Chunk]) -> None:
        """Start linting complete chunks; workers start once two are waiting (or never)."""
        if self.jobs <= 1 or not chunks:
            return
        # NOTE: a worker costs a pipeline load; a run of one chunk is quicker here
        if self._pool is None and len(chunks) < 2:
            return
        for chunk in chunks:
            chunk.sent = True
            if chunk.todo:
                chunk.future = self._start(chunk.options).submit(_lint_chunk, chunk.options,
                                                                 chunk.todo)  # fmt: skip

    def ready(self, chunk: Chunk, queued: int) -> bool:
        """Return True when the oldest chunk should be handed on now."""
        if not chunk.todo or self.jobs <= 1:
            return True
        # keep every worker busy: wait for the oldest only when far enough ahead
        return chunk.future is not None and (chunk.future.done() or queued > 2 * self.jobs + 1)

    def results(self, chunk: Chunk) -> list[FileResult]:
        """Return the fresh results of a chunk's uncached files, in order."""
        if chunk.future is not None:
            from concurrent.futures.process import BrokenProcessPool

            try:
                return chunk.future.result()
            except BrokenProcessPool:
                # NOTE: a worker that crashed or was killed loses only the chunks it had:
                # their files are linted again here, and later chunks get new workers
                if self._pool is not None:
                    self._pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = None
            except Exception:  # retried one by one below
                pass
        elif chunk.todo:
            try:
                return lint(chunk.todo, chunk.options)
            except ConfigError:
                raise
            except Exception:  # retried one by one below
                pass
        return [result for item in chunk.todo for result in _lint_alone(item, chunk.options)]

    def _start(self, options: Options):
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = None
            if "fork" in multiprocessing.get_all_start_methods():
                # NOTE: workers forked from a process that has built the linter start with
                # spaCy imported and the pipeline and rules loaded, instead of each paying
                # a second for that; an error building it is the workers' to report
                with contextlib.suppress(Exception):
                    linter(options)
                context = multiprocessing.get_context("fork")
            startup.settle()  # workers must not inherit a held collector
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _lint_chunk(options: Options, items: list[Input]) -> list[FileResult]:
    """Lint a chunk in a worker (its pipeline is built once per process and options)."""
    return lint(items, options)


def _lint_alone(item: Input, options: Options) -> list[FileResult]:
    """Lint one file here; a crash becomes that file's error, never the run's."""
    try:
        return lint([item], options)
    except ConfigError:
        raise
    except Exception as exc:  # one letter must not lose the run
        return [
            FileResult(
                item.path,
                error=f"internal error while checking this letter "
                f"({type(exc).__name__}: {exc}); please report it",
            )
        ]
