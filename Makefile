# Two commands: `make analysis` and `make test`. Both create .venv from the pinned lock if missing.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CORPUS ?= data/raw/demo
OUT ?= data/processed
STAMP := $(VENV)/.installed

.PHONY: analysis test bench report venv clean-venv

venv: $(STAMP)

# requirements.lock is the full transitive closure, installed with --no-deps: that is what keeps
# stanza and torch (declared by ukrainian-word-stress, unused in dictionary mode) out of .venv.
$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

analysis: $(STAMP)
	$(PY) -m analysis run "$(CORPUS)" --out "$(OUT)"
	$(PY) -m analysis notebooks --corpus "$(CORPUS)"

test: $(STAMP)
	$(PY) -m pytest tests/
	$(PY) -m pytest --nbval --nbval-current-env --nbval-sanitize-with notebooks/nbval_sanitize.cfg -p no:cacheprovider notebooks/

# The report notebook as a page without code, from the executed copy if `make analysis` made one.
report: $(STAMP)
	$(PY) -m jupyter nbconvert --to html --no-input \
		$$(test -f reports/notebooks/06-report.ipynb && echo reports/notebooks/06-report.ipynb || echo notebooks/06-report.ipynb) \
		--output-dir reports --output report
	@echo "report: $$(pwd)/reports/report.html"

bench: $(STAMP)
	$(PY) -m benchmarks

clean-venv:
	rm -rf $(VENV)
