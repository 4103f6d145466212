#!/usr/bin/env bash
# Benchmark: cchc-site vs Hugo on the same generated corpora, run alternately, medians printed.
# cchc-site is timed twice per round: over its previous output (the usual case: unchanged pages are
# rendered and compared, not rewritten) and into an empty folder (every page written); Hugo into an
# empty folder.
#   bench/run.sh              1,000 and 10,000 items, 5 runs each
#   RUNS=3 bench/run.sh       fewer runs
#   SIZES=10000 bench/run.sh  one size
#   bench/run.sh --full       also 100,000 items (slow; checks linear growth: 100k <= 12 x 10k)
#   CCHC=path/to/bin/cchc-site bench/run.sh   another installed release
#   BASE_JAR=old/cchc-site.jar bench/run.sh   also times `java -jar old.jar build` (over its last output) each round
# cchc-site runs through the release's launcher, bin/cchc-site (unpacked from target/cchc-site-*.zip),
# as a ward runs it; an untimed build first makes the launcher's class-data archive.
# Needs: java 17, maven, python3, unzip, hugo (Debian package `hugo`), GNU time (/usr/bin/time).
# The machine may be shared: keep runs short (RUNS=3) and read the figures side by side, not alone.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
RUNS=${RUNS:-5}
WORK=${WORK:-"$REPO/bench/work"}
read -ra SIZES <<< "${SIZES:-1000 10000}"
[ "${1:-}" = "--full" ] && SIZES+=(100000)
mkdir -p "$WORK"

if [ -z "${CCHC:-}" ]; then
  zip=$(ls "$REPO"/target/cchc-site-*.zip 2>/dev/null | head -1)
  [ -n "$zip" ] || { mvn -q -DskipTests package; zip=$(ls "$REPO"/target/cchc-site-*.zip | head -1); }
  rm -rf "$WORK/tool"; mkdir -p "$WORK/tool"; unzip -q "$zip" -d "$WORK/tool"
  CCHC=$(ls "$WORK"/tool/*/bin/cchc-site)
fi
command -v hugo >/dev/null || { echo "hugo not found: apt-get install hugo" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time not found: apt-get install time" >&2; exit 2; }

echo "tool: $("$CCHC" --version) via $CCHC"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); $(hugo version | cut -d' ' -f1-2)"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -A OURS
for n in "${SIZES[@]}"; do
  corpus="$WORK/corpus-$n"
  [ -d "$corpus/content" ] || python3 "$REPO/bench/gen-corpus.py" --count "$n" --seed 7 --out "$corpus" >/dev/null
  : > "$WORK/ours-$n.txt"; : > "$WORK/fresh-$n.txt"; : > "$WORK/hugo-$n.txt"; : > "$WORK/base-$n.txt"
  "$CCHC" build --source "$corpus" --output "$WORK/out-ours-$n" >/dev/null 2>&1 || true   # untimed: the class-data archive
  for i in $(seq "$RUNS"); do
    # 1. cchc-site over its previous output (what an editor's or a CI job's next build does)
    sync; sleep 1
    /usr/bin/time -f '%e %M' -o "$WORK/t.txt" "$CCHC" build --source "$corpus" --output "$WORK/out-ours-$n" >/dev/null 2>&1
    cat "$WORK/t.txt" >> "$WORK/ours-$n.txt"
    # 2. cchc-site into an empty folder; 3. Hugo into an empty folder. The deletes before them are
    #    not timed, and are flushed to disk first so that they do not slow the timed run.
    rm -rf "$WORK/out-fresh-$n" "$WORK"/.out-fresh-$n.*; sync; sleep 1
    /usr/bin/time -f '%e %M' -o "$WORK/t.txt" "$CCHC" build --source "$corpus" --output "$WORK/out-fresh-$n" >/dev/null 2>&1
    cat "$WORK/t.txt" >> "$WORK/fresh-$n.txt"
    rm -rf "$WORK/out-hugo-$n"; sync; sleep 1
    /usr/bin/time -f '%e %M' -o "$WORK/t.txt" hugo --source "$REPO/bench/hugo-site" --contentDir "$corpus/content" \
      --destination "$WORK/out-hugo-$n" --quiet >/dev/null 2>&1
    cat "$WORK/t.txt" >> "$WORK/hugo-$n.txt"
    if [ -n "${BASE_JAR:-}" ]; then   # 4. an earlier jar, as its users ran it
      sync; sleep 1
      /usr/bin/time -f '%e %M' -o "$WORK/t.txt" java -jar "$BASE_JAR" build --source "$corpus" --output "$WORK/out-base-$n" >/dev/null 2>&1
      cat "$WORK/t.txt" >> "$WORK/base-$n.txt"
    fi
  done
  ours=$(cut -d' ' -f1 "$WORK/ours-$n.txt" | median)
  fresh=$(cut -d' ' -f1 "$WORK/fresh-$n.txt" | median)
  hugo=$(cut -d' ' -f1 "$WORK/hugo-$n.txt" | median)
  ours_rss=$(cat "$WORK/ours-$n.txt" "$WORK/fresh-$n.txt" | cut -d' ' -f2 | sort -n | tail -1)
  hugo_rss=$(cut -d' ' -f2 "$WORK/hugo-$n.txt" | sort -n | tail -1)
  pages_ours=$(find "$WORK/out-ours-$n" -name '*.html' | wc -l)
  pages_hugo=$(find "$WORK/out-hugo-$n" -name '*.html' | wc -l)
  OURS[$n]=$ours
  printf '%7d items: cchc-site %6.2f s over its last output, %6.2f s into an empty folder (peak RSS %4d MiB, %6d pages) | hugo %6.2f s (peak RSS %4d MiB, %6d pages) | ratios %.2f, %.2f\n' \
    "$n" "$ours" "$fresh" $((ours_rss / 1024)) "$pages_ours" "$hugo" $((hugo_rss / 1024)) "$pages_hugo" \
    "$(echo "$ours / $hugo" | bc -l)" "$(echo "$fresh / $hugo" | bc -l)"
  if [ -n "${BASE_JAR:-}" ]; then
    base=$(cut -d' ' -f1 "$WORK/base-$n.txt" | median)
    printf '%7d items: %s %6.2f s over its last output | ratio cchc-site / it %.2f\n' "$n" "$BASE_JAR" "$base" \
      "$(echo "$ours / $base" | bc -l)"
  fi
  for f in ours fresh hugo base; do printf '  rounds %s: %s\n' "$f" "$(cut -d' ' -f1 "$WORK/$f-$n.txt" | tr '\n' ' ')"; done
done
if [ -n "${OURS[100000]:-}" ]; then
  printf '100k / 10k time: %.1f (target <= 12)\n' "$(echo "${OURS[100000]} / ${OURS[10000]}" | bc -l)"
fi
echo "search index (10k): $(du -b "$WORK/out-ours-10000/tim-kiem/chi-muc.js" | cut -f1) bytes"
echo "phases of one 10k build:"
"$CCHC" build --source "$WORK/corpus-10000" --output "$WORK/out-ours-10000" --timings 2>/dev/null \
  | sed -n '/giai đoạn/,$p'
