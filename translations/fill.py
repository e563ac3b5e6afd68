#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fills translations/usage-explorer_LANG.ts from translations/glossary-LANG.json.

Run after `cmake --build BUILD --target update_translations` (lupdate) has picked up new or changed strings:

    python3 translations/fill.py            # fill every .ts file, report what is missing
    python3 translations/fill.py --check    # also exit 1 if anything is missing, unused or malformed

A glossary maps an English source text to its translation: a string, or for a message with %n (numerus="yes") a
list with one string per plural form (German and French: singular, plural). "@contexts" holds translations that
differ by class: {"ClassName": {"source": "translation"}}. Messages without a glossary entry stay unfinished.

Every translation is checked: same placeholders as the source (%1, %L1, %n), one accelerator (&) where the source
has one, the same HTML tags, and unique accelerators within each menu (ACCELERATOR_GROUPS). French gets its
no-break spaces before : ; ? ! and inside « » here, so the glossary is written with plain spaces.
"""

import html
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
PLURAL_FORMS = {"de": 2, "fr": 2}

# source texts whose accelerators must differ from each other once translated (one menu, one panel)
ACCELERATOR_GROUPS = {
    "menu bar": ["&File", "&Query", "&View", "&Help"],
    "File menu": ["&Open Log Files…", "Open &Recent", "&Export Visible Rows…", "&Quit"],
    "Query menu": ["&Run", "&Cancel", "&Filter…"],
    "View menu": ["&Table", "C&harts", "&Language"],
    "table context menu": ["&Copy", "&Filter to This", "Show in C&harts"],
    "source panel": ["&Source:", "&Add…", "&Base URL:", "API &key:", "&Time unit:"],
    "range selector": ["&Range:", "&From:", "&To:", "Time &zone:"],
    "grouping": ["&Group by:", "&Property:", "&Buckets:", "Count each request &once", "&Run", "&Cancel"],
    "filter bar": ["Re&gular expression", "Mi&nimum cost:"],
    "charts panel": ["&Bars:", "&Step:", "&Save…", "C&opy"],
}

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
MESSAGE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
CONTEXT = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>", re.S)
TRANSLATION = re.compile(r"<translation(?:\s[^>]*)?(?:/>|>.*?</translation>)", re.S)


def unescape(text):
    return html.unescape(text)


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;").replace("\u00a0", "&#xa0;"))


def accelerator(text):
    """The accelerator letter of a text (lower case), None if it has none."""
    m = re.search(r"&([^&\s])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


def accelerator_count(text):
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def french_spacing(text):
    nbsp = "\u00a0"
    text = re.sub(r" ([:;?!])", nbsp + r"\1", text)
    text = text.replace("« ", "«" + nbsp).replace(" »", nbsp + "»")
    return text


def problems(source, forms, numerus):
    out = []
    want = sorted(set(PLACEHOLDER.findall(source)))
    for form in forms:
        if not form.strip() and source.strip():
            out.append("empty translation")
        got = sorted(set(PLACEHOLDER.findall(form)))
        # every plural form keeps %n: French uses its singular for 0 as well
        if got != want:
            out.append(f"placeholders {got} instead of {want}: {form!r}")
        if accelerator_count(source) != accelerator_count(form):
            out.append(f"accelerators differ: {form!r}")
        if TAG.findall(source) != TAG.findall(form):
            out.append(f"HTML tags differ: {form!r}")
    return out


def fill(ts_path, check):
    lang = re.search(r"_([a-z]{2}(?:_[A-Z]{2})?)\.ts$", ts_path.name).group(1)
    glossary_path = HERE / f"glossary-{lang}.json"
    glossary = json.loads(glossary_path.read_text(encoding="utf-8"))
    by_context = glossary.pop("@contexts", {})
    used = set()
    text = ts_path.read_text(encoding="utf-8")
    missing, bad = [], []
    translated = {}  # source -> first translation, for the accelerator groups
    counts = {"messages": 0, "translated": 0}

    def translate_message(context, match):
        attrs, body, indent = match.group("attrs"), match.group("body"), match.group("indent")
        numerus = 'numerus="yes"' in attrs
        source = unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))
        counts["messages"] += 1
        if source in by_context.get(context, {}):
            value = by_context[context][source]
            used.add((context, source))
        elif source in glossary:
            value = glossary[source]
            used.add((None, source))
        else:
            missing.append(f"{context}: {source!r}" + (" (plural)" if numerus else ""))
            return match.group(0)
        forms = value if isinstance(value, list) else [value]
        if numerus != isinstance(value, list) or (numerus and len(forms) != PLURAL_FORMS.get(lang, 2)):
            bad.append(f"{context}: {source!r}: needs " + (f"{PLURAL_FORMS.get(lang, 2)} plural forms" if numerus
                                                           else "one string"))
            return match.group(0)
        errors = problems(source, forms, numerus)
        if errors:
            bad.extend(f"{context}: {source!r}: {e}" for e in errors)
            return match.group(0)
        if lang == "fr":
            forms = [french_spacing(f) for f in forms]
        translated.setdefault(source, forms[0])
        counts["translated"] += 1
        inner = indent + "    "
        if numerus:
            element = ("<translation>\n" + "".join(f"{inner}    <numerusform>{escape(f)}</numerusform>\n"
                                                     for f in forms) + inner + "</translation>")
        else:
            element = f"<translation>{escape(forms[0])}</translation>"
        new_body = TRANSLATION.sub(lambda _: element, body, count=1)
        return f"{indent}<message{attrs}>{new_body}</message>"

    def translate_context(match):
        name = unescape(match.group("name"))
        body = MESSAGE.sub(lambda m: translate_message(name, m), match.group("body"))
        return match.group(0).replace(match.group("body"), body, 1)

    new_text = CONTEXT.sub(translate_context, text)
    if new_text != text:
        ts_path.write_text(new_text, encoding="utf-8")

    for group, sources in ACCELERATOR_GROUPS.items():
        keys = {}
        for source in sources:
            if source in translated:
                keys.setdefault(accelerator(translated[source]), []).append(translated[source])
        for key, texts in keys.items():
            if len(texts) > 1:
                bad.append(f"{group}: accelerator '{key}' used by {texts}")

    unused = [s for s in glossary if (None, s) not in used]
    unused += [f"{c}: {s}" for c, entries in by_context.items() for s in entries if (c, s) not in used]
    print(f"{ts_path.name}: {counts['translated']} of {counts['messages']} messages translated")
    for title, items in (("missing", missing), ("malformed", bad), ("unused glossary entries", unused)):
        if items:
            print(f"  {len(items)} {title}:")
            for item in items:
                print(f"    {item}")
    return not (missing or bad or (check and unused))


def main(argv):
    check = "--check" in argv
    files = [pathlib.Path(a) for a in argv if not a.startswith("--")] or sorted(HERE.glob("usage-explorer_*.ts"))
    ok = all([fill(f, check) for f in files])
    return 0 if ok or not check else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
