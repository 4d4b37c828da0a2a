# Scripta: `make run` for the demo, `make test` for the whole suite. Both work from a clean clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-fast lint security lexicon-keys train-net typecheck migrations-check pytest browser-deps eval bench clean messages

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

run: $(VENV)/.installed
	mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py demo
	@echo "Scripta on http://$(HOST):$(PORT)/  (web server and background worker; Ctrl-C stops both)"
	@$(PY) manage.py worker & WORKER=$$!; \
	trap 'kill $$WORKER 2>/dev/null; wait $$WORKER 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver --noreload $(HOST):$(PORT)

browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "Installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null; fi; \
	fi

lint: $(VENV)/.installed-test
	$(BIN)/ruff check scripta bench tests conftest.py
	$(BIN)/ruff format --check scripta bench tests conftest.py

# Security lint (offline): medium and high findings fail; each accepted one carries `# nosec` and a reason.
security: $(VENV)/.installed-test
	$(BIN)/bandit -q -r scripta -x '*/tests/*,*/migrations/*' -ll

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy scripta

migrations-check: $(VENV)/.installed-test
	DJANGO_SETTINGS_MODULE=scripta.settings.test $(PY) manage.py makemigrations --check --dry-run

pytest: $(VENV)/.installed-test browser-deps
	DJANGO_SETTINGS_MODULE=scripta.settings.test $(BIN)/pytest -q

test: lint security typecheck migrations-check pytest

eval: $(VENV)/.installed-test
	$(PY) bench/analysis_eval.py --write-docs

bench: $(VENV)/.installed-test
	$(PY) bench/analysis_speed.py

# Rewrite the keys of the lexicon rules as loaded at import (after editing a lexicon; a test
# says when the file is stale): scripta/analysis/lexicon/rule_keys.json
lexicon-keys: $(VENV)/.installed-test
	$(PY) -c "from scripta.analysis.rules import write_keys_file; print(write_keys_file())"

# Retrain the reading engine's learned safety net (writes scripta/analysis/lexicon/risk_net.json).
train-net: $(VENV)/.installed-test
	$(BIN)/pip install --quiet -e '.[train]'
	$(PY) bench/train_risk_net.py

messages: $(VENV)/.installed
	cd scripta && ../$(PY) ../manage.py makemessages -l it --no-obsolete && ../$(PY) ../manage.py compilemessages

clean:
	rm -rf $(VENV) var artifacts .mypy_cache .ruff_cache
