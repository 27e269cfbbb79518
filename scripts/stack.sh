#!/usr/bin/env bash
# The Jisso stack (Keycloak, PostgreSQL, backend, SPA) as functions, sourced by
# scripts/run.sh (make run) and scripts/e2e.sh (make test-e2e).
#
# Every child runs in its own session/process group (setsid), so the stack is stopped
# group by group, in reverse order, with a grace period: no orphans, and the database
# launcher gets time to shut PostgreSQL down cleanly (no stale postmaster.pid).
#
# Settings (environment):
#   JISSO_RUN_DIR     runtime folder (logs, database data); default .run
#   JISSO_DB_URL      use this existing PostgreSQL instead of the embedded one
#   JISSO_DB_USER / JISSO_DB_PASSWORD   credentials for JISSO_DB_URL (default postgres/postgres)
#   JISSO_SPA_MODE    dev (vite dev server) or preview (vite build + vite preview)
#   JISSO_STARTUP_TIMEOUT   seconds to wait for each part (default 300)
#   JISSO_SKIP_BUILD=1      use backend/target as it is (no rebuild when sources changed)
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

JISSO_RUN_DIR="${JISSO_RUN_DIR:-$JISSO_ROOT/.run}"
JISSO_LOG_DIR="$JISSO_RUN_DIR/logs"
JISSO_SPA_MODE="${JISSO_SPA_MODE:-dev}"
JISSO_STARTUP_TIMEOUT="${JISSO_STARTUP_TIMEOUT:-300}"
SPA_URL="http://localhost:5173"
API_URL="http://localhost:8080"
KC_URL="http://localhost:$KC_PORT"
KC_HEALTH_URL="http://localhost:$KC_MGMT_PORT/health/ready"
DB_PORT=54320
BACKEND_JAR="$JISSO_ROOT/backend/target/quarkus-app/quarkus-run.jar"

# name:pid (pid = process group id), in start order
STACK_CHILDREN=()
STACK_STOPPING=0

# start_child NAME LOGFILE CMD...: run CMD in a new session, output to LOGFILE.
start_child() {
  local name="$1" logfile="$2"; shift 2
  mkdir -p "$(dirname "$logfile")"
  : > "$logfile"
  # Without job control a background child is no group leader, so setsid does not fork:
  # $! is the session (and process group) id.
  setsid "$@" >>"$logfile" 2>&1 < /dev/null &
  STACK_CHILDREN+=("$name:$!")
  log "started $name (pid $!, log ${logfile#"$JISSO_ROOT"/})"
}

child_pid() {
  local entry
  for entry in "${STACK_CHILDREN[@]}"; do
    [ "${entry%%:*}" = "$1" ] && { printf '%s\n' "${entry#*:}"; return 0; }
  done
  return 1
}

# group_alive PGID: any process left in the group?
group_alive() { kill -0 -- "-$1" 2>/dev/null; }

# stop_group NAME PGID GRACE_S: TERM the group, wait, then KILL what is left.
stop_group() {
  local name="$1" pgid="$2" grace="$3" i
  group_alive "$pgid" || return 0
  kill -TERM -- "-$pgid" 2>/dev/null || true
  for (( i = 0; i < grace * 5; i++ )); do
    group_alive "$pgid" || { wait "$pgid" 2>/dev/null || true; log "stopped $name"; return 0; }
    sleep 0.2
  done
  warn "$name did not stop within $grace s: killing it"
  kill -KILL -- "-$pgid" 2>/dev/null || true
  wait "$pgid" 2>/dev/null || true
}

