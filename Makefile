# survtrack: two commands on a fresh machine.
#   make run   set up, load the demo corpus through the real pipeline, serve the dashboard on 127.0.0.1:8501
#   make test  set up (with test extras and a headless browser) and run the whole test suite
#   make lint  ruff and mypy over the whole tree
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8501
#: pytest-xdist worker processes for `make test` (`make test TEST_WORKERS=0`: one process, no workers)
TEST_WORKERS ?= 2
INSTALLED := $(VENV)/.installed

.PHONY: run test lint install browser redis bench clean-venv tag-model vendor-role-model train-venv

$(INSTALLED): pyproject.toml enrich/_scanhits.pyx
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# --no-compile: pip would compile every installed module to bytecode on one core before it returns (a third
	@# of its time); compileall does it below, on the other core while the reference tables build
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-compile -e '.[test,native]'
	@# enrichment's compiled scan pass (enrich/_scanhits.pyx, Cython; a few seconds), before the tables below: its
	@# files are part of their cache key. Without Cython or a C compiler it says so and the pure Python path runs
	$(BIN)/python -m enrich.build_native
	@# bytecode now, as a non-editable install would: every fresh process (workers, CLI calls) starts faster
	@$(BIN)/python -m compileall -q enrich survtrack db scrapers dashboard bench >/dev/null || true
	@# every reference table built and pickled now, and every module's patterns recorded (enrich/cache.py), once
	@# (~40 s): later processes - CLI calls, workers, tests - load them at start-up instead of building them
	@echo "building enrichment's reference tables (once per install, about a minute)"
	@{ $(BIN)/python -m compileall -q $$($(BIN)/python -c "import sysconfig; print(sysconfig.get_path('purelib'))") \
	    >/dev/null 2>&1 & } ; $(BIN)/python -c "import enrich; enrich.warm()"; status=$$?; wait; exit $$status
	@touch $@

install: $(INSTALLED)

# Browser tests drive Debian's chromium (Playwright cannot download browsers here); a CJK font makes Chinese
# text legible in their screenshots.
browser:
	@{ command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy"; } || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian chromium and fonts-wqy-zenhei for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null); \
	  elif ! command -v chromium >/dev/null 2>&1; then \
	    echo "chromium is missing: install the Debian package 'chromium' (sudo apt-get install chromium)"; exit 1; fi; }

# The shared-frontier tests (tests/scale) start Debian's redis-server on 127.0.0.1 in a temporary folder.
redis:
	@command -v redis-server >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian redis-server for the shared-frontier tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null); \
	  else echo "redis-server is missing: the shared-frontier tests are skipped (sudo apt-get install redis-server)"; \
	  fi; }

run: install
	$(BIN)/survtrack db migrate
	$(BIN)/survtrack demo
	$(BIN)/survtrack serve --port $(PORT)

# Two workers, one module (one fixture-sharing package) per worker at a time, slowest modules first:
# tests/conftest.py (pytest_xdist_make_scheduler, pytest_collection_modifyitems) sets the groups and the order; the 25 slowest tests are listed
# at the end (keep the suite near 10 minutes on a clean clone).
test: install browser redis
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder --durations=25

# ruff and mypy (configured in pyproject.toml) over the whole tree; `make test` runs them too
# (tests/test_static_checks.py, over the folders in its CHECKED).
lint: install
	@status=0; $(BIN)/python -m ruff check . || status=1; $(BIN)/python -m mypy || status=1; exit $$status

bench: install
	$(BIN)/python -m bench.eval
	$(BIN)/python -m bench.throughput
	$(BIN)/python -m bench.throughput --scale
	$(BIN)/python -m bench.crawl
	$(BIN)/python -m bench.dashboard --notices 200000

# Rebuild enrich/data/tag_model.bin from the labelled sets (enrich/tag_model/training.py). Training needs
# fastText's training build, which installs a module of the same name as the runtime's fasttext-predict: it lives
# in its own environment, .venv-train. Not part of `make run` or `make test`: the model ships with the code.
train-venv:
	@test -x .venv-train/bin/python || $(PYTHON) -m venv .venv-train
	.venv-train/bin/python -m pip install --quiet --disable-pip-version-check fasttext-numpy2==0.10.4

tag-model: install train-venv
	$(BIN)/python -m enrich.tag_model.training --python .venv-train/bin/python

# The vendor role model (enrich/vendor_role_model): the same training build, over the party extraction's own
# vendor candidates in the labelled sets (~30 s).
vendor-role-model: install train-venv
	$(BIN)/python -m enrich.vendor_role_model.training --python .venv-train/bin/python

clean-venv:
	rm -rf $(VENV) .venv-train
