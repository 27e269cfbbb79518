#!/usr/bin/env bash
# make run: Keycloak + embedded PostgreSQL + backend + SPA (vite dev), until Ctrl-C.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/stack.sh"

t0=$(now_s)
trap 'stop_stack; log "stopped"; exit 0' INT
trap 'stop_stack; log "stopped"; exit 0' TERM
trap 'stop_stack' EXIT

cd "$JISSO_ROOT"
if ! start_stack; then
  die "startup failed (logs: ${JISSO_LOG_DIR#"$JISSO_ROOT"/}/)"
fi
print_stack_info
log "startup took $(( $(now_s) - t0 )) s. Press Ctrl-C to stop."
wait_stack
exit 1
