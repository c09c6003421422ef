PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
CORPUS ?= ../shared/corpus/dev

.PHONY: run test lint format superuser bench eval install screenshots

## run: install, migrate, import the seed documents and serve on http://127.0.0.1:8000
run: $(VENV)/.runtime
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py import_documents fixtures/documents
	$(BIN)/python manage.py runserver $(HOST)

## test: the whole suite (SQLite, or PostgreSQL when DATABASE_URL is set)
test: $(VENV)/.dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run

format: $(VENV)/.dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## superuser: create an admin account (asks for the password; none is ever preset)
superuser: $(VENV)/.runtime
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py createsuperuser

## eval: extraction scores on the seeds and the development corpus's two halves, side by side
eval: $(VENV)/.runtime
	$(BIN)/python manage.py evaluate_extraction --compare $(CORPUS)

bench: $(VENV)/.dev
	$(BIN)/python bench/extraction.py

## screenshots: docs/img/*.png of the main screens, from a temporary database (docs/admin.md)
screenshots: $(VENV)/.dev
	$(BIN)/python docs/screenshots.py

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.runtime $@
