#!/usr/bin/env bash
# The project's test command. Needs only a Rust toolchain, Python >= 3.9 with pip, and the
# crates.io and PyPI registries: Rust checks and tests first, then the Python package is
# built (release), installed with pip into a private virtual environment and tested there.
#
#   bash scripts/test.sh
#
# CUFMINUTES_TEST_VENV chooses the virtual environment (default: target/test-venv);
# PYTHON chooses the interpreter that creates it (default: python3).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
START=$SECONDS

section() {
    printf '\n==== %s (%ds) ====\n' "$*" "$((SECONDS - START))"
}

section "cargo fmt --check"
cargo fmt --all --check

section "cargo clippy (core, no Python)"
cargo clippy --all-targets -- -D warnings

section "cargo clippy (python feature)"
cargo clippy --all-targets --features python -- -D warnings

section "cargo test"
cargo test

section "Python virtual environment"
VENV=${CUFMINUTES_TEST_VENV:-$ROOT/target/test-venv}
if [ ! -x "$VENV/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$VENV"
fi
PY=$VENV/bin/python
export PATH="$VENV/bin:$PATH"
"$PY" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$PY" --version

section "pip install .[test] (builds the extension in release mode)"
"$PY" -m pip install --quiet --disable-pip-version-check ".[test]"
"$PY" -c 'import cufminutes, sys; print("installed cufminutes", cufminutes.__version__)'
command -v cufminutes

# Run the Python checks outside the source tree so that they see the installed package.
cd "$VENV"

section "mypy --strict on the installed package"
"$PY" -m mypy --strict --no-incremental -p cufminutes

section "mypy.stubtest cufminutes"
"$PY" -m mypy.stubtest cufminutes --allowlist "$ROOT/tests/python/stubtest-allowlist.txt"

section "pytest"
cd "$ROOT"
"$PY" -m pytest

section "done"
