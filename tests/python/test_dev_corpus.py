"""Accuracy on the development corpus of real French minutes (../shared/corpus/dev), in
both its markdown and its DOCX form. The thresholds are the project's targets for the
aggregate over all documents; skipped with a message when ../shared is absent."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from conftest import ROOT

DEV = ROOT.parent / "shared" / "corpus" / "dev"

TARGETS = [
    ("participants", "f1", 0.90),
    ("speakers", "f1", 0.85),
    ("sections", "f1", 0.85),
    ("decisions", "f1", 0.70),
    ("meeting.date", "accuracy", 0.95),
]


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_corpus", ROOT / "benches" / "score_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.recognizer
@pytest.mark.parametrize("ext", ["md", "docx"])
def test_dev_corpus_meets_targets(ext: str) -> None:
    if not DEV.is_dir():
        pytest.skip("../shared not found: development corpus scoring skipped")
    summary = load_scorer().score(DEV, ext)["summary"]
    misses = [
        f"{metric} {key} = {summary[metric][key]} (target {target})"
        for metric, key, target in TARGETS
        if float(summary[metric][key] or 0.0) < target
    ]
    assert not misses, f".{ext}: " + "; ".join(misses)
