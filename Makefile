# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
DEMO := data/demo
WAREHOUSE := data/warehouse.duckdb
PORT ?= 8501
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test setup browser demo warehouse reload bench lint clean

# Sign-in: writes .streamlit/secrets.toml for the demo provider when missing, starts that provider on
# 127.0.0.1:9400 when the secrets point at it, then the dashboard on 127.0.0.1:$(PORT).
run: $(WAREHOUSE)
	$(PY) -m cockpit.demo_sign_in run --port $(PORT) -- $(PY) -m cockpit.serve run dashboard.py --server.port $(PORT)

# The linter first (seconds), then the whole suite.
test: $(INSTALLED) browser lint
	$(PY) -m pytest

setup: $(INSTALLED)

$(INSTALLED): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# Debian's chromium drives the browser tests (Playwright never downloads a browser here).
# Fonts: DejaVu for text and the board pack's symbols, Noto Color Emoji for the page icons.
BROWSER_PACKAGES := chromium fonts-dejavu-core fonts-noto-color-emoji poppler-utils
browser:
	@missing=$$(for p in $(BROWSER_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; fi

# The demo deliveries are generated once; the marker is written only when generation finished.
$(DEMO)/.complete: | $(INSTALLED)
	$(PY) -m etl generate --out $(DEMO)
	touch $@

demo: $(DEMO)/.complete

$(WAREHOUSE): $(DEMO)/.complete
	$(PY) -m etl load --source $(DEMO) --db $(WAREHOUSE)

warehouse: $(WAREHOUSE)

# Rebuild the warehouse from the deliveries, e.g. after changing SQL or receiving new files.
reload: $(DEMO)/.complete
	$(PY) -m etl load --source $(DEMO) --db $(WAREHOUSE)

bench: $(INSTALLED)
	$(PY) bench/load_benchmark.py --scales 1 10
	$(PY) bench/page_benchmark.py --small bench/out/scale-1.duckdb --large bench/out/scale-10.duckdb 2>/dev/null

lint: $(INSTALLED)
	$(PY) -m ruff check . && $(PY) -m ruff format --check .

clean:
	rm -rf $(DEMO) $(WAREHOUSE) data/warehouse.load_log.jsonl
