"""The ``cufminutes`` command line.

Each subcommand is a function ``run_NAME(args) -> int`` registered in ``build_parser``; errors
reach ``main`` as exceptions and leave as one ``cufminutes: error: ...`` line and exit code 1.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import json
import math
import os
import sys
from typing import Any, BinaryIO, Callable, Iterator, List, Optional, Sequence, Union

import cufminutes

from . import _inputs
from ._batch import DEFAULT_TIMEOUT, ParseFailure, failure_of, native_results
from ._directory import COLUMNS, DirectoryBuilder, DirectoryEntry
from ._output import STDOUT, AtomicOutput, OutputError, Progress

PROG = "cufminutes"

#: The name that stands for standard input.
STDIN = "-"


def _source(name: str) -> Union[str, BinaryIO]:
    """A path, or standard input (named "<stdin>" in records and messages) for "-"."""
    if name == STDIN:
        return sys.stdin.buffer
    return name


def _write(text: str) -> None:
    """Writes UTF-8 to standard output whatever the locale, ending with a newline."""
    if text and not text.endswith("\n"):
        text += "\n"
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def run_parse(args: argparse.Namespace) -> int:
    record = cufminutes.parse(_source(args.file))
    _write(record.to_json(indent=2))
    return 0


def run_text(args: argparse.Namespace) -> int:
    _write(cufminutes.text(_source(args.file)))
    return 0


def _note(message: str) -> None:
    """One line on stderr, for what a batch command reports as it goes."""
    sys.stderr.write(f"{PROG}: {' '.join(message.split())}\n")
    sys.stderr.flush()


# Characters that end a line for some JSON-lines readers (str.splitlines) but that JSON
# allows raw inside strings.
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def _json_line(text: str) -> str:
    for raw, escaped in _LINE_BREAKS.items():
        if raw in text:
            text = text.replace(raw, escaped)
    return text + "\n"


class _Run:
    """Parses the inputs of a batch command, counting, reporting failures and progress."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.inputs = _inputs.collect(args.inputs)
        self.jobs: Optional[int] = args.jobs
        self.timeout: float = args.timeout
        self.ok = 0
        self.failed = 0
        self.progress = Progress(len(self.inputs.files))

    def results(self) -> Iterator[Union[str, ParseFailure]]:
        """For each input, in order: the record as JSON text, or the failure."""
        for item in native_results(self.inputs.files, self.jobs, self.timeout):
            record_json = item[1]
            result: Union[str, ParseFailure]
            if record_json is None:
                self.failed += 1
                result = failure_of(item)
                self.progress.clear()
                _note(f"failed: {result.message} [{result.kind}]")
            else:
                self.ok += 1
                result = record_json
            self.progress.update(self.ok + self.failed, self.failed)
            yield result
        self.progress.clear()

    def seconds(self) -> str:
        return f"{self.progress.elapsed():.1f}"


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if math.isnan(seconds) or seconds < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return seconds


def run_convert(args: argparse.Namespace) -> int:
    run = _Run(args)
    with AtomicOutput(args.output) as out:
        for result in run.results():
            out.write(_json_line(result if isinstance(result, str) else result.to_json()))
    _note(
        f"converted {run.ok}, failed {run.failed}, skipped {run.inputs.skipped} "
        f"in {run.seconds()} s"
    )
    return 1 if run.failed else 0


#: --format values and the file extensions that choose them.
FORMATS = {"csv": ".csv", "jsonl": ".jsonl", "xlsx": ".xlsx"}


def _directory_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    for name, ext in FORMATS.items():
        if args.output.lower().endswith(ext):
            return name
    return "csv"


def _openpyxl() -> Any:
    try:
        return importlib.import_module("openpyxl")
    except ImportError:
        raise _UsageError(
            "--format xlsx needs openpyxl: pip install 'cufminutes[xlsx]' (or pip install openpyxl)"
        ) from None


class _UsageError(Exception):
    """A command-line mistake found after argument parsing; reported on one line."""


