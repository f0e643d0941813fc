"""Native core of cufminutes (Rust). Records are returned as JSON text; the public API in
``cufminutes`` turns them into frozen classes."""

from os import PathLike
from typing import ClassVar, Optional, Union

__all__ = [
    "__version__",
    "SCHEMA",
    "parse_path",
    "parse_bytes",
    "parse_text",
    "text_path",
    "text_bytes",
    "Error",
    "UnsupportedFormatError",
    "PasswordProtectedError",
    "CorruptDocumentError",
    "EmptyDocumentError",
    "LimitExceededError",
    "InternalError",
    "ReadError",
]

__version__: str
SCHEMA: str

def parse_path(path: Union[str, PathLike[str]]) -> str: ...
def parse_bytes(data: bytes, path: Optional[str] = None) -> str: ...
def parse_text(text: str) -> str: ...
def text_path(path: Union[str, PathLike[str]]) -> str: ...
def text_bytes(data: bytes, path: Optional[str] = None) -> str: ...

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
