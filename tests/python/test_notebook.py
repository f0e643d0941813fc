"""Notebook ergonomics: pickling, HTML summary, pandas DataFrames."""

from __future__ import annotations

import dataclasses
import pickle
import sys
from typing import Any

import pytest

import cufminutes

from conftest import EXAMPLES, JAPON, KANAZAWA, record_dict


@pytest.mark.parametrize("example", [JAPON, KANAZAWA], ids=["utf8", "cp1252"])
def test_pickle_round_trip(example: Any) -> None:
    record = cufminutes.parse(example)
    again = pickle.loads(pickle.dumps(record))
    assert again == record and type(again) is cufminutes.Record
    assert again.to_dict() == record.to_dict()
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(record, protocol=protocol)) == record


def test_pickle_of_batch_results() -> None:
    results = list(cufminutes.parse_many([JAPON, "absent.docx"]))
    assert pickle.loads(pickle.dumps(results)) == results
    entries = cufminutes.directory(results)
    assert pickle.loads(pickle.dumps(entries)) == entries


def test_parse_bytes_equals_parse_path() -> None:
    for example in (JAPON, KANAZAWA):
        from_path = cufminutes.parse(example)
        from_bytes = cufminutes.parse(example.read_bytes())
        assert from_bytes == dataclasses.replace(
            from_path, source=dataclasses.replace(from_path.source, path=None)
        )


def test_repr_html_is_a_compact_escaped_summary() -> None:
    data = record_dict("2023-03-14", [
        {"name": "Jeanne <b>Martin</b>", "role": "trésorière & co", "attendance": "present"},
    ])
    data["meeting"]["title"] = "Réunion <script>alert(1)</script>"
    data["decisions"] = [{"id": "d1", "kind": "decision", "text": "Budget < 10 k€ adopté",
                          "owner": None, "due": None, "section": None, "source": {"block": 1}}]
    html = cufminutes.Record.from_dict(data)._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Jeanne &lt;b&gt;Martin&lt;/b&gt;" in html and "trésorière &amp; co" in html
    assert "Budget &lt; 10 k€ adopté" in html
    assert "2023-03-14" in html and "<table>" in html
    real = cufminutes.parse(JAPON)._repr_html_()
    assert real.count("<tr>") == len(cufminutes.parse(JAPON).participants) + 1


def test_to_frames_rows_match_the_records() -> None:
    pytest.importorskip("pandas")
    records = [cufminutes.parse(p) for p in sorted(EXAMPLES.glob("*.txt"))]
    frames = cufminutes.to_frames(records)
    assert len(frames.participants) == sum(len(r.participants) for r in records)
    assert len(frames.interventions) == sum(len(r.interventions) for r in records)
    assert len(frames.decisions) == sum(len(r.decisions) for r in records)
    participants, interventions, decisions = frames
    assert list(participants["name"]) == [p.name for r in records for p in r.participants]
    assert set(participants["source_path"]) == {r.source.path for r in records}
    assert "speaker" in interventions.columns and "kind" in decisions.columns


def test_to_frames_skips_failures_and_keeps_columns_when_empty() -> None:
    pytest.importorskip("pandas")
    frames = cufminutes.to_frames(cufminutes.parse_many(["absent.docx"]))
    assert len(frames.participants) == 0
    assert "attendance" in frames.participants.columns


def test_participants_frame() -> None:
    pytest.importorskip("pandas")
    record = cufminutes.parse(JAPON)
    frame = record.participants_frame()
    assert len(frame) == len(record.participants)
    assert list(frame.columns) == list(cufminutes.to_frames([record]).participants.columns)


def test_missing_pandas_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"cufminutes\[pandas\]"):
        cufminutes.parse(JAPON).participants_frame()
