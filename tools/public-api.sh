#!/usr/bin/env bash
# Records a library's public API in its PublicAPI.Unshipped.txt (what the PublicApiAnalyzers' RS0016/RS0017 ask for),
# the way the IDE's "Add to public API" fix would. With --ship, moves every recorded line into PublicAPI.Shipped.txt,
# as done at a release.
#   tools/public-api.sh src/Nalytiq.Kernel            record additions and removals
#   tools/public-api.sh src/Nalytiq.Kernel --ship     then mark them shipped
set -euo pipefail
project_dir="${1:?usage: tools/public-api.sh <project folder> [--ship]}"
project="$(ls "$project_dir"/*.csproj)"
cd "$project_dir"
for file in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
  [[ -f $file ]] || printf '#nullable enable\n' >"$file"
done
dotnet format analyzers "$(basename "$project")" --diagnostics RS0016 RS0017 RS0037 --severity info

if [[ "${2:-}" == "--ship" ]]; then
  {
    echo '#nullable enable'
    tail -n +2 PublicAPI.Shipped.txt
    tail -n +2 PublicAPI.Unshipped.txt
  } | awk 'NR == 1 || NF' | (read -r header; echo "$header"; LC_ALL=C sort -u) >PublicAPI.Shipped.txt.new
  mv PublicAPI.Shipped.txt.new PublicAPI.Shipped.txt
  printf '#nullable enable\n' >PublicAPI.Unshipped.txt
fi
