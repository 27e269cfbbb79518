#!/usr/bin/env bash
# Runs the real Keycloak server (dev mode) with the Jisso realm, in the foreground.
#
#   scripts/keycloak.sh            fetch + unpack if missing, sync the realm, start
#   scripts/keycloak.sh --install  only fetch + unpack + sync the realm
#
# Environment (all optional): KC_PORT (8180), KC_MGMT_PORT (9180), KC_HOST (localhost),
# KC_REALM_FILE (keycloak/jisso-realm.json), KC_RESET=1 (wipe Keycloak's database first).
#
# The server comes from the Maven artifact org.keycloak:keycloak-quarkus-dist (tar.gz)
# through the machine's Maven configuration and is unpacked once into .cache/keycloak/.
# Keycloak imports a realm only when it does not exist yet: a hash of the realm file is
# kept in the data folder and the H2 database is wiped when the realm file has changed.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"


kc_install() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  local cache="$JISSO_ROOT/.cache/keycloak"
  local tgz="$cache/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz"
  mkdir -p "$cache"
  if [ ! -s "$tgz" ]; then
    log "fetching Keycloak $KEYCLOAK_VERSION (about 165 MB, once) with Maven"
    mvn_quiet dependency:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" \
      "-DoutputDirectory=$cache" || die "could not fetch org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz with Maven"
  fi
  log "unpacking Keycloak into $KC_HOME"
  local tmp="$cache/.unpack.$$"
  rm -rf "$tmp"; mkdir -p "$tmp"
  tar -xzf "$tgz" -C "$tmp"
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  rm -rf "$tmp"
}

# Copy the realm into data/import and reset the database when the realm file changed.
kc_sync_realm() {
  [ -f "$KC_REALM_FILE" ] || die "realm file not found: $KC_REALM_FILE"
  mkdir -p "$KC_HOME/data/import"
  local want have=""
  want=$(sha256_of "$KC_REALM_FILE")
  [ -f "$KC_HOME/data/jisso-realm.sha256" ] && have=$(cat "$KC_HOME/data/jisso-realm.sha256")
  if [ "$want" != "$have" ] || [ "${KC_RESET:-0}" = 1 ]; then
    if [ -d "$KC_HOME/data/h2" ]; then
      log "realm file changed: resetting Keycloak's database ($KC_HOME/data/h2)"
    fi
    rm -rf "$KC_HOME/data/h2"
    rm -f "$KC_HOME/data/import/"*.json
    cp "$KC_REALM_FILE" "$KC_HOME/data/import/jisso-realm.json"
    printf '%s\n' "$want" > "$KC_HOME/data/jisso-realm.sha256"
  elif [ ! -f "$KC_HOME/data/import/jisso-realm.json" ]; then
    cp "$KC_REALM_FILE" "$KC_HOME/data/import/jisso-realm.json"
  fi
}

kc_install
kc_sync_realm
[ "${1:-}" = "--install" ] && exit 0


export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
log "starting Keycloak on http://$KC_HOST:$KC_PORT (health: http://$KC_HOST:$KC_MGMT_PORT/health/ready)"
exec "$KC_HOME/bin/kc.sh" start-dev \
  --http-host="$KC_HOST" --http-port="$KC_PORT" --http-management-port="$KC_MGMT_PORT" \
  --hostname="http://$KC_HOST:$KC_PORT" \
  --health-enabled=true --import-realm
