# SDK generation targets. Each build uses its own scratch folder.
SWIFT ?= swift
EMIT_SCRATCH ?= .build-emit
CORPUS ?= ../shared/corpus
FIXTURES ?= Tests/SwiftEmitterTests/Fixtures
SDKGEN_BIN = $$($(SWIFT) build --scratch-path $(EMIT_SCRATCH) --show-bin-path)/sdkgen

.PHONY: generate check-generated corpus-check fixtures-check

## generate: rewrite Generated/ from the pages in specs/ (only changed files are written)
generate:
	$(SWIFT) build --scratch-path $(EMIT_SCRATCH) --product sdkgen
	$(SDKGEN_BIN) generate --specs specs --output Generated

## check-generated: fail with a diff when Generated/ is not what specs/ generates
check-generated:
	$(SWIFT) build --scratch-path $(EMIT_SCRATCH) --product sdkgen
	@tmp=$$(mktemp -d); \
	$(SDKGEN_BIN) generate --specs specs --output "$$tmp" || { rm -rf "$$tmp"; exit 1; }; \
	if diff -ru -x '.*' Generated "$$tmp"; then \
		echo "check-generated: Generated/ is up to date"; rm -rf "$$tmp"; \
	else \
		echo "check-generated: Generated/ is stale; run 'make generate' and commit the result" >&2; rm -rf "$$tmp"; exit 1; \
	fi

## corpus-check: generate every page of ../shared/corpus into a scratch package and compile it
corpus-check:
	@if [ -d "$(CORPUS)" ]; then \
		scripts/compile-check.sh "$(CORPUS)"; \
	else \
		echo "corpus-check: $(CORPUS) is absent; skipped"; \
	fi

## fixtures-check: compile what the emitter's feature and hostile fixture pages generate
fixtures-check:
	WARNINGS_AS_ERRORS=1 scripts/compile-check.sh $(FIXTURES)
