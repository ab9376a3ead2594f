"""``make bench``: serve a made-up forum as in production and measure every kind of page.

For each data size (``BENCH_SCALES``, default "1 10"): builds the benchmark database once
(``manage.py build_bench_data``; an SQLite file under ``BENCH_DIR``, or PostgreSQL when
``DATABASE_URL`` names a PostgreSQL server: then the database ``<name>_bench<scale>`` on it),
serves it with gunicorn (2 sync workers, debug off, WhiteNoise, the cache from ``BENCH_CACHE_URL``,
default Redis database 11 on localhost, under a key prefix of its own) and measures each page:

- warm: the cache filled, ``wrk -t2 -c16`` for ``BENCH_SECONDS`` (default 3) → requests/s, p50, p99;
- cold: for ``BENCH_COLD_SECONDS`` (default 2), the bench's cache keys deleted before each
  request, one connection → requests/s, p50, p99;
- SQL queries of a cold and of a warm request (Django's test client on the same settings);
- bytes of the body as generated (no Accept-Encoding) and as sent (``br, gzip``);
- the ratio of each page's requests/s to ``/robots.txt``'s (the stack's ceiling), warm and cold.

Then each worker's resident memory. Prints one Markdown table per size. Needs ``wrk`` and Redis.
"""

import http.client
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent
PORT = int(os.environ.get("BENCH_PORT", "8791"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "3"))
COLD_SECONDS = float(os.environ.get("BENCH_COLD_SECONDS", "2"))
WORKDIR = Path(os.environ.get("BENCH_DIR", ROOT / ".bench"))
ENCODINGS = "br, gzip"

CEILING = ("`/robots.txt` (ceiling)", "/robots.txt")
PAGES = [
    ("home", "/kk/"),
    ("programme", "/kk/forums/bench-forum/programme/"),
    ("programme, filtered", "/kk/forums/bench-forum/programme/?day=2030-05-14&topic=bench-topic-1"),
    ("session", "/kk/sessions/bench-session-0007/"),
    ("speaker", "/kk/speakers/bench-speaker-0007/"),
    ("speaker list", "/kk/speakers/"),
    ("campus directory", "/kk/campuses/"),
    ("campus directory, filtered", "/kk/campuses/?country=QB&sort=name"),
    ("campus", "/kk/campuses/bench-campus-0007/"),
    ("statistics", "/kk/campuses/statistics/"),
    ("news list", "/kk/news/"),
    ("article", "/kk/news/bench-article-0007/"),
    ("feed", "/kk/news/feed/"),
    ("search", "/kk/search/?q=%D1%81%D1%8B%D0%BD%D0%B0%D2%9B"),
    ("`/api/sessions?limit=50`", "/api/sessions?limit=50"),
    ("`/api/speakers?limit=50`", "/api/speakers?limit=50"),
    ("`/api/campuses?limit=50`", "/api/campuses?limit=50"),
    ("`/api/news?limit=50`", "/api/news?limit=50"),
]


def database_url(scale):
    given = os.environ.get("DATABASE_URL", "")
    if given.startswith(("postgres://", "postgresql://")):
        parts = urlsplit(given)
        name = f"{parts.path.lstrip('/') or 'forum'}_bench{scale}"
        import psycopg

        with psycopg.connect(given, autocommit=True) as connection:
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{name}"')
        return urlunsplit(parts._replace(path=f"/{name}"))
    return f"sqlite:///{WORKDIR / f'bench-{scale}.sqlite3'}"


def bench_environment(scale):
    return {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "benchmark-only-not-a-secret-0123456789-abcdefghijklmnopqrstuvwxyz",
        "DJANGO_HTTPS": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DATABASE_URL": database_url(scale),
        "CACHE_URL": os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/11"),
        "CACHE_KEY_PREFIX": f"bench-{scale}-{os.getpid()}",
        "STATIC_ROOT": str(WORKDIR / "static"),
        "STATIC_MANIFEST": "1",
        "LOG_LEVEL": "WARNING",
    }


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def main():
    if not shutil.which("wrk"):
        sys.exit("make bench needs wrk (apt-get install wrk)")
    WORKDIR.mkdir(parents=True, exist_ok=True)
    scales = [int(s) for s in os.environ.get("BENCH_SCALES", "1 10").split()]
    print(machine_description())
    for number, scale in enumerate(scales):
        env = bench_environment(scale)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "build_bench_data", "--scale", str(scale))
        if number == 0:  # WhiteNoise compresses every file: once is enough
            manage(env, "collectstatic", "--noinput", "-v0")
        subprocess.run([PYTHON, __file__, "--measure", str(scale)], cwd=ROOT, env=env, check=True)


def machine_description():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        "unknown CPU",
    )
    load = Path("/proc/loadavg").read_text().split()[:3]
    return (
        f"Machine: {os.cpu_count()} cores ({cpu}), {os.uname().sysname} {os.uname().release}; "
        f"load average before the run {' / '.join(load)}; {time.strftime('%Y-%m-%d %H:%M %Z')}; "
        f"{SECONDS} s warm and {COLD_SECONDS:g} s cold per page."
    )


# --- one data size, in a process configured like the server ---------------------------------


