#!/usr/bin/env bash
# Builds Invite Manager's native packages with jpackage from the JDK running it (17, with jmods). Maven runs it:
#
#   mvn -B -Ppackages -DskipTests package
#
# after copying the jars (the "packages" profile in pom.xml); it can be re-run alone after that.
#
#   Linux:   target/dist/invite-manager/                  the app image (bin/invite-manager)
#            target/dist/invite-manager_<version>-1_amd64.deb
#   Windows: target/dist/Invite Manager-<version>.msi     (needs WiX 3 and a bash, e.g. Git Bash; never built yet)
#   macOS:   target/dist/Invite Manager-<version>.dmg     (never built yet)
#
# The options themselves are in jpackage argument files: packaging/runtime.args and package.args for every
# platform, packaging/<platform>/*.args for each. The environment may set:
#   PROJECT_VERSION  the Maven version; packages get its numeric part (0.1.0-SNAPSHOT -> 0.1.0)
#   APP_VERSION      a version to use instead (macOS will not take one that starts with 0)
#   PACKAGING_OS     linux, windows or macos (from the pom's OS profiles); otherwise taken from uname
#   ABOUT_URL        the app's home page (--about-url); left out while empty
#   DEB_MAINTAINER   "Name <email>" for the .deb's Maintainer field; jpackage writes "Unknown" while empty
#   CDS=0            Linux: no AppCDS training run, so the packages start without a start-up archive
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
STAGE=target/packaging      # from Maven: input/, the non-JavaFX jars (class path); javafx/, the JavaFX jars
DIST=target/dist

say() { printf 'build-packages: %s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }

platform() {
    case "${PACKAGING_OS:-}" in
        linux|windows|macos) echo "$PACKAGING_OS"; return ;;
    esac
    case "$(uname -s)" in
        Linux) echo linux ;;
        Darwin) echo macos ;;
        MINGW*|MSYS*|CYGWIN*) echo windows ;;
        *) fail "cannot tell the platform from uname '$(uname -s)'; set PACKAGING_OS" ;;
    esac
}

