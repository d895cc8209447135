#!/usr/bin/env bash
# Makes sure what the tests need from the system is here: Debian's Chromium for the browser tests and,
# when it can, a PostgreSQL server for the database tests. As root it installs what is missing from
# Debian's packages; otherwise it says exactly what to install. It prints the PostgreSQL URL to use
# (or nothing) on its last line of stdout.
set -euo pipefail

log() { echo "[deps] $*" >&2; }
is_root() { [ "$(id -u)" = "0" ]; }
apt_updated=0
apt_install() {
  if ! is_root; then return 1; fi
  if [ "$apt_updated" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_bin" ]; then
  log "Chromium not found at $chromium_bin"
  if apt_install chromium; then
    log "installed Debian's chromium"
  else
    log "ERROR: the browser and accessibility tests need Chromium. Install it with: sudo apt-get install chromium (or set CHROMIUM_PATH)"
    exit 1
  fi
fi

if ! command -v openssl >/dev/null 2>&1; then
  log "openssl not found: it makes the SAML signing keys of the demo and the tests"
  if apt_install openssl; then
    log "installed Debian's openssl"
  else
    log "ERROR: install it with: sudo apt-get install openssl"
    exit 1
  fi
fi

pg_url="${TEST_POSTGRES_URL:-postgres://postgres:postgres@127.0.0.1:5432/postgres}"
pg_ready() { PGCONNECT_TIMEOUT=3 psql "$pg_url" -tAc "select 1" >/dev/null 2>&1; }

if command -v psql >/dev/null 2>&1 && pg_ready; then
  echo "$pg_url"
  exit 0
fi

if [ "${SKIP_POSTGRES:-}" = "1" ]; then
  log "SKIP_POSTGRES=1: the database tests run on SQLite only"
  echo ""
  exit 0
fi

if is_root; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    log "installing Debian's postgresql"
    apt_install postgresql postgresql-client
  fi
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n1)
  if [ -z "$version" ]; then
    log "ERROR: postgresql is installed but has no cluster"
    exit 1
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 2>&1 || true
  for _ in $(seq 1 30); do
    su postgres -c "psql -tAc 'select 1'" >/dev/null 2>&1 && break
    sleep 1
  done
  # A password for the postgres role, so TCP connections work whatever pg_hba.conf asks for.
  su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >&2
  if pg_ready; then
    log "PostgreSQL $version is running"
    echo "$pg_url"
    exit 0
  fi
  log "ERROR: PostgreSQL started but does not accept $pg_url"
  exit 1
fi

log "PostgreSQL is not reachable at $pg_url and this user cannot install it."
log "Install it (sudo apt-get install postgresql) and start it, set TEST_POSTGRES_URL, or run with SKIP_POSTGRES=1 to test on SQLite only."
exit 1
