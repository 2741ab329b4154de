# Sourced by .ci/run: starts a private PostgreSQL and Redis from Debian's packages (installing them with
# apt-get when missing) for the tests that run the store and the limiter against real servers, and exports
# TEST_DATABASE_URL and TEST_REDIS_URL. Where that is not possible (not root, no apt-get, no network to
# Debian's mirrors) it says so in one line and those tests skip.
# Both run on their own ports from throw-away folders, so a server already on the machine is left alone.

NB_PG_PORT="${NB_PG_PORT:-54329}"
NB_REDIS_PORT="${NB_REDIS_PORT:-63799}"
NB_SERVERS_DIR=""

nb_skip() {
  echo "Postgres/Redis not started ($1): their tests will skip."
  return 0
}

nb_stop_servers() {
  [ -n "$NB_SERVERS_DIR" ] || return 0
  if [ -f "$NB_SERVERS_DIR/pg/postmaster.pid" ]; then
    runuser -u postgres -- "$NB_PG_BIN/pg_ctl" -D "$NB_SERVERS_DIR/pg" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ -f "$NB_SERVERS_DIR/redis.pid" ]; then kill "$(cat "$NB_SERVERS_DIR/redis.pid")" 2>/dev/null || true; fi
  rm -rf "$NB_SERVERS_DIR"
}

nb_start_servers() {
  [ "$(id -u)" = 0 ] || { nb_skip "not root"; return 0; }
  local missing=()
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  if [ ${#missing[@]} -gt 0 ]; then
    command -v apt-get >/dev/null || { nb_skip "no apt-get to install ${missing[*]}"; return 0; }
    echo "Installing ${missing[*]} from Debian's packages..."
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}"; } >/tmp/nb-ci-apt.log 2>&1; then
      nb_skip "apt-get install ${missing[*]} failed, see /tmp/nb-ci-apt.log"
      return 0
    fi
  fi
  NB_PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  NB_SERVERS_DIR="$(mktemp -d /tmp/nb-ci-servers.XXXXXX)"
  chmod 755 "$NB_SERVERS_DIR"
  mkdir "$NB_SERVERS_DIR/pg" && chown postgres "$NB_SERVERS_DIR/pg"
  trap nb_stop_servers EXIT
  if runuser -u postgres -- "$NB_PG_BIN/initdb" -D "$NB_SERVERS_DIR/pg" -A trust -U postgres >/dev/null 2>&1 &&
    runuser -u postgres -- "$NB_PG_BIN/pg_ctl" -D "$NB_SERVERS_DIR/pg" -l "$NB_SERVERS_DIR/pg/log" -w \
      -o "-p $NB_PG_PORT -k $NB_SERVERS_DIR/pg -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" \
      start >/dev/null 2>&1; then
    export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$NB_PG_PORT/postgres"
  else
    nb_skip "PostgreSQL did not start, see $NB_SERVERS_DIR/pg/log"
  fi
  if redis-server --port "$NB_REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --pidfile "$NB_SERVERS_DIR/redis.pid" --logfile "$NB_SERVERS_DIR/redis.log" >/dev/null 2>&1; then
    for _ in $(seq 50); do
      redis-cli -p "$NB_REDIS_PORT" ping >/dev/null 2>&1 && break
      sleep 0.1
    done
    export TEST_REDIS_URL="redis://127.0.0.1:$NB_REDIS_PORT"
  else
    nb_skip "Redis did not start"
  fi
  [ -n "${TEST_DATABASE_URL:-}" ] && echo "PostgreSQL for the tests: $TEST_DATABASE_URL"
  [ -n "${TEST_REDIS_URL:-}" ] && echo "Redis for the tests: $TEST_REDIS_URL"
  return 0
}
