"""Output plumbing for the batch commands: atomic files, the progress line, the summary."""

from __future__ import annotations

import os
import sys
import time
from types import TracebackType
from typing import IO, Optional, Type

__all__ = ["AtomicOutput", "OutputError", "Progress"]

#: The name that stands for standard output.
STDOUT = "-"


class OutputError(Exception):
    """The output file cannot be written; the message names it."""


class AtomicOutput:
    """A file that appears at ``path`` only once complete: written to a temporary file in
    the same folder, then renamed over ``path``. On error the temporary file is removed and
    an existing ``path`` is left untouched. ``-`` writes to standard output."""

    def __init__(self, path: str, binary: bool = False) -> None:
        self.path = path
        self.binary = binary
        self.tmp: Optional[str] = None
        self.file: Optional[IO[str]] = None

    @property
    def is_stdout(self) -> bool:
        return self.path == STDOUT

    def temporary_path(self) -> str:
        """A fresh temporary name beside the target (for writers that open files by name)."""
        folder, name = os.path.split(os.path.abspath(self.path))
        self.tmp = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
        return self.tmp

    def __enter__(self) -> AtomicOutput:
        if not self.is_stdout and not self.binary:
            try:
                self.file = open(self.temporary_path(), "w", encoding="utf-8", newline="")
            except OSError as e:
                raise OutputError(f"{self.path}: cannot write: {e.strerror or e}") from None
        return self

    def write(self, text: str) -> None:
        """Writes UTF-8 text whatever the locale."""
        if self.is_stdout:
            sys.stdout.buffer.write(text.encode("utf-8"))
            return
        assert self.file is not None, "binary outputs are written by name"
        self.file.write(text)

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        try:
            if self.is_stdout:
                sys.stdout.buffer.flush()
            if self.file is not None:
                self.file.close()
        finally:
            if self.tmp is not None:
                if exc_type is None:
                    try:
                        os.replace(self.tmp, self.path)
                    except OSError as e:
                        os.remove(self.tmp)
                        raise OutputError(f"{self.path}: cannot write: {e.strerror or e}") from None
                elif os.path.exists(self.tmp):
                    os.remove(self.tmp)


class Progress:
    """A one-line progress display on stderr, shown only when stderr is a terminal."""

    #: Seconds between redraws.
    EVERY = 0.1

    def __init__(self, total: int, enabled: Optional[bool] = None) -> None:
        self.total = total
        self.start = time.monotonic()
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.last = 0.0
        self.shown = False

    def elapsed(self) -> float:
        return time.monotonic() - self.start

    def update(self, done: int, failed: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < self.EVERY and done < self.total:
            return
        self.last = now
        width = 30
        filled = width * done // self.total if self.total else width
        bar = "#" * filled + "-" * (width - filled)
        rate = done / max(now - self.start, 1e-9)
        sys.stderr.write(
            f"\r[{bar}] {done}/{self.total} ({failed} failed) {rate:.0f} files/s\x1b[K"
        )
        sys.stderr.flush()
        self.shown = True

    def clear(self) -> None:
        """Erases the progress line so that other messages start on a clean line."""
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.shown = False
