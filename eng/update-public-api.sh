#!/usr/bin/env bash
# Brings PublicAPI.Unshipped.txt in line with the code: adds the symbols the PublicApiAnalyzers report as undeclared
# (RS0016) and drops unshipped ones that no longer exist (RS0017). Review the diff: every line is a promise to users.
set -euo pipefail
project=${1:?usage: eng/update-public-api.sh src/PROJECT}
file="$project/PublicAPI.Unshipped.txt"
for _ in 1 2; do
  out=$(dotnet build "$project" -c Release --no-incremental 2>&1 || true)
  added=$(echo "$out" | grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u || true)
  removed=$(echo "$out" | grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but)" | sort -u || true)
  [ -z "$added$removed" ] && { echo "public API file is up to date"; exit 0; }
  { grep -v '^#nullable' "$file" | grep -vxF -f <(printf '%s\n' "$removed" | sed '/^$/d') || true; printf '%s\n' "$added"; } \
    | sed '/^$/d' | sort -u > /tmp/public-api-merged.txt
  { echo '#nullable enable'; cat /tmp/public-api-merged.txt; } > "$file"
  echo "added $(printf '%s' "$added" | grep -c . || true), removed $(printf '%s' "$removed" | grep -c . || true) in $file"
done
