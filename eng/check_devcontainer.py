#!/usr/bin/env python3
"""Static checks of .devcontainer/ that CI can run without Docker.

Usage: check_devcontainer.py [REPO_ROOT]
devcontainer.json parses and names the Polyglot Notebooks, C# and Jupyter extensions, the compose service and the
post-create script, which installs our kernel; docker-compose.yml has the workspace and the official Garnet image,
wires NALYTIQ_GARNET and the password from .env; the Dockerfile installs the .NET 10 SDK and restores the tool manifest; .devcontainer/.env is git-ignored.
Prints one line per problem and exits 1 if there is any.
"""
import json
import pathlib
import subprocess
import sys


def main(root):
    folder = root / ".devcontainer"
    problems = []

    def need(condition, message):
        if not condition:
            problems.append(message)

    config = json.loads((folder / "devcontainer.json").read_text(encoding="utf-8"))
    extensions = config.get("customizations", {}).get("vscode", {}).get("extensions", [])
    need("ms-dotnettools.dotnet-interactive-vscode" in extensions, "devcontainer.json: Polyglot Notebooks extension missing")
    need("ms-dotnettools.csharp" in extensions, "devcontainer.json: C# extension missing")
    need(config.get("dockerComposeFile") == "docker-compose.yml", "devcontainer.json: dockerComposeFile is not docker-compose.yml")
    need(config.get("postCreateCommand") == "bash .devcontainer/post-create.sh", "devcontainer.json: postCreateCommand does not run post-create.sh")
    for script in ("post-create.sh", "initialize.sh"):
        need((folder / script).is_file(), f"{script} missing")
    need("ms-toolsai.jupyter" in extensions, "devcontainer.json: Jupyter extension missing (it runs our kernel)")
    post_create = (folder / "post-create.sh").read_text(encoding="utf-8")
    need("kernel install --user" in post_create, "post-create.sh: the nalytiq Jupyter kernel is not installed")

    compose_text = (folder / "docker-compose.yml").read_text(encoding="utf-8")
    try:
        import yaml  # Debian's python3-yaml; the text checks below hold without it.

        compose = yaml.safe_load(compose_text)
        services = compose.get("services", {})
        need(config.get("service") in services, "docker-compose.yml: the devcontainer's service is missing")
        need(str(services.get("garnet", {}).get("image", "")).startswith("ghcr.io/microsoft/garnet"), "docker-compose.yml: garnet service must use ghcr.io/microsoft/garnet")
        environment = services.get("workspace", {}).get("environment", {})
        need(environment.get("NALYTIQ_GARNET") == "garnet:6379", "docker-compose.yml: workspace NALYTIQ_GARNET is not garnet:6379")
        need("${GARNET_PASSWORD" in str(environment.get("NALYTIQ_GARNET_PASSWORD", "")), "docker-compose.yml: workspace password not from .env")
    except ImportError:
        for text in ("image: ghcr.io/microsoft/garnet", "NALYTIQ_GARNET: garnet:6379", "NALYTIQ_GARNET_PASSWORD: ${GARNET_PASSWORD"):
            need(text in compose_text, f"docker-compose.yml: '{text}' missing")

    dockerfile = (folder / "Dockerfile").read_text(encoding="utf-8")
    need("DOTNET_CHANNEL=10.0" in dockerfile, "Dockerfile: the .NET 10 SDK channel is missing")
    need("dotnet tool restore" in dockerfile, "Dockerfile: the pinned tools are not restored")
    need((folder / ".env.example").is_file(), ".env.example missing")
    ignored = subprocess.run(["git", "check-ignore", "-q", ".devcontainer/.env"], cwd=root).returncode == 0
    need(ignored, ".devcontainer/.env is not git-ignored")

    for problem in problems:
        print(problem)
    print("devcontainer: ok" if not problems else f"devcontainer: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()))
