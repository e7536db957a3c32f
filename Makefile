# Two commands: `make analysis` and `make test`. Both create .venv from the pinned lock if missing.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CORPUS ?= data/raw/demo
OUT ?= data/processed
SENTIMENT ?= lexicon
STAMP := $(VENV)/.installed

.PHONY: analysis test bench report lab venv clean-venv

venv: $(STAMP)

# requirements.lock is the full transitive closure, installed with --no-deps: that is what keeps
# stanza and torch (declared by ukrainian-word-stress, unused in dictionary mode) out of .venv.
$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

analysis: $(STAMP)
	$(PY) -m analysis run "$(CORPUS)" --out "$(OUT)" --sentiment "$(SENTIMENT)"
	$(PY) -m analysis notebooks --corpus "$(CORPUS)" --tables "$(OUT)"

test: $(STAMP)
	$(PY) -m pytest tests/
	$(PY) -m pytest --nbval --nbval-current-env --nbval-sanitize-with notebooks/nbval_sanitize.cfg -p no:cacheprovider notebooks/

# The report notebook as a page without code, from the executed copy if `make analysis` made one.
report: $(STAMP)
	$(PY) -m jupyter nbconvert --to html --no-input \
		$$(test -f reports/notebooks/06-report.ipynb && echo reports/notebooks/06-report.ipynb || echo notebooks/06-report.ipynb) \
		--output-dir reports --output report
	@echo "report: $$(pwd)/reports/report.html"

# JupyterLab from .venv with the series open and the interface in Ukrainian (language pack from the
# lock; the locale is set in the environment's own settings, not in the user's home).
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings
LAB_ARGS ?=
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)
lab: $(STAMP)
	mkdir -p $(LAB_SETTINGS)
	echo '{"@jupyterlab/translation-extension:plugin": {"locale": "uk_UA"}}' > $(LAB_SETTINGS)/overrides.json
	$(PY) -m jupyter lab --ServerApp.root_dir=. $(ALLOW_ROOT) $(LAB_ARGS) notebooks/01-explore-corpus.ipynb

bench: $(STAMP)
	$(PY) -m benchmarks

clean-venv:
	rm -rf $(VENV)
