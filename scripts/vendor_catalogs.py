"""Developer tool: the third-party catalogs of locale_vendor/, complete in kk and ru.

    python scripts/vendor_catalogs.py extract   # refresh locale_vendor/pot/ (needs GNU gettext)
    python scripts/vendor_catalogs.py merge     # rebuild locale_vendor/<lang>/LC_MESSAGES/*.po
    python scripts/vendor_catalogs.py count     # untranslated entries per package and language

`extract` writes one template (.pot) per package and domain: the package's English catalog when
it ships one (Django), else the strings `makemessages` finds in the installed package.
`merge` builds one catalog per language and domain holding every msgid of those templates; an
entry keeps the translation already in locale_vendor/, else takes the one the package ships
(under its own code: import-export says `kz`, simple-history `ru_RU`), else stays empty for a
translator (`scripts/po_fill.py --locale locale_vendor strings.json` fills it). Each entry's
comment names the packages that use it. After a package upgrade: extract, merge, count,
translate what is new.
"""

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib
from po_fill import PLURAL_FORMS

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "locale_vendor"
POT = VENDOR / "pot"
LANGUAGES = {"kk": ["kk", "kz"], "ru": ["ru", "ru_RU"]}
# (package, catalog domain): the order is the precedence when two packages share a msgid.
CATALOGS = [
    ("django.contrib.admin", "django"),
    ("django.contrib.admin", "djangojs"),
    ("django.contrib.auth", "django"),
    ("django.contrib.contenttypes", "django"),
    ("simple_history", "django"),
    ("import_export", "django"),
    ("axes", "django"),
    ("modeltranslation", "django"),
    ("django.conf", "django"),
]


def package_dir(package):
    return Path(importlib.util.find_spec(package).submodule_search_locations[0])


def pot_path(package, domain):
    return POT / f"{package}.{domain}.pot"


def shipped(package, domain, code):
    for directory in LANGUAGES[code]:
        path = package_dir(package) / "locale" / directory / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            return polib.pofile(str(path))
    return None


def extract():
    POT.mkdir(parents=True, exist_ok=True)
    for package, domain in CATALOGS:
        english = package_dir(package) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        if not english.exists():
            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / "package"
                shutil.copytree(package_dir(package), copy, ignore=shutil.ignore_patterns("tests"))
                shutil.rmtree(copy / "locale", ignore_errors=True)
                (copy / "locale").mkdir()
                subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "django",
                        "makemessages",
                        "-l",
                        "en",
                        "-d",
                        domain,
                        "--no-location",
                        "--no-obsolete",
                    ],
                    cwd=copy,
                    check=True,
                    capture_output=True,
                )
                english = copy / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
                pot = polib.pofile(str(english))
        else:
            pot = polib.pofile(str(english))
        for entry in pot:
            entry.occurrences = []
            entry.msgstr = ""
            entry.msgstr_plural = dict.fromkeys(entry.msgstr_plural, "")
        pot.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Project-Id-Version": package}
        pot.save(str(pot_path(package, domain)))
        print(f"{package} {domain}: {len(pot)} msgids")


def key(entry):
    return (entry.msgctxt, entry.msgid)


def translation_of(entry):
    if entry is None or entry.obsolete or "fuzzy" in entry.flags or not entry.translated():
        return None
    return entry.msgstr_plural if entry.msgid_plural else entry.msgstr


def fit_plurals(forms, code):
    """A shipped plural translation with fewer forms than the portal's header: repeat the last."""
    count = int(PLURAL_FORMS[code].split("nplurals=")[1].split(";")[0])
    forms = [forms[i] for i in sorted(forms)]
    return dict(enumerate((forms + [forms[-1]] * count)[:count]))


def merge():
    for code in LANGUAGES:
        for domain in sorted({domain for _package, domain in CATALOGS}):
            path = VENDOR / code / "LC_MESSAGES" / f"{domain}.po"
            existing = {key(e): e for e in polib.pofile(str(path))} if path.exists() else {}
            po = polib.POFile()
            po.metadata = {
                "Project-Id-Version": "forum-portal vendor catalogs",
                "Language": code,
                "MIME-Version": "1.0",
                "Content-Type": "text/plain; charset=UTF-8",
                "Content-Transfer-Encoding": "8bit",
                "Plural-Forms": PLURAL_FORMS[code],
            }
            entries = {}
            for package, package_domain in CATALOGS:
                if package_domain != domain:
                    continue
                theirs = shipped(package, domain, code)
                theirs = {key(e): e for e in theirs} if theirs else {}
                for template in polib.pofile(str(pot_path(package, domain))):
                    entry = entries.get(key(template))
                    if entry is None:
                        entry = entries[key(template)] = polib.POEntry(
                            msgctxt=template.msgctxt,
                            msgid=template.msgid,
                            msgid_plural=template.msgid_plural,
                            flags=[f for f in template.flags if f != "fuzzy"],
                            comment="",
                        )
                        ours = translation_of(existing.get(key(template)))
                        found = ours or translation_of(theirs.get(key(template)))
                        if template.msgid_plural:
                            entry.msgstr_plural = (
                                fit_plurals(found, code) if found else fit_plurals({0: ""}, code)
                            )
                        else:
                            entry.msgstr = found or ""
                        po.append(entry)
                    entry.comment = " ".join(filter(None, [entry.comment, package]))
            po.save(str(path))
            print(f"{path.relative_to(ROOT)}: {len(po.untranslated_entries())} untranslated")


def count():
    print("package | domain | msgids | " + " | ".join(f"{c} shipped | {c} ours" for c in LANGUAGES))
    ours = {
        (code, domain): {
            key(e): e for e in polib.pofile(str(VENDOR / code / "LC_MESSAGES" / f"{domain}.po"))
        }
        for code in LANGUAGES
        for domain in {d for _p, d in CATALOGS}
        if (VENDOR / code / "LC_MESSAGES" / f"{domain}.po").exists()
    }
    for package, domain in CATALOGS:
        pot = polib.pofile(str(pot_path(package, domain)))
        cells = [package, domain, str(len(pot))]
        for code in LANGUAGES:
            theirs = shipped(package, domain, code)
            theirs = {key(e): e for e in theirs} if theirs else {}
            mine = ours.get((code, domain), {})
            cells.append(str(sum(translation_of(theirs.get(key(e))) is None for e in pot)))
            cells.append(str(sum(translation_of(mine.get(key(e))) is None for e in pot)))
        print(" | ".join(cells))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["extract", "merge", "count"])
    {"extract": extract, "merge": merge, "count": count}[parser.parse_args().command]()
