"""``make lighthouse``: Lighthouse (mobile) on the main pages of the demo, served as in production.

Builds the demo content in its own SQLite file under ``LIGHTHOUSE_DIR`` (default
``.lighthouse/``), serves it with gunicorn (debug off, WhiteNoise, hashed and compressed static
files) and runs Lighthouse ``LIGHTHOUSE_VERSION`` (npm, through ``npx``) with Chromium
(``CHROME_PATH``, default /usr/bin/chromium) on home, programme, session, speaker list, campus
directory and article. Prints the four scores of each page; fails when performance is below 95
or accessibility, best practices or SEO below 100. Not part of ``make test`` (it needs npm and
the network to fetch Lighthouse once, and takes minutes).
"""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORT = int(os.environ.get("LIGHTHOUSE_PORT", "8793"))
WORKDIR = Path(os.environ.get("LIGHTHOUSE_DIR", ROOT / ".lighthouse"))
VERSION = os.environ.get("LIGHTHOUSE_VERSION", "12.8.0")
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
MINIMUM = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}


def environment():
    return {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "lighthouse-only-not-a-secret-0123456789-abcdefghijklmnopqrstuvwxyz",
        "DJANGO_HTTPS": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{WORKDIR / 'demo.sqlite3'}",
        "STATIC_ROOT": str(WORKDIR / "static"),
        "MEDIA_ROOT": str(WORKDIR / "media"),
        "STATIC_MANIFEST": "1",
        "LOG_LEVEL": "WARNING",
    }


def pages(env):
    """The addresses of one object of each kind in the demo, asked of Django itself."""
    code = (
        "import django, json; django.setup();"
        "from django.utils import translation;"
        "from events.models import Article, Forum, Session;"
        "translation.activate('kk');"
        "forum = Forum.objects.published().current_or_next() or Forum.objects.published().first();"
        "print(json.dumps(['/kk/', forum.get_programme_url(),"
        " Session.objects.published().first().get_absolute_url(), '/kk/speakers/',"
        " '/kk/campuses/', Article.objects.published().first().get_absolute_url()]))"
    )
    env = {**env, "DJANGO_SETTINGS_MODULE": "forum_portal.settings"}
    out = subprocess.run(
        [PYTHON, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def lighthouse(url):
    report = WORKDIR / "report.json"
    subprocess.run(
        [
            "npx",
            "--yes",
            f"lighthouse@{VERSION}",
            url,
            f"--chrome-path={CHROME}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            "--only-categories=performance,accessibility,best-practices,seo",
            "--output=json",
            f"--output-path={report}",
            "--quiet",
        ],
        check=True,
    )
    categories = json.loads(report.read_text())["categories"]
    return {name: round(categories[name]["score"] * 100) for name in MINIMUM}


def main():
    WORKDIR.mkdir(parents=True, exist_ok=True)
    env = environment()
    for args in (
        ["migrate", "--noinput", "-v0"],
        ["load_demo"],
        ["collectstatic", "--noinput", "-v0"],
    ):
        subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)
    server = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "forum_portal.wsgi",
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{PORT}",
        ],
        cwd=ROOT,
        env=env,
    )
    failures = []
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        print("| page | performance | accessibility | best practices | SEO |")
        print("|---|---|---|---|---|")
        for path in pages(env):
            scores = lighthouse(f"http://127.0.0.1:{PORT}{path}")
            print(f"| {path} | " + " | ".join(str(scores[name]) for name in MINIMUM) + " |")
            failures += [
                f"{path}: {name} {scores[name]} < {least}"
                for name, least in MINIMUM.items()
                if scores[name] < least
            ]
    finally:
        server.terminate()
        server.wait(30)
    if failures:
        sys.exit("Below the minimum: " + "; ".join(failures))


if __name__ == "__main__":
    main()
