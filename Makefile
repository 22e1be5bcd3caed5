# The two promises of the README: `make run` and `make test`, from a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := examples/sample-flows.csv examples/sample-registrations.csv
CYPHER_LINT := graph/cypher_lint
# A Neo4j Community server built from Maven Central (neo4j-local/): `make neo4j`, and the Neo4j tests.
NEO4J_LOCAL := neo4j-local
NEO4J_BUILT := $(NEO4J_LOCAL)/target/.built
NEO4J_HOME ?= tadori-data/neo4j
NEO4J_HEAP ?= 1g

.PHONY: run test install install-test browser cypher-lint neo4j neo4j-build lint bench clean

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

# Rebuilt only when the pom or the Java source changes. Without java/mvn nothing is built and
# the Neo4j tests skip with the reason (under CI they fail).
$(NEO4J_BUILT): $(NEO4J_LOCAL)/pom.xml $(wildcard $(NEO4J_LOCAL)/src/main/java/tadori/neo4jlocal/*.java)
	@if command -v java >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1; then \
		rm -rf $(NEO4J_LOCAL)/target/lib && \
		mvn -B -q -f $(NEO4J_LOCAL)/pom.xml compile dependency:copy-dependencies && touch $@; \
	else echo "java and mvn are needed to build the local Neo4j server ($(NEO4J_LOCAL)/); its tests will skip"; fi

neo4j-build: $(NEO4J_BUILT)

# Runs in the foreground until Ctrl-C: Bolt on 127.0.0.1:$$TADORI_NEO4J_PORT (7687), auth with
# user neo4j and $$TADORI_NEO4J_PASSWORD (off when unset), data under $(NEO4J_HOME).
neo4j: $(NEO4J_BUILT)
	java -Xmx$(NEO4J_HEAP) @$(NEO4J_LOCAL)/jvm.args -cp "$(NEO4J_LOCAL)/target/classes:$(NEO4J_LOCAL)/target/lib/*" \
		tadori.neo4jlocal.LocalServer $${TADORI_NEO4J_PORT:-7687} $(NEO4J_HOME)

test: install-test browser cypher-lint neo4j-build
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check .

# The scripts share the synthetic stores they only read (benchmarks/synthetic.py), in a folder removed after.
bench: install-test
	stores=$$(mktemp -d) && trap 'rm -rf "$$stores"' EXIT && \
	for script in benchmarks/bench_*.py; do TADORI_BENCH_STORES=$$stores $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info tadori-data test-artifacts $(CYPHER_LINT)/node_modules $(NEO4J_LOCAL)/target
