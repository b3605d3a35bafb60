#!/bin/sh
# Keeps the hand-written manual page in step with "smtpref --help": every command (with its
# operands) and every option printed there must be in the page, every option the page names
# must still exist, and the page's version must be the program's.
#
#   check_manpage.sh SMTPREF_BINARY MANPAGE
set -eu
binary=$1
page=$2
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

help=$(LC_ALL=C.UTF-8 "$binary" --lang en --help)
version=$("$binary" --version)

# The page as plain words: no comments, no font escapes, macro names and quotes dropped,
# "\-" read as "-", all on one line with single spaces.
text=$(sed -e '/^\.\\"/d' -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\~/ /g' -e 's/\\&//g' \
           -e 's/^\.[A-Za-z]*//' -e 's/"//g' "$page" | tr '\n' ' ' | tr -s ' ')
has() { printf ' %s \n' "$text" | grep -qE -- "$1"; }

# Options: "  -h, --help  ..." and "  --database <FILE>  ...".
options=$(printf '%s\n' "$help" | grep -E '^  -' | sed -E 's/^  //; s/  .*//; s/<[^>]*>//g; s/,/ /g')
count=0
for option in $options; do
    count=$((count + 1))
    has "[^a-zA-Z-]$option([^a-zA-Z-]|$)" || fail "option $option is in --help but not in $page"
done
[ "$count" -ge 2 ] || fail "found no options in --help; has its format changed?"

# Commands: the lines under "Commands:" that start with a name, e.g. "  compare A B  ...".
commands=$(printf '%s\n' "$help" | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit }
    on && /^  [a-z]/ { sub(/^  /, ""); sub(/  .*/, ""); print }')
[ -n "$commands" ] || fail "found no commands in --help; has its format changed?"
printf '%s\n' "$commands" | while IFS= read -r command; do
    has "[^a-zA-Z-]$command([^a-zA-Z-]|$)" || { echo "FAIL: command \"$command\" is in --help but not in $page" >&2; exit 1; }
done || failures=$((failures + 1))

# Options the page names must still exist.
for option in $(printf '%s\n' "$text" | grep -oE -- '(^|[ (\[|,])--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+' | sort -u); do
    printf '%s\n' $options | grep -qxF -- "$option" || fail "$page names $option, which --help does not list"
done

# The version in the .TH line.
grep -E '^\.TH ' "$page" | grep -qF "\"$version\"" || fail "$page is not marked \"$version\" in its .TH line"

if [ "$failures" -ne 0 ]; then
    echo "$failures problem(s); update $page from \"smtpref --help\"" >&2
    exit 1
fi
echo "$page matches smtpref --help: $(printf '%s\n' $options | wc -l) options, $(printf '%s\n' "$commands" | wc -l) commands, $version"
