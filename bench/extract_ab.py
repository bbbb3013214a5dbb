"""Extraction speed of two code trees side by side, in M characters per CPU-second (per core), on real text.

    .venv/bin/python -m bench.extract_ab OLD_TREE [NEW_TREE] [--every 6] [--rounds 3]

Each round runs `extract_facts` over the same sample of the real corpus (every `--every`-th file of
../shared/corpus/lawgov, sorted paths) once with each tree's code, in a fresh process (old first, then new),
and prints the CPU time and M chars/s of each. The best round of each counts: on a shared machine other load
only ever slows a run down. NEW_TREE defaults to this checkout; OLD_TREE is e.g. `git worktree add /tmp/base main`. A tree runs its compiled
extraction where its build is current (zhibiao/compiled.py); `--old-plain` runs OLD as plain Python, so
`python -m bench.extract_ab . --old-plain` measures what compiling alone gains.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "lawgov"

_CHILD = """
import json, sys, time
from pathlib import Path
from zhibiao.extract import extract_facts
from zhibiao.ingest import read_document
corpus, every = Path(sys.argv[1]), int(sys.argv[2])
files = sorted(p for p in corpus.rglob("*") if p.is_file())[::every]
docs = []
for p in files:
    try:
        docs.append(read_document(p, raw_root=corpus))
    except Exception:
        pass
chars = sum(len(d.text) for d in docs)
facts = 0
c0 = time.process_time()
for d in docs:
    facts += len(extract_facts(d.text, published=d.published_date, title=d.title, region_code=d.region_code))
cpu = time.process_time() - c0
print(json.dumps({"docs": len(docs), "chars": chars, "facts": facts, "cpu": cpu}))
"""


def run(tree: Path, every: int, plain: bool = False) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env.pop("ZHIBIAO_PURE", None)
    if plain:
        env["ZHIBIAO_PURE"] = "1"  # the source as plain Python, even where a compiled build is current
    out = subprocess.run([sys.executable, "-c", _CHILD, str(CORPUS), str(every)], env=env, cwd=tree,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path, nargs="?", default=ROOT)
    ap.add_argument("--every", type=int, default=6)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--old-plain", action="store_true",
                    help="run OLD as plain Python (ZHIBIAO_PURE=1): with OLD the same checkout as NEW, the gain of "
                         "the compiled build (zhibiao/compiled.py) alone")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"bench.extract_ab: no real corpus at {CORPUS} (run it from a checkout beside ../shared)", file=sys.stderr)
        return 2
    best: dict[str, float] = {}
    for r in range(args.rounds):
        for label, tree in (("old", args.old), ("new", args.new)):
            res = run(tree.resolve(), args.every, plain=label == "old" and args.old_plain)
            rate = res["chars"] / res["cpu"] / 1e6
            best[label] = max(best.get(label, 0.0), rate)
            print(f"round {r + 1} {label}: {res['docs']} docs, {res['chars'] / 1e6:.2f} M chars, {res['facts']:,} facts,"
                  f" {res['cpu']:.2f} CPU s, {rate:.3f} M chars/s", flush=True)
    print(f"best: old {best['old']:.3f}, new {best['new']:.3f} M chars/s per core ({best['new'] / best['old']:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
