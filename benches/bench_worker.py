"""Times one tool over a list of files, inside this process and after its imports, so that
interpreter start-up and import time are not counted. Prints one JSON object.

    python benches/bench_worker.py TOOL --rounds N --list FILE_OF_PATHS

Run by `compare.py` and `linearity.py`, one process per tool and set. Each round reads every
file once (a batch tool: one call on all of them); one untimed call on the first file comes
first (`--warmup` names another file for it), so that lazy initialisation (automata compiled on first use, caches of a library's own)
is not counted as the first document's work. The JSON gives the seconds of every round, the
number of files that failed, and the peak resident memory (KiB) after the imports and at the
end. A tool that is not installed prints {"error": "not installed", "pip": ...}.

kreuzberg is run with `use_cache=False`: it caches results by default, which would time a
cache look-up from the second round on.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import importlib.util
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

#: tool name -> (module to import, distribution that installs it)
MODULES: Dict[str, Tuple[str, str]] = {
    "cufminutes-parse": ("cufminutes", "cufminutes"),
    "cufminutes-jobs1": ("cufminutes", "cufminutes"),
    "cufminutes-all": ("cufminutes", "cufminutes"),
    "python-docx": ("docx", "python-docx"),
    "docx2txt": ("docx2txt", "docx2txt"),
    "kreuzberg": ("kreuzberg", "kreuzberg"),
    "kreuzberg-batch": ("kreuzberg", "kreuzberg"),
}

#: A tool: takes the paths, returns how many of them failed.
Runner = Callable[[List[str]], int]

#: The first failure's message, reported beside the count.
FIRST_ERROR: List[str] = []


def each(one: Callable[[str], object]) -> Runner:
    """A runner that handles the files one after another, a failure counted and passed."""
    def run(paths: List[str]) -> int:
        failed = 0
        for path in paths:
            try:
                one(path)
            except Exception as e:
                failed += 1
                if not FIRST_ERROR:
                    FIRST_ERROR.append(f"{type(e).__name__}: {e}"[:300])
        return failed
    return run


def runner(tool: str, module: Any) -> Runner:
    if tool == "cufminutes-parse":
        return each(module.parse)
    if tool in ("cufminutes-jobs1", "cufminutes-all"):
        jobs = 1 if tool == "cufminutes-jobs1" else os.cpu_count() or 1

        def parse_many(paths: List[str]) -> int:
            return sum(1 for r in module.parse_many(paths, jobs=jobs) if not r.ok)
        return parse_many
    if tool == "python-docx":
        def docx_text(path: str) -> str:
            doc = module.Document(path)
            parts = [p.text for p in doc.paragraphs]
            parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
            return "\n".join(parts)
        return each(docx_text)
    if tool == "docx2txt":
        return each(module.process)
    config = module.ExtractionConfig(use_cache=False)
    if tool == "kreuzberg":
        return each(lambda path: module.extract_file_sync(path, config=config).content)

    def batch(paths: List[str]) -> int:
        results = module.batch_extract_files_sync(paths, config=config)
        return len(paths) - len(results)
    return batch


def peak_kib() -> int:
    """This process's peak resident set, KiB. Linux's VmHWM counts this program only, where
    `getrusage`'s ru_maxrss also keeps the peak of the parent process it was forked from
    (it survives exec), which a parent that has just built a large file would inflate."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("tool", choices=sorted(MODULES))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--list", type=Path, required=True, help="file of paths, one a line")
    parser.add_argument("--warmup", default="",
                        help="file of the untimed first call (default: the first path; "
                             "'none': no such call)")
    args = parser.parse_args()
    name, dist = MODULES[args.tool]
    if importlib.util.find_spec(name) is None:
        pip = "pip install ." if dist == "cufminutes" else f"pip install {dist}"
        print(json.dumps({"error": "not installed", "pip": pip}))
        return 0
    module = importlib.import_module(name)
    run = runner(args.tool, module)
    paths = [line for line in args.list.read_text(encoding="utf-8").splitlines() if line]
    rss_import = peak_kib()

    if args.warmup != "none":
        run([args.warmup] if args.warmup else paths[:1])
    seconds: List[float] = []
    failed = 0
    for _ in range(args.rounds):
        start = time.perf_counter()
        failed = run(paths)
        seconds.append(time.perf_counter() - start)
    print(json.dumps({
        "tool": args.tool,
        "dist": dist,
        "version": importlib.metadata.version(dist),
        "files": len(paths),
        "seconds": seconds,
        "failed": failed,
        "first_error": FIRST_ERROR[0] if FIRST_ERROR else None,
        "rss_import_kib": rss_import,
        "rss_peak_kib": peak_kib(),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
