#!/usr/bin/env bash
# Makes every icon file from the SVG masters; the results are committed, so a build needs none of these tools.
#   icons/generate.sh       (needs rsvg-convert from librsvg2-bin, ImageMagick's convert and /usr/bin/python3)
# 16-32 px come from invite-manager-small.svg, drawn on a whole-pixel grid; 48 px and up from invite-manager.svg.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PNG="$HERE/png"
RESOURCES="$HERE/../src/main/resources/org/invitemanager/icons"
mkdir -p "$PNG" "$RESOURCES"

png() { echo "$PNG/invite-manager-$1.png"; }

for size in 16 24 32 48 64 128 256 512 1024; do
    svg="$HERE/invite-manager.svg"
    if (( size <= 32 )); then
        svg="$HERE/invite-manager-small.svg"
    fi
    rsvg-convert --width "$size" --height "$size" --format png --output "$(png "$size")" "$svg"
done

# Windows: every size Explorer and the taskbar ask for. No date chunks, so unchanged SVGs give identical bytes.
ico=()
for size in 16 24 32 48 64 128 256; do
    ico+=("$(png "$size")")
done
convert "${ico[@]}" -define png:exclude-chunks=date,time "$HERE/invite-manager.ico"

# macOS: the PNG-only entry types; the @2x types reuse the PNG of twice the size.
/usr/bin/python3 "$HERE/icns.py" write "$HERE/invite-manager.icns" \
    icp4="$(png 16)" icp5="$(png 32)" ic11="$(png 32)" ic12="$(png 64)" \
    ic07="$(png 128)" ic13="$(png 256)" ic08="$(png 256)" ic14="$(png 512)" ic09="$(png 512)" ic10="$(png 1024)"

# The window icon: JavaFX picks the best fit from these for the title bar, taskbar and Alt+Tab.
for size in 16 24 32 48 64 128 256; do
    cp "$(png "$size")" "$RESOURCES/"
done

/usr/bin/python3 "$HERE/icns.py" check "$HERE/invite-manager.icns" >/dev/null
echo "icons written to $PNG, $HERE/invite-manager.ico, $HERE/invite-manager.icns and $RESOURCES"
