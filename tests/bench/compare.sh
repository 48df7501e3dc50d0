#!/usr/bin/env bash
# Side-by-side timing: nkhandouts (published, cold process) vs pandoc (Markdown -> DOCX, file by file),
# plus a scaling run of one long leaflet (1, 10, 100, 1000 pages): time and peak memory.
# Usage: tests/bench/compare.sh [ARTICLES]    (default 200)
# Needs: the .NET SDK; optional: pandoc (apt-get install pandoc), GNU time (/usr/bin/time) for peak memory.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
count="${1:-200}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

echo "publishing nkhandouts (Release) ..."
dotnet publish src/NkHandouts.Cli -c Release -o "$work/app" -v quiet -nologo >/dev/null
app="$work/app/nkhandouts"

# --- sample build, cold process ---
t0=$(now); "$app" build --content content --templates templates --out "$work/sample" --force >/dev/null; t1=$(now)
echo "sample build (cold process, $(ls "$work/sample" | grep -vc manifest) outputs): $(elapsed "$t0" "$t1") s"

# --- synthetic corpus: articles of varied length made from the sample content ---
mkdir -p "$work/corpus"
cp -r templates "$work/corpus/templates"
mkdir -p "$work/corpus/content"
[ -f content/glossary.yaml ] && cp content/glossary.yaml "$work/corpus/content/"
for i in $(seq 1 "$count"); do
  if (( i % 2 )); then src=content/nk-cell-therapy-myths.patient.md; else src=content/nk-cell-therapy-myths.md; fi
  repeat=$(( (i % 4) + 1 ))
  out="$work/corpus/content/article-$i.md"
  # front matter once (with a numbered title), body repeated 1-4 times for varied length
  awk -v n="$i" 'BEGIN{fm=0} /^---$/{fm++; print; next} fm==1 && /^title:/{print "title: \"Article " n "\""; next} fm<2{print}' "$src" > "$out"
  body=$(awk 'BEGIN{fm=0} /^---$/ && fm<2 {fm++; next} fm>=2{print}' "$src")
  for _ in $(seq 1 "$repeat"); do printf '%s\n\n' "$body" >> "$out"; done
done
words=$(cat "$work/corpus/content"/article-*.md | wc -w)
echo "corpus: $count articles, $words words"

t0=$(now); "$app" build --content "$work/corpus/content" --templates "$work/corpus/templates" --out "$work/corpus-out" --force --lock-wait 0 >/dev/null || true; t1=$(now)
nk=$(elapsed "$t0" "$t1")
outputs=$(ls "$work/corpus-out" | grep -vc manifest || true)
echo "nkhandouts build: $nk s for $outputs outputs (leaflets + briefings, reading-level check included)"

if command -v pandoc >/dev/null; then
  mkdir -p "$work/pandoc"
  t0=$(now)
  for f in "$work/corpus/content"/article-*.md; do
    pandoc -f markdown -t docx -o "$work/pandoc/$(basename "$f" .md).docx" "$f"
  done
  t1=$(now)
  pd=$(elapsed "$t0" "$t1")
  echo "pandoc (DOCX only, file by file): $pd s"
  awk -v a="$pd" -v b="$nk" 'BEGIN { printf "ratio pandoc/nkhandouts: %.1fx\n", a / b }'
else
  echo "pandoc not installed: skipped (apt-get install pandoc)"
fi

# --- scaling: one long patient leaflet, 1 / 10 / 100 / 1000 pages ---
echo "scaling (one leaflet; pages, seconds, peak RSS):"
for pages in 1 10 100 1000; do
  dir="$work/scale-$pages"; mkdir -p "$dir/content"; cp -r templates "$dir/templates"
  src=content/nk-cell-therapy-myths.patient.md
  awk 'BEGIN{fm=0} /^---$/{fm++; print; next} fm<2{print}' "$src" | sed 's/^templates:.*//' > "$dir/content/long.md"
  body=$(awk 'BEGIN{fm=0} /^---$/ && fm<2 {fm++; next} fm>=2{print}' "$src" | grep -v '^:::' )
  # about 2.5 leaflet pages per copy of the body
  copies=$(( pages * 2 / 5 )); (( copies < 1 )) && copies=1
  for _ in $(seq 1 "$copies"); do printf '%s\n\n' "$body" >> "$dir/content/long.md"; done
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %M" -o "$dir/time" "$app" build --content "$dir/content" --templates "$dir/templates" --out "$dir/out" --only '*patient-leaflet.a4.pdf' --force >/dev/null || true
    read -r secs kb < "$dir/time"
  else
    t0=$(now); "$app" build --content "$dir/content" --templates "$dir/templates" --out "$dir/out" --only '*patient-leaflet.a4.pdf' --force >/dev/null || true; t1=$(now)
    secs=$(elapsed "$t0" "$t1"); kb=0
  fi
  made=$(command -v pdfinfo >/dev/null && pdfinfo "$dir/out"/*.pdf 2>/dev/null | awk '/^Pages:/{print $2}' || echo "?")
  echo "  target ~$pages: $made pages, $secs s, peak $(( kb / 1024 )) MB"
done
