#!/usr/bin/env bash
# Benchmarks Invite Manager and prints one table: min / median / max over RUNS runs of each figure.
#
#   packaging/benchmark.sh              # RUNS=5
#   RUNS=3 packaging/benchmark.sh
#
#   start-up       launch to the login window's first frame: the packaged app, and `mvn javafx:run` (Maven's own
#                  start included), through packaging/benchmark-startup.sh
#   click → QR     the real app headless (TestFX, Monocle) against a real Prosody: "New account invite" clicked to
#                  its QR code painted, against the bare Smack round trip of the same ad-hoc command, interleaved
#   QR render      one invite link, encoded, rasterised and made a JavaFX image, after a JIT warm-up
#   bulk           100 invites with the app's bulk engine against 100 runs of prosodyctl mod_invites generate
#   memory         VmRSS of a fresh JVM running the app: after login, after 100 invites on its bulk tab
#   size           the installed app (/opt/invite-manager) or the app image, and the .deb
#
# Maven runs offline. The packages are built (mvn -Ppackages) when neither /opt/invite-manager nor
# target/dist/invite-manager exists; PACKAGE=1 rebuilds them. Needs prosody 0.12 and Xvfb, as the tests do. Nothing
# here runs under mvn verify. The table also goes to target/benchmark/results.md, the harness's log to
# target/benchmark/harness.log.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-5}"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive number, not '$RUNS'" >&2; exit 2; }
OUT=target/benchmark
FIGURES="$OUT/figures.tsv"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
HEADLESS=(-Dtestfx.robot=glass -Dtestfx.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless
    -Dprism.order=sw -Djava.awt.headless=true)

say() { printf 'benchmark: %s\n' "$*" >&2; }

rm -rf "$OUT"
mkdir -p "$OUT/tmp"
trap 'rm -rf "$ROOT/$OUT/tmp"' EXIT
LOAD_BEFORE="$(cut -d ' ' -f 1-3 /proc/loadavg)"

# --- build -------------------------------------------------------------------------------------------------------
if [[ -x /opt/invite-manager/bin/invite-manager && "${PACKAGE:-0}" != 1 ]]; then
    APP=/opt/invite-manager
    APP_NOTE="installed .deb"
else
    APP=target/dist/invite-manager
    APP_NOTE="app image"
    if [[ ! -x "$APP/bin/invite-manager" || "${PACKAGE:-0}" == 1 ]]; then
        say "building the packages (mvn -Ppackages package, about 2 min)"
        mvn -B -o -q -Dstyle.color=never -Ppackages -DskipTests package >"$OUT/package.log" 2>&1 \
            || { tail -n 30 "$OUT/package.log" >&2; exit 1; }
    fi
fi
say "compiling the harness"
mvn -B -o -q -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$OUT/classpath.txt" >"$OUT/build.log" 2>&1 || { tail -n 30 "$OUT/build.log" >&2; exit 1; }

row() {  # figure, unit, samples (space-separated), note
    printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$FIGURES"
}

# --- start-up ----------------------------------------------------------------------------------------------------
# The mvn variant stamps the first-frame line itself when Maven passes it on, so its figure counts from launching
# mvn (Maven's own start and the forked JVM's included), where the app's probe counts from its own JVM's start.
MVN_RUN='start=$(date +%s%3N); mvn -B -o -q -Dstyle.color=never javafx:run 2>/dev/null | while IFS= read -r line; do
    [[ "$line" == *first-frame-ms=* ]] && echo "first-frame-ms=$(( $(date +%s%3N) - start ))"; done; true'
say "start-up: $RUNS runs each of the $APP_NOTE and mvn javafx:run"
_JAVA_OPTIONS="-Dinvitemanager.config.dir=$ROOT/$OUT/tmp/config -Dinvitemanager.data.dir=$ROOT/$OUT/tmp/data" \
    packaging/benchmark-startup.sh "$RUNS" "packaged=$APP/bin/invite-manager" "mvn=$MVN_RUN" >"$OUT/startup.txt"
