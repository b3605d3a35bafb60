#!/bin/sh
# Renders the committed PNG icons from the SVG drawings. A developer's step, not the build's:
# the build only installs and embeds the PNGs committed beside this script, so it needs no
# SVG tool. Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
#
#   resources/icons/render.sh
#
#   smtpref-16.svg  16 px grid  ->  smtpref-16.png, smtpref-32.png (crisp at 1x and 2x)
#   smtpref-24.svg  24 px grid  ->  smtpref-24.png
#   smtpref.svg     master      ->  smtpref-48.png ... smtpref-256.png, and the scalable icon
set -eu
cd "$(dirname "$0")"
render() { rsvg-convert --width "$2" --height "$2" --output "smtpref-$2.png" "$1"; }
render smtpref-16.svg 16
render smtpref-24.svg 24
render smtpref-16.svg 32
for size in 48 64 128 256; do
    render smtpref.svg "$size"
done
