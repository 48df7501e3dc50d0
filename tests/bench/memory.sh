#!/usr/bin/env bash
# Peak memory (GNU time's maximum resident set) of whole builds: a long patient leaflet through render, PDF/UA
# read-back and page check; the sample content with and without 600 dpi previews; a long leaflet with 600 dpi
# previews; and the bare layout benchmark (layout + PDFsharp writer only, no read-back) to tell the two apart.
# Issue 19 item 3 targets: ~1,000 leaflet pages under 150 MB, 600 dpi previews under 500 MB.
#
# Usage: tests/bench/memory.sh [PAGES]       (default 1000: the long leaflet's approximate page count)
# Environment:
#   CONFIG=Release    build configuration of the app measured (Release or Debug)
#   APP=DLL|EXE       measure this nkhandouts.dll, or a native executable such as the NativeAOT app of
#                     `dotnet publish src/NkHandouts.Cli -c Release -r linux-x64 -p:PublishAot=true -o DIR` (DIR/nkhandouts),
#                     instead of building src/NkHandouts.Cli (to alternate an old and a
#                     new build on a noisy machine: copy each one's bin/Release/net10.0 folder aside)
#   ONLY=GLOB         with ALL_PREVIEWS: only the sample outputs matching GLOB (e.g. a tri-fold or the imposed booklet)
#   PREVIEW_PAGES=63  approximate pages of the long document built with 600 dpi previews (0 skips it)
#   LAYOUT=1          also run the bare layout benchmark (NkHandouts.Benchmarks memory PAGES); 0 skips it
#   ALL_PREVIEWS=1    also every sample output with 600 dpi previews (tri-folds and imposed booklets included)
#   KEEP=DIR          keep the generated projects and outputs in DIR (default: a temporary folder)
# Needs: the .NET SDK, GNU time (/usr/bin/time); pdfinfo for page counts.
set -euo pipefail
cd "$(dirname "$0")/../.."
pages="${1:-1000}"
config="${CONFIG:-Release}"
[[ -x /usr/bin/time ]] || { echo "memory.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
if [[ -n "${KEEP:-}" ]]; then work="$KEEP"; rm -rf "$work"; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi

load() { cut -d' ' -f1 /proc/loadavg; }
echo "machine: $(nproc) cores, load $(load); $(date -u +%FT%TZ); $config build"
if [[ -n "${APP:-}" ]]; then
  if [[ "$APP" == *.dll ]]; then app=(dotnet "$APP"); else app=("$APP"); fi
else
  dotnet build src/NkHandouts.Cli -c "$config" -nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
  app=(dotnet "src/NkHandouts.Cli/bin/$config/net10.0/nkhandouts.dll")
fi

# Runs a build under GNU time; prints the label, wall and CPU seconds, peak RSS, and the pages made.
measure() {
  local label="$1" out="$2"; shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "${app[@]}" build --out "$out" --force "$@" >"$work/last.log" 2>&1 \
    || { cat "$work/last.log" >&2; echo "memory.sh: build failed: $label" >&2; exit 1; }
  local secs user sys kb made
  read -r secs user sys kb < "$work/time"
  made=$(command -v pdfinfo >/dev/null && for f in "$out"/*.pdf; do pdfinfo "$f" | awk '/^Pages:/ { print $2 }'; done | paste -sd+ | bc || echo "?")
  local pngs; pngs=$(find "$out" -name '*.png' | wc -l)
  echo "$label: pages=$made pngs=$pngs wall=${secs}s cpu=$(echo "$user + $sys" | bc)s peak=${kb} KB ($(( kb / 1024 )) MB) load=$(load)"
}

# A long patient article: the sample patient article's paragraphs repeated (boxes left out, the template's questions
# box off), about 2.1 A4 pages a repetition; limits.maxPages raised so the template accepts it.
long_project() {
  local dir="$1" n="$2"
  mkdir -p "$dir/content"; cp -r templates "$dir/templates"; cp content/glossary.yaml "$dir/content/"
  sed -i 's/^  questions: true/  questions: false/' "$dir/templates/patient-leaflet/template.yaml"
  if grep -q '^limits:' "$dir/templates/patient-leaflet/template.yaml"; then
    sed -i 's/^\(  maxPages:\).*/\1 5000/' "$dir/templates/patient-leaflet/template.yaml"
  else
    printf 'limits:\n  maxPages: 5000\n' >> "$dir/templates/patient-leaflet/template.yaml"
  fi
  local src=content/nk-cell-therapy-myths.patient.md
  # Front matter as the sample's, built through the patient leaflet template only.
  awk 'BEGIN { fm = 0 } /^---$/ { fm++; print; if (fm == 2) exit; next } /^templates:/ { print "templates: [patient-leaflet]"; next } { print }' "$src" > "$dir/content/long.md"
  local unit; unit=$(awk 'BEGIN { fm = 0 } /^---$/ && fm < 2 { fm++; next } fm >= 2 { print }' "$src" | awk '/^:::/ { skip = !skip; next } !skip')
  for _ in $(seq 1 $(( n * 10 / 21 ))); do printf '\n%s\n' "$unit" >> "$dir/content/long.md"; done
}

long_project "$work/long" "$pages"
measure "long leaflet (~$pages pages, A4 screen file)" "$work/long/out" \
  --content "$work/long/content" --templates "$work/long/templates" --only '*.a4.pdf'
measure "sample content, all outputs, no previews" "$work/sample" --content content --templates templates
measure "sample patient leaflet (A4 screen file), previews at 600 dpi" "$work/sample600" --content content --templates templates \
  --only 'nk-cell-therapy-myths.patient.patient-leaflet.a4.pdf' --previews --preview-dpi 600
if [[ "${ALL_PREVIEWS:-0}" != 0 ]]; then
  if [[ -n "${ONLY:-}" ]]; then
    measure "sample content, $ONLY, previews at 600 dpi" "$work/sample600-only" --content content --templates templates --only "$ONLY" --previews --preview-dpi 600
  else
    measure "sample content, all outputs, previews at 600 dpi" "$work/sample600-all" --content content --templates templates --previews --preview-dpi 600
  fi
fi
if [[ "${PREVIEW_PAGES:-63}" != 0 ]]; then
  long_project "$work/long-previews" "${PREVIEW_PAGES:-63}"
  measure "long leaflet (~${PREVIEW_PAGES:-63} pages), previews at 600 dpi" "$work/long-previews/out" \
    --content "$work/long-previews/content" --templates "$work/long-previews/templates" --only '*.a4.pdf' --previews --preview-dpi 600
fi
if [[ "${LAYOUT:-1}" != 0 ]]; then
  dotnet build tests/NkHandouts.Benchmarks -c Release -nologo -v quiet >"$work/bench-build.log" 2>&1 || { cat "$work/bench-build.log" >&2; exit 1; }
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" tests/NkHandouts.Benchmarks/bin/Release/net10.0/NkHandouts.Benchmarks memory "$pages" >"$work/last.log" 2>&1
  read -r secs user sys kb < "$work/time"
  echo "bare layout + PDF writer (Benchmarks memory $pages, Release): $(grep -o 'pages=[0-9]*' "$work/last.log" | head -1) wall=${secs}s peak=${kb} KB ($(( kb / 1024 )) MB)"
fi
