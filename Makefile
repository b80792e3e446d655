# Participation Space. `make help` lists the targets.
# The two set-up commands a newcomer needs: `make run` and `make test`.

SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/participation
# A database of its own: the benchmark drops and re-creates it on every run.
PG_BENCH_URL ?= postgres://postgres@127.0.0.1:5432/participation_bench
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help messages catalogues run test test-sqlite test-postgres lint format check lock migrate demo clean system-package css bench bench-search bench-flood bench-load bench-weight

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

# requirements*.txt name what we use; the lock files pin the whole tree, and are what we install.
$(VENV)/.runtime: requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is needed (found " + sys.version.split()[0] + ")")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.lock
	$(PY) -m pip install --quiet -r requirements-dev.lock
	touch $@

# pip-compile keeps every pin already in a lock file that still fits; `--upgrade-package NAME`
# (PIP_COMPILE_ARGS) moves one on. The development lock is held to the runtime lock's pins.
PIP_COMPILE = CUSTOM_COMPILE_COMMAND="make lock" $(VENV)/bin/pip-compile --quiet --strip-extras \
	--annotation-style line --no-emit-index-url --no-emit-find-links $(PIP_COMPILE_ARGS)

lock: $(VENV)/.dev ## Pin the whole dependency tree again (requirements*.lock) after a change to requirements*.txt
	$(PIP_COMPILE) --output-file requirements.lock requirements.txt
	$(PIP_COMPILE) --constraint requirements.lock --output-file requirements-dev.lock requirements-dev.txt

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || $(MAKE) --no-print-directory system-package PACKAGE=npm
	npm ci --silent --no-audit --no-fund
	touch $@

# NHS.UK frontend's style sheet, cut down to the selectors our templates, Python code and
# scripts can use (scripts/build_css.mjs). Built, not committed; rebuilt when any of them change.
NHSUK_CSS := static/build/nhsuk-frontend.css
CSS_SOURCES := $(shell find . \( -name node_modules -o -name '.?*' -o -name staticfiles -o -name migrations -o -name tests \) -prune \
	-o \( -name '*.html' -o -name '*.py' -o -path './static/js/*.js' \) -print)

css: $(NHSUK_CSS) ## Build the NHS.UK style sheet our pages use (static/build/), from wagtail-nhsuk-frontend's
$(NHSUK_CSS): $(VENV)/.runtime node_modules/.installed scripts/build_css.mjs $(CSS_SOURCES)
	node scripts/build_css.mjs "$$($(PY) -c 'import os, wagtailnhsukfrontend; print(os.path.dirname(wagtailnhsukfrontend.__file__))')" $@

