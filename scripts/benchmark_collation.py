"""Benchmark: what sorting names in the Kazakh alphabet costs on SQLite (core.collation).

    .venv/bin/python scripts/benchmark_collation.py [rows]

Sorts ``rows`` random Kazakh names (default 20 000) in an in-memory SQLite table by code point
(plain ORDER BY) and with the portal's Python collation, cold (empty key cache) and warm.
"""

import random
import sqlite3
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.collation import KAZAKH_LETTERS, _compare, sort_key


def names(count):
    rng = random.Random(2025)
    words = ["".join(rng.choices(KAZAKH_LETTERS, k=rng.randint(4, 12))) for _ in range(count)]
    return [f"{word.capitalize()} университеті" for word in words]


def timed(cursor, sql):
    start = time.perf_counter()
    cursor.execute(sql).fetchall()
    return (time.perf_counter() - start) * 1000


def main(count):
    connection = sqlite3.connect(":memory:")
    connection.create_collation("kk-x-icu", partial(_compare, "kk"))
    cursor = connection.cursor()
    cursor.execute("CREATE TABLE city (name TEXT)")
    cursor.executemany("INSERT INTO city VALUES (?)", [(name,) for name in names(count)])
    binary = timed(cursor, "SELECT name FROM city ORDER BY name")
    sort_key.cache_clear()
    cold = timed(cursor, 'SELECT name FROM city ORDER BY name COLLATE "kk-x-icu"')
    warm = timed(cursor, 'SELECT name FROM city ORDER BY name COLLATE "kk-x-icu"')
    connection.create_function("kk_key", 1, partial(sort_key, language="kk"), deterministic=True)
    sort_key.cache_clear()
    key_cold = timed(cursor, "SELECT name FROM city ORDER BY kk_key(name)")
    key_warm = timed(cursor, "SELECT name FROM city ORDER BY kk_key(name)")
    print(f"{count} rows, SQLite: code points {binary:.1f} ms; Kazakh collation function")
    print(f"cold {cold:.1f} ms, warm {warm:.1f} ms; Kazakh sort key per row (what the portal")
    print(f"uses) cold {key_cold:.1f} ms, warm {key_warm:.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
