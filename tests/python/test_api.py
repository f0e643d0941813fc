"""The public Python API: cufminutes.parse / parse_text / text and the record classes.

Tests marked ``reader`` need the text reader's encoding detection; tests marked
``recognizer`` need recognizers that fill the record. Everything else holds for the
contract whatever the recognizers find.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import io
import json
import pickle
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import cufminutes
from cufminutes import _cufminutes

from conftest import JAPON, KANAZAWA


def without_path(record: cufminutes.Record) -> cufminutes.Record:
    return dataclasses.replace(record, source=dataclasses.replace(record.source, path=None))


# -- inputs -------------------------------------------------------------------------------


@pytest.mark.parametrize("example", [JAPON, KANAZAWA], ids=["utf8", "cp1252"])
def test_path_bytes_and_file_give_the_same_record(example: Path) -> None:
    data = example.read_bytes()
    from_str = cufminutes.parse(str(example))
    from_pathlib = cufminutes.parse(example)
    with example.open("rb") as f:
        from_file = cufminutes.parse(f)
    assert from_str == from_pathlib == from_file
    assert from_str.source.path == str(example)
    assert from_file.source.path == str(example), "a file object's name is the source path"

    in_memory = [
        cufminutes.parse(data),
        cufminutes.parse(bytearray(data)),
        cufminutes.parse(memoryview(data)),
        cufminutes.parse(io.BytesIO(data)),
    ]
    for record in in_memory:
        assert record.source.path is None
        assert record == without_path(from_str)


def test_parse_text_returns_a_text_record() -> None:
    text = JAPON.read_text(encoding="utf-8")
    record = cufminutes.parse_text(text)
    assert isinstance(record, cufminutes.Record)
    assert record.schema == cufminutes.SCHEMA == "cufminutes/1"
    assert record.source.format == "text"
    assert record.source.path is None
    assert record.source.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_parse_text_refuses_bytes() -> None:
    with pytest.raises(TypeError, match="parse"):
        cufminutes.parse_text(b"Compte-rendu")  # type: ignore[arg-type]


def test_text_mode_file_is_refused_with_a_hint() -> None:
    with JAPON.open(encoding="utf-8") as f, pytest.raises(TypeError, match="binary mode"):
        cufminutes.parse(f)  # type: ignore[arg-type]


def test_other_inputs_are_refused() -> None:
    with pytest.raises(TypeError, match="path"):
        cufminutes.parse(42)  # type: ignore[arg-type]


def test_text_from_path_and_bytes_agree() -> None:
    rendered = cufminutes.text(JAPON)
    assert isinstance(rendered, str)
    assert rendered == cufminutes.text(JAPON.read_bytes())
    with JAPON.open("rb") as f:
        assert rendered == cufminutes.text(f)


# -- source -------------------------------------------------------------------------------


@pytest.mark.parametrize("example", [JAPON, KANAZAWA], ids=["utf8", "cp1252"])
def test_source_sha256_is_the_hash_of_the_bytes(example: Path) -> None:
    expected = hashlib.sha256(example.read_bytes()).hexdigest()
    assert cufminutes.parse(example).source.sha256 == expected
    assert cufminutes.parse(example.read_bytes()).source.sha256 == expected


@pytest.mark.parametrize("example", [JAPON, KANAZAWA], ids=["utf8", "cp1252"])
def test_source_fields(example: Path) -> None:
    source = cufminutes.parse(example).source
    assert source.format == "text"
    assert source.encoding is None or isinstance(source.encoding, str)
    if source.encoding is not None:
        codecs.lookup(source.encoding)  # a name Python knows


@pytest.mark.reader
@pytest.mark.parametrize(
    ("example", "encoding"), [(JAPON, "utf-8"), (KANAZAWA, "windows-1252")], ids=["utf8", "cp1252"]
)
def test_source_encoding_is_detected(example: Path, encoding: str) -> None:
    source = cufminutes.parse(example).source
    assert source.encoding is not None
    assert codecs.lookup(source.encoding).name == codecs.lookup(encoding).name
    # The detected encoding decodes the file: Python and the reader agree on the bytes.
    example.read_bytes().decode(source.encoding)


@pytest.mark.reader
def test_windows_1252_text_is_decoded() -> None:
    assert "Présents" in cufminutes.text(KANAZAWA)
    assert "4 870 €" in cufminutes.text(KANAZAWA)


# -- record classes -------------------------------------------------------------------------


def test_record_shape() -> None:
    record = cufminutes.parse(JAPON)
    assert record.schema == "cufminutes/1"
    assert isinstance(record.source, cufminutes.Source)
    assert isinstance(record.meeting, cufminutes.Meeting)
    for name, cls in [
        ("sections", cufminutes.Section),
        ("participants", cufminutes.Participant),
        ("interventions", cufminutes.Intervention),
        ("decisions", cufminutes.Decision),
        ("references", cufminutes.Reference),
        ("warnings", cufminutes.ParseWarning),
    ]:
        items = getattr(record, name)
        assert isinstance(items, tuple), f"{name} is a tuple (immutable)"
        assert all(isinstance(item, cls) for item in items)


def test_records_are_frozen() -> None:
    record = cufminutes.parse(JAPON)
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.schema = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.meeting.date = "2023-03-15"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        record.sections.append(None)  # type: ignore[attr-defined]


def test_to_dict_is_exactly_the_native_json() -> None:
    native = json.loads(_cufminutes.parse_path(str(JAPON)))
    record = cufminutes.parse(JAPON)
    assert record.to_dict() == native
    assert list(record.to_dict()) == list(native), "keys keep the JSON order"


def test_to_json_round_trips() -> None:
    record = cufminutes.parse(JAPON)
    assert json.loads(record.to_json()) == record.to_dict()
    assert cufminutes.Record.from_json(record.to_json(indent=2)) == record
    assert "\n" in record.to_json(indent=2) and "\n" not in record.to_json()


def test_to_json_keeps_accents() -> None:
    record = cufminutes.Record.from_dict(
        {**cufminutes.parse_text("x").to_dict(), "meeting": {"title": "Réunion du bureau"}}
    )
    assert "Réunion" in record.to_json()


def full_record_dict() -> dict[str, Any]:
    """A record with one item of every kind, as the native module writes it."""
    span = {"block": 3, "lines": [7, 9]}
    return {
        "schema": "cufminutes/1",
        "source": {
            "path": "cr.txt", "format": "text", "sha256": "00" * 32, "encoding": "utf-8",
            "title": None, "author": None, "created": None, "modified": None,
        },
        "meeting": {
            "title": "Compte-rendu de la réunion du groupe-pays Japon", "date": "2023-03-14",
            "start_time": "10:00", "end_time": "12:30", "location": "Paris",
        },
        "sections": [{"id": "s1", "number": "1", "title": "Introduction", "level": 1,
                      "source": {"block": 2}}],
        "participants": [{
            "id": "p1", "name": "Bastien Fournier", "civility": "M.", "given_name": "Bastien",
            "family_name": "Fournier", "role": "adjoint au maire",
            "organization": "Mairie de Valmont-sur-Loire", "attendance": "present",
            "source": {"block": 40, "lines": [60, 60], "cell": [1, 2]},
        }],
        "interventions": [{
            "id": "i1", "section": "s1",
            "speaker": {"name": "Bastien Fournier", "kind": "person", "participant": "p1",
                        "role": None, "organization": None},
            "text": "Le jumelage fêtera ses vingt ans.", "source": span,
        }],
        "decisions": [
            {"id": "d1", "kind": "decision", "text": "Le budget est adopté.", "owner": None,
             "due": None, "section": "s1",
             "vote": {"unanimous": False, "for": 4, "against": 0, "abstentions": 1},
             "source": span},
            {"id": "d2", "kind": "deferral", "text": "Sera repris en 2024.", "owner": None,
             "due": "2024", "section": None, "source": span},
        ],
        "references": [{"url": "https://example.org/", "label": None, "source": span}],
        "warnings": [{"code": "speaker.unresolved", "message": "Inès Carrel ?", "source": None}],
    }


def test_every_class_round_trips_its_dict() -> None:
    data = full_record_dict()
    record = cufminutes.Record.from_dict(data)
    assert record.to_dict() == data
    assert record.participants[0].source is not None
    assert record.participants[0].source.cell == (1, 2)
    assert record.interventions[0].speaker.participant == "p1"
    vote = record.decisions[0].vote
    assert vote is not None and vote.for_ == 4 and vote.abstentions == 1
    assert "for" in record.to_dict()["decisions"][0]["vote"]
    assert "vote" not in record.to_dict()["decisions"][1], "absent in JSON, absent in to_dict"
    assert "lines" not in record.to_dict()["sections"][0]["source"]


def test_unknown_keys_are_kept() -> None:
    """A record written by a newer cufminutes keeps its new keys through to_dict()."""
    data = full_record_dict()
    data["summary"] = {"topics": ["jumelage"]}
    data["meeting"]["format"] = "hybride"
    data["participants"][0]["email"] = None
    record = cufminutes.Record.from_dict(data)
    assert record.to_dict() == data
    assert record != cufminutes.Record.from_dict(full_record_dict())


def test_missing_optional_keys_default_to_none() -> None:
    data = full_record_dict()
    del data["source"]["title"], data["meeting"]["location"]
    record = cufminutes.Record.from_dict(data)
    assert record.source.title is None and record.meeting.location is None


def test_equality_hash_and_pickle() -> None:
    record = cufminutes.Record.from_dict(full_record_dict())
    again = cufminutes.Record.from_dict(full_record_dict())
    assert record == again and hash(record) == hash(again)
    assert pickle.loads(pickle.dumps(record)) == record
    assert record != cufminutes.parse_text("autre")


def test_repr_is_compact_and_useful() -> None:
    record = cufminutes.Record.from_dict(full_record_dict())
    text = repr(record)
    assert text.startswith("<Record 2023-03-14 'Compte-rendu de la réunion")
    assert "1 participant, 1 intervention, 2 decisions>" in text
    assert len(text) < 120
    assert repr(record.participants[0]).startswith("<Participant p1 'Bastien Fournier'")
    assert "(present)" in repr(record.participants[0])
    assert repr(record.decisions[0]) == "<Decision d1 decision: 'Le budget est adopté.'>"
    assert "…" in repr(dataclasses.replace(record.decisions[0], text="mot " * 30))
    assert repr(cufminutes.parse_text("x")).startswith("<Record ")


# -- threads ------------------------------------------------------------------------------


def test_parsing_in_threads() -> None:
    """The native calls release the GIL; many threads parsing at once give the same records."""
    data = [JAPON.read_bytes(), KANAZAWA.read_bytes()] * 20
    expected = [cufminutes.parse(d) for d in data[:2]]
    with ThreadPoolExecutor(max_workers=8) as pool:
        records = list(pool.map(cufminutes.parse, data))
        texts = list(pool.map(cufminutes.text, data))
    assert records == expected * 20
    assert texts == [cufminutes.text(d) for d in data[:2]] * 20


# -- recognizers (content: fails until the recognizers land) -----------------------------


@pytest.mark.recognizer
def test_example_meeting_header_is_recognized() -> None:
    meeting = cufminutes.parse(JAPON).meeting
    assert meeting.date == "2023-03-14"
    assert (meeting.start_time, meeting.end_time) == ("10:00", "12:30")
    assert meeting.title is not None and "groupe-pays Japon" in meeting.title
    assert cufminutes.parse(KANAZAWA).meeting.date == "2023-02-04"
