"""The command line's progress bar for batch builds: rich (as typer ships it), on stderr, only on a terminal.

Used by cli.py only; the library reports progress through a `progress(done, total)` callback and never prints.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import Any

Progress = Callable[[int, int], None]


def wanted(quiet: bool, stream: Any = None) -> bool:
    """A bar is drawn unless --quiet or the stream (stderr) is not a terminal (a pipe, a file, a CI log)."""
    stream = sys.stderr if stream is None else stream
    return not quiet and hasattr(stream, "isatty") and stream.isatty()


@contextlib.contextmanager
def progress_bar(enabled: bool, description: str = "Building") -> Iterator[Progress | None]:
    """A `progress(done, total)` callback drawing a bar on stderr once there is more than one article."""
    if not enabled:
        yield None
        return
    from rich.console import Console  # here, not at the top: `quizgen --help` must not pay for rich
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    # No refresh thread: batches fork worker processes, and forking a threaded process is unsafe.
    with Progress(*columns, console=Console(stderr=True), transient=True, auto_refresh=False) as bar:
        task: list[Any] = []

        def update(done: int, total: int) -> None:
            if total < 2:
                return  # one article: nothing worth a bar
            if not task:
                task.append(bar.add_task(description, total=total))
            bar.update(task[0], completed=done, refresh=True)

        yield update
