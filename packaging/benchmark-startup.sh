#!/usr/bin/env bash
# Measures how long the app takes to show its first frame: start-up variants run in turns, so a busy machine slows
# them alike, and the summary gives min/median/max of the app's own first-frame-ms (-Dinvitemanager.startupProbe,
# counted from the start of the process) and of the wall time to exit.
#
#   packaging/benchmark-startup.sh RUNS 'LABEL=COMMAND' ...
#   packaging/benchmark-startup.sh 5 'installed=/opt/invite-manager/bin/invite-manager' \
#       'java-cp=java -cp "target/classes:$(cat cp.txt)" org.invitemanager.Launcher'
#
# The probe goes in through _JAVA_OPTIONS, which the jpackage launcher passes on too. COLD=1 empties the page
# cache before every run (root only), so that each start reads the jars and the runtime from disk again. Without a
# DISPLAY it starts its own Xvfb.
set -euo pipefail
(( $# >= 2 )) || { sed -n '2,12p' "$0"; exit 2; }
RUNS="$1"
shift
WORK="$(mktemp -d)"
XVFB=""
cleanup() {
    [[ -z "$XVFB" ]] || kill "$XVFB" 2>/dev/null || true
    rm -rf -- "$WORK"
}
trap cleanup EXIT

if [[ -z "${DISPLAY:-}" ]]; then
    number=$(( 120 + RANDOM % 100 ))
    Xvfb ":$number" -screen 0 1280x800x24 >/dev/null 2>&1 &
    XVFB=$!
    export DISPLAY=":$number"
    sleep 1
fi

now_ms() { date +%s%3N; }

for (( round = 1; round <= RUNS; round++ )); do
    for variant in "$@"; do
        label="${variant%%=*}"
        if [[ "${COLD:-0}" == 1 ]]; then
            sync
            echo 3 >/proc/sys/vm/drop_caches
        fi
        start=$(now_ms)
        frame=$(_JAVA_OPTIONS="-Dinvitemanager.startupProbe=exit ${_JAVA_OPTIONS:-}" \
            timeout 120 bash -c "${variant#*=}" 2>/dev/null | sed -n 's/^first-frame-ms=//p' || true)
        wall=$(( $(now_ms) - start ))
        echo "$label ${frame:-none} $wall" | tee -a "$WORK/results"
    done
done

stats() {  # min/median/max of the numbers on stdin
    sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%d/%d/%d", v[1], v[int((NR + 1) / 2)], v[NR]; else printf "-" }'
}
echo
printf '%-24s %-22s %s\n' "variant ($RUNS runs)" "first-frame-ms" "wall ms (min/median/max)"
for variant in "$@"; do
    label="${variant%%=*}"
    frames=$(awk -v l="$label" '$1 == l && $2 != "none" { print $2 }' "$WORK/results" | stats)
    walls=$(awk -v l="$label" '$1 == l { print $3 }' "$WORK/results" | stats)
    printf '%-24s %-22s %s\n' "$label" "$frames" "$walls"
done
