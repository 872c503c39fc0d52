#!/usr/bin/env bash
# Prepares a real PostgreSQL + PostGIS for the integration tests, idempotently:
# installs Debian's postgresql-15-postgis-3, gdal-bin and python3-qgis when missing (needs root), starts the local
# PostgreSQL when it is not running, and creates the test database with the postgis extension.
# Prints the database URL on its last line; exits non-zero when that is not possible.
set -euo pipefail

DB_NAME="${TEST_DB_NAME:-rijkspresentie_test}"
PG_HOST=127.0.0.1
PG_PORT=5432
log() { echo "[test-env] $*" >&2; }

have_postgis() { ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; }

if ! have_postgis; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "PostGIS ontbreekt: postgresql-15-postgis-3 installeren uit Debian…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql-15-postgis-3 >&2
  else
    log "PostGIS ontbreekt en kan niet worden geïnstalleerd (geen root/apt)."
    exit 1
  fi
fi

# GDAL's OAPIF and MVT drivers (ogrinfo) test the OGC API and the tiles as a GIS client reads them.
if ! command -v ogrinfo >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "GDAL ontbreekt: gdal-bin installeren uit Debian…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq gdal-bin >&2
  else
    log "GDAL (ogrinfo) ontbreekt en kan niet worden geïnstalleerd (geen root/apt)."
    exit 1
  fi
fi

# QGIS's own OAPIF provider (python3-qgis, headless) checks the README's choropleth steps
# (test/integration/ogc-qgis.test.ts via scripts/qgis-choropleth.py).
if ! /usr/bin/python3 -c 'import qgis.core' 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "QGIS ontbreekt: python3-qgis en qgis-providers installeren uit Debian…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq python3-qgis qgis-providers >&2
  else
    log "QGIS (python3-qgis) ontbreekt en kan niet worden geïnstalleerd (geen root/apt)."
    exit 1
  fi
fi

if ! pg_isready -h "$PG_HOST" -p "$PG_PORT" -q 2>/dev/null; then
  log "PostgreSQL draait niet: starten…"
  if command -v pg_ctlcluster >/dev/null; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start >&2 || true
  fi
  for _ in $(seq 1 30); do pg_isready -h "$PG_HOST" -p "$PG_PORT" -q && break; sleep 1; done
  pg_isready -h "$PG_HOST" -p "$PG_PORT" -q || { log "PostgreSQL is niet bereikbaar op $PG_HOST:$PG_PORT"; exit 1; }
fi

PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "${PGUSER:-postgres}" -v ON_ERROR_STOP=1 -qtA)
if [ "$("${PSQL[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]; then
  log "Testdatabase $DB_NAME aanmaken…"
  "${PSQL[@]}" -d postgres -c "CREATE DATABASE \"$DB_NAME\"" >&2
fi
"${PSQL[@]}" -d "$DB_NAME" -c 'CREATE EXTENSION IF NOT EXISTS postgis' >&2

echo "postgres://${PGUSER:-postgres}@$PG_HOST:$PG_PORT/$DB_NAME"
