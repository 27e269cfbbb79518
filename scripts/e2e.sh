#!/usr/bin/env bash
# make test-e2e: the whole stack on the usual ports, with a throwaway database folder
# (.run/e2e, wiped at start), the SPA built and served by vite preview, then
#   1. the API end-to-end tests (node --test tests/e2e-api) with real Keycloak tokens,
#   2. the browser tests (npm --prefix frontend run e2e).
# Everything is stopped at the end; the exit status is non-zero when anything failed.
set -uo pipefail
export JISSO_RUN_DIR="${JISSO_RUN_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.run/e2e}"
export JISSO_SPA_MODE=preview
# Keycloak's dev database is reset to the realm file, so tests see exactly the realm as code.
export KC_RESET=1
. "$(dirname "${BASH_SOURCE[0]}")/stack.sh"

t0=$(now_s)
trap 'stop_stack; exit 130' INT
trap 'stop_stack; exit 143' TERM
trap 'stop_stack' EXIT

cd "$JISSO_ROOT"
# Refuse before wiping anything if another stack (make run?) holds the ports.
stack_required_ports
rm -rf "$JISSO_RUN_DIR"
mkdir -p "$JISSO_RUN_DIR/logs"

if ! start_stack; then
  die "the stack did not start (logs: ${JISSO_LOG_DIR#"$JISSO_ROOT"/}/)"
fi
log "stack up in $(( $(now_s) - t0 )) s"

failed=()
log "API end-to-end tests (node --test tests/e2e-api)"
t1=$(now_s)
if node --test --test-reporter=spec tests/e2e-api/; then
  log "API end-to-end tests passed ($(( $(now_s) - t1 )) s)"
else
  failed+=("API end-to-end tests (tests/e2e-api)")
fi

if [ "${JISSO_E2E_SKIP_BROWSER:-0}" = 1 ]; then
  warn "browser tests skipped (JISSO_E2E_SKIP_BROWSER=1)"
else
  log "browser tests (npm --prefix frontend run e2e)"
  t1=$(now_s)
  if npm --prefix frontend run e2e; then
    log "browser tests passed ($(( $(now_s) - t1 )) s)"
  else
    failed+=("browser tests (npm --prefix frontend run e2e)")
  fi
fi

stop_stack
log "e2e took $(( $(now_s) - t0 )) s in total"
if [ "${#failed[@]}" -gt 0 ]; then
  printf '[jisso] FAILED: %s\n' "${failed[@]}" >&2
  printf '  logs of the stack: %s/\n' "${JISSO_LOG_DIR#"$JISSO_ROOT"/}" >&2
  exit 1
fi
log "all end-to-end tests passed"
