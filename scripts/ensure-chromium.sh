#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser build). Installs it with
# apt when missing (needs root), idempotently; exits non-zero when it cannot be had.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
log() { echo "[ensure-chromium] $*" >&2; }

if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  log "Chromium ontbreekt: installeren uit Debian…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
else
  log "Chromium ontbreekt op $CHROMIUM en kan niet worden geïnstalleerd (geen root/apt)."
  exit 1
fi
[ -x "$CHROMIUM" ] || { log "Chromium na installatie niet gevonden op $CHROMIUM"; exit 1; }
