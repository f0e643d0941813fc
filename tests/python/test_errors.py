"""Errors: each failure kind is its own cufminutes.Error subclass, with a message that names
the input and says what is wrong."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

import cufminutes

from conftest import ENCRYPTED_OOXML, UNSUPPORTED, zip_bytes

SUBCLASSES = {
    cufminutes.ReadError: "io",
    cufminutes.UnsupportedFormatError: "unsupported",
    cufminutes.PasswordProtectedError: "encrypted",
    cufminutes.EmptyDocumentError: "empty",
    cufminutes.CorruptDocumentError: "corrupt",
    cufminutes.LimitExceededError: "limit",
    cufminutes.InternalError: "internal",
    cufminutes.ParseTimeoutError: "timeout",
}


def test_hierarchy_and_kinds() -> None:
    assert issubclass(cufminutes.Error, Exception)
    assert cufminutes.Error.kind is None
    for cls, kind in SUBCLASSES.items():
        assert issubclass(cls, cufminutes.Error)
        assert cls.kind == kind
        assert cls.__module__ == "cufminutes"
        assert cls.__doc__
    assert issubclass(cufminutes.ReadError, OSError), "caught by `except OSError` like open()"
    assert issubclass(cufminutes.ParseTimeoutError, TimeoutError)


def test_missing_file_is_a_read_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "compte-rendu-introuvable.docx"
    with pytest.raises(cufminutes.ReadError) as info:
        cufminutes.parse(missing)
    e = info.value
    assert str(missing) in str(e)
    assert e.path == str(missing)
    assert e.kind == "io"
    assert e.errno == errno.ENOENT
    assert isinstance(e, OSError) and isinstance(e, cufminutes.Error)
    with pytest.raises(cufminutes.ReadError):
        cufminutes.text(missing)


def test_directory_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(cufminutes.ReadError, match="cannot read"):
        cufminutes.parse(tmp_path)


@pytest.mark.parametrize("what", sorted(UNSUPPORTED))
def test_unsupported_formats(tmp_path: Path, what: str) -> None:
    path = tmp_path / f"annexe.{what}"
    path.write_bytes(UNSUPPORTED[what])
    with pytest.raises(cufminutes.UnsupportedFormatError) as info:
        cufminutes.parse(path)
    assert str(path) in str(info.value) and "unsupported" in str(info.value)
    assert info.value.kind == "unsupported"
    with pytest.raises(cufminutes.UnsupportedFormatError):
        cufminutes.parse(UNSUPPORTED[what])
    with pytest.raises(cufminutes.UnsupportedFormatError):
        cufminutes.text(path)


def test_pdf_message_says_what_it_is() -> None:
    with pytest.raises(cufminutes.Error, match="PDF"):
        cufminutes.parse(UNSUPPORTED["pdf"])


def test_encrypted_office_file(tmp_path: Path) -> None:
    path = tmp_path / "protege.docx"
    path.write_bytes(ENCRYPTED_OOXML)
    with pytest.raises(cufminutes.PasswordProtectedError) as info:
        cufminutes.parse(path)
    assert str(path) in str(info.value) and "password" in str(info.value)
    assert info.value.kind == "encrypted"


def test_broken_zip_is_corrupt() -> None:
    truncated = zip_bytes({"word/document.xml": b"<w:document/>" * 100})[:60]
    with pytest.raises(cufminutes.CorruptDocumentError) as info:
        cufminutes.parse(truncated)
    assert info.value.kind == "corrupt"
    assert "<bytes>" in str(info.value)


def test_bytes_errors_name_the_given_path() -> None:
    with pytest.raises(cufminutes.Error, match="^annexe.pdf: "):
        cufminutes._cufminutes.parse_bytes(UNSUPPORTED["pdf"], "annexe.pdf")


def test_everything_is_caught_by_the_base_class(tmp_path: Path) -> None:
    inputs: list[object] = [tmp_path / "absent.txt", ENCRYPTED_OOXML, *UNSUPPORTED.values()]
    for source in inputs:
        with pytest.raises(cufminutes.Error) as info:
            cufminutes.parse(source)  # type: ignore[arg-type]
        assert str(info.value), "messages are never empty"


@pytest.mark.reader
@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n"], ids=["empty", "blank"])
def test_empty_document(data: bytes) -> None:
    with pytest.raises(cufminutes.EmptyDocumentError) as info:
        cufminutes.parse(data)
    assert info.value.kind == "empty"
