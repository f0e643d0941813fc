"""The input files of ``convert`` and ``participants``: files, folders (recursively) and
glob patterns, keeping the document extensions cufminutes reads and counting the rest."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from typing import Iterable, Iterator, List, Set

__all__ = ["DOCUMENT_EXTENSIONS", "Inputs", "collect"]

#: File extensions taken from folders and patterns; other files are skipped and counted.
DOCUMENT_EXTENSIONS = (".docx", ".docm", ".dotx", ".odt", ".txt", ".md")

_GLOB_CHARS = set("*?[")


@dataclass
class Inputs:
    """The files to parse, in order, and the number of other files skipped."""

    files: List[str] = field(default_factory=list)
    skipped: int = 0
    #: Whether a file may come twice (several arguments); one folder never repeats a file,
    #: and not remembering every path keeps memory low on huge folders.
    dedupe: bool = True
    _seen: Set[str] = field(default_factory=set, repr=False)

    def offer(self, path: str) -> None:
        name = os.path.basename(path)
        # "~$report.docx" is the lock file Word leaves beside an open document.
        if not name.lower().endswith(DOCUMENT_EXTENSIONS) or name.startswith("~$"):
            self.skipped += 1
            return
        if self.dedupe:
            key = os.path.normcase(os.path.realpath(path))
            if key in self._seen:
                return
            self._seen.add(key)
        self.files.append(path)


def _walk(folder: str) -> Iterator[str]:
    """Files under ``folder``, recursively, in a stable (sorted) order."""
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            yield os.path.join(root, name)


def collect(args: Iterable[str]) -> Inputs:
    """Expands command-line inputs. A path that does not exist and is not a pattern is kept,
    so that it gets its own error line rather than disappearing."""
    args = list(args)
    inputs = Inputs(dedupe=len(args) > 1)
    for arg in args:
        if os.path.isdir(arg):
            for path in _walk(arg):
                inputs.offer(path)
        elif os.path.exists(arg):
            inputs.offer(arg)
        elif _GLOB_CHARS & set(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                inputs.files.append(arg)
            for match in matches:
                if os.path.isdir(match):
                    for path in _walk(match):
                        inputs.offer(path)
                else:
                    inputs.offer(match)
        else:
            inputs.files.append(arg)
    return inputs
