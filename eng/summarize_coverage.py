#!/usr/bin/env python3
"""Summarize Cobertura coverage files (coverlet's collector output) as a Markdown table.

Usage: summarize_coverage.py RESULTS_DIR
Prints one row per assembly (lines covered, lines, line rate), merged over every coverage.cobertura.xml found, then
the total. Assemblies are merged by name so a project covered by several test projects counts each line once.
Standard library only.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET


def main(argv):
    root = pathlib.Path(argv[0] if argv else ".")
    covered = {}  # assembly -> {(file, line): hit}
    for report in sorted(root.rglob("coverage.cobertura.xml")):
        for package in ET.parse(report).getroot().iter("package"):
            lines = covered.setdefault(package.get("name"), {})
            for cls in package.iter("class"):
                filename = cls.get("filename")
                for line in cls.iter("line"):
                    key = (filename, line.get("number"))
                    lines[key] = lines.get(key, False) or int(line.get("hits", "0")) > 0
    if not covered:
        print("No coverage.cobertura.xml under", root)
        return 1
    print("| Assembly | Lines covered | Lines | Line coverage |")
    print("|---|---:|---:|---:|")
    total_hit = total = 0
    for name in sorted(covered):
        lines = covered[name]
        hit = sum(1 for value in lines.values() if value)
        total_hit += hit
        total += len(lines)
        print(f"| {name} | {hit} | {len(lines)} | {100.0 * hit / max(len(lines), 1):.1f}% |")
    print(f"| **Total** | **{total_hit}** | **{total}** | **{100.0 * total_hit / max(total, 1):.1f}%** |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
