# The two commands of the README: `make app` (set up and start the app) and `make test` (set up and run all tests).
# Both create .venv with Python 3.11+ and install Kyotei into it; nothing else needs to be installed by hand,
# apart from the Debian packages for OCR (tesseract-ocr, tesseract-ocr-jpn), which `.ci/run` installs.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: app test install install-dev lint bench clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e ".[app,ocr]"
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml
	$(BIN)/pip install --quiet -e ".[app,ocr]" --group dev
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

app: install
	$(BIN)/streamlit run app.py --server.headless true --server.address 127.0.0.1 --server.port $(PORT) \
		--browser.gatherUsageStats false

test: install-dev
	$(BIN)/python -m pytest

lint: install-dev
	$(BIN)/ruff check analyzer tests bench app.py

bench: install-dev
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info
