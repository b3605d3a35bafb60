#!/bin/sh
# The tree "cmake --install" lays out under PREFIX has every file a desktop needs; the
# installed binary, with no catalogue beside it, finds share/smtpref/catalogue.sqlite; and the
# program, the AppStream releases and the changelog all carry the project's VERSION.
#
#   check_layout.sh PREFIX APP_ID VERSION
set -eu
prefix=$1
id=$2
version=$3
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

for file in \
    bin/smtpref \
    share/smtpref/catalogue.sqlite \
    share/applications/$id.desktop \
    share/metainfo/$id.metainfo.xml \
    share/icons/hicolor/scalable/apps/$id.svg \
    share/man/man1/smtpref.1.gz \
    share/bash-completion/completions/smtpref \
    share/doc/smtpref/copyright \
    share/doc/smtpref/changelog.gz; do
    [ -f "$prefix/$file" ] || fail "$file is not installed"
done
for size in 16 24 32 48 64 128 256; do
    png=$prefix/share/icons/hicolor/${size}x$size/apps/$id.png
    if [ ! -f "$png" ]; then
        fail "the ${size} px icon is not installed"
        continue
    fi
    # PNG header: width and height are the big-endian words at bytes 16 and 20.
    dimensions=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }')
    [ "$dimensions" = "${size}x$size" ] || fail "the ${size} px icon is $dimensions"
done
[ -x "$prefix/bin/smtpref" ] || fail "bin/smtpref is not executable"
[ ! -e "$prefix/bin/catalogue.sqlite" ] || fail "bin/catalogue.sqlite is installed; the catalogue belongs in share/smtpref"

if [ "$failures" -eq 0 ]; then
    for gz in share/man/man1/smtpref.1.gz share/doc/smtpref/changelog.gz; do
        gzip -t "$prefix/$gz" || fail "$gz is not a gzip file"
    done
    [ "$("$prefix/bin/smtpref" --version)" = "smtpref $version" ] \
        || fail "installed smtpref --version does not print \"smtpref $version\""
    grep -o '<release version="[^"]*"' "$prefix/share/metainfo/$id.metainfo.xml" | head -n 1 \
        | grep -qF "\"$version\"" || fail "the newest release in $id.metainfo.xml is not $version"
    gzip -dc "$prefix/share/doc/smtpref/changelog.gz" | head -n 1 | grep -qF "smtpref ($version)" \
        || fail "the newest entry of resources/debian/changelog is not $version"
    answer=$(LC_ALL=C.UTF-8 "$prefix/bin/smtpref" lookup 530 --lang en) || fail "installed smtpref lookup 530 failed"
    printf '%s\n' "$answer" | head -n 1 | grep -q '^530 ' || fail "installed smtpref lookup 530 printed: $answer"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures problem(s) in the tree installed under $prefix" >&2
    exit 1
fi
echo "installed tree under $prefix is complete; the installed binary answers lookup 530"
