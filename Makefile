# The generator's build steps. `make generate` and `make test` are the two
# commands a newcomer runs; both first make sure libcmark is installed.
SWIFT ?= swift
CORPUS ?= ../shared/corpus
FIXTURES ?= Tests/SwiftEmitterTests/Fixtures
BIN = $$($(SWIFT) build --show-bin-path)

.PHONY: deps generate check-generated test corpus-check fixtures-check bench fuzz

## deps: install libcmark when it is missing (or say how to)
deps:
	@scripts/require-cmark.sh

## generate: rewrite Generated/ from the pages in specs/ (only changed files are written)
generate: deps
	$(SWIFT) build --product sdkgen
	$(BIN)/sdkgen generate --specs specs --output Generated

## check-generated: fail with a diff when Generated/ is not what specs/ generates
check-generated: deps
	$(SWIFT) build --product sdkgen
	@tmp=$$(mktemp -d); \
	$(BIN)/sdkgen generate --specs specs --output "$$tmp" || { rm -rf "$$tmp"; exit 1; }; \
	if diff -ru -x '.*' Generated "$$tmp"; then \
		echo "check-generated: Generated/ is up to date"; rm -rf "$$tmp"; \
	else \
		echo "check-generated: Generated/ is stale; run 'make generate' and commit the result" >&2; rm -rf "$$tmp"; exit 1; \
	fi

## corpus-check: generate every page of ../shared/corpus into a scratch package and compile it
corpus-check: deps
	@if [ -d "$(CORPUS)" ]; then \
		scripts/compile-check.sh "$(CORPUS)"; \
	else \
		echo "corpus-check: $(CORPUS) is absent; skipped"; \
	fi

## fixtures-check: compile what the emitter's feature and hostile fixture pages generate
fixtures-check: deps
	WARNINGS_AS_ERRORS=1 scripts/compile-check.sh $(FIXTURES)

## test: build everything, check Generated/ and the compiled fixtures and corpus, run every test
test: deps
	$(SWIFT) build --build-tests
	$(MAKE) check-generated fixtures-check corpus-check
	$(SWIFT) test --skip-build --disable-swift-testing

## bench: time sdkgen ir and sdkgen generate over the corpus against the cmark command
bench: deps
	scripts/bench.sh $(CORPUS)

## fuzz: feed random pages through parser, planner and templates for FUZZ_SECONDS (default 600)
FUZZ_SECONDS ?= 600
fuzz: deps
	scripts/fuzz.sh $(FUZZ_SECONDS) $(CORPUS)
