"""The ``cufminutes`` command line.

Each subcommand is a function ``run_NAME(args) -> int`` registered in ``build_parser``; errors
reach ``main`` as exceptions and leave as one ``cufminutes: error: ...`` line and exit code 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import BinaryIO, Callable, Optional, Sequence, Union

import cufminutes

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
    except cufminutes.Error as e:
        return _fail(str(e))
    except OSError as e:
        name = getattr(args, "file", None)
        return _fail(f"{name}: {e.strerror or e}" if name and e.strerror else str(e))
    except Exception as e:  # last resort: a bug, still reported on one line
        return _fail(f"internal error: {type(e).__name__}: {e}")


if __name__ == "__main__":
    sys.exit(main())
