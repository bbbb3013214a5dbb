# Two commands a new user needs: `make run` and `make test`. Both create .venv if it is missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench install clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,compile]"
	touch $(STAMP)

# Extraction compiled to C by mypyc into build/compiled (1.3-1.4x faster; 1-2 min to build), made again when its
# sources change. A failure says so on one line and leaves plain Python, which gives the same facts; a build that no
# longer matches its sources is never used (zhibiao/compiled.py).
COMPILED := build/.compiled
$(COMPILED): $(STAMP) zhibiao/compiled.py $(wildcard zhibiao/extract/*.py)
	$(BIN)/python -c "import sys; from zhibiao.compiled import main; sys.exit(main())"
	@mkdir -p build && touch $(COMPILED)

install: $(STAMP) $(COMPILED)

run: $(STAMP) $(COMPILED)
	$(BIN)/zhibiao run

# Two test processes, each module's tests in one of them (its module fixtures, such as the truth tables' warehouse
# of 1,479 reports, are built once): 6 min 27 s on 2 cores (fresh clone of 6d2ecf1) against 13–16 min in one process.
TEST_WORKERS ?= 2
test: $(STAMP) $(COMPILED)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadscope

# Speed, scaling and accuracy at 100, 1,000 and 10,000 generated reports (a few minutes); not a test.
# Pick sizes with e.g. `make bench BENCH_ARGS="--sizes 100,1000"`; tables also land in bench/out/results.md.
bench: $(STAMP) $(COMPILED)
	$(BIN)/python -m bench.run $(BENCH_ARGS)

clean:
	rm -rf $(VENV) warehouse/zhibiao.duckdb build/compiled $(COMPILED)
