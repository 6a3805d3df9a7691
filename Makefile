# Iris: `make run` starts the bot, `make test` runs every test. Everything else is a step of those two.
# Install and build steps write their progress to standard error, so that `make -s assess` and
# `make -s screen` print only their result on standard output.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENVS := .venvs
RASA_ENV := $(VENVS)/rasa
ACTIONS_ENV := $(VENVS)/actions
RASA_PY := $(RASA_ENV)/bin/python
ACTIONS_PY := $(ACTIONS_ENV)/bin/python
BENCH_ENV := $(VENVS)/bench
KUBE_ENV := $(VENVS)/kube
CACHE := .cache
export PYTHONPATH := $(CURDIR)
export PYTHONDONTWRITEBYTECODE := 1

PO_FILES := $(wildcard locales/*/LC_MESSAGES/messages.po)
MO_FILES := $(PO_FILES:.po=.mo)
# say(language, msgid) and say_for(language, context, msgid): see actions/i18n.py
BABEL_KEYWORDS := -k say:2 -k say_for:2c,3

.PHONY: help envs catalogs extract train run test test-actions test-rasa test-pipe browser cluster-packages run-cluster bench-understanding \
        assess screen what-if freshness stats bench-stats postgres staff-password-hash bench-engine bench-nlu bench-chat bench-turn bench-reliability bench-env lock-rasa lock-actions lock-bench kube-env lock-kube bench-cluster clean

help:
	@echo "make run    set up what is missing, train if needed, start the bot (chat on http://localhost:$${WEB_PORT:-8080})"
	@echo "make test   run the whole test suite"

# This machine's pip.conf names local wheel folders that may be absent; pip warns once per package.
PIP_NOISE_FILTER := 2>&1 | { grep -v 'is ignored: it is neither a file nor a directory' || true; } 1>&2

# --- environments -------------------------------------------------------------------------------
# The stamp records the lock file it was built from, so a changed pin rebuilds the environment.
$(RASA_ENV)/.installed: requirements/rasa.txt
	@echo "Setting up the Rasa environment (Python 3.10, a few minutes the first time)..." >&2
	@py=$$(bot/scripts/find-python310) || exit 1; \
	  rm -rf $(RASA_ENV); "$$py" -m venv $(RASA_ENV) 1>&2 && \
	  $(RASA_PY) -m pip install --quiet --upgrade 'pip<25' 1>&2 && \
	  $(RASA_PY) -m pip install --quiet --no-deps -r requirements/rasa.txt $(PIP_NOISE_FILTER) \
	  || { echo "Installing the Rasa environment failed: see the pip messages above; check the network to PyPI and run 'make run' again." >&2; exit 1; }
	@cp requirements/rasa.txt $@

$(ACTIONS_ENV)/.installed: requirements/actions.txt
	@echo "Setting up the action server environment (Python 3.10)..." >&2
	@py=$$(bot/scripts/find-python310) || exit 1; \
	  rm -rf $(ACTIONS_ENV); "$$py" -m venv $(ACTIONS_ENV) 1>&2 && \
	  $(ACTIONS_PY) -m pip install --quiet --upgrade 'pip<25' 1>&2 && \
	  $(ACTIONS_PY) -m pip install --quiet --no-deps -r requirements/actions.txt $(PIP_NOISE_FILTER) \
	  || { echo "Installing the action server environment failed: see the pip messages above; check the network to PyPI and run 'make run' again." >&2; exit 1; }
	@cp requirements/actions.txt $@

envs: $(RASA_ENV)/.installed $(ACTIONS_ENV)/.installed

# Locust for `make bench-reliability` only: gevent and Flask stay out of the two servers' environments.
$(BENCH_ENV)/.installed: requirements/bench.txt
	@echo "Setting up the benchmark environment (Python 3.10, Locust)..." >&2
	@py=$$(bot/scripts/find-python310) || exit 1; \
	  rm -rf $(BENCH_ENV); "$$py" -m venv $(BENCH_ENV) 1>&2 && \
	  $(BENCH_ENV)/bin/python -m pip install --quiet --upgrade 'pip<25' 1>&2 && \
	  $(BENCH_ENV)/bin/python -m pip install --quiet --no-deps -r requirements/bench.txt $(PIP_NOISE_FILTER) \
	  || { echo "Installing the benchmark environment failed: see the pip messages above; check the network to PyPI and run 'make bench-reliability' again." >&2; exit 1; }
	@cp requirements/bench.txt $@

bench-env: $(BENCH_ENV)/.installed

# kubernetes-validate and the API schemas it ships, for the manifests' test (tests/deploy): nothing
# is fetched at test time.
$(KUBE_ENV)/.installed: requirements/kube.txt
	@echo "Setting up the manifest checker's environment (kubernetes-validate)..." >&2
	@py=$$(bot/scripts/find-python310) || exit 1; rm -rf $(KUBE_ENV); \
	  { "$$py" -m venv $(KUBE_ENV) && $(KUBE_ENV)/bin/python -m pip install --quiet --no-deps -r requirements/kube.txt; } $(PIP_NOISE_FILTER) \
	  || { echo "Installing kubernetes-validate failed: check the network to PyPI and run make again." >&2; exit 1; }
	@cp requirements/kube.txt $@

kube-env: $(KUBE_ENV)/.installed

# Regenerate the lock files from what is installed (after a deliberate upgrade).
lock-rasa: $(RASA_ENV)/.installed
	{ echo "# Rasa server environment (Python 3.10). Exact pins from a working install; regenerate with 'make lock-rasa'."; $(RASA_PY) -m pip freeze --all --exclude-editable | grep -v '^pip=='; } > requirements/rasa.txt
lock-actions: $(ACTIONS_ENV)/.installed
	{ echo "# Action server environment (Python 3.10). Exact pins from a working install; regenerate with 'make lock-actions'."; $(ACTIONS_PY) -m pip freeze --all --exclude-editable | grep -v '^pip=='; } > requirements/actions.txt
lock-bench: $(BENCH_ENV)/.installed
	{ echo "# Benchmark environment (Python 3.10): Locust for make bench-reliability. Exact pins from a working install; regenerate with 'make lock-bench'."; $(BENCH_ENV)/bin/python -m pip freeze --all --exclude-editable | grep -v '^pip=='; } > requirements/bench.txt
lock-kube: $(KUBE_ENV)/.installed
	{ echo "# Kubernetes manifest validation (Python 3.10): kubernetes-validate with its own schemas, for tests/deploy. Exact pins from a working install; regenerate with 'make lock-kube'."; $(KUBE_ENV)/bin/python -m pip freeze --all | grep -v '^pip=='; } > requirements/kube.txt

# --- catalogs -----------------------------------------------------------------------------------
locales/%/LC_MESSAGES/messages.mo: locales/%/LC_MESSAGES/messages.po $(ACTIONS_ENV)/.installed
	@$(ACTIONS_ENV)/bin/pybabel --quiet compile -i $< -o $@ 1>&2

catalogs: $(MO_FILES)

# Rewrites locales/messages.pot from the code; `make test` checks the catalogs against it.
extract: $(ACTIONS_ENV)/.installed
	$(ACTIONS_ENV)/bin/pybabel extract -F babel.cfg $(BABEL_KEYWORDS) --no-location --sort-by-file \
	  -c TRANSLATORS: --project=Iris -o locales/messages.pot .
	$(ACTIONS_ENV)/bin/pybabel update -i locales/messages.pot -d locales -D messages --no-fuzzy-matching --ignore-obsolete

# --- model --------------------------------------------------------------------------------------
train: $(RASA_ENV)/.installed
	@$(RASA_PY) -m bot.train

# --- the two commands ---------------------------------------------------------------------------
run: envs catalogs train
	@$(ACTIONS_PY) -m bot.launcher

test: envs catalogs train
	@$(MAKE) --no-print-directory test-actions test-rasa test-pipe

test-actions: $(ACTIONS_ENV)/.installed catalogs postgres kube-env
	@echo "== Tests in the action server environment ==" >&2
	@$(ACTIONS_PY) -m pytest -q tests/actions tests/locales tests/deploy

# The test stories (tests/stories) check the dialogue policy of the trained model against the rules.
test-rasa: $(RASA_ENV)/.installed train cluster-packages
	@echo "== Tests in the Rasa environment ==" >&2
	@$(RASA_PY) -m pytest -q tests/nlu tests/bot/channels tests/bot/cluster
	@$(RASA_ENV)/bin/rasa data validate --fail-on-warnings --config bot/config.yml --domain domain --data nlu bot/data "$$($(RASA_PY) -m bot.lookups)" 1>&2
	@$(RASA_ENV)/bin/rasa test core --stories tests/stories --model "$$($(RASA_PY) -c 'from bot.model import model_path; print(model_path())')" \
	  --fail-on-prediction-errors --no-plot --out $(CACHE)/test-stories 1>&2

# The widget's tests drive Debian's Chromium through Playwright (never a browser of Playwright's own).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "Installing Chromium from Debian for the web widget's tests (apt-get install chromium)..." >&2; \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  { $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq chromium; } 1>&2 \
	  || { echo "Installing Chromium failed: run 'apt-get install chromium' as root, then 'make test' again." >&2; exit 1; }; \
	fi

# The observatory's tests run against a real PostgreSQL that their fixture starts on a free port in
# a temporary folder (tests/actions/observatory/conftest.py): Debian's server, installed when missing.
postgres:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  echo "Installing PostgreSQL from Debian for the observatory's tests (apt-get install postgresql)..." >&2; \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  { $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq postgresql; } 1>&2 \
	  || { echo "Installing PostgreSQL failed: run 'apt-get install postgresql' as root, then 'make test' again." >&2; exit 1; }; \
	fi

# `make run-cluster` runs PostgreSQL, Redis and HAProxy from Debian, installed when missing; its
# test (tests/bot/test_cluster.py) runs in test-pipe.
cluster-packages: postgres
	@if ! command -v redis-server >/dev/null || ! command -v haproxy >/dev/null; then \
	  echo "Installing Redis and HAProxy from Debian for make run-cluster (apt-get install redis-server haproxy)..." >&2; \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  { $$sudo apt-get update -qq && RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq redis-server haproxy; } 1>&2 \
	  || { echo "Installing Redis and HAProxy failed: run 'apt-get install redis-server haproxy' as root, then make again." >&2; exit 1; }; \
	fi

# Two Rasa servers and two action servers behind HAProxy, PostgreSQL as the tracker store and
# Redis as the lock store, all on 127.0.0.1 (bot/cluster/): what several machines would run.
run-cluster: envs catalogs train cluster-packages
	@$(ACTIONS_PY) -m bot.cluster.launcher

test-pipe: envs catalogs train browser cluster-packages
	@echo "== Conversations through the running servers ==" >&2
	@$(ACTIONS_PY) -m pytest -q tests/bot --ignore=tests/bot/channels --ignore=tests/bot/cluster

# --- eligibility engine -------------------------------------------------------------------------
assess: $(ACTIONS_ENV)/.installed
	@$(ACTIONS_PY) -m actions.eligibility.cli assess

# STATS=1 also keeps each row as an anonymous record of the observatory, source `caseload`.
screen: $(ACTIONS_ENV)/.installed
	@$(ACTIONS_PY) -m $(if $(STATS),actions.observatory.caseload,actions.eligibility.cli screen)

bench-engine: $(ACTIONS_ENV)/.installed
	@$(ACTIONS_PY) -m actions.eligibility.bench

# What a change of the rules would do to a caseload (examples in docs/reforms/):
# `make -s what-if REFORM=docs/reforms/bim-ceiling-plus-10.yaml [DATE=2027-01-01] [BY=commune] < caseload.csv`.
what-if: $(ACTIONS_ENV)/.installed
	@$(ACTIONS_PY) -m actions.eligibility.what_if '$(REFORM)' $(if $(DATE),--date '$(DATE)') $(if $(BY),--by '$(BY)')

# Every parameter, its value in force, its source and whether it is older than its revision cycle:
# `make -s freshness [DATE=2026-12-01] [CSV=1]`.
freshness: $(ACTIONS_ENV)/.installed
	@$(ACTIONS_PY) -m actions.eligibility.freshness $(if $(DATE),--date '$(DATE)') $(if $(CSV),--csv)

# --- observatory of non-take-up (actions/observatory/) ------------------------------------------
# Anonymous counts per commune and right, small cells hidden:
# `make -s stats [FROM=2026-01-01] [TO=2026-12-31] [BY=commune,right]` (IRIS_STATS_DB picks the database).
stats: $(ACTIONS_ENV)/.installed
	@$(ACTIONS_PY) -m actions.observatory.cli $(if $(FROM),--from '$(FROM)') $(if $(TO),--to '$(TO)') $(if $(BY),--by '$(BY)')

# 1,000,000 records, then the commune x right query timed on SQLite and on a PostgreSQL started for it.
bench-stats: $(ACTIONS_ENV)/.installed postgres
	@$(ACTIONS_PY) -m actions.observatory.bench $(ARGS)

# --- staff pages (bot/staff/) ---------------------------------------------------------------------
# The hash to put in IRIS_STAFF_PASSWORD_HASH, from a password read on standard input:
# `make -s staff-password-hash` (asks without echo at a terminal), or `... < file`.
staff-password-hash: $(ACTIONS_ENV)/.installed
	@$(ACTIONS_PY) -m bot.staff.password

# --- conversation -------------------------------------------------------------------------------
# Questions per screening and per-turn latency under load, beside the `rasa init` starter bot.
bench-chat: envs catalogs train
	@$(ACTIONS_PY) -m bot.benchmarks.bench_chat $(ARGS)

# Where a screening turn's time goes: per part of the engine in one process, then per turn through
# a running Iris, cold and warm (bot/benchmarks/profile_turn.py; ARGS=--parts-only starts no Iris).
bench-turn: envs catalogs train
	@$(ACTIONS_PY) -m bot.benchmarks.profile_turn $(ARGS)

# 10,000 odd messages (5xx, unanswered); 100 people doing screenings for 5 minutes with Locust, beside
# the `rasa init` starter bot; screenings through killed services (issue 12). ARGS="--quick": a short try.
bench-reliability: envs catalogs train bench-env
	@$(ACTIONS_PY) -m bot.benchmarks.bench_reliability $(ARGS)

# Messages a second one Rasa server of the cluster answers, then both through the balancer, and the
# memory of each part (bot/cluster/bench.py; ARGS="--at-once 8 --seconds 60").
bench-cluster: envs catalogs train cluster-packages
	@$(ACTIONS_PY) -m bot.cluster.bench $(ARGS)

# Value accuracy per field and language on the frozen held-out set (tests/understanding/heldout/),
# and the share of first messages that start a screening and keep their facts (SET=dev: the tuning set).
bench-understanding: envs catalogs train
	@$(ACTIONS_PY) -m bot.benchmarks.bench_understanding

# 5-fold cross-validation of the NLU, each language apart; reports kept in .cache/bench/nlu/.
bench-nlu: $(RASA_ENV)/.installed
	@$(RASA_PY) -m bot.benchmarks.bench_nlu

clean:
	rm -rf $(CACHE) $(MO_FILES)
