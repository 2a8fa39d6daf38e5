#!/usr/bin/env bash
# Adds the public symbols the PublicApiAnalyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt.
# Review the diff: every line is a promise to users.
set -euo pipefail
project=${1:?usage: eng/update-public-api.sh src/PROJECT}
out=$(dotnet build "$project" -c Release --no-incremental 2>&1 || true)
file="$project/PublicAPI.Unshipped.txt"
echo "$out" | grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u > /tmp/public-api-new.txt || true
if [ -s /tmp/public-api-new.txt ]; then
  { grep -v '^#nullable' "$file" || true; cat /tmp/public-api-new.txt; } | sort -u > /tmp/public-api-merged.txt
  { echo '#nullable enable'; cat /tmp/public-api-merged.txt; } > "$file"
  echo "added $(wc -l < /tmp/public-api-new.txt) symbols to $file"
else
  echo "no undeclared symbols"
fi
