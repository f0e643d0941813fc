"""Does parsing time grow with the document, and only with it? Prints figures; asserts
nothing.

    python benches/linearity.py [--rounds 3] [--timeout 120] [--memory-repeat 1000]
                                [--parts per-mb,long,memory]

1. Time per MB of document.xml for the reference compte-rendu's body 1, 10 and 100 times over
   in one DOCX (`cufminutes.parse`, median of the rounds), beside the floor's
   (`examples/floor.rs`: unzip and XML scan) when cargo can build it.
2. Inputs that a quadratic step would make slow, each parsed once with its time printed, as a
   text file and as a DOCX: a 2.6 MB single line, a 1 MB single paragraph (the reference's
   words over and over), a 64 KB "Présents : Nom1 Prénom1, Nom2 Prénom2, ..." list of
   invented names.
3. Peak memory (resident set of the parsing process: its VmHWM on Linux, else `getrusage`)
   for the body 1000 times over, against the size of its document.xml.

Every case runs in a process of its own (`bench_worker.py`, timed after its imports) with a
timeout (`--timeout`, seconds), so a slow case prints "timeout" instead of hanging. Needs the
package installed (`pip install .`) and ../shared (or $CUFMINUTES_SHARED); the run says it was
skipped when that is absent.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import List, Optional, Tuple

from bench_docs import (Outcome, comma_list, floor_binary, median, paragraph, repeated_seed,
                        require_shared, run_floor, run_worker, seed_docx, text_of_size,
                        write_docx)

MB = 1_000_000


def seconds_of(outcome: Outcome) -> Optional[float]:
    if isinstance(outcome, dict) and isinstance(outcome.get("seconds"), list):
        values = outcome["seconds"]
        assert isinstance(values, list)
        return median(values)
    return None


def failure(outcome: Outcome) -> str:
    if isinstance(outcome, str):
        return outcome
    if outcome.get("error") == "not installed":
        return f"cufminutes not installed ({outcome.get('pip')})"
    if outcome.get("failed"):
        return f"failed: {outcome.get('first_error')}"
    return ""


def per_mb(args: argparse.Namespace, work: Path, floor: Optional[Path]) -> None:
    print("Time per MB of document.xml, the reference's body repeated "
          f"(median of {args.rounds} rounds):")
    print("| body | document.xml | DOCX | cufminutes.parse | per MB | floor per MB |")
    print("|---|---|---|---|---|---|")
    for times in (1, 10, 100):
        path = work / f"seed-body-x{times}.docx"
        xml = repeated_seed(path, times)
        outcome = run_worker("cufminutes-parse", [path], args.rounds, args.timeout,
                             work / "case.list", warmup=str(seed_docx()))
        seconds = seconds_of(outcome)
        shown = failure(outcome) or (f"{seconds * 1000:.1f} ms" if seconds is not None else "")
        rate = f"{seconds * 1000 / (xml / MB):.1f} ms" if seconds and not failure(outcome) else "–"
        floor_rate = "–"
        if floor is not None:
            result = run_floor(floor, [path], args.rounds, args.timeout)
            if isinstance(result, dict) and isinstance(result.get("floor_ms"), (int, float)):
                value = result["floor_ms"]
                assert isinstance(value, (int, float))
                floor_rate = f"{value / (xml / MB):.2f} ms"
        print(f"| ×{times} | {xml / MB:.2f} MB | {path.stat().st_size / 1000:.0f} KB | {shown} "
              f"| {rate} | {floor_rate} |", flush=True)


def long_inputs(args: argparse.Namespace, work: Path) -> None:
    cases: List[Tuple[str, str]] = [
        ("2.6 MB single line", text_of_size(2_600_000)),
        ("1 MB single paragraph", text_of_size(1_000_000)),
        ("64 KB comma list", comma_list(64_000)),
    ]
    print()
    print("Long lines, one parse each:")
    print("| case | form | size | cufminutes.parse |")
    print("|---|---|---|---|")
    for n, (name, text) in enumerate(cases):
        txt = work / f"case{n}.txt"
        txt.write_text(text + "\n", encoding="utf-8")
        docx = work / f"case{n}.docx"
        write_docx(docx, paragraph(text))
        for form, path in (("text", txt), ("DOCX", docx)):
            outcome = run_worker("cufminutes-parse", [path], 1, args.timeout,
                                 work / "case.list", warmup=str(seed_docx()))
            seconds = seconds_of(outcome)
            shown = failure(outcome) or (f"{seconds:.2f} s" if seconds is not None else "")
            print(f"| {name} | {form} | {len(text.encode('utf-8')) / 1000:.0f} KB | {shown} |",
                  flush=True)


def memory(args: argparse.Namespace, work: Path) -> None:
    path = work / f"seed-body-x{args.memory_repeat}.docx"
    xml = repeated_seed(path, args.memory_repeat)
    outcome = run_worker("cufminutes-parse", [path], 1, args.timeout, work / "case.list",
                         warmup="none")
    print()
    print(f"Peak memory, the reference's body ×{args.memory_repeat} "
          f"(document.xml {xml / MB:.1f} MB, DOCX {path.stat().st_size / MB:.2f} MB):")
    problem = failure(outcome)
    if problem or not isinstance(outcome, dict):
        print(f"  {problem}")
        return
    before, peak = outcome.get("rss_import_kib"), outcome.get("rss_peak_kib")
    assert isinstance(before, int) and isinstance(peak, int)
    seconds = seconds_of(outcome) or 0.0
    grown = (peak - before) * 1024
    print(f"  parsed in {seconds:.1f} s; peak RSS {peak / 1024:.0f} MiB, after the imports "
          f"{before / 1024:.0f} MiB; growth {grown / 2**20:.0f} MiB = "
          f"{grown / xml:.1f}× the XML")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120, help="seconds per case")
    parser.add_argument("--memory-repeat", type=int, default=1000,
                        help="times the body is repeated for the memory figure")
    parser.add_argument("--parts", default="per-mb,long,memory",
                        help="comma-separated, among per-mb, long, memory")
    args = parser.parse_args()
    parts = {p.strip() for p in args.parts.split(",") if p.strip()}
    if parts - {"per-mb", "long", "memory"}:
        parser.error(f"unknown parts: {', '.join(sorted(parts - {'per-mb', 'long', 'memory'}))}")
    require_shared()
    with tempfile.TemporaryDirectory(prefix="cufminutes-linearity-") as tmp:
        work = Path(tmp)
        if "per-mb" in parts:
            floor = floor_binary()
            if floor is None:
                print("floor: not built (needs cargo: cargo build --release --example floor)")
            per_mb(args, work, floor)
        if "long" in parts:
            long_inputs(args, work)
        if "memory" in parts:
            memory(args, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
