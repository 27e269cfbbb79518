#!/usr/bin/env bash
# Starts the embedded PostgreSQL of `make run` (real server binaries, io.zonky.test:embedded-postgres).
# Data stays in the folder given (default .run/pgdata) across restarts. Prints
# "JISSO_DB_READY <jdbc-url>" when ready and runs until SIGTERM/SIGINT, then stops the server cleanly.
# Usage: scripts/start-db.sh [port] [data-dir]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
port="${1:-54320}"
data_dir="${2:-$root/.run/pgdata}"
classpath_file="$root/backend/target/dev-database.classpath"
if [ ! -f "$classpath_file" ] || [ ! -d "$root/backend/target/test-classes/jp/go/jisso/dev" ]; then
  echo "start-db: building the backend first (mvn -f backend package -DskipTests)" >&2
  mvn -B -q -f "$root/backend" package -DskipTests
fi
exec java -cp "$root/backend/target/test-classes:$(cat "$classpath_file")" jp.go.jisso.dev.DevDatabase "$port" "$data_dir"