# jpackage wants one to three numbers: 0.1.0-SNAPSHOT -> 0.1.0, 1.2 -> 1.2
package_version() {
    local version="${APP_VERSION:-}"
    if [[ -z "$version" ]]; then
        [[ -n "${PROJECT_VERSION:-}" ]] || fail "set PROJECT_VERSION (Maven passes it) or APP_VERSION"
        version="${PROJECT_VERSION%%-*}"
    fi
    [[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "'$version' is not a version jpackage takes (1 to 3 numbers)"
    if [[ "$OS" == macos && "$version" == 0* ]]; then
        fail "jpackage refuses an app version starting with 0 on macOS; pass one, e.g. -Dpackaging.appVersion=1.0.0"
    fi
    echo "$version"
}

# The JavaFX jars with a platform classifier (javafx-graphics-21.0.12-linux.jar) are the real modules. The ones
# without (javafx-graphics-21.0.12.jar) hold only a manifest and would be a second, empty module of the same name.
javafx_modules() {
    local modules="$STAGE/modules" jar
    rm -rf "$modules"
    mkdir -p "$modules"
    for jar in "$STAGE"/javafx/javafx-*.jar; do
        [[ "$(basename "$jar")" =~ -[0-9.]+\.jar$ ]] || cp "$jar" "$modules/"
    done
    compgen -G "$modules/javafx-graphics-*.jar" >/dev/null || fail "no JavaFX platform jars in $STAGE/javafx"
    echo "$modules"
}

# The JVM writes the names of the classes the app loads up to its first frame; the .deb's postinst turns that list
# into the archive. JDK 17 archives cannot be moved (they keep the jars' absolute paths), so one made here would be
# useless under /opt. Needs a display: Xvfb if there is one, else $DISPLAY, else the step is skipped.
train_class_list() {
    local image="$1" app="$1/lib/app" scratch runner=()
    if [[ "${CDS:-1}" == 0 ]]; then
        say "CDS=0: no class list, the packages start without AppCDS"
        return
    fi
    if command -v xvfb-run >/dev/null; then
        runner=(xvfb-run -a)
    elif [[ -z "${DISPLAY:-}" ]]; then
        say "no xvfb-run and no DISPLAY: no class list, the packages start without AppCDS"
        return
    fi
    [[ "$ROOT" != *" "* ]] || { say "a path with spaces cannot go through JAVA_TOOL_OPTIONS: no AppCDS"; return; }
    scratch="$(mktemp -d)"
    # Its own settings, so the training run neither reads nor writes the builder's.
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$ROOT/$app/invite-manager.classlist -Dinvitemanager.startupProbe=exit \
-Dinvitemanager.config.dir=$scratch/config -Dinvitemanager.data.dir=$scratch/data" \
        timeout 120 "${runner[@]}" "$image/bin/invite-manager" 2>/dev/null | sed 's/^/build-packages: training run: /' >&2 \
        || say "the training run failed (exit ${PIPESTATUS[0]})"
    rm -rf "$scratch"
    if [[ -s "$app/invite-manager.classlist" ]]; then
        say "class list: $(wc -l <"$app/invite-manager.classlist") classes"
    else
        rm -f "$app/invite-manager.classlist"
        say "the training run wrote no class list: the packages start without AppCDS"
    fi
}

# The same as the postinst does, for the app image where it lies (after the .deb is made, so the .deb does not
# carry an archive that would not fit under /opt).
make_startup_archive() {
    local app="$ROOT/$1/lib/app" classpath
    [[ -s "$app/invite-manager.classlist" ]] || return 0
    classpath="$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$app/invite-manager.cfg" | paste -s -d : -)"
    "$1/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/invite-manager.classlist" \
        -XX:SharedArchiveFile="$app/invite-manager.jsa" -cp "$classpath" >/dev/null 2>&1 \
        || { rm -f "$app/invite-manager.jsa"; say "no start-up archive for the app image"; }
}

OS="$(platform)"
VERSION="$(package_version)"
MAIN_JAR="${APP_JAR:-$(cd target && ls invite-manager-*.jar | head -n 1)}"
[[ -f "target/$MAIN_JAR" && -d "$STAGE/input" ]] || fail "no target/$MAIN_JAR or $STAGE; run mvn -Ppackages -DskipTests package"
cp "target/$MAIN_JAR" "$STAGE/input/"
MODULES="$(javafx_modules)"
# Written for bash 3.2 too (macOS), where an empty array under set -u needs the ${a[@]+...} form.
OPTIONAL=()
if [[ -n "${ABOUT_URL:-}" ]]; then
    OPTIONAL+=(--about-url "$ABOUT_URL")
fi
if [[ "$OS" == linux && -n "${DEB_MAINTAINER:-}" ]]; then
    OPTIONAL+=(--linux-deb-maintainer "$DEB_MAINTAINER")
fi
rm -rf "$DIST"
mkdir -p "$DIST"
IMAGE_ARGS=(--app-version "$VERSION" --input "$STAGE/input" --main-jar "$MAIN_JAR" --module-path "$MODULES"
    @packaging/runtime.args @packaging/package.args)

SECONDS=0
case "$OS" in
    linux)
        jpackage --type app-image --dest "$DIST" "${IMAGE_ARGS[@]}" @packaging/linux/app-image.args
        say "app image in ${SECONDS} s: $DIST/invite-manager"
        train_class_list "$DIST/invite-manager"
        trained=$SECONDS
        jpackage --type deb --dest "$DIST" --app-image "$DIST/invite-manager" --app-version "$VERSION" \
            @packaging/package.args @packaging/linux/deb.args ${OPTIONAL[@]+"${OPTIONAL[@]}"}
        say ".deb in $(( SECONDS - trained )) s: $(ls "$DIST"/*.deb)"
        make_startup_archive "$DIST/invite-manager"
        ;;
    windows)
        jpackage --dest "$DIST" "${IMAGE_ARGS[@]}" @packaging/windows/jpackage.args ${OPTIONAL[@]+"${OPTIONAL[@]}"}
        ;;
    macos)
        jpackage --dest "$DIST" "${IMAGE_ARGS[@]}" @packaging/macos/jpackage.args ${OPTIONAL[@]+"${OPTIONAL[@]}"}
        ;;
esac
say "done in ${SECONDS} s:"
ls -l "$DIST" >&2
