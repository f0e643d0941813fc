"""Native core of cufminutes (Rust). Records are returned as JSON text; the public API in
``cufminutes`` turns them into frozen classes."""

from os import PathLike
from typing import Any, ClassVar, Iterable, Iterator, Optional, Tuple, Union, final

__all__ = [
    "__version__",
    "SCHEMA",
    "DEFAULT_TIMEOUT",
    "parse_path",
    "parse_bytes",
    "parse_text",
    "text_path",
    "text_bytes",
    "parse_many",
    "ParseMany",
    "DirectoryBuilder",
    "Error",
    "UnsupportedFormatError",
    "PasswordProtectedError",
    "CorruptDocumentError",
    "EmptyDocumentError",
    "LimitExceededError",
    "InternalError",
    "ReadError",
    "ParseTimeoutError",
]

__version__: str
SCHEMA: str
DEFAULT_TIMEOUT: float

def parse_path(path: Union[str, PathLike[str]]) -> str: ...
def parse_bytes(data: bytes, path: Optional[str] = None) -> str: ...
def parse_text(text: str) -> str: ...
def text_path(path: Union[str, PathLike[str]]) -> str: ...
def text_bytes(data: bytes, path: Optional[str] = None) -> str: ...
def parse_many(
    paths: Iterable[Any], jobs: Optional[int] = None, timeout: Optional[float] = ...
) -> ParseMany: ...

@final
class ParseMany(Iterator[Tuple[str, Optional[str], Optional[str], Optional[str]]]):
    """Results of ``parse_many`` in input order: ``(path, record_json, None, None)`` or
    ``(path, None, error_kind, message)``."""

    def __iter__(self) -> ParseMany: ...
    def __next__(self) -> Tuple[str, Optional[str], Optional[str], Optional[str]]: ...
    @property
    def jobs(self) -> int: ...

@final
class DirectoryBuilder:
    """Builds the consolidated participant directory from records given as JSON."""

    def __init__(self) -> None: ...
    def add_json(self, record: str) -> None: ...
    @property
    def records(self) -> int: ...
    def entries_json(self) -> str: ...

class Error(Exception):
    """Base class of every error cufminutes raises while reading a document."""

    #: Stable short name of the error kind ("io", "unsupported", ...); None on the base class.
    kind: ClassVar[Optional[str]]
    #: The input the error is about, as given (a path, "<bytes>" or "<stdin>").
    path: str

class UnsupportedFormatError(Error):
    kind: ClassVar[Optional[str]]

class PasswordProtectedError(Error):
    kind: ClassVar[Optional[str]]

class CorruptDocumentError(Error):
    kind: ClassVar[Optional[str]]

class EmptyDocumentError(Error):
    kind: ClassVar[Optional[str]]

class LimitExceededError(Error):
    kind: ClassVar[Optional[str]]

class InternalError(Error):
    """The parser failed unexpectedly on this document (a bug in cufminutes)."""

    kind: ClassVar[Optional[str]]

class ReadError(Error, OSError):
    """The file could not be opened or read; also an OSError (``errno`` set when known)."""

    kind: ClassVar[Optional[str]]

class ParseTimeoutError(Error, TimeoutError):
    """The file was still being parsed when its time budget ran out (batch runs only:
    ``parse_many``, ``convert``, ``participants``); also a TimeoutError."""

    kind: ClassVar[Optional[str]]
