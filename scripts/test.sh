#!/usr/bin/env bash
# The project's test command. Needs only a Rust toolchain, Python >= 3.9 with pip, and the
# crates.io and PyPI registries: Rust checks and tests first, then the Python package is
# built (release), installed with pip into a private virtual environment and tested there.
#
#   bash scripts/test.sh
#
# Every check runs even when an earlier one fails, so one run shows everything that is wrong;
# the exit status is 1 if any failed. Only a failed install stops the run, since the Python
# checks need the installed package.
#
# CUFMINUTES_TEST_VENV chooses the virtual environment (default: target/test-venv);
# PYTHON chooses the interpreter that creates it (default: python3).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
START=$SECONDS
FAILED=()

section() {
    printf '\n==== %s (at %ds) ====\n' "$*" "$((SECONDS - START))"
}

# check NAME COMMAND...: runs COMMAND under a header and records NAME if it fails.
check() {
    local name=$1
    shift
    section "$name"
    if "$@"; then
        echo "---- ok: $name"
    else
        echo "---- FAILED: $name"
        FAILED+=("$name")
    fi
}

check "cargo fmt --check" cargo fmt --all --check
check "cargo clippy (core, no Python)" cargo clippy --all-targets -- -D warnings
check "cargo clippy (python feature)" cargo clippy --all-targets --features python -- -D warnings
check "cargo test" cargo test

section "Python virtual environment"
VENV=${CUFMINUTES_TEST_VENV:-$ROOT/target/test-venv}
if [ ! -x "$VENV/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$VENV"
fi
PY=$VENV/bin/python
export PATH="$VENV/bin:$PATH"
"$PY" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$PY" --version

# The optional extras are installed too, so that the DataFrame and XLSX tests run.
section "pip install .[test,pandas,xlsx] (builds the extension in release mode)"
"$PY" -m pip install --quiet --disable-pip-version-check ".[test,pandas,xlsx]"
# Run from outside the source tree so that imports see the installed package.
(cd "$VENV" && "$PY" -c 'import cufminutes; print("installed cufminutes", cufminutes.__version__)')
command -v cufminutes

in_venv_dir() { (cd "$VENV" && "$@"); }
check "mypy --strict (installed package)" in_venv_dir "$PY" -m mypy --strict --no-incremental -p cufminutes
# The tests use the API as a user would, so type-checking them checks the API's types too.
check "mypy --strict (tests)" bash -c "cd tests/python && '$PY' -m mypy --strict --no-incremental ."
check "mypy.stubtest cufminutes" in_venv_dir "$PY" -m mypy.stubtest cufminutes \
    --allowlist "$ROOT/tests/python/stubtest-allowlist.txt"
check "pytest" "$PY" -m pytest

section "summary"
echo "took $((SECONDS - START))s"
if [ ${#FAILED[@]} -gt 0 ]; then
    printf 'FAILED: %s\n' "${FAILED[@]}"
    exit 1
fi
echo "all checks passed"
