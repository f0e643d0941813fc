"""Parsing many files at once: ``parse_many`` and the per-file failure object."""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from typing import ClassVar, Dict, Iterable, Iterator, Optional, Tuple, Type, Union

from . import _cufminutes
from ._record import Record

__all__ = ["DEFAULT_TIMEOUT", "ParseFailure", "parse_many"]

#: The time budget of one file in ``parse_many`` and ``convert``, in seconds, unless
#: ``timeout`` (``--timeout``) says otherwise: far above any real minutes' parse.
DEFAULT_TIMEOUT: float = _cufminutes.DEFAULT_TIMEOUT

#: A path as ``parse_many`` accepts it.
StrPath = Union[str, "os.PathLike[str]"]

_ERRORS: Dict[str, Type[_cufminutes.Error]] = {
    "io": _cufminutes.ReadError,
    "unsupported": _cufminutes.UnsupportedFormatError,
    "encrypted": _cufminutes.PasswordProtectedError,
    "corrupt": _cufminutes.CorruptDocumentError,
    "empty": _cufminutes.EmptyDocumentError,
    "limit": _cufminutes.LimitExceededError,
    "internal": _cufminutes.InternalError,
    "timeout": _cufminutes.ParseTimeoutError,
}


@dataclass(frozen=True)
class ParseFailure:
    """A file ``parse_many`` could not parse: its ``path``, the error ``kind`` (as
    ``cufminutes.Error.kind``: "io", "unsupported", "corrupt", "timeout", ...) and the
    ``message``.

    ``ok`` is False here and True on :class:`Record`, so results can be told apart without
    ``isinstance``.
    """

    path: str
    kind: str
    message: str

    ok: ClassVar[bool] = False

    def exception(self) -> _cufminutes.Error:
        """The :class:`cufminutes.Error` subclass instance ``parse`` would have raised."""
        exc = _ERRORS.get(self.kind, _cufminutes.Error)(self.message)
        exc.path = self.path
        return exc

    def to_dict(self) -> Dict[str, object]:
        """The JSON line ``cufminutes convert`` writes for a failed input."""
        return {"source": {"path": self.path}, "error": {"kind": self.kind, "message": self.message}}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


#: One native result: (path, record JSON, None, None) or (path, None, error kind, message).
NativeResult = Tuple[str, Optional[str], Optional[str], Optional[str]]


def native_results(
    paths: Iterable[StrPath], jobs: Optional[int], timeout: Optional[float] = DEFAULT_TIMEOUT
) -> _cufminutes.ParseMany:
    """The native iterator, after checking the arguments (so errors come at the call)."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError("parse_many expects an iterable of paths, not a single path")
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        raise ValueError(f"jobs must be a positive integer or None, not {jobs!r}")
    if timeout is not None and (
        isinstance(timeout, bool)
        or not isinstance(timeout, (int, float))
        or math.isnan(timeout)
        or timeout < 0
    ):
        raise ValueError(f"timeout must be seconds (0 or more) or None, not {timeout!r}")
    budget = None if timeout is None else float(timeout)
    return _cufminutes.parse_many((os.fsdecode(p) for p in paths), jobs, budget)


def failure_of(item: NativeResult) -> ParseFailure:
    path, _, kind, message = item
    return ParseFailure(path, kind or "internal", message or "unknown error")


def result_of(item: NativeResult) -> Union[Record, ParseFailure]:
    record_json = item[1]
    return failure_of(item) if record_json is None else Record.from_json(record_json)


def parse_many(
    paths: Iterable[StrPath],
    jobs: Optional[int] = None,
    timeout: Optional[float] = DEFAULT_TIMEOUT,
) -> Iterator[Union[Record, ParseFailure]]:
    """Parses many files in parallel (Rust threads, GIL released) and yields one result per
    path, in input order: a :class:`Record`, or a :class:`ParseFailure` for a file that could
    not be parsed. A broken file never stops the run.

    ``jobs`` is the number of threads (default: the cores available). ``timeout`` is each
    file's time budget in seconds (default :data:`DEFAULT_TIMEOUT`, 60 s; ``None`` or 0: no
    budget): a file still being parsed when it runs out gives a ParseFailure of kind
    "timeout", and the files after it are not held back. Paths are read from the
    iterable and results produced as the run goes, so memory stays flat however many files
    there are: iterate over the results rather than collecting them when there are many.
    """
    results = native_results(paths, jobs, timeout)
    return (result_of(item) for item in results)
