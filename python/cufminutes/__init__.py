"""Read French meeting minutes (comptes-rendus) into structured meeting records.

>>> import cufminutes
>>> record = cufminutes.parse("examples/minutes/groupe-pays-japon-2023-03-14.txt")  # doctest: +SKIP
>>> record.meeting.date  # doctest: +SKIP
'2023-03-14'

``parse`` takes a path, bytes or a binary file object; ``parse_text`` takes the text itself;
``text`` gives the plain-text rendering of a document; ``parse_many`` parses many files in
parallel; ``directory`` consolidates participants across meetings; ``to_frames`` gives pandas
DataFrames. Every error raised while reading a document is a subclass of
:class:`cufminutes.Error`.
"""

from __future__ import annotations

import os
from typing import IO, Union

from . import _cufminutes
from ._cufminutes import (
    CorruptDocumentError,
    EmptyDocumentError,
    Error,
    InternalError,
    LimitExceededError,
    ParseTimeoutError,
    PasswordProtectedError,
    ReadError,
    UnsupportedFormatError,
    __version__,
)
from ._batch import DEFAULT_TIMEOUT, ParseFailure, parse_many
from ._directory import DirectoryEntry, directory
from ._notebook import Frames, to_frames
from ._record import (
    Decision,
    Intervention,
    Meeting,
    ParseWarning,
    Participant,
    Record,
    Reference,
    Section,
    Source,
    SourceSpan,
    Speaker,
    Vote,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "SCHEMA",
    "CorruptDocumentError",
    "Decision",
    "DirectoryEntry",
    "EmptyDocumentError",
    "Error",
    "Frames",
    "InternalError",
    "Intervention",
    "LimitExceededError",
    "Meeting",
    "ParseFailure",
    "ParseTimeoutError",
    "ParseWarning",
    "Participant",
    "PasswordProtectedError",
    "ReadError",
    "Record",
    "Reference",
    "Section",
    "Source",
    "SourceSpan",
    "Speaker",
    "UnsupportedFormatError",
    "Vote",
    "__version__",
    "directory",
    "parse",
    "parse_many",
    "parse_text",
    "text",
    "to_frames",
]

#: Schema identifier written in every record.
SCHEMA: str = _cufminutes.SCHEMA

#: What ``parse`` and ``text`` accept: a path, the document's bytes, or a binary file object.
Input = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, IO[bytes]]


def _read_source(source: object) -> tuple[bytes, str | None]:
    """The bytes and display name of an in-memory or file-like source."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), None
    read = getattr(source, "read", None)
    if callable(read):
        data = read()
        if isinstance(data, str):
            raise TypeError("cufminutes reads bytes: open the file in binary mode ('rb')")
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"read() returned {type(data).__name__}, expected bytes")
        name = getattr(source, "name", None)
        return bytes(data), name if isinstance(name, str) else None
    raise TypeError(
        "expected a path (str or os.PathLike), bytes or a binary file object, "
        f"not {type(source).__name__}"
    )


def parse(source: Input) -> Record:
    """Parses a document (DOCX, ODT or text, sniffed from its bytes) into a :class:`Record`.

    ``source`` is a path (``str`` or ``os.PathLike``), the document's bytes (``bytes``,
    ``bytearray``, ``memoryview``) or a binary file object, whose ``name`` is kept as the
    record's ``source.path`` when it has one. Raises a :class:`cufminutes.Error` subclass when
    the document cannot be read (:class:`ReadError`, which is also an ``OSError``, when the
    file cannot be opened).
    """
    if isinstance(source, (str, os.PathLike)):
        return Record.from_json(_cufminutes.parse_path(os.fsdecode(source)))
    data, name = _read_source(source)
    return Record.from_json(_cufminutes.parse_bytes(data, name))


def parse_text(text: str) -> Record:
    """Parses minutes given as text (plain or light markdown) into a :class:`Record`."""
    if not isinstance(text, str):
        raise TypeError(f"parse_text expects str, not {type(text).__name__}; use parse() for bytes")
    return Record.from_json(_cufminutes.parse_text(text))


def text(source: Input) -> str:
    """The document as plain text: one paragraph a line, list items as "- " indented two
    spaces per level, table cells separated by tabs. Accepts what :func:`parse` accepts."""
    if isinstance(source, (str, os.PathLike)):
        return _cufminutes.text_path(os.fsdecode(source))
    data, name = _read_source(source)
    return _cufminutes.text_bytes(data, name)
