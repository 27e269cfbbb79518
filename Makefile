# Jisso: one entry point for running and testing everything.
#   make run    start Keycloak, PostgreSQL (embedded), backend, SPA; Ctrl-C stops all
#   make test   backend tests, frontend checks and tests, then end-to-end tests
SHELL := /bin/bash
.DEFAULT_GOAL := help

MVN ?= mvn
NPM ?= npm
FRONTEND := frontend

.PHONY: help run test test-backend test-frontend test-e2e openapi fmt clean distclean \
        keycloak frontend-deps backend-package

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-15s %s\n", $$1, $$2}'

run: ## start the whole stack for development (Ctrl-C stops it)
	@scripts/run.sh

test: ## all tests: backend, frontend, end-to-end (stops at the first failure)
	@$(MAKE) --no-print-directory test-backend
	@$(MAKE) --no-print-directory test-frontend
	@$(MAKE) --no-print-directory test-e2e

test-backend: ## backend unit + integration tests (mvn verify)
	$(MVN) -B -f backend verify

frontend-deps:
	@if [ ! -d $(FRONTEND)/node_modules ] || [ $(FRONTEND)/package-lock.json -nt $(FRONTEND)/node_modules ]; then \
	  echo "$(NPM) --prefix $(FRONTEND) ci"; $(NPM) --prefix $(FRONTEND) ci --no-audit --no-fund; \
	fi

test-frontend: frontend-deps ## frontend typecheck, lint, unit tests, API types up to date
	$(NPM) --prefix $(FRONTEND) run typecheck
	$(NPM) --prefix $(FRONTEND) run lint
	$(NPM) --prefix $(FRONTEND) run test
	$(NPM) --prefix $(FRONTEND) run check:api

test-e2e: frontend-deps ## the stack with a throwaway database, API and browser end-to-end tests
	scripts/e2e.sh

openapi: frontend-deps ## regenerate openapi.yaml from the backend, then the SPA's API types
	$(MVN) -B -f backend test -Dtest=OpenApiContractTest -Dopenapi.write=true
	$(NPM) --prefix $(FRONTEND) run gen:api

keycloak: ## only Keycloak with the jisso realm (foreground)
	scripts/keycloak.sh

backend-package:
	$(MVN) -q -B -f backend package -DskipTests

fmt: frontend-deps ## format the frontend (prettier) and the shell scripts (shfmt, when installed)
	$(NPM) --prefix $(FRONTEND) run format
	@if command -v shfmt >/dev/null 2>&1; then shfmt -w -i 2 -ci scripts/*.sh .ci/run; else echo "shfmt not installed: shell scripts left as they are"; fi

clean: ## remove build output and runtime state (.run); keeps the Keycloak download
	rm -rf .run backend/target $(FRONTEND)/dist $(FRONTEND)/test-results $(FRONTEND)/playwright-report

distclean: clean ## also remove caches (.cache: Keycloak server) and frontend/node_modules
	rm -rf .cache $(FRONTEND)/node_modules
