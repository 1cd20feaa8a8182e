# The generator's build steps. `make generate` and `make test` are the two
# commands a newcomer runs; both first make sure libcmark is installed.
SWIFT ?= swift
CORPUS ?= ../shared/corpus
FIXTURES ?= Tests/SwiftEmitterTests/Fixtures
BIN = $$($(SWIFT) build --show-bin-path)

.PHONY: openapi-check openapi-roundtrip lint docs bench-compile sdk integration new-service-check deps generate check-generated test corpus-check fixtures-check bench fuzz api-diff api-check api-digester-check

## deps: install libcmark when it is missing (or say how to)
deps:
	@scripts/require-cmark.sh

## generate: rewrite the Generated/ package from the pages in specs/ (only changed files are written)
generate: deps
	$(SWIFT) build --product sdkgen
	$(BIN)/sdkgen generate --specs specs --package Generated --runtime-path .

## check-generated: fail with a diff when Generated/ is not what specs/ generates
check-generated: deps
	$(SWIFT) build --product sdkgen
	@tmp=.generated-check; rm -rf "$$tmp"; \
	$(BIN)/sdkgen generate --specs specs --package "$$tmp" --runtime-path . > /dev/null || { rm -rf "$$tmp"; exit 1; }; \
	if diff -ru -x '.*' Generated "$$tmp"; then \
		echo "check-generated: Generated/ is up to date"; rm -rf "$$tmp"; \
	else \
		echo "check-generated: Generated/ is stale; run 'make generate' and commit the result" >&2; rm -rf "$$tmp"; exit 1; \
	fi

## sdk: the SDK package of a docs tree: make sdk DOCS=<their API/ folder> OUT=<dir> [NAME=JDCloudSDK]
NAME ?= JDCloudSDK
sdk: deps
	@if [ -z "$(DOCS)" ] || [ -z "$(OUT)" ]; then echo "usage: make sdk DOCS=<folder of pages> OUT=<package folder> [NAME=JDCloudSDK]" >&2; exit 2; fi
	$(SWIFT) build --product sdkgen
	$(BIN)/sdkgen generate --specs "$(DOCS)" --package "$(OUT)" --package-name "$(NAME)" --runtime-path .

## integration: build the example and the jdcloud of Generated/, and run the end-to-end tests (Integration/)
integration: deps
	$(SWIFT) build --package-path Integration --build-tests
	$(SWIFT) build --package-path Integration --product jdcloud
	$(SWIFT) test --package-path Integration --skip-build --disable-swift-testing

## lint: swift-format lint of Sources/ and of generated code (Generated/, specs/, fixtures, the corpus)
lint: deps
	scripts/lint.sh

## openapi-check: export the corpus with sdkgen openapi and validate every document (openapi-spec-validator)
openapi-check: deps
	scripts/openapi-check.sh $(CORPUS)

## openapi-roundtrip: swift-openapi-generator's client of the vm document, signed by JDCloudOpenAPI, against a loopback gateway
openapi-roundtrip: deps
	$(SWIFT) build --product sdkgen
	$(BIN)/sdkgen openapi --specs specs --output .build/openapi-specs
	cp .build/openapi-specs/vm.openapi.json Tests/OpenAPIClient/Sources/VMOpenAPIClient/openapi.json
	$(SWIFT) build --package-path Tests/OpenAPIClient --build-tests
	$(SWIFT) test --package-path Tests/OpenAPIClient --skip-build --disable-swift-testing

## new-service-check: a new service's pages plus make generate give its module, product and jdcloud commands
new-service-check: deps
	scripts/new-service-check.sh

## corpus-check: generate every page of ../shared/corpus as an SDK package (as make sdk does) and compile it
corpus-check: deps
	@if [ -d "$(CORPUS)" ]; then \
		scripts/compile-check.sh "$(CORPUS)"; \
	else \
		echo "corpus-check: $(CORPUS) is absent; skipped"; \
	fi

## fixtures-check: compile what the emitter's feature and hostile fixture pages generate
fixtures-check: deps
	WARNINGS_AS_ERRORS=1 scripts/compile-check.sh $(FIXTURES)

## api-diff: what changed in specs/ since BASE (default HEAD), breaking changes first; FORMAT=markdown for a pull request
BASE ?= HEAD
api-diff: deps
	$(SWIFT) build --product sdkgen
	@scripts/api-diff.sh $(BIN)/sdkgen $(BASE)

## api-check: fail when specs/ has a breaking change since BASE, unless ALLOW_BREAKING=1
api-check: deps
	$(SWIFT) build --product sdkgen
	@if [ "$(ALLOW_BREAKING)" = 1 ]; then \
		scripts/api-diff.sh $(BIN)/sdkgen $(BASE); \
	else \
		scripts/api-diff.sh $(BIN)/sdkgen $(BASE) --fail-on breaking \
			|| { echo "api-check: breaking changes since $(BASE); release them as a major version and rerun with ALLOW_BREAKING=1" >&2; exit 1; }; \
	fi

## api-digester-check: swift-api-digester agrees with sdkgen diff on every fixture pair and on ../shared/history
HISTORY ?= ../shared/history
api-digester-check: deps
	$(SWIFT) build --target JDCloudCore
	$(SWIFT) build --product sdkgen
	@history=""; [ -d "$(HISTORY)" ] && history="--history $(HISTORY)"; \
	python3 scripts/api-digester-check.py $(BIN)/sdkgen $(BIN)/Modules $$history

## test: build everything, check Generated/ and the compiled fixtures and corpus, run every test
test: deps
	$(SWIFT) build --build-tests
	$(MAKE) check-generated lint fixtures-check corpus-check api-digester-check
	$(SWIFT) test --skip-build --disable-swift-testing
	$(MAKE) integration new-service-check docs openapi-check openapi-roundtrip

## bench: time sdkgen ir and sdkgen generate over the corpus against the cmark command
bench: deps
	scripts/bench.sh $(CORPUS)

## bench-compile: seconds per 100 operations of an incremental rebuild of the corpus SDK's modules, and their object size
bench-compile: deps
	scripts/bench-compile.sh $(CORPUS)

## docs: DocC documentation of JDCloudCore, JDCloudCommandLine and every module of Generated/, static HTML in .build/docs/
docs: deps
	scripts/docs.sh

## fuzz: feed random pages through parser, planner and templates for FUZZ_SECONDS (default 600)
FUZZ_SECONDS ?= 600
fuzz: deps
	scripts/fuzz.sh $(FUZZ_SECONDS) $(CORPUS)
