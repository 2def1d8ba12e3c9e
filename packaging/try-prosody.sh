#!/usr/bin/env bash
# Starts a throwaway Prosody 0.12 to try Invite Manager against: 127.0.0.1 only, a self-signed certificate for
# localhost, STARTTLS required, the invite modules, invite-only registration and admin@localhost with a random
# password. Runs in the foreground; Ctrl-C stops it and deletes everything it created.
#
# Usage: packaging/try-prosody.sh            (port 5222)
#        PORT=5299 packaging/try-prosody.sh
#        ADMIN_PASSWORD=secret packaging/try-prosody.sh   (a fixed password instead of a random one)
#        COMPANION=0 packaging/try-prosody.sh   (stock Prosody, without this repo's mod_invite_manager)
set -euo pipefail

PORT="${PORT:-5222}"
HOST=127.0.0.1
DOMAIN=localhost
ADMIN="admin@$DOMAIN"

say() { printf '%s\n' "$@"; }
fail() { printf 'try-prosody: %s\n' "$*" >&2; exit 1; }

if ! [[ "$PORT" =~ ^[0-9]+$ ]] || (( PORT < 1 || PORT > 65535 )); then
    fail "PORT must be a TCP port number, not '$PORT'"
fi

if ! command -v prosody >/dev/null || ! command -v prosodyctl >/dev/null || ! command -v openssl >/dev/null; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
        say "Installing prosody and openssl with apt-get..."
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prosody openssl >/dev/null
    else
        fail "Prosody is not installed. Install it with:  sudo apt-get install -y prosody openssl"
    fi
fi

# Installing the Debian package may start the system-wide Prosody on 5222.
if (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
    fail "something already listens on $HOST:$PORT (the system Prosody?). Stop it or pick another port: PORT=5299 $0"
fi

DIR="$(mktemp -d "${TMPDIR:-/tmp}/try-prosody.XXXXXX")"
PROSODY_PID=""

cleanup() {
    trap - EXIT HUP INT TERM
    if [[ -n "$PROSODY_PID" ]] && kill -0 "$PROSODY_PID" 2>/dev/null; then
        say "" "Stopping Prosody..."
        kill -TERM "$PROSODY_PID" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$PROSODY_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$PROSODY_PID" 2>/dev/null || true
        wait "$PROSODY_PID" 2>/dev/null || true
    fi
    rm -rf -- "$DIR"
    say "Removed $DIR"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

lua_string() {
    local s="${1//\\/\\\\}"
    printf '"%s"' "${s//\"/\\\"}"
}

mkdir -p "$DIR/data" "$DIR/certs"
KEY="$DIR/localhost.key"
CERT="$DIR/localhost.crt"
CONFIG="$DIR/prosody.cfg.lua"
LOG="$DIR/prosody.log"

openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$DOMAIN" -addext "subjectAltName=DNS:$DOMAIN" \
    -keyout "$KEY" -out "$CERT" 2>/dev/null || fail "openssl could not create the certificate"
SSL="{ key = $(lua_string "$KEY"); certificate = $(lua_string "$CERT") }"

MODULE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../src/main/prosody" && pwd)"
EXTRA_MODULES=""
PLUGIN_PATHS=""
if [[ "${COMPANION:-1}" != 0 ]]; then
    EXTRA_MODULES='; "invite_manager"'
    PLUGIN_PATHS="plugin_paths = { $(lua_string "$MODULE_DIR") }"
fi

cat >"$CONFIG" <<LUA
-- Throwaway loopback Prosody made by try-prosody.sh; deleted when it stops.
-- Lets prosody start as root, and keeps prosodyctl from switching to the prosody user, who cannot write here.
run_as_root = true
pidfile = $(lua_string "$DIR/prosody.pid")
data_path = $(lua_string "$DIR/data")
-- An empty directory silences "Error indexing certificate directory".
certificates = $(lua_string "$DIR/certs")
log = {
    { levels = { min = "info" }, to = "console" };
    { levels = { min = "debug" }, to = "file", filename = $(lua_string "$LOG") };
}
admins = { "$ADMIN" }
interfaces = { "$HOST" }
c2s_interfaces = { "$HOST" }
c2s_ports = { $PORT }
modules_disabled = { "s2s" }
modules_enabled = { "roster"; "saslauth"; "tls"; "disco"; "ping"; "register";
                    "invites"; "invites_adhoc"; "invites_register"; "admin_adhoc"$EXTRA_MODULES }
$PLUGIN_PATHS
authentication = "internal_hashed"
allow_registration = false
registration_invite_only = true
ssl = $SSL

VirtualHost "$DOMAIN"
    ssl = $SSL
LUA

PASSWORD="${ADMIN_PASSWORD:-$(openssl rand -base64 15 | tr '+/' '-_')}"
prosodyctl --config "$CONFIG" register admin "$DOMAIN" "$PASSWORD" >/dev/null \
    || fail "prosodyctl could not create $ADMIN"

# In its own session, Ctrl-C reaches only this script, which then stops Prosody once with SIGTERM.
if command -v setsid >/dev/null; then
    setsid prosody -F --config "$CONFIG" &
else
    prosody -F --config "$CONFIG" &
fi
PROSODY_PID=$!

LISTENING=""
for _ in $(seq 100); do
    if (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
        LISTENING=yes
        break
    fi
    kill -0 "$PROSODY_PID" 2>/dev/null || fail "Prosody exited; see the output above"
    sleep 0.1
done
[[ -n "$LISTENING" ]] || fail "Prosody did not listen on $HOST:$PORT within 10 s; see $LOG"

FINGERPRINT="$(openssl x509 -noout -fingerprint -sha256 -in "$CERT")"
FINGERPRINT="${FINGERPRINT#*=}"

cat <<TEXT

Prosody is running on $HOST:$PORT (files in $DIR).

Log in with Invite Manager:
  JID:       $ADMIN
  Password:  $PASSWORD
  Host:      $HOST
  Port:      $PORT
  Security:  STARTTLS

The server uses a self-signed certificate, so the app will ask whether to trust it.
Trust it only if its SHA-256 fingerprint is:
  $FINGERPRINT

Full debug log: $LOG
Press Ctrl-C to stop Prosody and delete all of the above.

TEXT

set +e
wait "$PROSODY_PID"
STATUS=$?
PROSODY_PID=""
exit "$STATUS"