startup_samples() {  # label, column (2 = first frame, 3 = wall)
    awk -v l="$1" -v c="$2" '$1 == l && NF == 3 && $c ~ /^[0-9]+$/ { printf "%s%s", sep, $c; sep = " " }' \
        "$OUT/startup.txt"
}
row "start-up → first frame, packaged app" ms "$(startup_samples packaged 2)" "$APP_NOTE; from process start"
row "start-up → first frame, mvn javafx:run" ms "$(startup_samples mvn 2)" "from launching mvn: Maven's start included"
row "start-up → exit (wall), packaged app" ms "$(startup_samples packaged 3)" "probe exits after the first frame"
row "start-up → exit (wall), mvn javafx:run" ms "$(startup_samples mvn 3)" "probe exits after the first frame"

# --- the JVM harness ---------------------------------------------------------------------------------------------
harness() {  # mode
    "$JAVA" -cp "target/test-classes:target/classes:$(cat "$OUT/classpath.txt")" -Dbench.runs="$RUNS" \
        -Djava.io.tmpdir="$ROOT/$OUT/tmp" "${HEADLESS[@]}" org.invitemanager.bench.Benchmark "$1" "$FIGURES" \
        2> >(tee -a "$OUT/harness.log" | grep --line-buffered '^bench:' >&2)
}
say "click → QR, QR rendering, bulk (one JVM, one Prosody)"
harness timings || say "the timings run failed; its figures so far are kept (see $OUT/harness.log)"
for (( run = 1; run <= RUNS; run++ )); do
    say "memory: fresh JVM $run of $RUNS"
    harness memory || say "memory run $run failed (see $OUT/harness.log)"
done

# --- size --------------------------------------------------------------------------------------------------------
mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
row "size of the $APP_NOTE (du)" MiB "$(mib $(( $(du -sk "$APP" | cut -f 1) * 1024 )))" "$APP"
DEB="$(ls target/dist/invite-manager_*.deb 2>/dev/null | head -n 1 || true)"
if [[ -n "$DEB" ]]; then
    row "size of the .deb" MiB "$(mib "$(stat -c %s "$DEB")")" "$(basename "$DEB")"
fi

# --- the table ---------------------------------------------------------------------------------------------------
table() {
    awk -F '\t' '
        function show(v) { return v >= 100 ? sprintf("%.0f", v) : v >= 10 ? sprintf("%.1f", v) : sprintf("%.2f", v) }
        !($1 in values) { order[++n] = $1; unit[$1] = $2; note[$1] = $4 }
        { values[$1] = values[$1] (values[$1] == "" ? "" : " ") $3 }
        END {
            print "| Figure | Unit | Runs | Min | Median | Max | Note |"
            print "|---|---|---:|---:|---:|---:|---|"
            for (i = 1; i <= n; i++) {
                f = order[i]
                k = split(values[f], v, " ")
                for (a = 2; a <= k; a++) {  # insertion sort, numeric
                    x = v[a] + 0
                    for (b = a - 1; b >= 1 && v[b] + 0 > x; b--) v[b + 1] = v[b]
                    v[b + 1] = x
                }
                if (k == 0) { printf "| %s | %s | 0 | - | - | - | %s |\n", f, unit[f], note[f]; continue }
                median = k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
                printf "| %s | %s | %d | %s | %s | %s | %s |\n", f, unit[f], k, show(v[1]), show(median), show(v[k]), note[f]
            }
        }' "$FIGURES"
}
{
    echo "RUNS=$RUNS, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $("$JAVA" -version 2>&1 | head -n 1)," \
        "load average before ${LOAD_BEFORE}, after $(cut -d ' ' -f 1-3 /proc/loadavg)"
    echo
    table
} | tee "$OUT/results.md"
