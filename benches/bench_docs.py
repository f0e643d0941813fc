"""Shared pieces of the benchmarks (`compare.py`, `linearity.py`): where the shared material
is, DOCX files built from the reference compte-rendu, the Rust floor, and running one timed
worker (`bench_worker.py`) in its own process with a timeout.

Not a test module: nothing here asserts a timing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Union
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
BENCHES = Path(__file__).resolve().parent
SEED_NAME = "point-pays-coree-2020-09-21"

#: What a worker printed (a JSON object), or why it printed nothing usable.
Outcome = Union[Dict[str, object], str]


def shared_dir() -> Path:
    """The project's shared material: ``../shared`` beside the checkout, or
    ``$CUFMINUTES_SHARED``."""
    return Path(os.environ.get("CUFMINUTES_SHARED", ROOT.parent / "shared"))


def seed_docx() -> Path:
    return shared_dir() / "corpus" / "seed" / f"{SEED_NAME}.pandoc.docx"


def seed_text() -> Path:
    return shared_dir() / "corpus" / "seed" / f"{SEED_NAME}.txt"


def require_shared() -> None:
    """Exits (status 0, saying why on both streams) when the shared material is absent."""
    missing = [p for p in (seed_docx(), seed_text()) if not p.is_file()]
    if missing:
        reason = (f"SKIPPED: shared material not found ({', '.join(map(str, missing))}); "
                  "put the shared folder beside the checkout as ../shared or set "
                  "CUFMINUTES_SHARED")
        print(reason)
        print(reason, file=sys.stderr)
        sys.exit(0)


def dev_docx() -> List[Path]:
    """The DOCX files of the development corpora (dev and dev2)."""
    corpus = shared_dir() / "corpus"
    return sorted(p for name in ("dev", "dev2") for p in (corpus / name).glob("*.docx"))


# ---- DOCX built from the seed package ---------------------------------------------------

_BODY = re.compile(r"(<w:body>)(.*?)(<w:sectPr\b.*?(?:/>|</w:sectPr>))?\s*(</w:body>)", re.S)


def seed_body() -> str:
    """The body paragraphs and tables of the seed's document.xml (without its sectPr)."""
    with zipfile.ZipFile(seed_docx()) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    match = _BODY.search(xml)
    if match is None:
        raise SystemExit(f"{seed_docx()}: no <w:body> found in word/document.xml")
    return match.group(2)


def write_docx(dest: Path, body: str) -> int:
    """Writes `dest`: the seed package (styles, numbering, relationships, properties) with
    `body` as the body of word/document.xml. Returns the size of that document.xml."""
    with zipfile.ZipFile(seed_docx()) as src:
        xml = src.read("word/document.xml").decode("utf-8")
        match = _BODY.search(xml)
        if match is None:
            raise SystemExit(f"{seed_docx()}: no <w:body> found in word/document.xml")
        document = (xml[:match.start(2)] + body + (match.group(3) or "")
                    + xml[match.start(4):]).encode("utf-8")
        with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as out:
            for info in src.infolist():
                data = document if info.filename == "word/document.xml" else src.read(info)
                out.writestr(info.filename, data)
    return len(document)


def repeated_seed(dest: Path, times: int) -> int:
    """The seed's body `times` over, one after another, in a new DOCX at `dest`."""
    return write_docx(dest, seed_body() * times)


def paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def seed_words() -> List[str]:
    """The words of the seed compte-rendu, in order (material for long invented lines)."""
    return seed_text().read_text(encoding="utf-8").split()


def text_of_size(size: int) -> str:
    """A single line (no line break) of about `size` UTF-8 bytes: the seed's words, over and
    over, separated by spaces."""
    words = seed_words()
    out: List[str] = []
    total = 0
    i = 0
    while total < size:
        word = words[i % len(words)]
        out.append(word)
        total += len(word.encode("utf-8")) + 1
        i += 1
    return " ".join(out)


_SYLLABLES = ["ba", "ler", "mo", "tin", "ca", "vel", "ro", "dan", "si", "gue", "nor", "pa",
              "lu", "mar", "ti", "bel", "fon", "ri", "sa", "quet"]
_GIVEN = ["Anne", "Bruno", "Claire", "Denis", "Éloïse", "Fabrice", "Gaëlle", "Hugo", "Inès",
          "Jules", "Karine", "Louis", "Maëlle", "Nicolas", "Océane", "Pierre", "Rose", "Simon",
          "Thérèse", "Victor"]


def invented_name(n: int) -> str:
    """A distinct invented "NOM Prénom" for every n (family names made of syllables)."""
    a, b, c = n % 20, (n // 20) % 20, (n // 400) % 20
    family = (_SYLLABLES[a] + _SYLLABLES[b] + _SYLLABLES[c]).capitalize()
    return f"{family} {_GIVEN[(n * 7) % len(_GIVEN)]}"


def comma_list(size: int) -> str:
    """"Présents : Nom1 Prénom1, Nom2 Prénom2, ..." of about `size` bytes, on one line."""
    names: List[str] = []
    total = len("Présents : ")
    while total < size:
        names.append(invented_name(len(names)))
        total += len(names[-1].encode("utf-8")) + 2
    return "Présents : " + ", ".join(names)


# ---- running things ---------------------------------------------------------------------

def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def run_worker(tool: str, paths: Sequence[Path], rounds: int, timeout: float,
               list_file: Path, warmup: str = "") -> Outcome:
    """Runs `bench_worker.py TOOL` on `paths` in a new interpreter (this one's executable);
    the worker times its own loop after its imports. Returns its JSON, or "timeout", or the
    last line of its error output."""
    list_file.write_text("\n".join(str(p) for p in paths) + "\n", encoding="utf-8")
    command = [sys.executable, str(BENCHES / "bench_worker.py"), tool,
               "--rounds", str(rounds), "--list", str(list_file), "--warmup", warmup]
    return run_json(command, timeout)


def run_json(command: Sequence[str], timeout: float) -> Outcome:
    """Runs `command`, expecting one JSON object as the last line of its output."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout"
    except OSError as e:
        return f"could not run {command[0]}: {e}"
    lines = done.stdout.strip().splitlines()
    if done.returncode == 0 and lines:
        try:
            value = json.loads(lines[-1])
        except json.JSONDecodeError:
            value = None
        if isinstance(value, dict):
            return value
    errors = (done.stderr.strip() or done.stdout.strip() or "no output").splitlines()
    return f"failed (exit {done.returncode}): {errors[-1][:200]}"


def floor_binary() -> Optional[Path]:
    """Builds `examples/floor.rs` (release) if needed; None when cargo is not there."""
    cargo = shutil.which("cargo")
    if cargo is None:
        return None
    built = subprocess.run([cargo, "build", "--release", "--example", "floor", "--quiet"],
                           cwd=ROOT)
    if built.returncode != 0:
        return None
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    if not target.is_absolute():
        target = ROOT / target
    binary = target / "release" / "examples" / "floor"
    return binary if binary.is_file() else None


def run_floor(binary: Path, paths: Sequence[Path], rounds: int, timeout: float) -> Outcome:
    return run_json([str(binary), "--json", "--rounds", str(rounds), *map(str, paths)],
                    timeout)
