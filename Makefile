# Village: build, run, test, lint.
#
# `make` (or `make help`) lists the targets. Every target works on a fresh
# machine that has Go (and gcc, for the race detector): whatever else a target
# needs it installs itself, under ./bin.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
MAKEFLAGS += --no-builtin-rules

# Use the machine's Go at /usr/local/go when `go` is not on PATH.
ifeq ($(shell command -v go 2>/dev/null),)
  ifneq ($(wildcard /usr/local/go/bin/go),)
    export PATH := /usr/local/go/bin:$(PATH)
  endif
endif

GO      ?= go
BIN_DIR := $(CURDIR)/bin
BINARY  := $(BIN_DIR)/village
# The version stamped into the binary; `make build VERSION=1.2.3` overrides it.
ifneq ($(origin VERSION),command line)
  VERSION := $(shell git describe --always --dirty 2>/dev/null || echo dev)
endif
LDFLAGS := -s -w -X main.version=$(VERSION)

# `make run` settings; the environment overrides them (VILLAGE_ADDR=:9090 make run).
VILLAGE_ADDR     ?= :8080
VILLAGE_DATA_DIR ?= ./data

# Pinned so that every machine lints alike: staticcheck 2026.2.2 (v0.8.2), the
# newest release; Go 1.26 code (new(expr) and all) is supported since 2026.1.
# Installed under bin/tools only when missing; built by the Go on this machine.
STATICCHECK_VERSION ?= v0.8.2
STATICCHECK_DIR     := $(BIN_DIR)/tools/staticcheck-$(STATICCHECK_VERSION)
STATICCHECK         := $(STATICCHECK_DIR)/staticcheck

# Go files that gofmt checks: everything but generated output and dependencies.
GO_FILES = $(shell find . \( -path ./.git -o -path ./bin -o -path ./data -o -name node_modules -o -name vendor -o -name testdata \) -prune -o -type f -name '*.go' -print)

.PHONY: help run build generate test test-go test-browser lighthouse bench bench-go bench-load lint fmt fmt-check vet staticcheck tools web-deps chromium-check image clean distclean

# The browser app (client/web): its npm packages, installed by `npm ci` when
# package-lock.json is newer than the stamp left by the last install.
WEB_DIR   := client/web
WEB_STAMP := $(WEB_DIR)/node_modules/.stamp
# The browsers, Debian's, never a download: the browser tests drive
# Chromium's headless shell (Debian's chromium-headless-shell: the same
# engine without the browser's own interface, extensions and wrapper flags;
# half the CPU of the full browser, on a machine make test keeps busy),
# Lighthouse the full Chromium.
CHROMIUM       ?= /usr/bin/chromium
CHROMIUM_SHELL ?= /usr/bin/chromium-headless-shell
# How many browser test files run at once. Each starts its own node and
# Chromium and mostly waits on them: two at once keep the 2-core machine
# busier (make test took 15.5 minutes from a fresh clone with one at a
# time, the browser suite being the last to finish). Three did worse: with
# the Go suite beside it the machine is CPU-bound (vmstat: 99 % busy, 15
# runnable), and a third Chromium slowed the Go tests more than it sped the
# browser suite (15 minutes, and an axe run past its 2-minute bound).
BROWSER_CONCURRENCY ?= 2
# The browser suite's bound, in seconds: a stop for a hung run, not the
# target (the suite takes 7-9 minutes on the two cores when nothing else
# runs; other work on the machine can double that).
BROWSER_TEST_TIMEOUT ?= 1200
# The bound of `make lighthouse`, in seconds (about four minutes on two cores).
LIGHTHOUSE_TIMEOUT ?= 900

help: ## Show this list of targets
	@echo "Usage: make <target>"
	@echo
	@awk 'BEGIN {FS = ":.*?## "} /^[a-zA-Z0-9_-]+:.*?## / {printf "  %-15s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

build: ## Build the static binary bin/village (CGO off, -trimpath, version stamped)
	@mkdir -p $(BIN_DIR)
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BINARY) ./cmd/village
	@echo "built $(BINARY) ($(VERSION))"

