# SCORE Academy: every target sets up what it needs on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
PYTEST_WORKERS ?= auto

.PHONY: run setup migrate seed test api-check lint messages bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)
	$(BIN)/python bin/compile_messages.py

migrate: setup
	$(MANAGE) migrate --noinput

seed: migrate
	$(MANAGE) seed_demo

# Where `make run` serves (make run ADDRESS=0.0.0.0:8080): certificates and e-mails link there too.
ADDRESS ?= 127.0.0.1:8000
run: export SITE_URL ?= http://$(ADDRESS)
run: seed
	$(MANAGE) runserver $(ADDRESS)

# Browser tests and other transactional tests empty the database after each test, so they run in
# their own pass: each worker has its own database and live server, and takes whole test modules
# (--dist loadfile), so each module keeps one browser session.
test: setup
	$(BIN)/pytest -n $(PYTEST_WORKERS) -m "not browser and not serial" $(PYTEST_ARGS)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile -m "browser or serial" $(PYTEST_ARGS)

# schemathesis against the live /api/v1/openapi.json, every check (bin/api_check.sh).
api-check: setup
	bash bin/api_check.sh

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

messages: setup
	$(MANAGE) makemessages --locale id --ignore ".venv/*" --ignore "bench/*" --ignore "tests/*" --no-obsolete
	$(BIN)/python bin/compile_messages.py

bench: setup
	$(BIN)/python bench/run.py
	$(BIN)/python bench/certificates.py
	$(BIN)/python bench/results_dashboard.py
	$(BIN)/python bench/results_import.py

clean:
	rm -rf $(VENV) db.sqlite3 media var static_collected
