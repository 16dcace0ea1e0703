# The two commands a newcomer needs: `make run` and `make test`. Each sets everything up.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --disable-pip-version-check -q -c constraints.txt

.PHONY: run test install install-dev system-deps system-deps-test lint bench package clean

run: install
	$(VENV)/bin/editor-assistant gui --sample

test: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m pytest

install: system-deps $(VENV)/.stamp-install

install-dev: system-deps-test $(VENV)/.stamp-dev

system-deps:
	@bash packaging/system-deps.sh runtime

system-deps-test:
	@bash packaging/system-deps.sh test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.stamp-install: $(VENV)/bin/python pyproject.toml constraints.txt
	$(PIP) -e .
	touch $@

$(VENV)/.stamp-dev: $(VENV)/.stamp-install
	$(PIP) -e '.[dev]'
	touch $@

lint: install-dev
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

bench: install-dev
	@for script in benchmarks/bench_*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

# A one-folder app in dist/editor-assistant/ (see packaging/README.md for Windows).
package: install-dev
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN packaging/editor-assistant.spec
	dist/editor-assistant/editor-assistant --self-test

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
