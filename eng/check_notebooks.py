#!/usr/bin/env python3
"""Fail when an executed notebook holds an error output.

Usage: check_notebooks.py EXECUTED.ipynb [...]
Prints one line per error (notebook, cell number, error name and value) and exits 1 if there was any,
2 if a file is missing or is not a notebook. Standard library only, so any python3 runs it.
"""
import json
import sys


def errors_in(path):
    with open(path, encoding="utf-8") as handle:
        notebook = json.load(handle)
    cells = notebook.get("cells")
    if not isinstance(cells, list):
        raise ValueError("no cells")
    for number, cell in enumerate(cells, start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                value = " ".join(str(output.get("evalue", "")).split())
                yield number, output.get("ename", "Error"), value


def main(paths):
    if not paths:
        print("check_notebooks.py: no notebook given", file=sys.stderr)
        return 2
    status = 0
    for path in paths:
        try:
            found = list(errors_in(path))
        except (OSError, ValueError) as problem:
            print(f"{path}: not a readable notebook: {problem}")
            status = max(status, 2)
            continue
        for number, name, value in found:
            print(f"{path}: cell {number}: {name}: {value[:500]}")
        if found:
            status = max(status, 1)
        else:
            print(f"{path}: no error outputs")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
