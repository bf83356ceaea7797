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
  # Unshipped lines are additions, or "*REMOVED*<line>" for a shipped line that went away.
  python3 - <<'PY'
shipped = set(open("PublicAPI.Shipped.txt").read().splitlines()[1:])
for line in open("PublicAPI.Unshipped.txt").read().splitlines()[1:]:
    if line.startswith("*REMOVED*"):
        shipped.discard(line[len("*REMOVED*"):])
    elif line.strip():
        shipped.add(line)
with open("PublicAPI.Shipped.txt", "w") as out:
    out.write("#nullable enable\n" + "".join(line + "\n" for line in sorted(s for s in shipped if s.strip())))
with open("PublicAPI.Unshipped.txt", "w") as out:
    out.write("#nullable enable\n")
PY
fi