run: build ## Build and start one node on :8080, embedded store in ./data, demo village
	@mkdir -p $(VILLAGE_DATA_DIR)
	VILLAGE_DEMO=true VILLAGE_ADDR=$(VILLAGE_ADDR) VILLAGE_DATA_DIR=$(VILLAGE_DATA_DIR) $(BINARY) serve

generate: web-deps ## Rebuild the browser app's bundle client/web/dist (go generate ./client/web)
	$(GO) generate ./client/web

# The Go suite and the browser suite run side by side: the browser suite
# mostly waits (for pages, live events and rounds to turn; two cores sit at
# about 40 % under it), so the Go suite's race-detected tests fill the idle
# time. Each suite's output is printed whole when it ends (--output-sync).
test: web-deps chromium-check ## Run every test suite, Go and browser side by side (CI runs this through .ci/run)
	@$(MAKE) --no-print-directory -j2 --output-sync=target test-go test-browser

# The race detector instruments every package of a test binary, and the
# tests' in-process FerretDB stores in SQLite compiled from C to Go
# (modernc.org/sqlite): instrumented, it was half the CPU of the store and
# server tests, on a machine whose two cores make test keeps busy. Our code
# shares no memory with it (FerretDB is reached over loopback), so it is
# compiled without instrumentation; everything else, FerretDB included,
# keeps it.
RACE_EXEMPT := -gcflags='modernc.org/...=-race=false'

test-go: web-deps ## go vet, then every Go test with the race detector
	@$(MAKE) --no-print-directory cgo-check
	$(GO) vet ./...
	CGO_ENABLED=1 $(GO) test -race $(RACE_EXEMPT) -count=1 -timeout 20m ./...

