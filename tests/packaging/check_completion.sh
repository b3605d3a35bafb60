#!/bin/bash
# The installed bash completion offers smtpref's commands and options, as the installed
# "smtpref --help" lists them, the values of --lang and --family, and files where a file is
# wanted. Exits 77, which CTest reports as skipped, only when bash-completion is missing.
#
#   check_completion.sh PREFIX
set -u
prefix=$(cd "$1" && pwd)
binary=$prefix/bin/smtpref
framework=/usr/share/bash-completion/bash_completion
if [ ! -f "$framework" ]; then
    echo "SKIP: bash-completion is not installed (Debian: apt-get install bash-completion)"
    exit 77
fi
source "$framework"
source "$prefix/share/bash-completion/completions/smtpref"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# What TAB offers after "smtpref WORD...", the last word being the one typed; one a line, sorted.
offered() {
    COMP_WORDS=("$binary" "$@")
    COMP_CWORD=$#
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _smtpref "$binary" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    [ ${#COMPREPLY[@]} -eq 0 ] || printf '%s\n' "${COMPREPLY[@]}" | sort
}
expect() {
    local want=$1
    shift
    local got
    got=$(offered "$@" | tr '\n' ' ')
    got=${got% }
    [ "$got" = "$want" ] || fail "smtpref $* <TAB> offers \"$got\", not \"$want\""
}

help=$("$binary" --lang en --help)
commands=$(printf '%s\n' "$help" | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit }
    on && /^  [a-z]/ { print $1 }' | sort -u | tr '\n' ' ')
options=$(printf '%s\n' "$help" | grep -oE -- '--[a-z][a-z-]*' | sort -u | tr '\n' ' ')
case " $commands " in *" show "*) ;; *) fail "found no show among the commands of --help: $commands" ;; esac

expect "${commands% }" ""
expect "${commands% }" --lang en ""
expect show sh
expect --clipboard show --cl
expect "$(printf '%s\n' $options | grep -- '^--l' | tr '\n' ' ' | sed 's/ $//')" --l
expect "en ru" --lang ""
expect "basic enhanced provider" list --family ""
for option in $options; do
    offered -- | grep -qxF -- "$option" || fail "smtpref -- <TAB> does not offer $option"
done
# Files where a file is wanted.
files=$(mktemp -d)
trap 'rm -rf "$files"' EXIT
cd "$files" || exit 1
touch bounce.eml
file_commands=$(printf '%s\n' "$help" | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit }
    on && /^  [a-z]+ FILE/ { print $1 }')
[ -n "$file_commands" ] || fail "found no command taking a FILE in --help; has its format changed?"
for command in $file_commands; do
    expect bounce.eml "$command" ""
done
expect bounce.eml --database ""
expect "" show ""

if [ "$failures" -ne 0 ]; then
    echo "$failures problem(s) in resources/completion/smtpref" >&2
    exit 1
fi
echo "bash completion offers $(printf '%s\n' $commands | wc -l) commands and $(printf '%s\n' $options | wc -l) options"