# The Welsh and Urdu translations: Django reads compiled catalogues (.mo), built from the
# .po files we write, not committed; rebuilt when a .po file changes.
MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))
messages: $(MO_FILES) ## Compile the interface translations (locale/*/LC_MESSAGES/django.po)
catalogues: $(VENV)/.dev /usr/bin/msgfmt ## Refresh locale/*/LC_MESSAGES/django.po with the strings the code marks for translation now
	$(PY) manage.py makemessages --all --add-location file \
		--ignore '.venv/*' --ignore 'node_modules/*' --ignore 'tests/*' --ignore 'demo/*'
	@# A new string gets no translation guessed from a similar old one: a guess reads as a
	@# finished translation to the checks, and is usually wrong.
	for po in locale/*/LC_MESSAGES/django.po; do msgattrib --clear-fuzzy --empty --clear-previous -o $$po $$po; done

locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po /usr/bin/msgfmt
	msgfmt --check-format -o $@ $<

/usr/bin/msgfmt:
	$(MAKE) --no-print-directory system-package PACKAGE=gettext

/usr/bin/chromium:
	$(MAKE) --no-print-directory system-package PACKAGE="chromium fonts-liberation"

# The cache tests start, stop and pause Redis servers of their own.
/usr/bin/redis-server:
	$(MAKE) --no-print-directory system-package PACKAGE=redis-server

# The load benchmark's HTTP load generator.
/usr/bin/wrk:
	$(MAKE) --no-print-directory system-package PACKAGE=wrk

# The Nu HTML checker (npm's vnu-jar) is a Java program.
/usr/bin/java:
	$(MAKE) --no-print-directory system-package PACKAGE=default-jre-headless

system-package: # Installs a Debian package when we are root; otherwise says what to install.
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PACKAGE) >/dev/null; \
	else echo "Please install the Debian package(s): $(PACKAGE)"; exit 1; fi

migrate: $(VENV)/.runtime ## Apply database migrations
	$(PY) manage.py migrate --no-input

demo: $(VENV)/.dev migrate ## Load (or refresh) the demo content (the demo app and its factories are development tools)
	$(PY) manage.py load_demo_content

run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: demo css messages ## Install, migrate, load demo content and serve http://127.0.0.1:$(PORT)
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

check: $(VENV)/.dev ## Lock files up to date, Django checks, missing migrations, lint, and which app may import which
	$(PY) scripts/locks_match_requirements.py
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

lint: check ## Same as check

format: $(VENV)/.dev ## Format Python code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# On SQLite the hostile-input tests draw 50 examples each (a few thousand requests in all, at
# every public form and query parameter); on PostgreSQL the default 10 checks the same shapes.
test-sqlite: $(VENV)/.dev css messages node_modules/.installed /usr/bin/chromium /usr/bin/java /usr/bin/redis-server ## The whole suite on SQLite, browser and HTML checker tests included, and its coverage
	HOSTILE_EXAMPLES=$${HOSTILE_EXAMPLES:-50} $(VENV)/bin/pytest -n 2 --cov --cov-report=term:skip-covered

test-postgres: $(VENV)/.dev css messages /usr/bin/redis-server ## The suite again on PostgreSQL (TEST_DATABASE_URL, or 127.0.0.1:5432)
	@url="$${TEST_DATABASE_URL:-$(PG_TEST_URL)}"; \
	if $(PY) scripts/database_reachable.py "$$url"; then \
		TEST_DATABASE_URL="$$url" $(VENV)/bin/pytest -n 2 -m "not browser and not html_checker"; \
	elif [ "$$CI" = true ] || [ -n "$$TEST_DATABASE_URL" ]; then \
		echo "PostgreSQL was expected at $$url but is not reachable."; exit 1; \
	else echo "PostgreSQL is not reachable at $$url: skipping the PostgreSQL run."; fi

test: check test-sqlite test-postgres ## Install test tools, then check, lint and run every test on SQLite and PostgreSQL

bench-search: $(VENV)/.dev ## Seed PostgreSQL (PG_BENCH_URL) with 5,000 pages and 100,000 forum replies; search p50/p95 to bench/results/search.json
	DEBUG=false LOG_LEVEL=WARNING DATABASE_URL="$(PG_BENCH_URL)" $(PY) manage.py bench_search --output bench/results/search.json

bench-flood: $(VENV)/.dev ## Flood gunicorn (production settings, FLOOD_DATABASE_URL, FLOOD_CACHE_URL) with 1 MB sign-ups; page latency to bench/results/flood.json
	$(PY) scripts/bench_signup_flood.py --output bench/results/flood.json

bench-load: $(VENV)/.dev /usr/bin/wrk ## Load gunicorn (production settings, LOAD_DATABASE_URL, LOAD_CACHE_URL): pages against a bare view, 50 people answering at once; to bench/results/load.json
	$(PY) scripts/bench_load.py $(BENCH_LOAD_ARGS) --output bench/results/load.json

bench-weight: $(VENV)/.runtime css node_modules/.installed /usr/bin/chromium ## Lighthouse (mobile) on production settings: kB a first view transfers, CLS, LCP to bench/results/weight.json
	$(PY) scripts/bench_weight.py --output bench/results/weight.json

bench: bench-load bench-search bench-flood bench-weight ## Every benchmark

clean: ## Remove the virtual environment, node modules and local database
	rm -rf $(VENV) node_modules db.sqlite3 db.sqlite3-* staticfiles static/build
