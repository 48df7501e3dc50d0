#!/usr/bin/env bash
# Longer fuzzing run than the CI budget. NKH_FUZZ_ITER cases per loader property (default 200,000); the image
# probe runs the same number, the renderers 1% of it (each case lays out and writes a whole document).
# Usage: tests/fuzz/run.sh [iterations]
set -euo pipefail
cd "$(dirname "$0")/../.."
export NKH_FUZZ_ITER="${1:-200000}"
echo "fuzz: $NKH_FUZZ_ITER cases per loader property, $((NKH_FUZZ_ITER / 100)) per renderer"
dotnet test --project tests/NkHandouts.Core.Tests -- --filter-class '*Fuzz*'
dotnet test --project tests/NkHandouts.Layout.Tests -- --filter-method '*Random_mutations*'
dotnet test --project tests/NkHandouts.Pdf.Tests -- --filter-class '*Fuzz*' --show-live-output on
dotnet test --project tests/NkHandouts.Word.Tests -- --filter-class '*Fuzz*' --show-live-output on
