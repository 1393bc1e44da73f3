# Two commands matter: `make demo` (scan the example app) and `make test` (everything CI runs).
# Each creates the virtual environment from pyproject.toml when it is missing or stale.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

# semgrep must never phone home (version check, metrics): see DEVELOPERS.md.
export SEMGREP_ENABLE_VERSION_CHECK := 0
export SEMGREP_SEND_METRICS := off

.PHONY: demo test lint typecheck rules-test pytest install clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/rescue scan examples/client-portal --fail-on never

lint: $(VENV)/.installed
	$(BIN)/ruff check .

typecheck: $(VENV)/.installed
	$(BIN)/mypy

rules-test: $(VENV)/.installed
	$(BIN)/semgrep --test --metrics=off --disable-version-check rules/

pytest: $(VENV)/.installed
	$(BIN)/pytest -q

test: lint typecheck rules-test pytest

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
