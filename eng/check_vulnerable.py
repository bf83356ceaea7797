#!/usr/bin/env python3
"""Fail on vulnerable NuGet packages of high or critical severity.

Usage: dotnet list Nalytiq.slnx package --vulnerable --include-transitive --format json | check_vulnerable.py
Prints every vulnerable package (project, framework, package, version, severity, advisory) and exits 1 when any is
High or Critical; lower severities are reported and pass. Exits 2 when the input is not the expected JSON.
"""
import json
import sys

FAILING = {"high", "critical"}


def main():
    try:
        report = json.load(sys.stdin)
    except json.JSONDecodeError as problem:
        print(f"check_vulnerable.py: not dotnet list JSON: {problem}", file=sys.stderr)
        return 2
    for problem in report.get("problems", []):
        print(f"warning: {problem.get('project', '')}: {problem.get('text', problem)}")
    found = failing = 0
    for project in report.get("projects", []):
        for framework in project.get("frameworks", []):
            for kind in ("topLevelPackages", "transitivePackages"):
                for package in framework.get(kind, []):
                    for vulnerability in package.get("vulnerabilities", []):
                        found += 1
                        severity = vulnerability.get("severity", "")
                        failing += severity.lower() in FAILING
                        print(f"{project.get('path')}: {framework.get('framework')}: {package.get('id')} "
                              f"{package.get('resolvedVersion')}: {severity}: {vulnerability.get('advisoryurl')}")
    print(f"{found} vulnerable package reference(s), {failing} high or critical")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
