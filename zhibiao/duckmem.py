"""How much memory a DuckDB step may use, sized from the rows it works on (not a fixed number).

DuckDB works on vectors of 2,048 rows and writes Parquet row groups of at least 2,048 rows, and the
strings of a vector are held in memory whole (a long string is never spilled to disk). So a step that
scans, sorts or writes a table of long texts holds the text of up to 2,048 of its rows at once per
thread, whatever its memory limit: real reports carry ~50 KB of text each, 2,048 of them ~100 MB, more
than any fixed limit that suits short documents. Everything else a step does (hash tables, sorts, the
buffer pool) spills to a temporary folder beyond the limit.

So each step's limit is a base plus a few copies of its *window*: the bytes of the 2,048 widest rows
of the tables it reads (an upper bound of any 2,048 rows). The window stops growing once a table has
2,048 rows, so memory stays flat in the number of documents; it grows only with the longest documents.
"""
from __future__ import annotations

from pathlib import Path

VECTOR_ROWS = 2048  # DuckDB's vector size, and the smallest Parquet row group it writes
BASE_BYTES = 128 << 20  # buffer pool, hash tables, sort runs before they spill
COPIES = 2  # window copies a step holds at once per thread: the scanned vector, and a CSV buffer or a Parquet row group
ONE_THREAD_FROM = 32 << 20  # wider windows are scanned by one thread: each thread would hold a window of its own
MIN_WINDOW = 8 << 20  # short rows: the base and a small window, as for a few documents


def widest_rows(con, source: str, width_sql: str, where: str = "") -> int:
    """Bytes of the VECTOR_ROWS widest rows of `source`, each row's width given by the SQL `width_sql`.

    Widths should be computed without reading the long texts themselves where a column gives their
    length (documents: 4 bytes per character of `chars`), so measuring needs no window of its own."""
    rows = con.execute(f"SELECT coalesce(sum(w), 0) FROM (SELECT {width_sql} AS w FROM {source} {where} "
                       f"ORDER BY w DESC LIMIT {VECTOR_ROWS})").fetchall()
    return int(rows[0][0] or 0)


def limit_bytes(window: int, threads: int) -> int:
    return BASE_BYTES + COPIES * max(1, threads) * max(window, MIN_WINDOW)


def configure(con, window: int, *, temp_dir: Path | str | None = None, threads: int | None = None) -> int:
    """Set the connection's memory limit from `window` (and its threads, and where it spills); returns the limit.

    Without `threads`, a window wider than ONE_THREAD_FROM is worked on by one thread (the steps that read
    long texts take a second or two; two threads would double their memory), others by DuckDB's default."""
    if threads is None and window > ONE_THREAD_FROM:
        threads = 1
    if threads is not None:
        con.execute(f"SET threads = {int(threads)}")
    used = int(con.execute("SELECT current_setting('threads')").fetchall()[0][0])
    limit = limit_bytes(window, used)
    con.execute(f"SET memory_limit = '{limit >> 20}MB'")
    if temp_dir is not None:
        Path(temp_dir).mkdir(parents=True, exist_ok=True)
        folder = Path(temp_dir).as_posix().replace("'", "''")
        con.execute(f"SET temp_directory = '{folder}'")
    return limit


# A long text column whose length in characters another column of the same row gives: its width is
# bounded (4 bytes a character in UTF-8) without reading it.
LENGTH_COLUMN = {"text": "chars"}


def row_width_sql(columns: list[str]) -> str:
    """SQL for an upper bound of a row's bytes (as text) over `columns`, reading no long text."""
    parts = []
    for column in columns:
        known = LENGTH_COLUMN.get(column)
        if known in columns:
            parts.append(f'4 * coalesce(TRY_CAST("{known}" AS BIGINT), 0)')
        else:
            parts.append(f'coalesce(strlen(CAST("{column}" AS VARCHAR)), 0)')
    return " + ".join(parts) or "0"
