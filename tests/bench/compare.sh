#!/usr/bin/env bash
# Side-by-side timing: nkhandouts (published app, cold process) vs pandoc (Markdown -> DOCX, file by file), plus a
# scaling run of one long leaflet (1, 10, 100, 1000 pages): time and peak memory. Every figure is a median of RUNS.
#
# Usage: tests/bench/compare.sh [ARTICLES]          (default 200)
# Environment:
#   RUNS=3            repetitions per measurement (median reported)
#   APP=DIR           use an already published app in DIR instead of publishing one
#   PUBLISH_ARGS=...  `dotnet publish` arguments (default: NativeAOT for linux-x64; "-r linux-x64" for ReadyToRun;
#                     see README "Performance")
#   PANDOC=0          skip the pandoc passes
#   PANDOC_RUNS=N     repetitions of the pandoc passes (default RUNS; pandoc is slow, 1 is often enough)
#   SCALING=0         skip the scaling run;  SCALE_PAGES="1 10 100 1000" to choose the sizes
#   KEEP=DIR          keep the corpus and outputs in DIR (default: a temporary folder, removed at exit)
# Needs: the .NET SDK; optional: pandoc, GNU time (/usr/bin/time) for peak memory, pdfinfo for page counts.
# Exits non-zero when a build fails, or any article lacks its briefing or its A4 and Letter leaflets, so a broken
# corpus is never timed.
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-200}"
runs="${RUNS:-3}"
if [[ -n "${KEEP:-}" ]]; then work="$KEEP"; rm -rf "$work"; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
load() { cut -d' ' -f1 /proc/loadavg; }
die() { echo "compare.sh: $*" >&2; exit 1; }

# Runs "$@" quietly under GNU time when present; sets secs and peak_mb; fails the script when the command fails.
timed() {
  local log="$work/last.log"
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$log" 2>&1 || { cat "$log" >&2; die "failed ($?): $*"; }
    read -r secs kb < "$work/time"; peak_mb=$(( kb / 1024 ))
  else
    local t0; t0=$(now); "$@" >"$log" 2>&1 || { cat "$log" >&2; die "failed: $*"; }; secs=$(elapsed "$t0" "$(now)"); peak_mb="?"
  fi
}

echo "machine: $(nproc) cores, $(uname -sr), load $(load); $(date -u +%FT%TZ)"
if [[ -n "${APP:-}" ]]; then
  app="$APP/nkhandouts"
else
  echo "publishing nkhandouts (Release) ..."
  # shellcheck disable=SC2086
  dotnet publish src/NkHandouts.Cli -c Release -o "$work/app" -nologo -v quiet ${PUBLISH_ARGS:--r linux-x64 -p:PublishAot=true} >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; die "publish failed"; }
  app="$work/app/nkhandouts"
fi
[[ -x "$app" ]] || die "no app at $app"

# --- sample build, cold process, forced (every output rendered and checked) ---
times=""
for _ in $(seq 1 "$runs"); do
  timed "$app" build --content content --templates templates --out "$work/sample" --force
  times+=" $secs"
done
sample_outputs=$(find "$work/sample" -maxdepth 1 \( -name '*.pdf' -o -name '*.docx' \) | wc -l)
echo "sample build (cold process, --force, $sample_outputs outputs): median $(echo "$times" | median) s of [$times ], peak ${peak_mb} MB, load $(load)"
times=""
for _ in $(seq 1 "$runs"); do timed "$app" build --content content --templates templates --out "$work/sample"; times+=" $secs"; done
echo "sample build (cold process, nothing changed): median $(echo "$times" | median) s of [$times ]"

