#!/usr/bin/env bash
# Runs the real app under Xvfb against a throwaway Prosody, logs in, trusts the certificate and creates an account
# invite by keyboard alone, then saves a screenshot and checks that zbarimg reads the QR code on it.
#
# Usage: packaging/screenshot.sh [OUTPUT.png]      (default: packaging/screenshots/main-window.png)
#        APP_OPTS=-Dglass.gtk.uiScale=2 SCREEN=2200x1560 packaging/screenshot.sh /tmp/200.png   (HiDPI)
#        APP=/opt/invite-manager/bin/invite-manager packaging/screenshot.sh /tmp/installed.png  (the installed .deb)
#        THEME=DARK packaging/screenshot.sh packaging/screenshots/dark/main-window.png  (the dark theme, as if chosen
#        in the menu; the default follows the desktop, which under Xvfb says light)
# Needs: xvfb, xdotool, imagemagick, zbar-tools, prosody (the README test command installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-packaging/screenshots/main-window.png}"
PORT="${PORT:-25300}"
PASSWORD="screenshot-$RANDOM$RANDOM"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/im-screenshot.XXXXXX")"
DISPLAY_NUMBER=$(( 90 + RANDOM % 100 ))
PIDS=()

cleanup() {
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf -- "$WORK"
}
trap cleanup EXIT

mvn -q -B compile dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null

ADMIN_PASSWORD="$PASSWORD" PORT="$PORT" packaging/try-prosody.sh >"$WORK/prosody.out" 2>&1 &
PIDS+=($!)
Xvfb ":$DISPLAY_NUMBER" -screen 0 "${SCREEN:-1240x820}x24" >/dev/null 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do
    grep -q 'Log in with Invite Manager' "$WORK/prosody.out" 2>/dev/null && break
    sleep 0.1
done
export DISPLAY=":$DISPLAY_NUMBER"
if [[ -n "${THEME:-}" ]]; then
    mkdir -p "$WORK/config"
    printf 'theme=%s\n' "$THEME" >"$WORK/config/appearance.properties"
fi

if [[ -n "${APP:-}" ]]; then
    # An installed launcher, e.g. APP=/opt/invite-manager/bin/invite-manager: its JVM takes the options this way.
    JAVA_TOOL_OPTIONS="${APP_OPTS:-} -Dinvitemanager.config.dir=$WORK/config -Dinvitemanager.data.dir=$WORK/data" \
        "$APP" >"$WORK/app.log" 2>&1 &
else
    java ${APP_OPTS:-} -Dinvitemanager.config.dir="$WORK/config" -Dinvitemanager.data.dir="$WORK/data" \
        -cp "target/classes:$(cat "$WORK/classpath.txt")" org.invitemanager.Launcher >"$WORK/app.log" 2>&1 &
fi
PIDS+=($!)
WINDOW=""
for _ in $(seq 100); do
    WINDOW="$(xdotool search --name 'Invite Manager' 2>/dev/null | head -n 1)" && [[ -n "$WINDOW" ]] && break
    sleep 0.2
done
sleep 2
# Xvfb runs no window manager, so nothing gives the new window the keyboard unless asked.
xdotool windowfocus "$WINDOW"
sleep 0.3

key() { xdotool key "$@"; sleep 0.4; }
key alt+j
xdotool type --delay 15 'admin@localhost'
key alt+p
xdotool type --delay 15 "$PASSWORD"
key alt+s
sleep 0.5
key alt+h
xdotool type --delay 15 '127.0.0.1'
key alt+o
xdotool type --delay 15 "$PORT"
key Return
sleep 3
key alt+t
sleep 3
key alt+a
sleep 3

mkdir -p "$(dirname "$OUT")"
import -window "$WINDOW" "$OUT"
DECODED="$(zbarimg -q --raw "$OUT" 2>/dev/null || true)"
if [[ "$DECODED" != xmpp:localhost\?register\;preauth=* ]]; then
    echo "screenshot.sh: zbarimg could not read an invite from $OUT (got: '$DECODED')" >&2
    exit 1
fi
echo "Saved $OUT; zbarimg read: $DECODED"

# Also the other tabs, beside the main picture: the invite list (Ctrl+2) and the server settings (Ctrl+3).
for tab in 2 3; do
    key ctrl+$tab
    sleep 2
    import -window "$WINDOW" "${OUT%.png}-tab$tab.png"
    echo "Saved ${OUT%.png}-tab$tab.png"
done

# Presentation mode (F11 on the create tab) fills the whole screen; zbarimg must read it there too. Esc leaves.
key ctrl+1
sleep 1
key F11
sleep 2
import -window root "${OUT%.png}-present.png"
PRESENTED="$(zbarimg -q --raw "${OUT%.png}-present.png" 2>/dev/null || true)"
if [[ "$PRESENTED" != "$DECODED" ]]; then
    echo "screenshot.sh: zbarimg did not read the invite in presentation mode (got: '$PRESENTED')" >&2
    exit 1