def _write_directory(entries: List[DirectoryEntry], output: str, fmt: str) -> None:
    if fmt == "xlsx":
        openpyxl = _openpyxl()
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "participants"
        sheet.append(list(COLUMNS))
        for entry in entries:
            sheet.append(entry.row())
        sheet.freeze_panes = "A2"
        with AtomicOutput(output, binary=True) as out:
            try:
                book.save(out.temporary_path())
            except OSError as e:
                raise OutputError(f"{output}: cannot write: {e.strerror or e}") from None
        return
    with AtomicOutput(output) as out:
        if fmt == "jsonl":
            for entry in entries:
                out.write(_json_line(json.dumps(entry.to_dict(), ensure_ascii=False)))
            return
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(COLUMNS)
        for entry in entries:
            writer.writerow(entry.row())
            if buf.tell() > 1 << 16:
                out.write(buf.getvalue())
                buf.seek(0)
                buf.truncate()
        out.write(buf.getvalue())


def run_participants(args: argparse.Namespace) -> int:
    fmt = _directory_format(args)
    if fmt == "xlsx":
        if args.output == STDOUT:
            raise _UsageError("--format xlsx needs an output file: -o OUT.xlsx")
        _openpyxl()
    run = _Run(args)
    builder = DirectoryBuilder()
    for result in run.results():
        if isinstance(result, str):
            builder.add_json(result)
    entries = builder.entries()
    _write_directory(entries, args.output, fmt)
    _note(
        f"{len(entries)} people from {run.ok} documents; failed {run.failed}, "
        f"skipped {run.inputs.skipped} in {run.seconds()} s"
    )
    return 0


def _add_batch_arguments(p: argparse.ArgumentParser, output_help: str) -> None:
    p.add_argument(
        "inputs", metavar="INPUT", nargs="+",
        help="files, folders (searched recursively) and glob patterns; only .docx .docm "
        ".dotx .odt .txt .md files are read, other files are skipped and counted",
    )
    p.add_argument("-o", "--output", metavar="OUT", default=STDOUT, help=output_help)
    p.add_argument(
        "-j", "--jobs", type=_jobs, default=None, metavar="N",
        help="parallel threads (default: the number of cores)",
    )
    p.add_argument(
        "--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
        help="time budget of each file: a file still being parsed after it fails with the "
        f"error kind timeout, without holding back the others (default: {DEFAULT_TIMEOUT:g}; "
        "0 for none)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Read French meeting minutes (DOCX, ODT, text) into structured records.",
    )
    parser.add_argument(
        "--version", action="version", version=f"{PROG} {cufminutes.__version__}"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = commands.add_parser("parse", help="print the meeting record of FILE as JSON")
    p.add_argument("file", metavar="FILE", help='a .docx, .odt or text file, or "-" for stdin')
    p.set_defaults(run=run_parse)

    p = commands.add_parser("text", help="print FILE as plain text, one paragraph a line")
    p.add_argument("file", metavar="FILE", help='a .docx, .odt or text file, or "-" for stdin')
    p.set_defaults(run=run_text)

    p = commands.add_parser(
        "convert",
        help="convert many documents to JSON lines, one per input",
        description="Parse every input in parallel and write one JSON line per input: the "
        'record, or {"source": {"path": ...}, "error": {"kind": ..., "message": ...}}. Every '
        "input is processed; the exit status is 1 if any failed (a file past its --timeout "
        "included).",
    )
    _add_batch_arguments(
        p, "the JSON-lines file, written when complete (default: standard output)"
    )
    p.set_defaults(run=run_convert)

    p = commands.add_parser(
        "participants",
        help="write the participant directory consolidated across meetings",
        description="One row per person across all the inputs, spelling variants resolved, "
        "with organisations, roles, number of meetings, first and last meeting dates and "
        "attendance counts.",
    )
    _add_batch_arguments(p, "the output file (default: standard output)")
    p.add_argument(
        "-f", "--format", choices=sorted(FORMATS), default=None,
        help="output format (default: from the OUT extension, else csv; xlsx needs openpyxl)",
    )
    p.set_defaults(run=run_participants)

    return parser


def _fail(message: str) -> int:
    line = " ".join(str(message).split()) or "unknown error"
    try:
        sys.stderr.write(f"{PROG}: error: {line}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    return 1


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush
    does not complain on stderr."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Runs the command line; returns the exit status (0, 1 on error, 130 on Ctrl-C)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        return 130
    except (cufminutes.Error, _UsageError, OutputError) as e:
        return _fail(str(e))
    except OSError as e:
        name = getattr(args, "file", None)
        return _fail(f"{name}: {e.strerror or e}" if name and e.strerror else str(e))
    except Exception as e:  # last resort: a bug, still reported on one line
        return _fail(f"internal error: {type(e).__name__}: {e}")


if __name__ == "__main__":
    sys.exit(main())
