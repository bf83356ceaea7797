#!/usr/bin/env bash
# Runs on the host before the containers start (devcontainer.json initializeCommand): docker compose needs
# .devcontainer/.env for the Garnet password. Creates it once, with a random password; never overwrites it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if [[ ! -f .env ]]; then
  umask 077
  printf 'GARNET_PASSWORD=%s\n' "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" >.env
  echo "created .devcontainer/.env with a random GARNET_PASSWORD"
fi
