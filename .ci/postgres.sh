# Sourced by .ci/run (as root, under `set -euo pipefail`): makes sure a PostgreSQL server runs on
# loopback, creates a role and a database for the API's storage tests, and exports
# TEST_DATABASE_URL. The tests then run against PGlite and against this server; each test file
# creates its own database from here, so the role may create databases.
#
# Idempotent: a server that already runs is used as it is, and the role and database are created
# only when missing. It never fails the CI run: when PostgreSQL cannot be started it says why and
# leaves TEST_DATABASE_URL unset, and the storage tests run against PGlite alone.
#
# Developers can source it too: `source .ci/postgres.sh` (as root, or as a user who may sudo).

orgwise_pg_user=orgwise_test
orgwise_pg_password=orgwise_test
orgwise_pg_database=orgwise_test

# Runs a command as the postgres system user.
orgwise_pg_as_postgres() {
  if [ "$(id -un)" = postgres ]; then
    "$@"
  elif [ "$(id -u)" = 0 ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    sudo -n -u postgres -- "$@"
  fi
}

# The newest installed server's binaries (Debian installs them under /usr/lib/postgresql/<major>).
orgwise_pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/postgres" ] && echo "$dir"
}

# Starts a server unless one already answers; prints the port it listens on.
orgwise_pg_start() {
  local bin=$1 port cluster
  if "$bin/pg_isready" -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    echo 5432
    return 0
  fi
  # Debian's own cluster, when the package created one.
  if command -v pg_lsclusters >/dev/null 2>&1; then
    cluster=$(pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 {print $1, $2, $3}')
    if [ -n "$cluster" ]; then
      set -- $cluster
      port=$3
      if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null ||
        pg_ctlcluster "$1" "$2" start >/dev/null 2>&1; then
        if orgwise_pg_wait "$bin" "$port"; then
          echo "$port"
          return 0
        fi
      fi
      echo "postgres.sh: could not start cluster $1/$2 (see /var/log/postgresql/)" >&2
    fi
  fi
  # No usable cluster: a throwaway one in /tmp, on loopback only.
  local data=/tmp/orgwise-postgres
  port=54329
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
    echo "$port"
    return 0
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    rm -rf "$data" && mkdir -p "$data" && chown postgres "$data" 2>/dev/null || true
    orgwise_pg_as_postgres "$bin/initdb" -D "$data" -U postgres --auth-local=peer \
      --auth-host=scram-sha-256 -E UTF8 >/dev/null || return 1
  fi
  orgwise_pg_as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k /tmp" start >/dev/null || return 1
  echo "$port"
}

orgwise_pg_wait() {
  local bin=$1 port=$2 i
  for i in $(seq 1 30); do
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null && return 0
    sleep 0.5
  done
  return 1
}

orgwise_pg_setup() {
  local bin port host_socket
  bin=$(orgwise_pg_bindir) || {
    echo "postgres.sh: PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/postgres)" >&2
    return 1
  }
  port=$(orgwise_pg_start "$bin") || {
    echo "postgres.sh: could not start a PostgreSQL server" >&2
    return 1
  }
  # The server's socket directory: Debian's, or /tmp for the throwaway cluster.
  host_socket=/var/run/postgresql
  [ -S "$host_socket/.s.PGSQL.$port" ] || host_socket=/tmp
  orgwise_pg_as_postgres "$bin/psql" -h "$host_socket" -p "$port" -d postgres -qAt -v ON_ERROR_STOP=1 <<SQL >/dev/null || {
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', '$orgwise_pg_user', '$orgwise_pg_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$orgwise_pg_user') \gexec
ALTER ROLE $orgwise_pg_user LOGIN CREATEDB PASSWORD '$orgwise_pg_password';
SELECT format('CREATE DATABASE %I OWNER %I', '$orgwise_pg_database', '$orgwise_pg_user')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$orgwise_pg_database') \gexec
SQL
    echo "postgres.sh: could not create the test role and database as the postgres user" >&2
    return 1
  }
  local url="postgresql://$orgwise_pg_user:$orgwise_pg_password@127.0.0.1:$port/$orgwise_pg_database"
  # The role must be able to log in over TCP with its password, as the tests will.
  PGCONNECT_TIMEOUT=5 "$bin/psql" "$url" -qAt -c 'SELECT 1' >/dev/null || {
    echo "postgres.sh: the test role cannot log in at 127.0.0.1:$port" >&2
    return 1
  }
  # turbo.json declares it for the test task, so it reaches the API's tests through turbo.
  export TEST_DATABASE_URL="$url"
  echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port; TEST_DATABASE_URL is set"
}

# `if` keeps a failing step from ending the sourcing shell (set -e does not apply inside).
if ! orgwise_pg_setup; then
  unset TEST_DATABASE_URL
  echo "postgres.sh: storage tests will run against PGlite only"
fi
unset -f orgwise_pg_as_postgres orgwise_pg_bindir orgwise_pg_start orgwise_pg_wait orgwise_pg_setup
unset orgwise_pg_user orgwise_pg_password orgwise_pg_database
