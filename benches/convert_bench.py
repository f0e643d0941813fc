"""Benchmark of `cufminutes convert`: speed-up from --jobs 1 to --jobs 2, and peak memory
for 1,000 versus 10,000 files. Prints the figures; asserts nothing.

    python benches/convert_bench.py [--files 2000] [--small 1000] [--large 10000] [--keep DIR]

The DOCX files are generated from the project's own example minutes (examples/minutes/): a
minimal WordprocessingML package per file, with headings, list items and the meeting date
varied so that no two files are identical. Needs the `cufminutes` command installed.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import List, Tuple
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "minutes"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def example_texts() -> List[str]:
    texts = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        data = path.read_bytes()
        try:
            texts.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(data.decode("cp1252"))
    return texts


def paragraph(line: str) -> str:
    style = ""
    stripped = line.lstrip()
    if stripped.startswith("#"):
        style = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'
        stripped = stripped.lstrip("#").strip()
    return f'<w:p>{style}<w:r><w:t xml:space="preserve">{escape(stripped)}</w:t></w:r></w:p>'


def docx_bytes(text: str, n: int) -> bytes:
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    lines.insert(1, f"Copie de travail n° {n}")
    body = "".join(paragraph(line) for line in lines)
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    )

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document)
    return buf.getvalue()


def build(folder: Path, count: int) -> None:
    """`count` DOCX files in `folder` (the first ones shared through hard links)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = example_texts()
    for n in range(count):
        (folder / f"cr-{n:05d}.docx").write_bytes(docx_bytes(texts[n % len(texts)], n))


def subset(source: Path, folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        name = f"cr-{n:05d}.docx"
        os.link(source / name, folder / name)
    return folder


def run(folder: Path, jobs: int, out: Path) -> Tuple[float, float, int]:
    """Wall time, CPU time (user + system) and peak RSS (KiB) of one `cufminutes convert`,
    measured from a fresh intermediate process so the figures are that run's only. CPU time
    over wall time shows how many cores the run really got: on a busy machine it is below
    `jobs` and the speed-up with it."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL)\n"
        "t = time.perf_counter() - t\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(t, u.ru_utime + u.ru_stime, u.ru_maxrss, r.returncode)\n"
    )
    command = [sys.executable, "-c", probe, shutil.which("cufminutes") or "cufminutes",
               "convert", str(folder), "--jobs", str(jobs), "-o", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds, cpu, rss, code = result.stdout.split()
    if code != "0":
        raise SystemExit(f"convert failed on {folder} (exit {code})")
    return float(seconds), float(cpu), int(rss)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000, help="files for the speed-up")
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs, best kept")
    parser.add_argument("--keep", type=Path, help="build the files here and keep them")
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    work = args.keep or Path(tempfile.mkdtemp(prefix="cufminutes-bench-"))
    try:
        most = max(args.files, args.small, args.large)
        t = time.perf_counter()
        build(work / "all", most)
        print(f"built {most} DOCX files in {time.perf_counter() - t:.1f} s ({work})")
        out = work / "out.jsonl"
        speed = subset(work / "all", work / f"n{args.files}", args.files)
        times = {}
        for jobs in (1, 2):
            runs = [run(speed, jobs, out) for _ in range(args.repeat)]
            wall, cpu, _ = min(runs)
            times[jobs] = wall
            print(f"convert --jobs {jobs}: {args.files} files in {wall:.2f} s, "
                  f"CPU {cpu:.2f} s ({100 * cpu / wall:.0f}%) "
                  f"(best of {args.repeat}: {', '.join(f'{r[0]:.2f}' for r in runs)})")
        print(f"speed-up --jobs 2 / --jobs 1: {times[1] / times[2]:.2f}x "
              f"on {os.cpu_count()} cores")
        peaks = {}
        for count in (args.small, args.large):
            folder = work / "all" if count == most else subset(
                work / "all", work / f"n{count}-rss", count)
            seconds, _, rss = run(folder, 2, out)
            peaks[count] = rss
            print(f"convert --jobs 2: {count} files in {seconds:.2f} s, peak RSS "
                  f"{rss / 1024:.1f} MiB")
        print(f"peak RSS {args.large} / {args.small} files: "
              f"{peaks[args.large] / peaks[args.small]:.3f}")
        print(f"output size for {args.large} files: {out.stat().st_size / 2**20:.1f} MiB")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
