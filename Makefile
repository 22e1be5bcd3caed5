# The two promises of the README: `make run` and `make test`, from a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := examples/sample-flows.csv examples/sample-registrations.csv
CYPHER_LINT := graph/cypher_lint

.PHONY: run test install install-test browser cypher-lint lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall whenever pyproject.toml changes; the stamp files record the last install.
# setuptools warns that an editable install's folders share the package's names: here they are the package.
PIP_INSTALL := PYTHONWARNINGS=ignore::UserWarning $(BIN)/python -m pip install --quiet
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP_INSTALL) --editable .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP_INSTALL) --editable '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

run: install
	$(BIN)/tadori ingest $(SAMPLE)
	$(BIN)/tadori serve  # TADORI_HOST / TADORI_PORT choose the address (default 127.0.0.1:8050)

# Debian's Chromium for the browser tests and a Japanese font so text renders as glyphs.
browser:
	@if command -v chromium >/dev/null 2>&1 && dpkg -s fonts-ipafont-gothic >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			chromium chromium-driver fonts-ipafont-gothic >/dev/null; \
	else echo "browser tests need Debian's chromium and fonts-ipafont-gothic (run as root: make browser)"; fi

# Neo4j's own Cypher parser (an npm package) checks every statement the Neo4j store sends.
cypher-lint:
	@if [ -f $(CYPHER_LINT)/package-lock.json ]; then \
		if [ ! -d $(CYPHER_LINT)/node_modules ] || [ $(CYPHER_LINT)/package-lock.json -nt $(CYPHER_LINT)/node_modules ]; then \
			npm ci --prefix $(CYPHER_LINT) --no-audit --no-fund --loglevel=error && touch $(CYPHER_LINT)/node_modules; \
		fi; \
	fi

test: install-test browser cypher-lint
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check .

bench: install-test
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info tadori-data test-artifacts $(CYPHER_LINT)/node_modules
