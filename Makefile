# Two commands: `make run` and `make test`. Needs only Python 3.11, git and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# make test runs the tests in this many processes (pytest-xdist; 0 = in this one process).
PYTEST_WORKERS ?= 2
MANAGE := DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(BIN)/python manage.py

.PHONY: run test install install-test lint audit format messages translations migrate demo clean bench lighthouse

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

translations: install
	$(MANAGE) compiletranslations

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo

run: translations demo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# The W3C Nu HTML checker that the crawl test runs (package.json; it needs Java). Without npm or
# Java that check is skipped, loudly; CI=1 or REQUIRE_BROWSER=1 makes it a failure.
# --ignore-scripts: vnu-jar would otherwise download a Java runtime; we use the system's.
node_modules/.package-lock.json: package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: the crawl's Nu HTML check will be skipped (apt-get install npm)"; fi

test: install-test translations node_modules/.package-lock.json audit
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# Benchmark (docs/benchmarks.md): a made-up forum at two sizes in its own database, served by
# gunicorn as in production, every page measured with wrk. Needs wrk and Redis. BENCH_SECONDS,
# BENCH_COLD_SECONDS, BENCH_SCALES, BENCH_DIR and DATABASE_URL are read (scripts/bench.py).
bench: install translations
	$(BIN)/python scripts/bench.py

# Lighthouse (mobile) on six pages of the demo; fails below 95 / 100 / 100 / 100. Needs npm
# (fetches Lighthouse once) and Chromium; not part of make test (scripts/lighthouse.py).
lighthouse: install translations
	$(BIN)/python scripts/lighthouse.py

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/bandit -q -c pyproject.toml -r .

# Security audits: bandit on the code (each accepted finding is justified where it is, with
# `# nosec`), and the installed packages against known vulnerabilities (pip-audit; says so and
# passes when its advisory service cannot be reached).
audit: install-test
	$(BIN)/bandit -q -c pyproject.toml -r .
	$(BIN)/python scripts/dependency_audit.py

format: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Needs GNU gettext (xgettext): extract new UI strings into locale/*/LC_MESSAGES/django.po.
messages: install
	$(MANAGE) makemessages --no-location --no-obsolete -l kk -l ru -l en -i '.venv/*'

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
