#!/bin/sh
# Validates the installed desktop entry and AppStream metadata with the freedesktop tools:
# desktop-file-validate (Debian: desktop-file-utils) and appstreamcli (Debian: appstream).
# Exits 77, which CTest reports as skipped, only when one of the tools is missing.
#
#   check_metadata.sh PREFIX APP_ID
set -eu
prefix=$1
id=$2
desktop=$prefix/share/applications/$id.desktop
metainfo=$prefix/share/metainfo/$id.metainfo.xml

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (Debian: apt-get install desktop-file-utils appstream)"
        exit 77
    fi
done

failures=0
# desktop-file-validate exits 0 on warnings; they count here too. Hints are shown, not counted.
output=$(desktop-file-validate "$desktop" 2>&1) || failures=$((failures + 1))
[ -z "$output" ] || printf '%s\n' "$output"
if printf '%s\n' "$output" | grep -qE ': (error|warning): '; then
    failures=$((failures + 1))
fi

# --strict: infos (a missing content rating, a summary ending in a dot ...) fail too, pedantic
# hints do not; --no-net: nothing is fetched (the screenshot URLs are not checked).
appstreamcli validate --no-net --strict --explain "$metainfo" || failures=$((failures + 1))

# The metadata must describe the desktop entry installed with it.
grep -qF "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || { echo "FAIL: $metainfo does not launch $id.desktop" >&2; failures=$((failures + 1)); }
grep -qxF "Icon=$id" "$desktop" \
    || { echo "FAIL: $desktop does not name the icon $id" >&2; failures=$((failures + 1)); }

if [ "$failures" -ne 0 ]; then
    echo "FAIL: the installed desktop entry or AppStream metadata did not validate" >&2
    exit 1
fi
echo "$id.desktop and $id.metainfo.xml validate"
