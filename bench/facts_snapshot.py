"""Every fact a code revision extracts from a fixed sample, as JSON lines: the identity check of speed work.

    .venv/bin/python -m bench.facts_snapshot OUT.jsonl [--every 3] [FOLDER ...]

Reads every `--every`-th file of the real corpus (../shared/corpus/lawgov, sorted paths) and every file of the
other FOLDERs (default: ../shared/holdout/raw and raw/), and writes one line per fact (`fact_to_json`, whose
fields include region and region_code) and one per extraction error, in document order. A change that only
makes extraction faster must leave this file byte for byte the same: run it with the old code (e.g. from
`git worktree add /tmp/base main`, `cd /tmp/base && /path/to/.venv/bin/python -m bench.facts_snapshot …`, which
imports the code of the current folder) and the new, then `cmp` the two files.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "lawgov"
FOLDERS = (ROOT.parent / "shared" / "holdout" / "raw", ROOT / "raw")


def sample(every: int, folders: list[Path]) -> list[tuple[Path, Path]]:
    """(raw root, file) pairs: every `every`-th corpus file, then every file of `folders`."""
    corpus = sorted(p for p in CORPUS.rglob("*") if p.is_file())[::every] if CORPUS.is_dir() else []
    picked = [(CORPUS, p) for p in corpus]
    for folder in folders:
        picked += [(folder, p) for p in sorted(folder.rglob("*")) if p.is_file()]
    return picked


def snapshot(files: list[tuple[Path, Path]], out) -> tuple[int, int]:
    """Write the facts and extraction errors of `files` to `out`; returns (facts, errors)."""
    from zhibiao.extract import extract_facts, fact_to_json
    from zhibiao.ingest import IngestError, read_document

    n_facts = n_errors = 0
    for root, path in files:
        name = f"{root.name}/{path.relative_to(root)}"
        try:
            doc = read_document(path, raw_root=root)
        except IngestError as err:
            out.write(json.dumps({"doc": name, "ingest_error": err.reason}, ensure_ascii=False) + "\n")
            continue
        errors: list = []
        facts = extract_facts(doc.text, published=doc.published_date, title=doc.title,
                              region_code=doc.region_code, errors=errors)
        for fact in facts:
            out.write(json.dumps(fact_to_json(name, fact), ensure_ascii=False) + "\n")
        for err in errors:
            out.write(json.dumps({"doc": name, "extraction_error": asdict(err)}, ensure_ascii=False) + "\n")
        n_facts += len(facts)
        n_errors += len(errors)
    return n_facts, n_errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--every", type=int, default=3)
    args = ap.parse_args(argv)
    import zhibiao
    files = sample(args.every, args.folders or list(FOLDERS))
    with open(args.out, "w", encoding="utf-8") as out:
        n_facts, n_errors = snapshot(files, out)
    print(f"{len(files):,} files, {n_facts:,} facts, {n_errors:,} extraction errors "
          f"(code: {Path(zhibiao.__file__).parent})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
