#!/usr/bin/env bash
# The byte-identical safety net of a refactor: bakes the same sites with two versions of the tool and
# compares the outputs file by file (diff -r). Exit 0 when every page is the same, 1 when not.
#   bench/compare-output.sh A B [SITE]
# A and B are each a jar (path ending in .jar) or a git revision (main, HEAD~3, a branch): a revision is
# checked out into a temporary worktree and packaged there (-DskipTests), which takes a minute.
# Sites baked: SITE (default: the sample site of this checkout), and a generated corpus (COUNT items, default 1000,
# seed 7; COUNT=0 skips it). SOURCE_DATE_EPOCH is fixed, so both bakes see the same "now".
# Example: bench/compare-output.sh main HEAD   (before merging a refactor)
set -euo pipefail
[ $# -ge 2 ] && [ $# -le 3 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
CALLER=$(pwd)
SITE=${3:+$(realpath "$3")}   # before cd: relative to where the script was called from
cd "$(dirname "$0")/.."
REPO=$(pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/compare-output.XXXXXX")
trap 'git -C "$REPO" worktree remove --force "$WORK/tree-a" 2>/dev/null || true;
      git -C "$REPO" worktree remove --force "$WORK/tree-b" 2>/dev/null || true; rm -rf "$WORK"' EXIT
COUNT=${COUNT:-1000}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}   # 2026-01-01 00:00 UTC

# jar_of NAME REF: prints the path of a jar for REF (a jar file, or a revision packaged in a worktree)
jar_of() {
  if [[ "$2" == *.jar ]]; then
    (cd "$CALLER" && realpath "$2")
    return
  fi
  git -C "$REPO" worktree add --detach -q "$WORK/tree-$1" "$2"
  (cd "$WORK/tree-$1" && mvn -B -ntp -q -DskipTests package >"$WORK/mvn-$1.log" 2>&1) \
    || { echo "packaging $2 failed: $WORK/mvn-$1.log" >&2; cat "$WORK/mvn-$1.log" >&2; exit 2; }
  echo "$WORK/tree-$1/target/cchc-site.jar"
}

JAR_A=$(jar_of a "$1")
JAR_B=$(jar_of b "$2")

SITES=("${SITE:-$REPO}")
if [ "$COUNT" -gt 0 ]; then
  python3 "$REPO/bench/gen-corpus.py" --count "$COUNT" --seed 7 --out "$WORK/corpus" >/dev/null
  cp "$REPO/site.yml" "$WORK/corpus/"
  SITES+=("$WORK/corpus")
fi

status=0
for site in "${SITES[@]}"; do
  for side in a b; do
    jar=$JAR_A; [ $side = b ] && jar=$JAR_B
    # exit 1 (content errors) still compares: both versions must exit alike
    code=0
    java -jar "$jar" build --source "$site" --output "$WORK/out-$side" >"$WORK/log-$side" 2>&1 || code=$?
    echo $code >"$WORK/exit-$side"
  done
  if ! cmp -s "$WORK/exit-a" "$WORK/exit-b"; then
    echo "DIFFERENT exit codes: $site: $(cat "$WORK/exit-a") / $(cat "$WORK/exit-b")"; status=1
  fi
  if diff -r "$WORK/out-a" "$WORK/out-b" >"$WORK/diff"; then
    echo "same: $site ($(find "$WORK/out-a" -type f | wc -l) files, exit $(cat "$WORK/exit-a"))"
  else
    echo "DIFFERENT pages: $site"; head -40 "$WORK/diff" || true; status=1
  fi
  rm -rf "$WORK/out-a" "$WORK/out-b"
done
exit $status
