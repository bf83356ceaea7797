#!/usr/bin/env python3
"""Checks that an executed notebook (or an HTML report) written in French or Kinyarwanda shows no English UI text.

Usage: check_language.py LANG FILE [FILE ...]     (LANG: fr or rw)
Only what Nalytiq wrote is checked: cell outputs of an .ipynb, the whole page of an .html report minus its code and
Markdown written by the notebook's author. The English labels come from the resource files themselves: every
resource string (or the literal run between its placeholders) whose English differs from the translation.
Numbers grouped the English way (1,234.5) count as English too. Exit 1 and list what was found when any English shows.
"""
import html
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tools"))
import strings  # noqa: E402

PLACEHOLDER = re.compile(r"\{\d+[^}]*\}")
STRIP = " :,.()·—-/%…'\""


def parts(value):
    # Single lowercase words (week, sheet, encoding) double as option names, choices and column names in outputs;
    # labels and sentences start with a capital or have several words.
    for part in PLACEHOLDER.split(value):
        part = part.strip(STRIP)
        # Acronyms (RMSE, AUC, CSV) are the same in every language.
        if sum(ch.isalpha() for ch in part) >= 4 and (part[0].isupper() or " " in part) and not part.isupper():
            yield part


def english_labels(language):
    english = strings.load(strings.FILES["en"])
    translated = strings.load(strings.FILES[language])
    labels = set()
    for key, (value, _) in english.items():
        other = translated.get(key, ("", None))[0]
        if not other or other == value:
            continue
        labels.update(set(parts(value)) - set(parts(other)))
    return labels


def visible_text(markup):
    markup = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", markup, flags=re.S | re.I)
    # translate="no" marks what is not ours to translate: the analyst's question, the prompt sent to a model.
    markup = re.sub(r'<(\w+)[^>]*\btranslate="no"[^>]*>.*?</\1>', " ", markup, flags=re.S | re.I)
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return re.sub(r"--[\w-]+", " ", text)  # option names are code, the same in every language


def notebook_outputs(path):
    """Nalytiq's outputs (its HTML cards carry class "nq") and errors; what the author's own code prints is theirs."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for index, cell in enumerate(notebook.get("cells", [])):
        for output in cell.get("outputs", []):
            markup = output.get("data", {}).get("text/html")
            markup = "".join(markup) if isinstance(markup, list) else markup
            if markup and 'class="nq' in markup:
                yield index, visible_text(markup)
            if output.get("output_type") == "error":
                yield index, output.get("evalue", "")


def report_outputs(path):
    page = path.read_text(encoding="utf-8")
    # The author's Markdown and code are theirs to write in any language; only outputs and report chrome count.
    page = re.sub(r'<section class="nr-cell nr-markdown">.*?</section>', " ", page, flags=re.S)
    page = re.sub(r'<nav class="nr-toc".*?</nav>', " ", page, flags=re.S)  # the author's headings
    page = re.sub(r"<title>.*?</title>|<h1>.*?</h1>", " ", page, flags=re.S)  # the notebook's own title
    page = re.sub(r"<pre[^>]*>.*?</pre>", " ", page, flags=re.S)  # code
    yield 0, visible_text(page)


def main(argv):
    if len(argv) < 2 or argv[0] not in ("fr", "rw"):
        print(__doc__)
        return 2
    labels = english_labels(argv[0])
    patterns = [(label, re.compile(r"(?<![\w])" + re.escape(label) + r"(?![\w])")) for label in sorted(labels)]
    # 1,234.5: grouped with commas and a decimal point, unambiguously an English-formatted number.
    english_number = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+\.\d+(?![\w])")
    problems = 0
    for name in argv[1:]:
        path = pathlib.Path(name)
        outputs = report_outputs(path) if path.suffix == ".html" else notebook_outputs(path)
        found = {}
        for cell, text in outputs:
            for label, pattern in patterns:
                if pattern.search(text):
                    found.setdefault(label, cell)
            for number in english_number.findall(text):
                found.setdefault(number, cell)
        if found:
            problems += 1
            for label, cell in sorted(found.items()):
                print(f"{path}: English text '{label}' in cell {cell}")
        else:
            print(f"{path}: no English UI text ({argv[0]})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
