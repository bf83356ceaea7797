#!/usr/bin/env python3
"""Sum the outcome counters of every TRX file in a folder (recursively).

Usage: summarize_trx.py RESULTS_DIR [EXTRA_PASSED EXTRA_FAILED]
Prints one line per TRX file (and the name and first lines of the message of each failing test), then
"PASSED FAILED" on the last line, where failed counts
failed, error, timeout and aborted outcomes. The optional extras are added (notebook runs).
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
FAILING = ("failed", "error", "timeout", "aborted")


def report_failures(trx):
    """Names every failing test of one TRX file with the first lines of its message, so a CI log explains itself."""
    for result in ET.parse(trx).getroot().iter(f"{NS}UnitTestResult"):
        if result.get("outcome", "").lower() not in FAILING:
            continue
        message = result.find(f"{NS}Output/{NS}ErrorInfo/{NS}Message")
        text = (message.text or "").strip() if message is not None else ""
        lines = [line.rstrip() for line in text.splitlines()[:6]]
        print(f"  FAILED {result.get('testName')} ({result.get('duration', '?')})")
        for line in lines:
            print(f"         {line}")


def main(argv):
    root = pathlib.Path(argv[0])
    passed = int(argv[1]) if len(argv) > 1 else 0
    failed = int(argv[2]) if len(argv) > 2 else 0
    for trx in sorted(root.rglob("*.trx")) if root.is_dir() else []:
        try:
            counters = ET.parse(trx).getroot().find(f"{NS}ResultSummary/{NS}Counters")
        except ET.ParseError as problem:
            print(f"{trx}: unreadable ({problem}), counted as one failure")
            failed += 1
            continue
        if counters is None:
            print(f"{trx}: no counters, counted as one failure")
            failed += 1
            continue
        file_passed = int(counters.get("passed", "0"))
        file_failed = sum(int(counters.get(name, "0")) for name in FAILING)
        print(f"{trx.name}: passed={file_passed} failed={file_failed} not-executed={counters.get('notExecuted', '0')}")
        report_failures(trx)
        passed += file_passed
        failed += file_failed
    print(f"{passed} {failed}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
