"""The batch commands `cufminutes convert` and `cufminutes participants`."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any, Dict, List

import pytest

import cufminutes
from cufminutes import cli

from conftest import EXAMPLES, JAPON, KANAZAWA, SEED_FORMATS, SEED_ID, run_cli, seed_dir


def read_jsonl(path: Path) -> List[Dict[str, Any]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [json.loads(line) for line in f]


def summary(stderr: bytes) -> str:
    lines = stderr.decode("utf-8").splitlines()
    assert "Traceback" not in stderr.decode("utf-8")
    return lines[-1]


def examples_folder(tmp_path: Path) -> Path:
    """The project's examples, a broken zip, an empty file, a subfolder and other files."""
    folder = tmp_path / "archive"
    (folder / "2023").mkdir(parents=True)
    shutil.copy(JAPON, folder / "japon.txt")
    shutil.copy(KANAZAWA, folder / "2023" / "kanazawa.md")
    (folder / "casse.docx").write_bytes(b"PK\x03\x04 broken zip")
    (folder / "vide.txt").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "2023" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "~$japon.docx").write_bytes(b"lock")
    return folder


def test_convert_folder_one_line_per_input(tmp_path: Path) -> None:
    folder = examples_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    result = run_cli(["convert", str(folder), "-o", str(out), "--jobs", "2"])
    assert result.returncode == 1, result.stderr
    assert result.stdout == b""
    lines = read_jsonl(out)
    by_path = {line["source"]["path"]: line for line in lines}
    assert sorted(by_path) == sorted(
        str(folder / n) for n in ("japon.txt", "2023/kanazawa.md", "casse.docx", "vide.txt")
    )
    assert by_path[str(folder / "casse.docx")]["error"]["kind"] == "corrupt"
    assert by_path[str(folder / "vide.txt")]["error"] == {
        "kind": "empty", "message": f"{folder / 'vide.txt'}: empty document"}
    japon = cufminutes.Record.from_dict(by_path[str(folder / "japon.txt")])
    assert japon == cufminutes.parse(folder / "japon.txt")
    assert summary(result.stderr).startswith(
        "cufminutes: converted 2, failed 2, skipped 3 in ")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_convert_success_exits_0_and_keeps_input_order(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run_cli(["convert", str(KANAZAWA), str(JAPON), str(KANAZAWA), "-o", str(out)])
    assert result.returncode == 0, result.stderr
    paths = [line["source"]["path"] for line in read_jsonl(out)]
    assert paths == [str(KANAZAWA), str(JAPON)], "the same file given twice is read once"
    assert summary(result.stderr).startswith("cufminutes: converted 2, failed 0, skipped 0")


def test_convert_glob_pattern_and_missing_input(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run_cli(["convert", str(EXAMPLES / "*.txt"), str(tmp_path / "absent.odt"),
                      "-o", str(out)])
    assert result.returncode == 1
    lines = read_jsonl(out)
    assert len(lines) == len(list(EXAMPLES.glob("*.txt"))) + 1
    assert lines[-1]["error"]["kind"] == "io"
    assert lines[-1]["source"] == {"path": str(tmp_path / "absent.odt")}
    assert "absent.odt" in result.stderr.decode()


def test_convert_to_stdout() -> None:
    result = run_cli(["convert", str(JAPON), "-o", "-"])
    assert result.returncode == 0
    (line,) = result.stdout.decode("utf-8").splitlines()
    assert json.loads(line) == cufminutes.parse(JAPON).to_dict()


def test_convert_replaces_the_output_atomically(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old content\n", encoding="utf-8")
    assert run_cli(["convert", str(JAPON), "-o", str(out)]).returncode == 0
    assert len(read_jsonl(out)) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_interrupted_convert_leaves_the_old_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old content\n", encoding="utf-8")
    calls: List[int] = []

    def interrupted(text: str) -> str:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return text + "\n"

    monkeypatch.setattr(cli, "_json_line", interrupted)
    assert cli.main(["convert", str(JAPON), str(KANAZAWA), "-o", str(out)]) == 130
    assert out.read_text(encoding="utf-8") == "old content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_convert_output_folder_missing_is_one_error_line(tmp_path: Path) -> None:
    result = run_cli(["convert", str(JAPON), "-o", str(tmp_path / "nowhere" / "out.jsonl")])
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "Traceback" not in err and err.startswith("cufminutes: error: ")
    assert f"{tmp_path / 'nowhere' / 'out.jsonl'}: cannot write" in err


def test_bad_jobs_is_a_usage_error() -> None:
    result = run_cli(["convert", str(JAPON), "--jobs", "0"])
    assert result.returncode == 2 and b"Traceback" not in result.stderr


def test_convert_timeout(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    # A generous budget changes nothing.
    result = run_cli(["convert", str(JAPON), str(KANAZAWA), "-o", str(out), "--timeout", "3600"])
    assert result.returncode == 0, result.stderr
    assert [line["source"]["path"] for line in read_jsonl(out)] == [str(JAPON), str(KANAZAWA)]
    # A nanosecond: every file is past it, one error line each, in order, exit status 1.
    result = run_cli(["convert", str(JAPON), str(KANAZAWA), "-o", str(out), "--timeout", "1e-9"])
    assert result.returncode == 1
    lines = read_jsonl(out)
    assert [line["source"]["path"] for line in lines] == [str(JAPON), str(KANAZAWA)]
    assert [line["error"]["kind"] for line in lines] == ["timeout", "timeout"]
    err = result.stderr.decode()
    assert err.count("[timeout]") == 2 and "Traceback" not in err
    assert summary(result.stderr).startswith("cufminutes: converted 0, failed 2, skipped 0")


def test_timeout_flag_help_and_usage_errors() -> None:
    for command in ["convert", "participants"]:
        help_text = " ".join(run_cli([command, "--help"]).stdout.decode().split())
        assert "--timeout SECONDS" in help_text and "default: 60" in help_text
        for bad in ["-1", "soon", "nan"]:
            result = run_cli([command, str(JAPON), "--timeout", bad])
            assert result.returncode == 2 and b"Traceback" not in result.stderr


def test_json_lines_escape_unicode_line_separators() -> None:
    line = cli._json_line('{"text": "a\u2028b\u2029c\x85d"}')
    assert line.count("\n") == 1 and len(line.splitlines()) == 1
    assert json.loads(line) == {"text": "a\u2028b\u2029c\x85d"}


def test_participants_csv(tmp_path: Path) -> None:
    folder = examples_folder(tmp_path)
    out = tmp_path / "people.csv"
    result = run_cli(["participants", str(folder), "-o", str(out)])
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    expected = cufminutes.directory([cufminutes.parse(JAPON), cufminutes.parse(KANAZAWA)])
    assert [r["name"] for r in rows] == [e.name for e in expected]
    assert list(rows[0])[:15] == [
        "name", "civility", "given_name", "family_name", "organizations", "roles", "meetings",
        "first_meeting", "last_meeting", "present", "remote", "excused", "absent",
        "represented", "unknown",
    ]
    assert all(int(r["meetings"]) >= 1 for r in rows)
    assert "people from 2 documents; failed 2, skipped 3" in summary(result.stderr)


def test_participants_jsonl_and_format_from_extension(tmp_path: Path) -> None:
    out = tmp_path / "people.jsonl"
    result = run_cli(["participants", str(JAPON), "-o", str(out)])
    assert result.returncode == 0, result.stderr
    entries = [cufminutes.DirectoryEntry.from_dict(d) for d in read_jsonl(out)]
    assert entries == cufminutes.directory([cufminutes.parse(JAPON)])
    forced = tmp_path / "people.txt"
    assert run_cli(["participants", str(JAPON), "-o", str(forced), "--format", "jsonl"]) \
        .returncode == 0
    assert forced.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_participants_xlsx(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "people.xlsx"
    result = run_cli(["participants", str(JAPON), "-o", str(out)])
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "name"
    assert len(rows) == 1 + len(cufminutes.directory([cufminutes.parse(JAPON)]))


def test_participants_xlsx_without_openpyxl(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setitem(__import__("sys").modules, "openpyxl", None)
    assert cli.main(["participants", str(JAPON), "-o", str(tmp_path / "p.xlsx")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("cufminutes: error: ") and "cufminutes[xlsx]" in err
    assert list(tmp_path.iterdir()) == []


# -- acceptance on the reference compte-rendu (../shared) ---------------------------------


def acceptance_folder(tmp_path: Path) -> Path:
    """The seed in every format, a broken zip, an empty file, a Windows-1252 copy of the
    seed and a subfolder."""
    seed = seed_dir()
    folder = tmp_path / "acceptance"
    (folder / "sous-dossier").mkdir(parents=True)
    for fmt in SEED_FORMATS:
        shutil.copy(seed / f"{SEED_ID}{fmt}", folder / f"{SEED_ID}{fmt}")
    docx = (seed / f"{SEED_ID}.pandoc.docx").read_bytes()
    (folder / "casse.docx").write_bytes(docx[: len(docx) // 2])
    (folder / "vide.txt").write_bytes(b"")
    text = (seed / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    # Windows-1252 has no arrow; "->" is how such a copy would write it.
    (folder / "cp1252.txt").write_bytes(text.replace("→", "->").encode("cp1252"))
    shutil.copy(JAPON, folder / "sous-dossier" / "japon.txt")
    return folder


def test_acceptance_convert(tmp_path: Path) -> None:
    folder = acceptance_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    result = run_cli(["convert", str(folder), "-o", str(out), "--jobs", "2"])
    assert result.returncode == 1
    lines = read_jsonl(out)
    assert len(lines) == len(SEED_FORMATS) + 4
    errors = {Path(line["source"]["path"]).name: line["error"]["kind"]
              for line in lines if "error" in line}
    assert errors == {"casse.docx": "corrupt", "vide.txt": "empty"}
    records = {Path(line["source"]["path"]).name: line for line in lines if "error" not in line}
    utf8 = cufminutes.Record.from_dict(records[f"{SEED_ID}.txt"])
    cp1252 = cufminutes.Record.from_dict(records["cp1252.txt"])
    assert cp1252.source.encoding == "windows-1252"
    assert cp1252.meeting == utf8.meeting
    assert [p.name for p in cp1252.participants] == [p.name for p in utf8.participants]
    assert len(cp1252.participants) == 35
    assert any("é" in p.name for p in cp1252.participants)


def test_acceptance_participants(tmp_path: Path) -> None:
    folder = acceptance_folder(tmp_path)
    out = tmp_path / "people.csv"
    result = run_cli(["participants", str(folder), "-o", str(out)])
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    seed_people = cufminutes.parse(seed_dir() / f"{SEED_ID}.txt").participants
    japon_people = cufminutes.directory([cufminutes.parse(JAPON)])
    assert len(rows) == len(seed_people) + len(japon_people) == 35 + len(japon_people)
    names = [r["name"] for r in rows]
    assert len(set(names)) == len(names)
    first = seed_people[0].name
    rows_of_first = [r for r in rows if r["name"] == first]
    assert len(rows_of_first) == 1 and rows_of_first[0]["meetings"] == "1"
    assert rows_of_first[0]["documents"] == str(len(SEED_FORMATS) + 1)


@pytest.mark.recognizer
def test_cp1252_copy_with_replaced_arrow_keeps_its_participants() -> None:
    text = (seed_dir() / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    record = cufminutes.parse(text.encode("cp1252", errors="replace"))
    assert len(record.participants) == 35


def test_in_process_summary(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    assert cli.main(["convert", str(JAPON), "-o", str(out)]) == 0
    assert capsys.readouterr().err.startswith("cufminutes: converted 1, failed 0, skipped 0 in ")
    assert io.StringIO(out.read_text(encoding="utf-8")).read().count("\n") == 1
