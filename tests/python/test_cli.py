"""The `cufminutes` command line, run as the installed console script."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import cufminutes
from cufminutes import cli

from conftest import JAPON, UNSUPPORTED, run_cli


def assert_one_error_line(result: subprocess.CompletedProcess[bytes], *expected: str) -> str:
    assert result.returncode == 1
    assert result.stdout == b""
    stderr = result.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("cufminutes: error: ")
    for text in expected:
        assert text in lines[0]
    return lines[0]


def test_parse_prints_the_json_record() -> None:
    result = run_cli(["parse", str(JAPON)])
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    record = json.loads(result.stdout.decode("utf-8"))
    assert record["schema"] == "cufminutes/1"
    assert record["source"]["path"] == str(JAPON)
    assert record == cufminutes.parse(JAPON).to_dict()
    assert result.stdout.startswith(b'{\n  "schema"'), "pretty-printed"


def test_parse_prints_utf8_unescaped() -> None:
    result = run_cli(["parse", "-"], stdin="Réunion du bureau\n".encode("utf-8"))
    assert result.returncode == 0, result.stderr
    assert b"\\u00e9" not in result.stdout
    record = json.loads(result.stdout)
    assert record["source"]["path"] == "<stdin>"


def test_parse_stdin_equals_parse_file() -> None:
    result = run_cli(["parse", "-"], stdin=JAPON.read_bytes())
    assert result.returncode == 0, result.stderr
    from_stdin = json.loads(result.stdout)
    from_file = cufminutes.parse(JAPON).to_dict()
    from_stdin["source"]["path"] = from_file["source"]["path"]
    assert from_stdin == from_file


def test_text_prints_the_rendering() -> None:
    result = run_cli(["text", str(JAPON)])
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    expected = cufminutes.text(JAPON)
    assert result.stdout.decode("utf-8").rstrip("\n") == expected.rstrip("\n")


def test_version() -> None:
    result = run_cli(["--version"])
    assert result.returncode == 0
    assert result.stdout.decode().strip() == f"cufminutes {cufminutes.__version__}"


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cufminutes", "--version"], capture_output=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.decode().startswith("cufminutes ")


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "absent.docx"
    for command in ("parse", "text"):
        assert_one_error_line(run_cli([command, str(missing)]), str(missing), "cannot read")


@pytest.mark.parametrize("what", sorted(UNSUPPORTED))
def test_unsupported_file(tmp_path: Path, what: str) -> None:
    path = tmp_path / f"annexe.{what}"
    path.write_bytes(UNSUPPORTED[what])
    assert_one_error_line(run_cli(["parse", str(path)]), str(path), "unsupported format")


def test_unsupported_stdin() -> None:
    assert_one_error_line(run_cli(["text", "-"], stdin=UNSUPPORTED["pdf"]), "<stdin>", "PDF")


def test_usage_error_exits_2() -> None:
    result = run_cli(["frobnicate"])
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr


# In-process checks of the last-resort paths, which a real run cannot trigger on demand.


def test_unexpected_exception_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(source: Any) -> Any:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(cufminutes, "parse", boom)
    assert cli.main(["parse", str(JAPON)]) == 1
    err = capsys.readouterr().err
    assert err == "cufminutes: error: internal error: RuntimeError: boom second line\n"


def test_keyboard_interrupt_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(source: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(cufminutes, "parse", interrupted)
    assert cli.main(["parse", str(JAPON)]) == 130


class _ClosedPipe(io.RawIOBase):
    def write(self, b: Any) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        raise io.UnsupportedOperation("no file descriptor")


class _ClosedStdout:
    buffer = _ClosedPipe()

    def fileno(self) -> int:
        raise io.UnsupportedOperation("no file descriptor")


def test_broken_pipe_is_quiet(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedStdout())
    assert cli.main(["parse", str(JAPON)]) == 1
    assert capsys.readouterr().err == ""


def test_broken_pipe_in_a_real_pipeline() -> None:
    """`cufminutes parse FILE | head -c 1`: no traceback, no 'Exception ignored' noise."""
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from cufminutes.cli import main; sys.exit(main())",
         "parse", str(JAPON)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    stderr = proc.stderr.read()
    proc.wait(timeout=60)
    proc.stderr.close()
    assert b"Traceback" not in stderr and b"Exception ignored" not in stderr
    assert proc.returncode in (0, 1)
