#!/usr/bin/env bash
# Bakes the sample site (or another site) with two jars at one fixed time and compares every page:
#   bench/compare-output.sh OLD.jar NEW.jar [SITE]
# Exit 0 when the outputs are byte-identical, 1 (with the differing files listed) otherwise.
# Typical use before merging a refactor: build main's jar with -DbuildDir=/tmp/main-build, then
#   bench/compare-output.sh /tmp/main-build/cchc-site.jar target/cchc-site.jar
set -euo pipefail
old=$1 new=$2 site=${3:-.}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for v in old new; do
  jar=$old; [ "$v" = new ] && jar=$new
  SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1764000000} java -jar "$jar" build --source "$site" --output "$work/$v" \
    > "$work/$v.log" 2>&1 || { echo "build with $jar failed:"; cat "$work/$v.log"; exit 2; }
done
if diff -rq "$work/old" "$work/new"; then
  echo "identical: $(find "$work/new" -type f | wc -l) files"
else
  exit 1
fi
