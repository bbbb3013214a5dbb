"""Extract facts from raw/*.txt (or other files) to JSONL and score them with the official scorer.

Usage:
  python bench/score_dev.py                      # dev: raw/*.txt → bench/out/dev_facts.jsonl, then score.py --show
  python bench/score_dev.py --holdout            # hold-out: ../shared/holdout/raw/* → bench/out/holdout_facts.jsonl
  python bench/score_dev.py FILE... --out X.jsonl

Documents are read with zhibiao.ingest.read_document when ingestion provides it; until then the file
is read as UTF-8 and converted Traditional → Simplified with OpenCC (as ingestion will do).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from zhibiao.extract import extract_facts, fact_to_json  # noqa: E402


def read(path: Path):
    """(text, published date or None) for one raw file."""
    try:
        from zhibiao.ingest import read_document  # type: ignore
    except ImportError:
        read_document = None
    if read_document is not None:
        doc = read_document(path)
        return doc.text, doc.published_date
    import opencc

    return opencc.OpenCC("t2s").convert(path.read_text(encoding="utf-8")), None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--holdout", action="store_true")
    ap.add_argument("--out")
    ap.add_argument("--no-score", action="store_true")
    a = ap.parse_args()
    if a.files:
        files = [Path(f) for f in a.files]
    elif a.holdout:
        files = sorted((SHARED / "holdout" / "raw").iterdir())
    else:
        files = sorted((ROOT / "raw").glob("*.txt"))
    out = Path(a.out) if a.out else ROOT / "bench" / "out" / ("holdout_facts.jsonl" if a.holdout else "dev_facts.jsonl")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for path in files:
            text, published = read(path)
            for fact in extract_facts(text, published=published):
                fh.write(json.dumps(fact_to_json(path.name, fact), ensure_ascii=False) + "\n")
    print(f"wrote {out}", file=sys.stderr)
    if not a.holdout and not a.files and not a.no_score:
        return subprocess.call([sys.executable, str(SHARED / "tools" / "score.py"), str(SHARED / "gold" / "dev"),
                                str(out), "--show"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
