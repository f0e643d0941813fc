"""Input collection, progress line and atomic output of the batch commands."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cufminutes import _inputs
from cufminutes._output import AtomicOutput, OutputError, Progress


def make_tree(root: Path) -> None:
    for name in ("a.docx", "b.ODT", "c.txt", "d.md", "e.docm", "f.dotx", "g.pdf", "h.doc",
                 "sub/i.docx", "sub/deeper/j.txt", "sub/k.jpg", "~$a.docx"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def test_folders_are_walked_recursively_in_order(tmp_path: Path) -> None:
    make_tree(tmp_path)
    inputs = _inputs.collect([str(tmp_path)])
    names = [os.path.relpath(f, tmp_path) for f in inputs.files]
    assert names == ["a.docx", "b.ODT", "c.txt", "d.md", "e.docm", "f.dotx",
                     os.path.join("sub", "i.docx"), os.path.join("sub", "deeper", "j.txt")]
    assert inputs.skipped == 4, "g.pdf, h.doc, k.jpg and the ~$ lock file"


def test_patterns_files_and_duplicates(tmp_path: Path) -> None:
    make_tree(tmp_path)
    inputs = _inputs.collect([str(tmp_path / "*.docx"), str(tmp_path / "a.docx"),
                              str(tmp_path / "**" / "*.txt"), str(tmp_path / "g.pdf")])
    names = [os.path.relpath(f, tmp_path) for f in inputs.files]
    assert names == ["a.docx", "c.txt", os.path.join("sub", "deeper", "j.txt")]
    assert inputs.skipped == 2, "the ~$ lock file matched by the pattern, and g.pdf"


def test_missing_inputs_are_kept_for_their_error_line(tmp_path: Path) -> None:
    inputs = _inputs.collect([str(tmp_path / "absent.docx"), str(tmp_path / "*.odt")])
    assert inputs.files == [str(tmp_path / "absent.docx"), str(tmp_path / "*.odt")]


def test_progress_line(capsys: pytest.CaptureFixture[str]) -> None:
    progress = Progress(4, enabled=True)
    for done in range(1, 5):
        progress.update(done, failed=1)
    progress.clear()
    err = capsys.readouterr().err
    assert err.startswith("\r[") and "4/4 (1 failed)" in err and err.endswith("\r\x1b[K")
    quiet = Progress(4, enabled=False)
    quiet.update(4, 0)
    quiet.clear()
    assert capsys.readouterr().err == ""


def test_atomic_output(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with AtomicOutput(str(target)) as out:
        out.write("é\n")
        assert not target.exists()
    assert target.read_bytes() == "é\n".encode("utf-8")
    with pytest.raises(RuntimeError):
        with AtomicOutput(str(target)) as out:
            out.write("half")
            raise RuntimeError("stopped")
    assert target.read_bytes() == "é\n".encode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
    with pytest.raises(OutputError, match="cannot write"):
        with AtomicOutput(str(tmp_path / "no" / "out.jsonl")):
            pass
