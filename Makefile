# TrustNet: `make demo` runs the sample district end to end; `make test` runs the tests.
# Both install what is missing first (Graphviz's C library, via scripts/install-deps); `make test`
# also installs what the tests need (Chromium for the report's browser test: test-deps).

SWIFT ?= swift

.PHONY: all deps test-deps build test fuzz demo bench bench-report bench-nation clean

all: build

deps:
	@./scripts/install-deps

# Chromium (Debian's package) for ReportBrowserTests, when `command -v chromium` finds none.
test-deps: deps
	@./scripts/install-deps --test

build: deps
	$(SWIFT) build

test: deps test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

# The fuzz tests at length: 200,000 mutated files through the importer (and what it accepts
# through the analysis), 400 accepted ones through every command of the built trustnet.
# FUZZ_SEED picks another sequence. Tens of minutes (the tests run 10,000 and 40 in about three).
FUZZ_ITERATIONS ?= 200000
FUZZ_COMMAND_INPUTS ?= 400
FUZZ_SEED ?= 20251125
fuzz: deps
	$(SWIFT) build --build-tests
	TRUSTNET_FUZZ_ITERATIONS=$(FUZZ_ITERATIONS) TRUSTNET_FUZZ_SEED=$(FUZZ_SEED) TRUSTNET_FUZZ_COMMAND_INPUTS=$(FUZZ_COMMAND_INPUTS) \
		$(SWIFT) test --skip-build --filter 'ImportFuzzTests|CommandFuzzTests'

demo: deps
	$(SWIFT) build --product trustnet
	$$($(SWIFT) build --show-bin-path)/trustnet demo

# Times TrustNet against igraph, NetworKit and NetworkX on the three benchmark graphs (the
# peers are installed from PyPI into Benchmarks/.venv). Takes 10-15 minutes; see Benchmarks/README.md.
bench: deps
	Benchmarks/run
	Benchmarks/report-bench

# The report of the benchmark district and state as whole processes against igraph's read +
# exact betweenness (a few minutes); see Benchmarks/README.md.
bench-report: deps
	Benchmarks/report-bench

# A nation (500,000 people, 5,000,000 ties, 5,000 schools): import, PageRank, sampled harmonic
# and betweenness, Leiden and the report as whole processes with their peak memory (about 10
# minutes; the graph is generated outside the repository, $$TMPDIR/trustnet-nation, once).
bench-nation: deps
	$(SWIFT) build -c release --scratch-path .build-release --product trustnet
	nice -n 5 python3 Benchmarks/nation.py $$($(SWIFT) build -c release --scratch-path .build-release --show-bin-path)/trustnet

clean:
	rm -rf .build Output/demo
