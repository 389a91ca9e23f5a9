# The two commands a newcomer runs: `make run` and `make test`. Both set everything up
# from nothing but Python 3.11+ and the package registries.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint translations update-translations bench soak installer clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# One stamp per set of extras, redone when pyproject.toml changes.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[server]"
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed-run

$(VENV)/.installed-installer: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[server,installer]"
	touch $@ $(VENV)/.installed-run

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed-run
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

## run: the desktop app on the embedded demo server
run: $(VENV)/.installed-run translations
	$(BIN)/compliance-client demo

## test: ruff, mypy --strict, then the whole pytest suite with Qt offscreen
test: $(VENV)/.installed-dev translations
	$(BIN)/ruff check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## installer: freeze with PyInstaller (installer/compliance-client.spec), smoke-test the frozen
## app under offscreen Qt (--version, --smoke, demo health check), print the bundle size, then
## compile the Windows setup: ISCC on Windows; on Linux Inno Setup 6.3.1 and 6.4.1 under Wine
## (skipped, and said so, without wine/npm; SKIP_SETUP=1 skips it). Output in dist/.
installer: $(VENV)/.installed-installer translations
	PYTHON=$(BIN)/python bash installer/build.sh

## bench: every benchmark (about 15 minutes here; scale.py needs COMPLIANCE_BENCH_PG_URL); ends with one line per figure
bench: $(VENV)/.installed-dev
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

## soak: 8 clients of mixed reads and writes for 2 minutes (SOAK_ARGS="--db URL --seconds N")
soak: $(VENV)/.installed-dev
	$(BIN)/python tools/soak.py $(SOAK_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/mypy

## update-translations: re-scan the sources for tr() strings into the .ts files
# English is the source language: its file holds only the plural forms ("1 day", "2 days").
update-translations: $(VENV)/.installed-dev
	$(BIN)/pyside6-lupdate -no-obsolete $$(git ls-files 'compliance_client/*.py') -ts $(filter-out %_en.ts,$(TS))
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly -source-language en -target-language en $$(git ls-files 'compliance_client/*.py') -ts resources/translations/compliance_client_en.ts

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM)