fi
echo "Saved ${OUT%.png}-present.png; zbarimg read the same invite"
key Escape
sleep 1
xdotool windowfocus "$WINDOW"

# A batch of ten on the event tab (Ctrl+4, Alt+B), then its table.
key ctrl+4
sleep 1
key alt+b
sleep 4
import -window "$WINDOW" "${OUT%.png}-tab4.png"
echo "Saved ${OUT%.png}-tab4.png"

# The Commands tab (Ctrl+5, where typing searches): Prosody's own "Create new account invite" run as any command
# would be, whose result gets a QR card that zbarimg must read; then the form of "Add User".
key ctrl+5
sleep 2
xdotool type --delay 15 'new account invite'
key Down
key Return
sleep 3
import -window "$WINDOW" "${OUT%.png}-tab5.png"
COMMANDED="$(zbarimg -q --raw "${OUT%.png}-tab5.png" 2>/dev/null || true)"
if [[ "$COMMANDED" != xmpp:localhost\?register\;preauth=* || "$COMMANDED" == "$DECODED" ]]; then
    echo "screenshot.sh: zbarimg could not read the new invite on the Commands tab (got: '$COMMANDED')" >&2
    exit 1
fi
echo "Saved ${OUT%.png}-tab5.png; zbarimg read: $COMMANDED"
key ctrl+1
key ctrl+5
key ctrl+a
xdotool type --delay 15 'add user'
key Down
key Return
sleep 3
import -window "$WINDOW" "${OUT%.png}-tab5-form.png"
echo "Saved ${OUT%.png}-tab5-form.png"

# The printable sheet: eight invites from the command line (same jar, same data dir, so the certificate the window
# trusted is trusted here too), its first page rendered with PDFBox and shown on the virtual screen, then every code
# on that screenshot read with zbarimg.
INVITE_MANAGER_PASSWORD="$PASSWORD" java -Dinvitemanager.config.dir="$WORK/config" \
    -Dinvitemanager.data.dir="$WORK/data" -cp "target/classes:$(cat "$WORK/classpath.txt")" \
    org.invitemanager.Launcher create --jid admin@localhost --host 127.0.0.1 --port "$PORT" --count 8 \
    --label Workshop --pdf "$WORK/sheet.pdf" >"$WORK/cli.out"
java -cp "$(cat "$WORK/classpath.txt")" packaging/PdfPageToPng.java "$WORK/sheet.pdf" "$WORK/page.png" 96
# A page at 96 dpi is taller than the app's screen, so it gets a virtual screen of its own.
SHEET_DISPLAY=":$(( DISPLAY_NUMBER + 100 ))"
Xvfb "$SHEET_DISPLAY" -screen 0 "$(identify -format '%[fx:w+40]x%[fx:h+40]' "$WORK/page.png")x24" >/dev/null 2>&1 &
PIDS+=($!)
sleep 1
display -display "$SHEET_DISPLAY" -geometry +0+0 "$WORK/page.png" &
PIDS+=($!)
sleep 2
import -display "$SHEET_DISPLAY" -window root -crop "$(identify -format '%wx%h+0+0' "$WORK/page.png")" \
    "${OUT%.png}-sheet.png"
SCANNED="$(zbarimg -q --raw "${OUT%.png}-sheet.png" 2>/dev/null | sort || true)"
if [[ "$SCANNED" != "$(cut -f2 "$WORK/cli.out" | sort)" ]]; then
    echo "screenshot.sh: zbarimg did not read all 8 invites on the sheet (got: '$SCANNED')" >&2
    exit 1
fi
echo "Saved ${OUT%.png}-sheet.png; zbarimg read all $(wc -l <"$WORK/cli.out") invites on it"

# A server that stops answering (SIGSTOP, as a hung host would): the window while it waits, with Stop waiting; the
# timeout, the lost link and the next try; then, the server let go (SIGCONT), the session back by itself.
PROSODY_PID="$(pgrep -f -- "prosody -F --config .*try-prosody" | head -n 1)"
xdotool windowfocus "$WINDOW"
key ctrl+1
sleep 1
kill -STOP "$PROSODY_PID"
key ctrl+n
sleep 2
import -window "$WINDOW" "${OUT%.png}-waiting.png"
echo "Saved ${OUT%.png}-waiting.png"
# The 15 s reply timeout, then the 5 s ping that finds the link dead.
sleep 22
sleep 1
import -window "$WINDOW" "${OUT%.png}-lost.png"
echo "Saved ${OUT%.png}-lost.png"
kill -CONT "$PROSODY_PID"
sleep 12
import -window "$WINDOW" "${OUT%.png}-reconnected.png"
echo "Saved ${OUT%.png}-reconnected.png"
