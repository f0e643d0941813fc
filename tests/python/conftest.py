"""Shared inputs for the Python tests: the project's example minutes and small hand-made
binary files (PDF, RTF, OLE, zip) built in memory."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any, Dict, List, Sequence

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "minutes"
JAPON = EXAMPLES / "groupe-pays-japon-2023-03-14.txt"  # UTF-8
KANAZAWA = EXAMPLES / "bureau-amis-de-kanazawa-2023-02-04.txt"  # Windows-1252, CRLF

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole_bytes(*stream_names: str) -> bytes:
    """An OLE2 compound file header followed by directory entry names (UTF-16LE), which is
    what tells a legacy .doc from an encrypted OOXML package."""
    body = b"".join(name.encode("utf-16-le") + b"\0\0" for name in stream_names)
    return OLE_MAGIC + b"\0" * 504 + body + b"\0" * 512


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


#: Inputs that are not documents cufminutes reads, by what they are.
UNSUPPORTED = {
    "pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n",
    "rtf": b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Compte-rendu\\par}",
    "doc": ole_bytes("Root Entry", "WordDocument", "1Table"),
    "zip": zip_bytes({"photos/IMG_0001.jpg": b"\xff\xd8\xff\xe0 not really a jpeg"}),
}
ENCRYPTED_OOXML = ole_bytes("Root Entry", "EncryptionInfo", "EncryptedPackage")


def shared_dir() -> Path:
    """The project's shared evaluation material: ../shared beside the repository root, or
    CUFMINUTES_SHARED. Tests only read it."""
    return Path(os.environ.get("CUFMINUTES_SHARED", ROOT.parent / "shared"))


SEED_ID = "point-pays-coree-2020-09-21"
SEED_FORMATS = (".txt", ".odt", ".pandoc.docx", ".libreoffice.docx", ".word-like.docx")


def seed_dir() -> Path:
    seed = shared_dir() / "corpus" / "seed"
    if not seed.is_dir():
        pytest.skip(f"{seed} not found (set CUFMINUTES_SHARED): seed acceptance skipped")
    return seed


def record_dict(date: str, participants: List[Dict[str, Any]], sha: str = "00") -> Dict[str, Any]:
    """A minimal record as the native module writes it, with the given participants."""
    people = []
    for i, p in enumerate(participants, 1):
        person = {"id": f"p{i}", "name": "", "civility": None, "given_name": None,
                  "family_name": None, "role": None, "organization": None, "attendance": None,
                  "source": {"block": i}}
        person.update(p)
        people.append(person)
    return {
        "schema": "cufminutes/1",
        "source": {"path": None, "format": "text", "sha256": sha * 32, "encoding": "utf-8",
                   "title": None, "author": None, "created": None, "modified": None},
        "meeting": {"title": "Réunion du bureau", "date": date, "start_time": None,
                    "end_time": None, "location": None},
        "sections": [], "participants": people, "interventions": [], "decisions": [],
        "references": [], "warnings": [],
    }


def cli_command() -> List[str]:
    """The installed console script, next to this interpreter when it is in a venv."""
    here = Path(sys.executable).parent / "cufminutes"
    if here.exists():
        return [str(here)]
    found = shutil.which("cufminutes")
    if found is None:
        pytest.fail("the cufminutes console script is not installed: run `pip install .`")
    return [found]


def run_cli(args: Sequence[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*cli_command(), *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def japon() -> Path:
    return JAPON


@pytest.fixture
def kanazawa() -> Path:
    return KANAZAWA
