"""Indicator coverage of a real-corpus warehouse: the share of facts that carry an indicator code, and the
uncoded phrases weighted by their facts (what to code next).

The codes are the warehouse's own: what extraction decided, with its rules of context (a threshold, a sum of a list,
another programme's funds take no code). With --recode, each fact's code is recomputed from its indicator phrase
with this checkout's dictionary (zhibiao.indicators.indicator_code) instead, so a change to
zhibiao/data/indicators.csv is estimated in seconds without re-running extraction (rules of context not applied).
Build the warehouse once (about 5 minutes on 2 cores):

  .venv/bin/zhibiao run --no-prefect --load-only --raw ../shared/corpus/lawgov --warehouse /tmp/w.duckdb
  .venv/bin/python -m bench.indicator_coverage /tmp/w.duckdb            # coverage, top 40 uncoded phrases
  .venv/bin/python -m bench.indicator_coverage /tmp/w.duckdb --top 0 --sample 200 --seed 7 > sample.tsv

An uncoded phrase is counted by its core: what is left after the heads the dictionary takes off (全市, 2023年,
完成 …), so 全市完成投资 and 完成投资 add up. --sample prints coded facts drawn uniformly at random (for reading
by hand: bench/indicator_precision.md).
"""
from __future__ import annotations

import argparse
import collections
import random
import sys

import duckdb

from zhibiao import indicators as ind


def core(phrase: str | None) -> str:
    """The phrase without the heads indicator_code takes off (where, when, how), as it is looked up last."""
    p = ind._clean(phrase or "")
    while p and not ind._lookup(p):
        head = ind._head(p)
        if not head:
            break
        p = p[len(head):]
    return p


def coverage(con: duckdb.DuckDBPyConnection, recode: bool = False) -> tuple[int, int, collections.Counter, dict]:
    rows = con.execute("SELECT indicator, indicator_code, count(*) FROM marts.fct_facts GROUP BY ALL").fetchall()
    total = coded = 0
    uncoded: collections.Counter = collections.Counter()
    examples: dict[str, collections.Counter] = {}
    for phrase, stored, n in rows:
        total += n
        if (ind.indicator_code(phrase) if recode else stored):
            coded += n
            continue
        key = core(phrase)
        uncoded[key] += n
        examples.setdefault(key, collections.Counter())[phrase or ""] += n
    return coded, total, uncoded, examples


def sample(con: duckdb.DuckDBPyConnection, n: int, seed: int, recode: bool = False) -> list[tuple]:
    rows = con.execute("SELECT fact_id, indicator, text, measure, sentence, doc, indicator_code FROM marts.fct_facts "
                       "ORDER BY fact_id").fetchall()
    coded = [(r[:6], ind.indicator_code(r[1]) if recode else r[6]) for r in rows]
    coded = [(r, code) for r, code in coded if code]
    random.seed(seed)
    return random.sample(coded, min(n, len(coded)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("warehouse", help="a warehouse built from the real corpus (DuckDB file)")
    ap.add_argument("--top", type=int, default=40, help="uncoded phrases to list (default 40)")
    ap.add_argument("--sample", type=int, default=0, help="print N coded facts drawn at random, tab-separated")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--recode", action="store_true", help="recompute codes from the phrases with this dictionary")
    a = ap.parse_args(argv)
    con = duckdb.connect(a.warehouse, read_only=True)
    coded, total, uncoded, examples = coverage(con, a.recode)
    print(f"facts with an indicator code: {coded:,} of {total:,} = {coded / max(total, 1):.1%} "
          f"({len(ind.load_indicators())} codes in the dictionary)")
    print(f"uncoded phrases (by their core, weighted by facts; top {a.top}):")
    for key, n in uncoded.most_common(a.top):
        also = ", ".join(p for p, _ in examples[key].most_common(3) if p != key)
        print(f"{n:8,}  {key or '(no phrase)'}" + (f"   e.g. {also}" if also else ""))
    for i, ((fid, phrase, text, measure, sentence, doc), code) in enumerate(sample(con, a.sample, a.seed, a.recode), 1):
        j = sentence.find(text)
        around = sentence[max(0, j - 60):j + len(text) + 15].replace("\n", " ").replace("\t", " ")
        print(f"{i}\t{code}\t{phrase}\t{text}\t{measure}\t{around}\t{doc}\t{fid}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
