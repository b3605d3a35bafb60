#!/bin/sh
# Takes the screenshots in docs/screenshots/ (1280x800 PNG, English; pass a language such as
# "ru" to take them in that language too, named *-ru.png).
#
#   tests/ui/screenshots.sh [BUILD_DIR] [LANG]
#
# Builds the screenshot tool in BUILD_DIR (default: build) and runs it on the offscreen
# platform against the catalogue compiled there, so the pictures are the same on any machine
# with the DejaVu fonts.
set -eu
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${1:-"$source_dir/build"}
lang=${2:-en}
cmake --build "$build_dir" --target smtpref_screenshots smtpref_catalogue
QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1 LC_ALL=C.UTF-8 \
    "$build_dir/bin/smtpref_screenshots" \
    --database "$build_dir/bin/catalogue.sqlite" \
    --out "$source_dir/docs/screenshots" \
    --lang "$lang"