# stop_stack: stop every child, newest first. Safe to call more than once.
stop_stack() {
  [ "$STACK_STOPPING" = 1 ] && return 0
  STACK_STOPPING=1
  local i entry name grace
  [ "${#STACK_CHILDREN[@]}" -gt 0 ] && log "stopping the stack"
  for (( i = ${#STACK_CHILDREN[@]} - 1; i >= 0; i-- )); do
    entry="${STACK_CHILDREN[$i]}"; name="${entry%%:*}"
    case "$name" in
      database) grace=30 ;;   # the launcher shuts PostgreSQL down itself on TERM
      *) grace=20 ;;
    esac
    stop_group "$name" "${entry#*:}" "$grace"
  done
  STACK_CHILDREN=()
}

stack_required_ports() {
  local ports=(5173 8080 "$KC_PORT" "$KC_MGMT_PORT")
  [ -z "${JISSO_DB_URL:-}" ] && ports+=("$DB_PORT")
  require_free_ports "${ports[@]}"
}

stack_check_tools() {
  local t missing=()
  for t in java mvn node npm curl setsid; do
    command -v "$t" >/dev/null 2>&1 || missing+=("$t")
  done
  [ "${#missing[@]}" -eq 0 ] || die "missing tools: ${missing[*]} (see README.md, Prerequisites)"
}

# build_backend: package the backend when the jar is missing or older than its sources.
build_backend() {
  if [ "${JISSO_SKIP_BUILD:-0}" = 1 ] && [ -f "$BACKEND_JAR" ]; then
    log "JISSO_SKIP_BUILD=1: using the backend jar as it is"
    return 0
  fi
  if [ -f "$BACKEND_JAR" ] && [ -f "$JISSO_ROOT/backend/target/dev-database.classpath" ] \
     && [ -z "$(find "$JISSO_ROOT/backend/src/main" "$JISSO_ROOT/backend/src/test/java/jp/go/jisso/dev" "$JISSO_ROOT/backend/pom.xml" -newer "$BACKEND_JAR" -print -quit 2>/dev/null)" ]; then
    log "backend is up to date ($(basename "$BACKEND_JAR"))"
    return 0
  fi
  log "building the backend (mvn -q -f backend package -DskipTests)"
  mvn_quiet -f "$JISSO_ROOT/backend/pom.xml" package -DskipTests \
    || die "backend build failed (run: mvn -f backend package -DskipTests)"
}

# install_frontend: npm ci when node_modules is missing or older than package-lock.json.
install_frontend() {
  local fe="$JISSO_ROOT/frontend"
  if [ ! -d "$fe/node_modules" ] || [ "$fe/package-lock.json" -nt "$fe/node_modules" ]; then
    log "installing frontend dependencies (npm --prefix frontend ci)"
    npm --prefix "$fe" ci --no-audit --no-fund || die "npm ci failed in frontend/"
  fi
}

start_keycloak() {
  "$JISSO_ROOT/scripts/keycloak.sh" --install || die "could not install Keycloak"
  start_child keycloak "$JISSO_LOG_DIR/keycloak.log" "$JISSO_ROOT/scripts/keycloak.sh"
}

wait_keycloak() {
  wait_for_url Keycloak "$KC_HEALTH_URL" "$JISSO_STARTUP_TIMEOUT" "$(child_pid keycloak)" "$JISSO_LOG_DIR/keycloak.log"
}

# start_database: the embedded PostgreSQL of scripts/start-db.sh, unless JISSO_DB_URL is set.
start_database() {
  if [ -n "${JISSO_DB_URL:-}" ]; then
    log "using the database at JISSO_DB_URL=$JISSO_DB_URL (embedded PostgreSQL not started)"
    return 0
  fi
  [ -f "$JISSO_ROOT/scripts/start-db.sh" ] || die "scripts/start-db.sh is missing"
  mkdir -p "$JISSO_RUN_DIR"
  # Usage of the launcher: start-db.sh [port] [data-dir]
  start_child database "$JISSO_LOG_DIR/database.log" \
    bash "$JISSO_ROOT/scripts/start-db.sh" "$DB_PORT" "$JISSO_RUN_DIR/pgdata"
}

# wait_database: wait for the launcher's line `JISSO_DB_READY <jdbc-url>`.
wait_database() {
  [ -n "${JISSO_DB_URL:-}" ] && return 0
  local pid start line
  pid=$(child_pid database); start=$(now_s)
  while true; do
    line=$(grep -m1 '^JISSO_DB_READY ' "$JISSO_LOG_DIR/database.log" 2>/dev/null || true)
    if [ -n "$line" ]; then
      log "database is up (${line#JISSO_DB_READY }, $(( $(now_s) - start )) s)"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      printf '[jisso] error: the database launcher exited before it was ready; last lines of %s:\n' "$JISSO_LOG_DIR/database.log" >&2
      tail -n 30 "$JISSO_LOG_DIR/database.log" | sed 's/^/    /' >&2
      return 1
    fi
    if [ $(( $(now_s) - start )) -ge "$JISSO_STARTUP_TIMEOUT" ]; then
      printf '[jisso] error: the database was not ready within %s s (see %s)\n' "$JISSO_STARTUP_TIMEOUT" "$JISSO_LOG_DIR/database.log" >&2
      return 1
    fi
    sleep 0.5
  done
}

start_backend() {
  [ -f "$BACKEND_JAR" ] || die "backend jar not found: $BACKEND_JAR"
  local db_url="${JISSO_DB_URL:-jdbc:postgresql://localhost:$DB_PORT/jisso}"
  start_child backend "$JISSO_LOG_DIR/backend.log" \
    env JISSO_DB_URL="$db_url" \
        JISSO_DB_USER="${JISSO_DB_USER:-postgres}" \
        JISSO_DB_PASSWORD="${JISSO_DB_PASSWORD:-postgres}" \
        JISSO_DEMO_DATA="${JISSO_DEMO_DATA:-true}" \
        JISSO_MAIL_MOCK="${JISSO_MAIL_MOCK:-$([ -n "${JISSO_SMTP_HOST:-}" ] && echo false || echo true)}" \
        JISSO_OIDC_URL="${JISSO_OIDC_URL:-$KC_URL/realms/jisso}" \
    java ${JISSO_BACKEND_JAVA_OPTS:-} -jar "$BACKEND_JAR"
}

wait_backend() {
  wait_for_url backend "$API_URL/q/health/ready" "$JISSO_STARTUP_TIMEOUT" "$(child_pid backend)" "$JISSO_LOG_DIR/backend.log"
}

start_spa() {
  if [ "$JISSO_SPA_MODE" = preview ]; then
    log "building the SPA (npm --prefix frontend run build)"
    npm --prefix "$JISSO_ROOT/frontend" run build >"$JISSO_LOG_DIR/spa-build.log" 2>&1 \
      || { tail -n 40 "$JISSO_LOG_DIR/spa-build.log" >&2; die "SPA build failed (log: $JISSO_LOG_DIR/spa-build.log)"; }
    start_child spa "$JISSO_LOG_DIR/spa.log" npm --prefix "$JISSO_ROOT/frontend" run preview
  else
    start_child spa "$JISSO_LOG_DIR/spa.log" npm --prefix "$JISSO_ROOT/frontend" run dev
  fi
}

wait_spa() {
  wait_for_url SPA "$SPA_URL" "$JISSO_STARTUP_TIMEOUT" "$(child_pid spa)" "$JISSO_LOG_DIR/spa.log"
}

# start_stack: everything, in parallel where it helps; returns when all parts answer.
start_stack() {
  stack_check_tools
  stack_required_ports
  mkdir -p "$JISSO_LOG_DIR"
  start_keycloak          # slowest: starts while the backend builds
  build_backend
  install_frontend
  start_database
  start_spa
  wait_database || return 1
  start_backend
  wait_backend || return 1
  wait_spa || return 1
  wait_keycloak || return 1
}

print_stack_info() {
  cat <<INFO

  Jisso is running.
    SPA                    $SPA_URL
    API                    $API_URL/api
    Swagger UI             $API_URL/q/swagger-ui
    OpenAPI                $API_URL/q/openapi
    Keycloak admin console $KC_URL/admin  (admin / admin)
    Logs                   ${JISSO_LOG_DIR#"$JISSO_ROOT"/}/*.log

  Demo logins (password: jisso)
    username        role              organisation
    cao             cao               内閣府 (cao)
    officer         support-officer   国土交通省 (mlit)
    contact.mlit    ministry-contact  国土交通省 (mlit)
    ministry.maff   ministry-member   農林水産省 (maff)
    hokkaido        local-government  北海道 (010006)
    iwamizawa       local-government  岩見沢市 (012106)
    sendai          local-government  仙台市 (041009)
    company         company           デモモビリティ株式会社 (co-demo-mobility)
  Service account: client ministry-script-mlit, secret jisso-dev-secret (client credentials)

INFO
}

# wait_stack: block until a signal arrives or a child exits on its own.
wait_stack() {
  local pids=() entry
  for entry in "${STACK_CHILDREN[@]}"; do pids+=("${entry#*:}"); done
  wait -n "${pids[@]}" 2>/dev/null
  local rc=$?
  if [ "$STACK_STOPPING" = 0 ]; then
    for entry in "${STACK_CHILDREN[@]}"; do
      kill -0 "${entry#*:}" 2>/dev/null || warn "${entry%%:*} exited unexpectedly (see ${JISSO_LOG_DIR#"$JISSO_ROOT"/}/${entry%%:*}.log)"
    done
  fi
  return "$rc"
}
