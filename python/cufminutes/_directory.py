"""The consolidated participant directory across meetings (built by the Rust core)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

from . import _cufminutes
from ._batch import ParseFailure
from ._record import Record

__all__ = ["ATTENDANCE_COLUMNS", "COLUMNS", "DirectoryEntry", "directory"]

#: Meetings per attendance status, in column order ("unknown": the minutes do not say).
ATTENDANCE_COLUMNS = ("present", "remote", "excused", "absent", "represented", "unknown")

#: Columns of the tabular exports (CSV, XLSX); lists are joined with " | ".
COLUMNS = (
    "name", "civility", "given_name", "family_name", "organizations", "roles", "meetings",
    "first_meeting", "last_meeting", *ATTENDANCE_COLUMNS, "documents", "spellings",
)

#: How lists are joined in a table cell.
LIST_SEPARATOR = " | "


@dataclass(frozen=True)
class DirectoryEntry:
    """One person across meetings.

    ``name`` is the most frequent spelling in the participant lists; ``spellings`` every
    spelling met (the displayed one first). ``meetings`` counts distinct meetings (copies of
    the same minutes in several formats count once), ``documents`` the files.
    """

    name: str
    civility: Optional[str] = None
    given_name: Optional[str] = None
    family_name: Optional[str] = None
    organizations: Tuple[str, ...] = ()
    roles: Tuple[str, ...] = ()
    meetings: int = 0
    documents: int = 0
    first_meeting: Optional[str] = None
    last_meeting: Optional[str] = None
    present: int = 0
    remote: int = 0
    excused: int = 0
    absent: int = 0
    represented: int = 0
    unknown: int = 0
    spellings: Tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> DirectoryEntry:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key in ("organizations", "roles", "spellings"):
            known[key] = tuple(known.get(key) or ())
        return cls(**known)

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        for key in ("organizations", "roles", "spellings"):
            out[key] = list(out[key])
        return out

    def row(self) -> List[Union[str, int, None]]:
        """The entry as a table row, in ``COLUMNS`` order."""
        out: List[Union[str, int, None]] = []
        for column in COLUMNS:
            value = getattr(self, column)
            out.append(LIST_SEPARATOR.join(value) if isinstance(value, tuple) else value)
        return out

    def __repr__(self) -> str:
        orgs = f" {self.organizations[0]!r}" if self.organizations else ""
        plural = "" if self.meetings == 1 else "s"
        return f"<DirectoryEntry {self.name!r}{orgs} {self.meetings} meeting{plural}>"


class DirectoryBuilder:
    """Adds records one at a time; ``entries()`` resolves names across them."""

    def __init__(self) -> None:
        self._native = _cufminutes.DirectoryBuilder()

    def add(self, record: Record) -> None:
        self._native.add_json(record.to_json())

    def add_json(self, record_json: str) -> None:
        self._native.add_json(record_json)

    @property
    def records(self) -> int:
        return self._native.records

    def entries(self) -> List[DirectoryEntry]:
        return [DirectoryEntry.from_dict(d) for d in json.loads(self._native.entries_json())]


def directory(records: Iterable[Union[Record, ParseFailure]]) -> List[DirectoryEntry]:
    """The consolidated directory of the people in ``records``: one entry per person after
    resolving spelling variants across documents (accents, hyphens, case, civility, word
    order), sorted by family name. Failures from :func:`parse_many` are skipped, so
    ``directory(parse_many(paths))`` works directly.
    """
    builder = DirectoryBuilder()
    for record in records:
        if isinstance(record, ParseFailure):
            continue
        if not isinstance(record, Record):
            raise TypeError(f"directory expects Record objects, not {type(record).__name__}")
        builder.add(record)
    return builder.entries()