test-browser: web-deps chromium-check ## Browser tests: headless Chromium against fresh demo nodes (bounded: 20 min)
	@mkdir -p $(BIN_DIR)
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BINARY) ./cmd/village
	@major="$$(node -p 'process.versions.node.split(".")[0]')"; \
	if [ "$$major" -lt 20 ]; then \
		echo "the browser tests need Node.js 20 or newer (this is $$(node --version))" >&2; exit 1; \
	fi
	VILLAGE_BIN=$(BINARY) CHROMIUM=$(CHROMIUM_SHELL) timeout --kill-after=15s $(BROWSER_TEST_TIMEOUT) \
		node --test --test-concurrency=$(BROWSER_CONCURRENCY) --test-reporter=spec $(WEB_DIR)/test/*.test.mjs

lighthouse: web-deps chromium-check ## Lighthouse on every page, mobile and desktop: fails unless layout shift < 0.1 and accessibility 100 (bounded: 15 min)
	@mkdir -p $(BIN_DIR)
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BINARY) ./cmd/village
	@major="$$(node -p 'process.versions.node.split(".")[0]')"; \
	if [ "$$major" -lt 20 ]; then \
		echo "lighthouse needs Node.js 20 or newer (this is $$(node --version))" >&2; exit 1; \
	fi
	VILLAGE_BIN=$(BINARY) CHROMIUM=$(CHROMIUM) timeout --kill-after=15s $(LIGHTHOUSE_TIMEOUT) \
		node $(WEB_DIR)/test/lighthouse.mjs

bench: bench-go bench-load ## Run the benchmarks, then a short load run of the live endpoint

bench-go: ## Go benchmarks only (no tests)
	$(GO) test -run '^$$' -bench . -benchmem ./...

# The load run: villageload on a fresh demo node on a free loopback port,
# with tokens signed by the tool (-mint-secret), so that no account is
# registered. `make bench-load LOAD_USERS=10000 LOAD_RATE=1 LOAD_DURATION=20s`
# for 1,000 rooms of 10 at 1 message a second; PIN=1 puts the node on core 0
# and the tool on core 1 (taskset), so that neither takes the other's CPU.
# LOAD_SCENARIO=booths runs the 5,000-member lobby beside the booth visitors
# and staff: the demo village then gets 1,000 participants more than the
# lobby, for the visitors (villageload -visitors, 300 by default).
# LOAD_SCENARIO=break holds one 30-minute coffee break of 10-minute rounds
# for 6,000 participants of the demo village, on a node whose break minute
# lasts LOAD_BREAK_MINUTE (VILLAGE_BREAK_MINUTE; 6s: three rounds of 60 s,
# three minutes in all); LOAD_DURATION does not apply (the break sets it).
LOAD_SCENARIO ?= many-rooms
LOAD_USERS    ?= $(if $(filter booths,$(LOAD_SCENARIO)),5000,$(if $(filter break,$(LOAD_SCENARIO)),6000,500))
LOAD_EXTRA_PEOPLE ?= $(if $(filter booths,$(LOAD_SCENARIO)),1000,0)
LOAD_RATE     ?=
LOAD_DURATION ?= $(if $(filter booths,$(LOAD_SCENARIO)),30s,10s)
LOAD_BREAK_MINUTE ?= $(if $(filter break,$(LOAD_SCENARIO)),6s)
LOAD_FLAGS    ?= -local-ips 4
LOAD_TIMEOUT  ?= $(if $(filter booths,$(LOAD_SCENARIO)),300,$(if $(filter break,$(LOAD_SCENARIO)),600,180))
PIN           ?=
# NODE_GOMAXPROCS=2 gives the node two Go processors even on one core: with
# one, it idles in the store's fdatasync (docs/benchmarks.md, issue 10).
NODE_GOMAXPROCS ?=
NODE_PIN := $(if $(filter 1,$(PIN)),taskset -c 0)
TOOL_PIN := $(if $(filter 1,$(PIN)),taskset -c 1)

bench-load: ## villageload many-rooms (LOAD_SCENARIO=booths: knocks beside the lobby; =break: a coffee break of 6,000) on a fresh demo node on a free loopback port (bounded: LOAD_TIMEOUT; PIN=1 pins node and tool)
	@mkdir -p $(BIN_DIR)
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BINARY) ./cmd/village
	CGO_ENABLED=0 $(GO) build -trimpath -o $(BIN_DIR)/villageload ./cmd/villageload
	@dir="$$(mktemp -d)"; pid=""; \
	cleanup() { if [ -n "$$pid" ]; then kill "$$pid" 2>/dev/null || true; wait "$$pid" 2>/dev/null || true; fi; rm -rf "$$dir"; }; \
	trap cleanup EXIT; \
	port=""; \
	for i in $$(seq 1 50); do \
		p=$$((20000 + RANDOM % 20000)); \
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$$p") 2>/dev/null; then port=$$p; break; fi; \
	done; \
	if [ -z "$$port" ]; then echo "bench-load: no free loopback port" >&2; exit 1; fi; \
	secret="$$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"; \
	participants=$$(( $(LOAD_USERS) + $(LOAD_EXTRA_PEOPLE) )); \
	participants=$$(( $$participants < 400 ? 400 : ($$participants > 20000 ? 20000 : $$participants) )); \
	echo "bench-load: node on 127.0.0.1:$$port$(if $(NODE_PIN), ($(NODE_PIN)); tool $(TOOL_PIN),), data in $$dir, $(shell nproc) cores, load average $$(cut -d' ' -f1-3 /proc/loadavg)"; \
	VILLAGE_ADDR=127.0.0.1:$$port VILLAGE_DATA_DIR="$$dir" VILLAGE_LOG_LEVEL=warn \
		VILLAGE_LOAD_ROOMS=true VILLAGE_DEMO=true VILLAGE_DEMO_PARTICIPANTS=$$participants VILLAGE_JWT_SECRET="$$secret" \
		$(if $(LOAD_BREAK_MINUTE),VILLAGE_BREAK_MINUTE=$(LOAD_BREAK_MINUTE)) \
		$(if $(NODE_GOMAXPROCS),GOMAXPROCS=$(NODE_GOMAXPROCS)) $(NODE_PIN) $(BINARY) serve >"$$dir/node.log" 2>&1 & pid=$$!; \
	if ! timeout $(LOAD_TIMEOUT) $(TOOL_PIN) $(BIN_DIR)/villageload -url "http://127.0.0.1:$$port" -wait 60s \
		-mint-secret "$$secret" -scenario $(LOAD_SCENARIO) -users $(LOAD_USERS) \
		$(if $(filter break,$(LOAD_SCENARIO)),,-duration $(LOAD_DURATION)) \
		$(if $(LOAD_RATE),-rate $(LOAD_RATE)) $(LOAD_FLAGS); then \
		echo "bench-load: failed; the node's log ends with:" >&2; tail -n 30 "$$dir/node.log" >&2; exit 1; \
	fi

lint: fmt-check vet staticcheck ## gofmt, go vet and staticcheck; fails on any finding

fmt-check: ## Fail listing the Go files that gofmt would change
	@files="$$(if [ -n "$(strip $(GO_FILES))" ]; then gofmt -l $(GO_FILES); fi)"; \
	if [ -n "$$files" ]; then \
		echo "gofmt: these files need formatting (run gofmt -w):"; \
		echo "$$files" | sed 's/^/  /'; \
		exit 1; \
	fi; \
	echo "gofmt: ok"

fmt: ## Rewrite the Go files that gofmt would change
	@if [ -n "$(strip $(GO_FILES))" ]; then gofmt -l -w $(GO_FILES); fi

vet: ## go vet ./...
	$(GO) vet ./...

staticcheck: $(STATICCHECK) ## staticcheck ./... (installs the pinned version when missing)
	@$(GO) list ./... >/dev/null # staticcheck only warns when packages fail to load
	$(STATICCHECK) ./...

tools: $(STATICCHECK) ## Install the pinned development tools under bin/tools

$(STATICCHECK):
	@echo "installing staticcheck $(STATICCHECK_VERSION) into $(STATICCHECK_DIR)"
	@mkdir -p $(STATICCHECK_DIR)
	GOBIN=$(STATICCHECK_DIR) $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

# The race detector needs cgo and a C compiler; install gcc from Debian when it
# is missing and we may (root with apt-get), otherwise say what is needed.
.PHONY: cgo-check
cgo-check:
	@cc="$$(CGO_ENABLED=1 $(GO) env CC)"; \
	if ! command -v "$${cc%% *}" >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing gcc for the race detector"; \
			export DEBIAN_FRONTEND=noninteractive; \
			apt-get update -qq && apt-get install -y -qq gcc libc6-dev >/dev/null; \
		else \
			echo "the race detector needs a C compiler ($$cc): install gcc" >&2; exit 1; \
		fi; \
	fi

# Node.js and npm, for the browser app's packages and tests: installed from
# Debian when missing and we may (root with apt-get), otherwise say so.
.PHONY: node-check
node-check:
	@if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing nodejs and npm for the browser app"; \
			export DEBIAN_FRONTEND=noninteractive; \
			apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null; \
		else \
			echo "the browser app needs Node.js and npm: install nodejs and npm" >&2; exit 1; \
		fi; \
	fi

web-deps: node-check $(WEB_STAMP) ## Install Node.js and npm when missing, and the app's npm packages (npm ci) when out of date

$(WEB_STAMP): $(WEB_DIR)/package-lock.json | node-check
	cd $(WEB_DIR) && npm ci --no-audit --no-fund
	@touch $@

chromium-check: ## Install Debian's Chromium and its headless shell (browser tests, Lighthouse) when missing
	@for bin in "$(CHROMIUM)" "$(CHROMIUM_SHELL)"; do \
		[ -x "$$bin" ] && continue; \
		case "$$bin" in /usr/bin/chromium|/usr/bin/chromium-headless-shell) pkg="$${bin#/usr/bin/}";; *) pkg="";; esac; \
		if [ -n "$$pkg" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing $$pkg for the browser tests"; \
			export DEBIAN_FRONTEND=noninteractive; \
			apt-get update -qq && apt-get install -y -qq "$$pkg" >/dev/null || exit 1; \
		else \
			echo "the browser tests need $$bin: install Debian's chromium and chromium-headless-shell" >&2; exit 1; \
		fi; \
	done

image: ## Build the Docker image village:<version> (needs a Docker engine)
	docker build --build-arg VERSION=$(VERSION) -t village:$(VERSION) -t village:latest .

clean: ## Remove build and test output (keeps ./data and bin/tools)
	rm -f $(BINARY) *.test coverage.out coverage.html cover.out *.coverprofile
	$(GO) clean -testcache

distclean: clean ## Also remove bin/ (installed tools) and the ./data of make run
	rm -rf $(BIN_DIR) ./data
