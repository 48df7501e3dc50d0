#!/usr/bin/env bash
# Longer fuzzing run than the CI budget: NKH_FUZZ_ITER cases per property (default 200,000).
# Usage: tests/fuzz/run.sh [iterations]
set -euo pipefail
cd "$(dirname "$0")/../.."
export NKH_FUZZ_ITER="${1:-200000}"
echo "fuzz: $NKH_FUZZ_ITER cases per property"
dotnet test --project tests/NkHandouts.Core.Tests -- --filter-class '*Fuzz*'