def measure(scale):
    sys.path.insert(0, str(ROOT))  # this checkout's code, as gunicorn (started in ROOT) runs it
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "forum_portal.settings")
    django.setup()
    from django.core.cache import cache

    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "forum_portal.wsgi",
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{PORT}",
            "--timeout",
            "120",
        ],
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up()
        clear = cache_clearer(cache)
        rows = [measure_page_or_note(name, path, clear) for name, path in [CEILING, *PAGES]]
        home_total = page_with_assets("/kk/")
        memory = worker_memory(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
    print_table(scale, rows, memory)
    print(f"Home page with its CSS and JavaScript, as sent: {kb(home_total)}.")


def wait_until_up():
    for _ in range(100):
        try:
            if request("/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    sys.exit("gunicorn did not start")


def cache_clearer(cache):
    """Delete every key of this bench run (its own prefix) from the Redis cache."""
    client = cache._cache.get_client(write=True)
    pattern = f"{cache.key_prefix}:*"

    def clear():
        keys = list(client.scan_iter(pattern, count=1000))
        if keys:
            client.delete(*keys)

    return clear


def request(path, encodings=None):
    """One GET on a new connection (gunicorn's sync workers close each one anyway)."""
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
    headers = {"Accept-Encoding": encodings} if encodings else {}
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def sql_queries(path, clear):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    counts = []
    clear()
    for _ in range(2):  # cold, then warm
        with CaptureQueriesContext(connection) as queries:
            Client().get(path, HTTP_ACCEPT_ENCODING=ENCODINGS)
        counts.append(len(queries))
    return counts


def warm_run(path):
    request(path, ENCODINGS)
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            "-c16",
            f"-d{SECONDS}s",
            "--timeout",
            "60s",
            "--latency",
            "-H",
            f"Accept-Encoding: {ENCODINGS}",
            f"http://127.0.0.1:{PORT}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        print(f"warning: {path}: {errors.group(1)} error answers", file=sys.stderr)
    return (
        float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        wrk_ms(re.search(r"50%\s+(\S+)", out).group(1)) if "50%" in out else float("nan"),
        wrk_ms(re.search(r"99%\s+(\S+)", out).group(1)) if "99%" in out else float("nan"),
    )


def wrk_ms(value):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value)
    if match is None:
        return float("nan")
    number, unit = match.groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def cold_run(path, clear):
    times = []
    deadline = time.monotonic() + COLD_SECONDS
    while time.monotonic() < deadline or len(times) < 3:
        clear()
        start = time.perf_counter()
        request(path, ENCODINGS)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return (
        1000 * len(times) / sum(times),
        statistics.median(times),
        times[min(len(times) - 1, round(0.99 * (len(times) - 1)))],
    )


def measure_page_or_note(name, path, clear):
    """A page that takes longer than the request timeout gets a row of "nan", not a crash."""
    try:
        return measure_page(name, path, clear)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"{path}: {error}", file=sys.stderr)
        nan = float("nan")
        return {
            "name": f"{name} (timed out)",
            "warm": (nan,) * 3,
            "cold": (nan,) * 3,
            "sql": ("?", "?"),
            "bytes": (0, 0),
        }


def measure_page(name, path, clear):
    print(f"{time.strftime('%H:%M:%S')} {path}", file=sys.stderr)
    status, raw = request(path)
    if status != 200:
        sys.exit(f"{path} answered {status}")
    sent = request(path, ENCODINGS)[1]
    cold_sql, warm_sql = sql_queries(path, clear)
    return {
        "name": name,
        "warm": warm_run(path),
        "cold": cold_run(path, clear),
        "sql": (cold_sql, warm_sql),
        "bytes": (len(raw), len(sent)),
    }


def page_with_assets(path):
    """Bytes sent for a page and the style sheets and scripts it links (Brotli or gzip)."""
    body = request(path, ENCODINGS)[1]
    html = request(path)[1].decode()
    assets = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html)
    assets += re.findall(r'<script[^>]+src="([^"]+)"', html)
    return len(body) + sum(len(request(asset, ENCODINGS)[1]) for asset in assets)


def worker_memory(master):
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines())
        except (OSError, ValueError):
            continue
        if fields.get("PPid", "").strip() == str(master):
            sizes.append(int(fields["VmRSS"].split()[0]) // 1024)
    return sorted(sizes)


def kb(size):
    return f"{size / 1024:.1f} KB"


def print_table(scale, rows, memory):
    ceiling_warm, ceiling_cold = rows[0]["warm"][0], rows[0]["cold"][0]
    print(
        f"\n### Scale {scale}: {60 * scale} sessions, {80 * scale} speakers, "
        f"{40 * scale} campuses, {200 * scale} articles\n"
    )
    print(
        "| page | warm req/s | warm p50 / p99 ms | warm ratio | cold req/s | cold p50 / p99 ms "
        "| cold ratio | SQL cold / warm | raw | sent |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        (w_rps, w50, w99), (c_rps, c50, c99) = row["warm"], row["cold"]
        print(
            f"| {row['name']} | {w_rps:,.0f} | {w50:.1f} / {w99:.1f} | {w_rps / ceiling_warm:.3f} "
            f"| {c_rps:,.1f} | {c50:.1f} / {c99:.1f} | {c_rps / ceiling_cold:.3f} "
            f"| {row['sql'][0]} / {row['sql'][1]} | {kb(row['bytes'][0])} | {kb(row['bytes'][1])} |"
        )
    print(
        f"\nResident memory of each gunicorn worker after the run: "
        f"{', '.join(f'{size} MB' for size in memory)}."
    )


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        measure(int(sys.argv[2]))
    else:
        main()
