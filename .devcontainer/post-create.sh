#!/usr/bin/env bash
# Runs once when the dev container is created (devcontainer.json postCreateCommand), and in CI on a plain machine
# (.ci/run). It restores the pinned tools, then runs the README's set-up: the commands of the bash block in its
# "Set-up" section, read from the README itself so the two cannot drift apart. Last, it installs our Jupyter kernel.
#
# NALYTIQ_POST_CREATE_SKIP_TESTS=1 skips the `dotnet test` command: .ci/run runs the tests in a step of its own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readme_setup() {
  awk '
    /^## / { in_section = ($0 ~ /^## Set-up/) }
    in_section && /^```bash/ { in_block = 1; next }
    in_block && /^```/ { in_block = 0; in_section = 0; next }
    in_block && $0 !~ /^[[:space:]]*(#|$)/ { print }
  ' README.md
}

dotnet --version
dotnet tool restore
[[ -f .devcontainer/.env ]] || bash .devcontainer/initialize.sh

mapfile -t commands < <(readme_setup)
if [[ ${#commands[@]} -ne 2 ]]; then
  echo "post-create: expected the README's two set-up commands, found ${#commands[@]}:" >&2
  printf '  %s\n' "${commands[@]}" >&2
  exit 1
fi

for command in "${commands[@]}"; do
  if [[ "${NALYTIQ_POST_CREATE_SKIP_TESTS:-0}" == 1 && "$command" == "dotnet test "* ]]; then
    echo "post-create: skipped (NALYTIQ_POST_CREATE_SKIP_TESTS=1): $command"
    continue
  fi
  echo "post-create: $command"
  bash -c "$command"
done

# Our own Jupyter kernel (`nalytiq kernel`), from the build the main job just made: VS Code's Jupyter extension and
# JupyterLab list it as "C# (Nalytiq)". --user writes to JUPYTER_DATA_DIR when set, else ~/.local/share/jupyter.
echo "post-create: installing the nalytiq Jupyter kernel"
dotnet run --project src/Nalytiq.Cli -c Release --no-build -- kernel install --user

if [[ -n "${NALYTIQ_GARNET:-}" ]]; then
  echo "post-create: notebooks use the team Garnet at $NALYTIQ_GARNET"
fi
echo "post-create: ready. Open notebooks/00-quickstart.ipynb and pick the \"C# (Nalytiq)\" kernel (or \".NET (C#)\" for the old host)."
