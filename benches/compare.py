"""cufminutes side by side with text-only DOCX extractors and with the floor of the format,
on the same files in one run. Prints a table of per-document medians and ratios; asserts
nothing.

    python3 benches/compare.py --install        # once: target/bench-venv with the tools
    target/bench-venv/bin/python benches/compare.py [--rounds 5] [--sets seed,dev,large]

Sets: `seed` (300 copies of the reference compte-rendu's pandoc DOCX, in a temporary
folder), `dev` (the DOCX of the dev and dev2 corpora), `large` (one DOCX whose body is the
reference's body paragraphs 100 times over). Read from ../shared (or $CUFMINUTES_SHARED); the
run says it was skipped when that is absent.

What is timed, per set, each in a process of its own after its imports (`bench_worker.py`),
the median of `--rounds` rounds divided by the number of files:
- floor: `examples/floor.rs` (built here with cargo): read the file, inflate word/document.xml,
  scan its XML events collecting the text; and in the same Rust process
  `cufminutes::parse_path`, the full record;
- cufminutes: `parse_many(paths, jobs=1)` and `parse_many(paths, jobs=<cores>)`, full records
  as Python objects; the `cufminutes convert` command's wall time on all cores, from the
  parent process (so it includes the interpreter's start-up, once per run);
- text only: python-docx (paragraphs and table cells), docx2txt, kreuzberg's
  `extract_file_sync` one file after another, and kreuzberg's `batch_extract_files_sync` on
  all cores (its results cache off).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from bench_docs import (ROOT, Outcome, dev_docx, floor_binary, median, repeated_seed,
                        require_shared, run_floor, run_worker, seed_docx)

VENV = ROOT / "target" / "bench-venv"
#: The versions the figures in the README were measured with.
TOOLS = ["python-docx==1.2.0", "docx2txt==0.9", "kreuzberg==4.10.4"]
CORES = os.cpu_count() or 1


@dataclass
class Set:
    key: str
    title: str
    paths: List[Path]
    folder: Path
    cells: Dict[str, str] = field(default_factory=dict)
    ms: Dict[str, float] = field(default_factory=dict)


#: row key -> label, in table order
ROWS = {
    "floor": "floor: unzip + XML scan (Rust, 1 thread)",
    "parse_path": "cufminutes `parse_path` (Rust, 1 thread)",
    "cufminutes-jobs1": "cufminutes `parse_many(jobs=1)`",
    "cufminutes-all": f"cufminutes `parse_many(jobs={CORES})`",
    "convert": f"`cufminutes convert --jobs {CORES}`, wall incl. start-up",
    "python-docx": "python-docx, text (one after another)",
    "docx2txt": "docx2txt, text (one after another)",
    "kreuzberg": "kreuzberg `extract_file_sync`, text (one after another)",
    "kreuzberg-batch": f"kreuzberg `batch_extract_files_sync`, text ({CORES} cores)",
}
#: (label, numerator row, denominator row)
RATIOS = [
    ("python-docx / cufminutes (jobs=1)", "python-docx", "cufminutes-jobs1"),
    ("docx2txt / cufminutes (jobs=1)", "docx2txt", "cufminutes-jobs1"),
    ("kreuzberg / cufminutes (jobs=1)", "kreuzberg", "cufminutes-jobs1"),
    (f"kreuzberg batch / cufminutes (jobs={CORES})", "kreuzberg-batch", "cufminutes-all"),
    ("cufminutes (jobs=1) / floor", "cufminutes-jobs1", "floor"),
    ("cufminutes `parse_path` / floor", "parse_path", "floor"),
]


def install() -> None:
    """Creates target/bench-venv and installs the comparison tools and this package."""
    if not (VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pip = [str(VENV / "bin" / "python"), "-m", "pip", "install", "--disable-pip-version-check"]
    subprocess.run(pip + ["--quiet", "--upgrade", "pip"], check=True)
    subprocess.run(pip + TOOLS, check=True)
    subprocess.run(pip + [str(ROOT)], check=True)
    print(f"installed in {VENV.relative_to(ROOT)}; run: "
          f"{(VENV / 'bin' / 'python').relative_to(ROOT)} benches/compare.py")


def build_sets(work: Path, keys: Sequence[str], copies: int, repeat: int) -> List[Set]:
    sets = []
    if "seed" in keys:
        folder = work / "seed"
        folder.mkdir()
        for n in range(copies):
            shutil.copyfile(seed_docx(), folder / f"seed-{n:04d}.docx")
        sets.append(Set("seed", f"seed ×{copies}", sorted(folder.glob("*.docx")), folder))
    if "dev" in keys:
        paths = dev_docx()
        sets.append(Set("dev", f"dev + dev2 ({len(paths)})", paths, work))
    if "large" in keys:
        folder = work / "large"
        folder.mkdir()
        path = folder / f"seed-body-x{repeat}.docx"
        repeated_seed(path, repeat)
        sets.append(Set("large", f"seed body ×{repeat} (1)", [path], folder))
    return sets


def cell(outcome: Outcome, s: Set, key: str, notes: Dict[str, str]) -> None:
    """Records a worker's outcome as the set's figure for `key` (ms per document)."""
    if isinstance(outcome, str):
        s.cells[key] = outcome if outcome == "timeout" else "failed"
        notes[f"{key} on {s.title}"] = outcome
        return
    if outcome.get("error") == "not installed":
        s.cells[key] = "not installed"
        what = f"not installed, `{outcome.get('pip')}` (or `--install`)"
        if key not in notes.get(what, "").split(", "):
            notes[what] = ", ".join(filter(None, [notes.get(what), key]))
        return
    seconds = outcome["seconds"]
    assert isinstance(seconds, list)
    ms = 1000 * median(seconds) / len(s.paths)
    s.ms[key] = ms
    failed = outcome.get("failed") or 0
    s.cells[key] = f"{ms:.2f}" + (f" ({failed} failed)" if failed else "")
    if outcome.get("version"):
        notes.setdefault(f"version of {outcome.get('dist')}", str(outcome["version"]))


def time_convert(s: Set, rounds: int, timeout: float, work: Path) -> Outcome:
    """Wall time of `cufminutes convert` (all cores) on the set, each round a new process."""
    beside = Path(sys.executable).parent / "cufminutes"
    command = str(beside) if beside.exists() else shutil.which("cufminutes")
    if command is None:
        return {"error": "not installed", "pip": "pip install ."}
    inputs = [str(s.folder)] if s.key != "dev" else [str(p) for p in s.paths]
    out = work / f"convert-{s.key}.jsonl"
    seconds = []
    for _ in range(rounds):
        start = time.perf_counter()
        try:
            done = subprocess.run([command, "convert", *inputs, "-o", str(out),
                                   "--jobs", str(CORES)], capture_output=True, text=True,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            return "timeout"
        seconds.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            return f"failed (exit {done.returncode}): {done.stderr.strip()[-200:]}"
    return {"seconds": seconds}


def measure(s: Set, rounds: int, timeout: float, work: Path, floor: Optional[Path],
            notes: Dict[str, str]) -> None:
    print(f"-- {s.title}: {len(s.paths)} files", file=sys.stderr, flush=True)
    if floor is None:
        s.cells["floor"] = s.cells["parse_path"] = "not built"
        notes["floor"] = "not built: needs cargo (`cargo build --release --example floor`)"
    else:
        result = run_floor(floor, s.paths, rounds, timeout)
        if isinstance(result, dict):
            for key, field_name in (("floor", "floor_ms"), ("parse_path", "parse_path_ms")):
                value = result[field_name]
                assert isinstance(value, (int, float))
                s.ms[key] = float(value)
                s.cells[key] = f"{value:.2f}"
            failed = result.get("parse_failed") or 0
            if failed:
                s.cells["parse_path"] += f" ({failed} failed)"
        else:
            cell(result, s, "floor", notes)
            s.cells["parse_path"] = s.cells["floor"]
    for key in ROWS:
        if key in ("floor", "parse_path"):
            continue
        print(f"   {key}", file=sys.stderr, flush=True)
        if key == "convert":
            outcome = time_convert(s, rounds, timeout, work)
        else:
            outcome = run_worker(key, s.paths, rounds, timeout, work / f"{s.key}.list")
        cell(outcome, s, key, notes)


def table(sets: List[Set], rounds: int) -> str:
    head = f"| ms per document, median of {rounds} rounds | " + " | ".join(
        s.title for s in sets) + " |"
    lines = [head, "|---" * (len(sets) + 1) + "|"]
    for key, label in ROWS.items():
        lines.append(f"| {label} | " + " | ".join(s.cells.get(key, "") for s in sets) + " |")
    for label, num, den in RATIOS:
        values = []
        for s in sets:
            if num in s.ms and den in s.ms and s.ms[den] > 0:
                values.append(f"{s.ms[num] / s.ms[den]:.2f}×")
            else:
                values.append("–")
        lines.append(f"| ratio {label} | " + " | ".join(values) + " |")
    return "\n".join(lines)


def machine() -> str:
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{date.today().isoformat()}, {CORES} cores ({model}), Python "
            f"{platform.python_version()}, load average before the run {load}")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per tool (median)")
    parser.add_argument("--sets", default="seed,dev,large",
                        help="comma-separated, among seed, dev, large")
    parser.add_argument("--copies", type=int, default=300, help="copies of the seed DOCX")
    parser.add_argument("--repeat", type=int, default=100,
                        help="times the seed body is repeated in the large document")
    parser.add_argument("--timeout", type=float, default=600,
                        help="seconds allowed to each tool on each set")
    parser.add_argument("--install", action="store_true",
                        help=f"create {VENV.relative_to(ROOT)} with the comparison tools "
                             "and this package, then exit")
    args = parser.parse_args()
    if args.install:
        install()
        return 0
    keys = [k.strip() for k in args.sets.split(",") if k.strip()]
    unknown = set(keys) - {"seed", "dev", "large"}
    if unknown:
        parser.error(f"unknown sets: {', '.join(sorted(unknown))}")
    require_shared()

    print(f"machine: {machine()}")
    floor = floor_binary()
    notes: Dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="cufminutes-compare-") as tmp:
        work = Path(tmp)
        sets = build_sets(work, keys, args.copies, args.repeat)
        for s in sets:
            measure(s, args.rounds, args.timeout, work, floor, notes)
    print()
    print(table(sets, args.rounds))
    print()
    print("A ratio tool / cufminutes above 1: cufminutes takes less time (it builds the full "
          "record, the others only extract text); cufminutes / floor: how many times the "
          "least work a DOCX reader must do.")
    for key, note in sorted(notes.items()):
        print(f"{key}: {note}")
    print("load average after the run: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
