"""Accuracy on the development corpora of real and CUF-genre French minutes (corpus/dev and
corpus/dev2 of the shared material), each in its text and its DOCX form. The thresholds are
floors under the figures the recognizers reach today, per corpus, so that a change that
loses accuracy fails here; the project's targets are in the README. Skipped with a message
when the shared material is absent."""

from __future__ import annotations

import importlib.util
import os
import sys
import unicodedata
from pathlib import Path
from types import ModuleType

import pytest

import cufminutes
from conftest import ROOT

SHARED = Path(os.environ.get("CUFMINUTES_SHARED", ROOT.parent / "shared"))

# (metric, figure, floor) per corpus.
FLOORS: dict[str, list[tuple[str, str, float]]] = {
    "dev": [
        ("participants", "f1", 0.90),
        ("speakers", "f1", 0.85),
        ("sections", "f1", 0.90),
        ("decisions", "f1", 0.80),
        ("meeting.date", "accuracy", 1.0),
        ("meeting.title", "accuracy", 0.90),
        ("meeting.location", "accuracy", 0.80),
        ("participants.attendance", "accuracy", 0.95),
        ("participants.organization", "accuracy", 0.85),
        ("participants.role", "accuracy", 0.85),
        ("meeting.start_time", "accuracy", 0.95),
        ("meeting.end_time", "accuracy", 0.95),
    ],
    "dev2": [
        ("participants", "f1", 0.90),
        ("speakers", "f1", 0.85),
        ("participants.organization", "accuracy", 0.95),
        ("participants.role", "accuracy", 0.94),
        ("participants.attendance", "accuracy", 0.95),
        ("sections", "f1", 0.90),
        ("decisions", "f1", 0.80),
        ("meeting.date", "accuracy", 1.0),
        ("meeting.title", "accuracy", 0.90),
        ("meeting.location", "accuracy", 0.80),
        ("meeting.start_time", "accuracy", 0.95),
        ("meeting.end_time", "accuracy", 0.95),
    ],
}


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_corpus", ROOT / "benches" / "score_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.recognizer
@pytest.mark.parametrize("corpus", sorted(FLOORS))
@pytest.mark.parametrize("ext", ["text", "docx"])
def test_dev_corpus_meets_floors(corpus: str, ext: str) -> None:
    folder = SHARED / "corpus" / corpus
    if not folder.is_dir():
        pytest.skip(f"{folder} not found (set CUFMINUTES_SHARED): {corpus} scoring skipped")
    summary = load_scorer().score(folder, ext)["summary"]
    misses = [
        f"{metric} {key} = {summary[metric][key]} (floor {floor})"
        for metric, key, floor in FLOORS[corpus]
        if float(summary[metric][key] or 0.0) < floor
    ]
    assert not misses, f"{corpus} .{ext}: " + "; ".join(misses)


# Share of people identical (name, role, organisation, attendance) between the text and the
# DOCX form of the same minutes, over every pair of both corpora.
PARITY_FLOOR = 0.98


def _fold(text: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", (text or "").lower())
    kept = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.split())


def _people(path: Path) -> list[tuple[str, str, str, str]]:
    record = cufminutes.parse(path)
    return [
        (" ".join(sorted(_fold(p.name).split())), _fold(p.role), _fold(p.organization), str(p.attendance))
        for p in record.participants
    ]


@pytest.mark.recognizer
def test_text_and_docx_forms_give_the_same_people() -> None:
    corpora = [SHARED / "corpus" / c for c in sorted(FLOORS)]
    if not all(c.is_dir() for c in corpora):
        pytest.skip(f"{SHARED / 'corpus'} not found (set CUFMINUTES_SHARED): parity skipped")
    same = total = 0
    for folder in corpora:
        for docx in sorted(folder.glob("*.docx")):
            text = next((docx.with_suffix(s) for s in (".md", ".txt") if docx.with_suffix(s).exists()), None)
            if text is None:
                continue
            a, b = _people(text), _people(docx)
            same += sum(1 for p in a if p in b)
            total += max(len(a), len(b))
    assert total > 0, "no document in both forms"
    assert same / total >= PARITY_FLOOR, f"{same}/{total} people identical"