# --- synthetic corpus: articles of varied length made from the two sample articles ---
# Odd numbers copy the patient article, even ones the clinician article; the body is repeated 1-4 times. Every
# article lists both templates, so each gives a leaflet (A4 and Letter PDF), a Word briefing and a reading check;
# the patient copies must still pass the enforced patient policy, or the build fails and the script stops.
mkdir -p "$work/corpus/content"
cp -r templates "$work/corpus/templates"
cp content/glossary.yaml "$work/corpus/content/"
front() { awk -v n="$2" 'BEGIN { fm = 0 }
  /^---$/ { fm++; if (fm == 2) print "templates: [clinician-briefing, patient-leaflet]"; print; if (fm == 2) exit; next }
  /^templates:/ { next }
  /^title:/ { print "title: \"Article " n "\""; next }
  { print }' "$1"; }
body() { awk 'BEGIN { fm = 0 } /^---$/ && fm < 2 { fm++; next } fm >= 2 { print }' "$1"; }
patient_body=$(body content/nk-cell-therapy-myths.patient.md)
clinician_body=$(body content/nk-cell-therapy-myths.md)
for i in $(seq 1 "$count"); do
  out="$work/corpus/content/article-$(printf %04d "$i").md"
  if (( i % 2 )); then src=content/nk-cell-therapy-myths.patient.md; b=$patient_body; else src=content/nk-cell-therapy-myths.md; b=$clinician_body; fi
  front "$src" "$i" > "$out"
  for _ in $(seq 1 $(( (i % 4) + 1 ))); do printf '\n%s\n' "$b" >> "$out"; done
done
words=$(cat "$work/corpus/content"/article-*.md | wc -w)
echo "corpus: $count articles (patient and clinician copies, body 1-4x), $words words (wc -w, front matter included)"

times=""
for _ in $(seq 1 "$runs"); do
  timed "$app" build --content "$work/corpus/content" --templates "$work/corpus/templates" --out "$work/corpus-out" --force --lock-wait 0
  times+=" $secs"
done
nk=$(echo "$times" | median)
pdfs=$(find "$work/corpus-out" -maxdepth 1 -name '*.pdf' | wc -l)
docx=$(find "$work/corpus-out" -maxdepth 1 -name '*.docx' | wc -l)
summary=$(grep '^build: .* built' "$work/last.log" || true)
a4=$(find "$work/corpus-out" -maxdepth 1 -name '*.patient-leaflet.a4.pdf' | wc -l)
letter=$(find "$work/corpus-out" -maxdepth 1 -name '*.patient-leaflet.letter.pdf' | wc -l)
[[ "$summary" == *" 0 failed, 0 input error(s)"* ]] && (( docx == count && a4 == count && letter == count )) \
  || die "expected a briefing and A4 and Letter leaflets for each of $count articles; found $docx DOCX, $a4 A4, $letter Letter ($summary)"
echo "nkhandouts build: median $nk s of [$times ], peak ${peak_mb} MB, load $(load)"
echo "  produced $pdfs leaflet PDFs ($a4 A4 + $letter Letter screen files, the rest print files with bleed) + $docx briefing DOCX, every article reading-checked; $summary"

# Like for like with pandoc: the same articles to DOCX only (briefings, each reading-checked), one process.
times=""
for _ in $(seq 1 "$runs"); do
  timed "$app" build --content "$work/corpus/content" --templates "$work/corpus/templates" --out "$work/corpus-docx" --only '*.docx' --force --lock-wait 0
  times+=" $secs"
done
nkdocx=$(echo "$times" | median)
docx_only=$(find "$work/corpus-docx" -maxdepth 1 -name '*.docx' | wc -l)
(( docx_only == count )) || die "DOCX-only build made $docx_only of $count briefings"
echo "nkhandouts build --only '*.docx' (same work as pandoc: $docx_only DOCX): median $nkdocx s of [$times ], load $(load)"

if [[ "${PANDOC:-1}" == 0 ]]; then
  echo "pandoc: skipped (PANDOC=0)"
elif command -v pandoc >/dev/null; then
  mkdir -p "$work/pandoc" "$work/pandoc-parallel"
  export PANDOC_OUT="$work/pandoc-parallel"
  convert() { for f in "$@"; do pandoc -f markdown -t docx -o "$PANDOC_OUT/$(basename "$f" .md).docx" "$f"; done; }
  export -f convert
  seq_times=""; par_times=""
  for _ in $(seq 1 "${PANDOC_RUNS:-$runs}"); do
    t0=$(now)
    for f in "$work/corpus/content"/article-*.md; do pandoc -f markdown -t docx -o "$work/pandoc/$(basename "$f" .md).docx" "$f"; done
    seq_times+=" $(elapsed "$t0" "$(now)")"
    t0=$(now)
    find "$work/corpus/content" -name 'article-*.md' -print0 | xargs -0 -n 10 -P "$(nproc)" bash -c 'convert "$@"' _
    par_times+=" $(elapsed "$t0" "$(now)")"
  done
  made=$(find "$work/pandoc" -name '*.docx' | wc -l); made_parallel=$(find "$work/pandoc-parallel" -name '*.docx' | wc -l)
  (( made == count && made_parallel == count )) || die "pandoc made $made and $made_parallel of $count DOCX files"
  pd=$(echo "$seq_times" | median); pp=$(echo "$par_times" | median)
  echo "pandoc $(pandoc --version | head -1 | cut -d' ' -f2) (DOCX only, file by file, one process each): median $pd s of [$seq_times ] sequential; $pp s of [$par_times ] on $(nproc) processes"
  # Only the DOCX-only ratio compares the same work; the all-outputs ratio is kept for context.
  awk -v a="$pd" -v p="$pp" -v b="$nkdocx" 'BEGIN { printf "like for like (DOCX only) pandoc/nkhandouts: %.1fx (pandoc sequential), %.1fx (pandoc on all cores)\n", a / b, p / b }'
  awk -v a="$pd" -v p="$pp" -v b="$nk" 'BEGIN { printf "not like for like (all our outputs vs pandoc DOCX): %.1fx / %.1fx\n", a / b, p / b }'
else
  echo "pandoc not installed: comparison skipped (apt-get install pandoc)"
fi

# --- scaling: one long patient leaflet (A4 only), body paragraphs repeated to reach about N pages ---
if [[ "${SCALING:-1}" != 0 ]]; then
  echo "scaling (one A4 leaflet; target pages, pages made, median seconds, peak RSS):"
  src=content/nk-cell-therapy-myths.patient.md
  # Plain paragraphs only (no boxes; the template's questions box off), so the page count follows the text.
  # One unit (the article's paragraphs and lists) is about 2.1 A4 pages.
  unit=$(body "$src" | awk '/^:::/ { skip = !skip; next } !skip')
  for pages in ${SCALE_PAGES:-1 10 100 1000}; do
    dir="$work/scale-$pages"; mkdir -p "$dir/content"; cp -r templates "$dir/templates"
    sed -i 's/^  questions: true/  questions: false/' "$dir/templates/patient-leaflet/template.yaml"
    awk 'BEGIN { fm = 0 } /^---$/ { fm++; print; if (fm == 2) exit; next } { print }' "$src" > "$dir/content/long.md"
    if (( pages <= 1 )); then
      # The first paragraph only: title band, summary, one paragraph, questions and learn-more boxes.
      printf '\n%s\n' "$(echo "$unit" | awk 'NF { print; p = 1; next } p { exit }')" >> "$dir/content/long.md"
    else
      for _ in $(seq 1 $(( (pages * 10 - 10) / 21 ))); do printf '\n%s\n' "$unit" >> "$dir/content/long.md"; done
    fi
    times=""
    for _ in $(seq 1 "$runs"); do
      timed "$app" build --content "$dir/content" --templates "$dir/templates" --out "$dir/out" --only '*.a4.pdf' --force
      times+=" $secs"
    done
    made=$(command -v pdfinfo >/dev/null && pdfinfo "$dir/out"/*.pdf 2>/dev/null | awk '/^Pages:/ { print $2 }' || echo "?")
    echo "  ~$pages: $made pages, median $(echo "$times" | median) s of [$times ], peak ${peak_mb} MB (last run), load $(load)"
  done
fi
