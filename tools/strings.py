#!/usr/bin/env python3
"""Adds or updates user-facing strings in the three resource files at once.

Usage: tools/strings.py set KEY "english" "français" "kinyarwanda" [--comment "..."]
       tools/strings.py check        (every key in all three files, same placeholders)
       tools/strings.py union        (after a conflicted merge: every key of both sides, three-way per key)
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "Nalytiq.Kernel" / "Resources"
FILES = {"en": ROOT / "Strings.resx", "fr": ROOT / "Strings.fr.resx", "rw": ROOT / "Strings.rw.resx"}
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def load(path):
    entries = {}
    if path.exists():
        for data in ET.parse(path).getroot().findall("data"):
            value = data.find("value")
            comment = data.find("comment")
            entries[data.get("name")] = (value.text or "" if value is not None else "", comment.text if comment is not None else None)
    return entries


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def save(path, entries):
    out = [HEADER]
    for key in sorted(entries):
        value, comment = entries[key]
        out.append(f'  <data name="{key}" xml:space="preserve">\n    <value>{esc(value)}</value>\n')
        if comment:
            out.append(f"    <comment>{esc(comment)}</comment>\n")
        out.append("  </data>\n")
    out.append("</root>\n")
    path.write_text("".join(out), encoding="utf-8")


def placeholders(text):
    return sorted(set(re.findall(r"\{(\d+)[^}]*\}", text)))


def main(argv):
    if argv[:1] == ["set"] and len(argv) >= 5:
        key, texts = argv[1], dict(zip(["en", "fr", "rw"], argv[2:5]))
        comment = argv[argv.index("--comment") + 1] if "--comment" in argv else None
        for lang, path in FILES.items():
            entries = load(path)
            entries[key] = (texts[lang], comment if lang == "en" else None)
            save(path, entries)
        return 0
    if argv[:1] == ["union"]:
        import subprocess
        import tempfile
        root = ROOT.parent.parent.parent

        def stage(number, relative):
            shown = subprocess.run(["git", "show", f":{number}:{relative}"], cwd=root, capture_output=True)
            if shown.returncode != 0:
                return None
            with tempfile.NamedTemporaryFile(suffix=".resx", delete=False) as handle:
                handle.write(shown.stdout)
            return load(Path(handle.name))

        for path in FILES.values():
            relative = path.relative_to(root).as_posix()
            base, ours, theirs = stage(1, relative) or {}, stage(2, relative), stage(3, relative)
            if ours is None or theirs is None:
                continue
            # Three-way per key: a side that left a key as it was in the base yields to the side that changed it.
            merged = {}
            for key in ours.keys() | theirs.keys():
                if key not in theirs:
                    merged[key] = ours[key]
                elif key not in ours:
                    merged[key] = theirs[key]
                else:
                    merged[key] = ours[key] if theirs[key] == base.get(key) else theirs[key]
            save(path, merged)
            subprocess.run(["git", "add", relative], cwd=root, check=True)
            print(f"{relative}: {len(ours)} + {len(theirs)} keys merged into {len(merged)}")
        return 0
    if argv[:1] == ["check"]:
        all_entries = {lang: load(path) for lang, path in FILES.items()}
        problems = []
        for key, (value, _) in all_entries["en"].items():
            for lang in ("fr", "rw"):
                other = all_entries[lang].get(key)
                if other is None or not other[0].strip():
                    problems.append(f"{key}: missing in {lang}")
                elif placeholders(other[0]) != placeholders(value):
                    problems.append(f"{key}: placeholders differ in {lang}")
        print("\n".join(problems) or "ok")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
