"""Score extracted facts against gold facts, with the same matching rule as the official scorer.

The rule (shared/tools/score.py):
- facts are compared per document; a prediction matches an unmatched gold fact of the same document and
  unit whose value agrees to a relative 1e-4 (absolute 1e-6 near zero);
- among candidates, prefer the gold fact whose `text` has the same digits (digits and '.' only), then a
  non-optional one; ties go to the earliest gold fact;
- a prediction matching an optional gold fact is ignored (neither true nor false positive); optional gold
  facts are never missed; a prediction with no numeric value is a false positive;
- attributes (measure, qualifier, status, period: exact equality; indicator: one contains the other or
  their character overlap 2·common/(len p + len g) ≥ 0.5) are counted over true positives.

`score` returns per-document and overall counts, precision/recall/F1 and attribute accuracy, plus the
misses, extras and attribute mismatches; `format_report` prints them.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ATTRIBUTES = ("measure", "qualifier", "status", "period", "indicator")


def load_facts_jsonl(*paths: str | Path) -> dict[str, list[dict]]:
    """Facts grouped by document from JSONL files or folders of *.jsonl; names the file on a bad line."""
    out: dict[str, list[dict]] = defaultdict(list)
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.glob("*.jsonl")) if p.is_dir() else [p])
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{f}:{n}: not JSON: {e}") from None
            out[Path(rec["doc"]).name].append(rec)  # a path or a bare name: gold names documents by file name
    return dict(out)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-6, 1e-4 * abs(b))


def _digits(s: str | None) -> str:
    return "".join(ch for ch in (s or "") if ch.isdigit() or ch == ".")


def indicator_ok(pred: str | None, gold: str | None) -> bool:
    p, g = pred or "", gold or ""
    if not p or not g:
        return False
    if p in g or g in p:
        return True
    common = sum(min(p.count(c), g.count(c)) for c in set(g))
    return 2 * common / (len(p) + len(g)) >= 0.5


def attribute_ok(name: str, pred: dict, gold: dict) -> bool:
    if name == "indicator":
        return indicator_ok(pred.get("indicator"), gold.get("indicator"))
    return pred.get(name) == gold.get(name)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    per_doc: dict[str, Counts] = field(default_factory=dict)
    overall: Counts = field(default_factory=Counts)
    attribute_hits: dict[str, int] = field(default_factory=lambda: {a: 0 for a in ATTRIBUTES})
    misses: list[dict] = field(default_factory=list)
    extras: list[dict] = field(default_factory=list)
    mismatches: list[tuple[str, dict, dict]] = field(default_factory=list)  # (attribute, pred, gold)
    pairs: list[tuple[dict, dict]] = field(default_factory=list)  # (pred, gold) of every required match

    def attribute_accuracy(self, name: str) -> float:
        return self.attribute_hits[name] / self.overall.tp if self.overall.tp else 0.0


def _best_gold(p: dict, value: float, golds: list[dict], used: list[bool]) -> int | None:
    best, best_key = None, None
    for i, g in enumerate(golds):
        if used[i] or g["unit"] != p.get("unit") or not _close(value, float(g["value"])):
            continue
        key = (_digits(g["text"]) == _digits(p.get("text")), not g.get("optional"))
        if best is None or key > best_key:
            best, best_key = i, key
    return best


def score(gold: dict[str, list[dict]], pred: dict[str, list[dict]], docs: list[str] | None = None) -> Score:
    """Match predictions to gold facts document by document (rule in the module docstring)."""
    result = Score()
    for doc in docs if docs is not None else sorted(gold):
        golds = gold.get(doc, [])
        used = [False] * len(golds)
        counts = Counts()
        for p in pred.get(doc, []):
            try:
                value = float(p["value"])
            except (TypeError, ValueError, KeyError):
                counts.fp += 1
                result.extras.append(p)
                continue
            i = _best_gold(p, value, golds, used)
            if i is None:
                counts.fp += 1
                result.extras.append(p)
                continue
            used[i] = True
            g = golds[i]
            if g.get("optional"):
                continue
            counts.tp += 1
            result.pairs.append((p, g))
            for name in ATTRIBUTES:
                if attribute_ok(name, p, g):
                    result.attribute_hits[name] += 1
                else:
                    result.mismatches.append((name, p, g))
        for i, g in enumerate(golds):
            if not used[i] and not g.get("optional"):
                counts.fn += 1
                result.misses.append(g)
        result.per_doc[doc] = counts
        result.overall.tp += counts.tp
        result.overall.fp += counts.fp
        result.overall.fn += counts.fn
    return result


def format_report(result: Score, *, show: bool = False, show_attributes: bool = False) -> str:
    """Per-document lines, then (optionally) misses, extras and attribute mismatches, then the totals."""
    lines = []
    for doc, c in result.per_doc.items():
        lines.append(f"{doc:32s} tp={c.tp:4d} fp={c.fp:4d} fn={c.fn:4d}  "
                     f"P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}")
    if show:
        for g in result.misses:
            lines.append(f"MISS  {g['doc']} {g['text']} {g['value']} {g['unit']} | {g.get('context', '')}")
        for p in result.extras:
            lines.append(f"EXTRA {p.get('doc')} {p.get('text')} {p.get('value')} {p.get('unit')} | {p.get('context', '')}")
    if show_attributes:
        for name, p, g in result.mismatches:
            lines.append(f"ATTR  {name:9s} pred={p.get(name)!s:24s} gold={g.get(name)!s:24s} "
                         f"{g['doc'][:3]} {g['text']} | {g.get('context', '')}")
    attrs = " ".join(f"{a}={result.attribute_accuracy(a):.3f}" for a in ATTRIBUTES)
    lines.append(f"attributes over matches: {attrs}")
    o = result.overall
    lines.append(f"overall P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f} (tp={o.tp} fp={o.fp} fn={o.fn})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("pred", nargs="+")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--attributes", action="store_true")
    a = ap.parse_args(argv)
    gold = load_facts_jsonl(a.gold)
    pred = load_facts_jsonl(*a.pred)
    print(format_report(score(gold, pred), show=a.show, show_attributes=a.attributes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
