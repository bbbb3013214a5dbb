"""Score the extractor on blind gold of real corpus reports (tests/fixtures/gold/corpus_blind).

The gold was written by reading parts of reports from ../shared/corpus/lawgov before zhibiao was run on them. A
document is named by its path under the corpus with "/" written "__" (政府工作报告-省自治区__湖北省__2008.md), so
that files called 2008.md do not collide. `spans.json` names the annotated part(s) of each document by the first
characters of its first paragraph and of the paragraph after it (null: the end); only predictions inside the parts
are scored. Matching and attributes are those of ../shared/tools/score.py (`zhibiao.evaluate.score`).

Besides the scorer's attributes it reports the place: a gold line's "place" (or, without one, the document's own
place) against the fact's region.

Usage: python bench/score_corpus_blind.py [--show] [--attributes] [--docs a,b]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "lawgov"
GOLD = ROOT / "tests" / "fixtures" / "gold" / "corpus_blind"
sys.path.insert(0, str(ROOT))

from zhibiao.evaluate import format_report, load_facts_jsonl, score  # noqa: E402
from zhibiao.extract import extract_facts, fact_to_json  # noqa: E402
from zhibiao.ingest import ingest_file  # noqa: E402


def parts(text: str, spans) -> list[tuple[int, int]]:
    """Offsets of the annotated parts; raises ValueError naming a snippet that is not in the text."""
    out = []
    for span in spans if isinstance(spans, list) else [spans]:
        start = text.find(span["from"])
        if start < 0:
            raise ValueError(f"annotated part starts at {span['from']!r}, not found in the text")
        end = len(text) if not span.get("to") else text.find(span["to"], start)
        if end < 0:
            raise ValueError(f"annotated part ends at {span['to']!r}, not found in the text")
        out.append((start, end))
    return out


def predictions(doc_name: str, spans) -> tuple[list[dict], str | None]:
    path = CORPUS / doc_name.replace("__", "/")
    doc = ingest_file(path, raw_root=CORPUS)
    facts = extract_facts(doc.text, published=doc.published_date, title=doc.title, region_code=doc.region_code)
    inside = parts(doc.text, spans)
    return [fact_to_json(doc_name, f) for f in facts if any(a <= f.start < b for a, b in inside)], doc.region


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list misses and extras")
    ap.add_argument("--attributes", action="store_true", help="list attribute mismatches")
    ap.add_argument("--docs", default=None, help="comma-separated document names")
    a = ap.parse_args(argv)
    spans = json.loads((GOLD / "spans.json").read_text(encoding="utf-8"))
    docs = sorted(a.docs.split(",") if a.docs else spans)
    gold = {}
    for name in docs:
        gold.update(load_facts_jsonl(GOLD / (name[:-3] + ".jsonl")))
    pred, places = {}, {}
    for name in docs:
        pred[name], places[name] = predictions(name, spans[name])
    result = score(gold, pred, docs)
    print(format_report(result, show=a.show, show_attributes=a.attributes))
    right = total = 0
    for p, g in result.pairs:
        total += 1
        right += (g.get("place") or places[p["doc"]]) == p.get("region")
        if a.attributes and (g.get("place") or places[p["doc"]]) != p.get("region"):
            print(f"place: {p.get('region')} (gold {g.get('place') or places[p['doc']]}) {g['text']} | {g.get('context')}")
    if total:
        print(f"place over matches: {right / total:.3f} ({right}/{total})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
