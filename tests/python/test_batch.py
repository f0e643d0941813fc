"""cufminutes.parse_many: parallel parsing, one result per input in input order."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any, List, Union

import pytest

import cufminutes
from cufminutes import _cufminutes

from conftest import EXAMPLES, JAPON, KANAZAWA, UNSUPPORTED

Result = Union[cufminutes.Record, cufminutes.ParseFailure]


def mixed_inputs(tmp_path: Path) -> List[Path]:
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    pdf = tmp_path / "annexe.docx"
    pdf.write_bytes(UNSUPPORTED["pdf"])
    broken = tmp_path / "casse.docx"
    broken.write_bytes(UNSUPPORTED["zip"][:40])
    return [JAPON, empty, tmp_path / "absent.odt", KANAZAWA, pdf, broken, JAPON]


def test_one_result_per_input_in_input_order(tmp_path: Path) -> None:
    inputs = mixed_inputs(tmp_path)
    results = list(cufminutes.parse_many(inputs, jobs=2))
    assert len(results) == len(inputs)
    assert [r.ok for r in results] == [True, False, False, True, False, False, True]
    assert results[0] == cufminutes.parse(JAPON) == results[6]
    assert results[3] == cufminutes.parse(KANAZAWA)
    failures = [r for r in results if isinstance(r, cufminutes.ParseFailure)]
    assert [f.kind for f in failures] == ["empty", "io", "unsupported", "corrupt"]
    for failure, path in zip(failures, [inputs[1], inputs[2], inputs[4], inputs[5]]):
        assert failure.path == str(path)
        assert str(path) in failure.message


def test_a_broken_file_never_stops_the_run(tmp_path: Path) -> None:
    broken = tmp_path / "casse.docx"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    inputs = [broken, JAPON] * 50
    results = list(cufminutes.parse_many(inputs, jobs=3))
    assert [r.ok for r in results] == [False, True] * 50


def test_many_files_keep_their_order() -> None:
    inputs = [JAPON, KANAZAWA] * 150
    results = list(cufminutes.parse_many(iter(inputs), jobs=2))
    paths = [r.source.path for r in results if isinstance(r, cufminutes.Record)]
    assert paths == [str(p) for p in inputs]


def test_paths_may_be_str_pathlike_or_a_generator() -> None:
    as_str = list(cufminutes.parse_many([str(JAPON)]))
    as_path = list(cufminutes.parse_many(p for p in [JAPON]))
    assert as_str == as_path == [cufminutes.parse(JAPON)]
    assert list(cufminutes.parse_many([])) == []


def test_results_are_produced_lazily() -> None:
    """Stopping early is fine, and the paths are read only as the run needs them."""
    taken: List[int] = []

    def paths() -> Any:
        for i in itertools.count():
            taken.append(i)
            yield JAPON

    first = list(itertools.islice(cufminutes.parse_many(paths(), jobs=2), 3))
    assert len(first) == 3
    assert len(taken) < 100


@pytest.mark.parametrize("jobs", [0, -1, 1.5, "2", True])
def test_jobs_must_be_a_positive_integer(jobs: Any) -> None:
    with pytest.raises(ValueError, match="jobs"):
        cufminutes.parse_many([JAPON], jobs=jobs)


def test_timeout_is_a_per_file_budget_in_seconds() -> None:
    assert cufminutes.DEFAULT_TIMEOUT == 60.0
    expected = [cufminutes.parse(JAPON), cufminutes.parse(KANAZAWA)]
    # A generous budget, none, or 0 (none either) leave normal files alone.
    for timeout in [3600, 3600.0, None, 0]:
        assert list(cufminutes.parse_many([JAPON, KANAZAWA], timeout=timeout)) == expected


def test_a_file_past_its_budget_is_a_timeout_failure() -> None:
    # A nanosecond: every parse finishes past it, so every file is a timeout, in order.
    results = list(cufminutes.parse_many([JAPON, "absent.docx", KANAZAWA], jobs=2, timeout=1e-9))
    assert [r.ok for r in results] == [False, False, False]
    failures = [r for r in results if isinstance(r, cufminutes.ParseFailure)]
    assert [f.path for f in failures] == [str(JAPON), "absent.docx", str(KANAZAWA)]
    assert {f.kind for f in failures} == {"timeout"}
    assert failures[0].message == f"{JAPON}: timeout: not parsed within the 0.000000001 s budget"
    exc = failures[0].exception()
    assert isinstance(exc, cufminutes.ParseTimeoutError) and isinstance(exc, TimeoutError)
    assert isinstance(exc, cufminutes.Error) and exc.path == str(JAPON)


@pytest.mark.parametrize("timeout", [-1, float("nan"), "5", True])
def test_timeout_must_be_seconds_or_none(timeout: Any) -> None:
    with pytest.raises(ValueError, match="timeout"):
        cufminutes.parse_many([JAPON], timeout=timeout)
    if isinstance(timeout, float) or timeout == -1:
        with pytest.raises(ValueError, match="timeout"):
            _cufminutes.parse_many([str(JAPON)], None, timeout)


def test_a_single_path_is_refused() -> None:
    with pytest.raises(TypeError, match="iterable of paths"):
        # A str is an iterable of str to a type checker: only the run-time check catches it.
        cufminutes.parse_many(str(JAPON))
    with pytest.raises(TypeError, match="iterable of paths"):
        cufminutes.parse_many(JAPON)  # type: ignore[arg-type]


def test_failure_object() -> None:
    (failure,) = cufminutes.parse_many(["absent.docx"])
    assert isinstance(failure, cufminutes.ParseFailure)
    assert failure.ok is False and cufminutes.Record.ok is True
    exc = failure.exception()
    assert isinstance(exc, cufminutes.ReadError) and isinstance(exc, OSError)
    assert exc.path == "absent.docx" and type(exc).kind == "io"
    assert failure.to_dict() == {
        "source": {"path": "absent.docx"},
        "error": {"kind": "io", "message": failure.message},
    }
    with pytest.raises(AttributeError):
        failure.kind = "corrupt"  # type: ignore[misc]


def test_native_iterator() -> None:
    results = _cufminutes.parse_many([str(JAPON), "absent.txt"], 2)
    assert results.jobs == 2
    assert iter(results) is results
    path, record_json, kind, message = next(results)
    assert (path, kind, message) == (str(JAPON), None, None)
    assert record_json is not None and cufminutes.Record.from_json(record_json).ok
    assert next(results)[2] == "io"
    with pytest.raises(StopIteration):
        next(results)


def test_every_example_parses() -> None:
    examples = sorted(EXAMPLES.glob("*.txt"))
    results = list(cufminutes.parse_many(examples))
    assert all(r.ok for r in results)
    assert results == [cufminutes.parse(p) for p in examples]
