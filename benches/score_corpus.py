#!/usr/bin/env python3
"""Parse every document of a gold-annotated corpus with cufminutes and score the records
with the corpus' scorer. Prints the summary and, with --per-doc, each document's figures.

usage: python benches/score_corpus.py [CORPUS_DIR] [--ext text|docx|md|txt] [--per-doc]

CORPUS_DIR defaults to corpus/dev of the shared material ($CUFMINUTES_SHARED, else
../shared beside the repository); the scorer is its tools/score.py. `--ext text` reads each
document's .md or .txt (its .docx when it has no text form), `--ext docx` its .docx (its
text form when it has no .docx): a corpus whose documents come in one form only is scored
whole both ways. Nothing is written outside a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import cufminutes

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CUFMINUTES_SHARED", ROOT.parent / "shared"))

# Which form of a document each --ext reads, in order of preference.
FORMS = {
    "text": ["md", "txt", "docx"],
    "docx": ["docx", "md", "txt"],
}


def document(corpus: Path, doc_id: str, ext: str) -> Path | None:
    """The file of `doc_id` that `ext` reads, if the corpus has one."""
    for e in FORMS.get(ext, [ext]):
        path = corpus / f"{doc_id}.{e}"
        if path.exists():
            return path
    return None


def score(corpus: Path, ext: str) -> dict:
    """Parses `<id>.<ext>` for every `<id>.gold.json` of `corpus` and returns the scorer's
    JSON report (summary and per_doc)."""
    scorer = SHARED / "tools" / "score.py"
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred"
        pred.mkdir()
        for gold in sorted(corpus.glob("*.gold.json")):
            doc_id = gold.name[: -len(".gold.json")]
            doc = document(corpus, doc_id, ext)
            if doc is None:
                continue
            try:
                record = cufminutes.parse(doc)
            except cufminutes.Error as e:
                print(f"{doc.name}: {e}", file=sys.stderr)
                continue
            (pred / f"{doc_id}.json").write_text(record.to_json(), encoding="utf-8")
        out = Path(tmp) / "report.json"
        subprocess.run(
            [sys.executable, str(scorer), str(corpus), str(pred), "--json", str(out)],
            check=True,
            capture_output=True,
        )
        return json.loads(out.read_text(encoding="utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(SHARED / "corpus" / "dev"))
    ap.add_argument("--ext", default="text")
    ap.add_argument("--per-doc", action="store_true")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"{corpus} not found: nothing to score")
        return 0
    report = score(corpus, args.ext)
    print(f"documents: {report['documents']} (.{args.ext})")
    for metric, figures in report["summary"].items():
        print(f"{metric:28s} " + "  ".join(f"{k}={v}" for k, v in figures.items()))
    if args.per_doc:
        keys = ["participants", "speakers", "sections", "decisions", "meeting.date"]
        print("\nper document: participants/speakers/sections [tp, pred, gold]; "
              "decisions [found, required, good, pred]; date [hit, n]")
        for doc, m in report["per_doc"].items():
            print(f"{doc[:44]:44s} " + " ".join(f"{k.split('.')[-1]}={m.get(k)}" for k in keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
