#!/usr/bin/env bash
# Shared helpers for the Jisso scripts. Source it: `. "$(dirname "$0")/lib.sh"`.

JISSO_ROOT="${JISSO_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
export JISSO_ROOT

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.5.6}"
KC_PORT="${KC_PORT:-8180}"
KC_MGMT_PORT="${KC_MGMT_PORT:-9180}"
KC_HOST="${KC_HOST:-localhost}"
KC_HOME="${KC_HOME:-$JISSO_ROOT/.cache/keycloak/keycloak-$KEYCLOAK_VERSION}"
KC_REALM_FILE="${KC_REALM_FILE:-$JISSO_ROOT/keycloak/jisso-realm.json}"

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
  _c_red=$'\033[31m'; _c_grn=$'\033[32m'; _c_yel=$'\033[33m'; _c_off=$'\033[0m'
else
  _c_red=; _c_grn=; _c_yel=; _c_off=
fi

log()  { printf '%s[jisso]%s %s\n' "$_c_grn" "$_c_off" "$*"; }
warn() { printf '%s[jisso] warning:%s %s\n' "$_c_yel" "$_c_off" "$*" >&2; }
die()  { printf '%s[jisso] error:%s %s\n' "$_c_red" "$_c_off" "$*" >&2; exit 1; }

# now_s: seconds since the epoch (integer).
now_s() { date +%s; }

# port_in_use PORT: true when something listens on localhost:PORT.
port_in_use() {
  local port="$1"
  if command -v ss >/dev/null 2>&1; then
    [ -n "$(ss -ltnH "sport = :$port" 2>/dev/null)" ]  # no pipe: grep -q could SIGPIPE ss under pipefail
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

# require_free_ports PORT...: exit with a clear message naming every busy port.
require_free_ports() {
  local busy=() p
  for p in "$@"; do
    port_in_use "$p" && busy+=("$p")
  done
  if [ "${#busy[@]}" -gt 0 ]; then
    printf '%s[jisso] error:%s port(s) already in use: %s\n' "$_c_red" "$_c_off" "${busy[*]}" >&2
    for p in "${busy[@]}"; do
      if command -v ss >/dev/null 2>&1; then
        ss -ltnpH "sport = :$p" 2>/dev/null | sed 's/^/    /' >&2
      fi
    done
    printf '  Stop whatever uses them (another `make run`?) and try again.\n' >&2
    exit 1
  fi
}

# wait_for_url NAME URL TIMEOUT_S [PID] [LOGFILE]: poll until URL answers 2xx/3xx.
# Fails with a clear message on timeout, or early when PID has died.
wait_for_url() {
  local name="$1" url="$2" timeout="$3" pid="${4:-}" logfile="${5:-}"
  local start; start=$(now_s)
  while true; do
    if curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; then
      log "$name is up ($url, $(( $(now_s) - start )) s)"
      return 0
    fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      printf '%s[jisso] error:%s %s exited before answering at %s\n' "$_c_red" "$_c_off" "$name" "$url" >&2
      [ -n "$logfile" ] && [ -f "$logfile" ] && { printf '  last lines of %s:\n' "$logfile" >&2; tail -n 30 "$logfile" | sed 's/^/    /' >&2; }
      return 1
    fi
    if [ $(( $(now_s) - start )) -ge "$timeout" ]; then
      printf '%s[jisso] error:%s %s did not answer at %s within %s s\n' "$_c_red" "$_c_off" "$name" "$url" "$timeout" >&2
      [ -n "$logfile" ] && [ -f "$logfile" ] && { printf '  last lines of %s:\n' "$logfile" >&2; tail -n 30 "$logfile" | sed 's/^/    /' >&2; }
      return 1
    fi
    sleep 1
  done
}

# mvn_quiet ARGS...: mvn -q -B without the stray colour-reset codes Maven 3.8 prints anyway.
mvn_quiet() {
  mvn -q -B "$@" 2>&1 | sed -u $'s/\x1b\\[0m//g'
  return "${PIPESTATUS[0]}"
}

# sha256_of FILE: print the hex SHA-256 of FILE.
sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1
  else shasum -a 256 "$1" | cut -d' ' -f1; fi
}
