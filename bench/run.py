"""`make bench`: how fast zhibiao is, how it scales, and how far it is from the limit.

    .venv/bin/python -m bench.run [--sizes 100,1000,10000] [--prefect-sizes 100,1000] [--jobs N] [--seed 7]
                                  [--only generated|real] [--real DIR] [--real-sizes 600,1200,2400]
                                  [--one-line-mb 2]

Generates (once) a synthetic corpus with gold facts (bench/corpus.py) under bench/out/, then measures,
each in a fresh process (bench/workload.py):

1. the library alone, one process: ingestion (read_document) and extraction (extract_facts) throughput in
   characters per CPU-second, against one compiled regex pass over the same texts (the practical limit);
2. the whole pipeline (zhibiao.runner) for each size on a fresh warehouse: wall time per stage, reports
   per second, peak memory of the run's whole process tree (sum of PSS, sampled every 0.1 s, plus each
   process's max RSS), then the no-op rerun (nothing changed) in a new process;
3. the same run as the Prefect flow (ephemeral server; its start-up timed apart) against the plain runner;
4. accuracy of what the pipeline loaded against the corpus's gold (zhibiao.evaluate's matching rule);
5. a text without sentence ends: 2 MB of text extracted as one line (every sentence end made a comma) against the
   same text as written, in one process (the same-run yardstick), for a report phrase repeated and for real reports;
6. the real corpus (../shared/corpus/lawgov, lawtext/gov reports) when it is there: library throughput on
   real text, the plain runner on 600 / 1,200 / 2,400 files, publish timed apart, the Prefect flow and the
   Dask runner on 600 files (bench/real.py).

Prints Markdown tables and saves them with the raw numbers in bench/out/results.{md,json}. Timings on a
shared machine are noisy: the load average before and after is printed with the machine.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PYTHON = sys.executable

TARGETS = {
    "extract_chars_per_s": 1_000_000,  # per core
    "warehouse_seconds_10k": 60,  # raw → validated, loaded warehouse, 10,000 reports, 2 cores
    "noop_seconds": 3,
    "peak_memory_mb": 1024,
    "one_line_ratio": 10,  # a 2 MB text without sentence ends, against the same text split into sentences (CPU)
}
INCREMENT = 10  # reports added to the largest warehouse for the incremental run


# --- corpus ---------------------------------------------------------------------------------------

def _generator_key(seed: int) -> str:
    digest = hashlib.sha256(str(seed).encode())
    for path in sorted((ROOT / "bench").glob("*.py")):
        if path.name == "corpus.py" or path.name.startswith("_"):
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def corpus(n: int, seed: int, jobs: int) -> Path:
    """A complete generated corpus of at least n reports (reused when the generator is unchanged)."""
    key = _generator_key(seed)
    for stamp in sorted(OUT.glob(f"corpus-s{seed}-n*/COMPLETE.json")):
        info = json.loads(stamp.read_text(encoding="utf-8"))
        if info.get("key") == key and info.get("n", 0) >= n:
            return stamp.parent
    base = OUT / f"corpus-s{seed}-n{n}"
    shutil.rmtree(base, ignore_errors=True)
    print(f"generating {n:,} reports (seed {seed}) into {base.relative_to(ROOT)} …", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    subprocess.run([PYTHON, "-m", "bench.corpus", "--n", str(n), "--seed", str(seed), "--out", str(base),
                    "--jobs", str(jobs)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    (base / "COMPLETE.json").write_text(json.dumps({"n": n, "seed": seed, "key": key,
                                                    "seconds": round(time.perf_counter() - t0, 1)}), encoding="utf-8")
    return base


def subset(base: Path, n: int) -> Path:
    """The first n reports of a corpus (the generator makes the first n of a larger corpus the n-corpus), as links."""
    dest = OUT / "sizes" / str(n)
    stamp = dest / "SOURCE"
    if stamp.exists() and stamp.read_text(encoding="utf-8") == str(base):
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    for part in ("raw", "gold"):
        (dest / part).mkdir(parents=True)
        for path in sorted((base / part).iterdir())[:n]:
            try:
                os.link(path, dest / part / path.name)
            except OSError:
                shutil.copy2(path, dest / part / path.name)
    stamp.write_text(str(base), encoding="utf-8")
    return dest


# --- processes and memory ----------------------------------------------------------------------------

def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    ppid = int(fh.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _pss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Sampler(threading.Thread):
    """Peak of the summed PSS of a process and its descendants (PSS splits shared pages, so forks are not
    counted twice), sampled every `interval` seconds."""

    def __init__(self, pid: int, interval: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak, self.peak_processes = pid, interval, 0.0, 0
        self.peak_without_server = 0.0  # the same peak, leaving out Prefect's API server (measured apart)
        self.stopped = threading.Event()
        self.supported = Path("/proc/self/smaps_rollup").exists()

    def run(self):
        self.breakdown: list[tuple[float, str]] = []  # (PSS MB, what the process is) at the peak
        kinds: dict[int, str] = {}
        while self.supported and not self.stopped.is_set():
            pids = _tree(self.pid)
            each = [(_pss_mb(p), p) for p in pids]
            for _, p in each:  # a child seen between its fork and its exec looks forked: asked again
                if kinds.get(p, "worker (forked)") == "worker (forked)":
                    kinds[p] = _kind(p, self.pid)
            total = sum(v for v, _ in each)
            if total > self.peak:
                self.peak, self.peak_processes = total, len(pids)
                self.breakdown = sorted(((v, kinds[p]) for v, p in each if v > 1), reverse=True)
            self.peak_without_server = max(self.peak_without_server,
                                           sum(v for v, p in each if kinds[p] != "Prefect server"))
            self.stopped.wait(self.interval)


def _kind(pid: int, root: int) -> str:
    """What a process of the run is, from its command line: the run itself, a worker, Prefect's server, Dask."""
    if pid == root:
        return "run"
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "?"
    for needle, kind in (("uvicorn", "Prefect server"), ("prefect.server", "Prefect server"), ("distributed", "Dask"),
                         ("spawn_main", "worker (spawned)"), ("resource_tracker", "resource tracker")):
        if needle in cmd:
            return kind
    return "worker (forked)"


def workload(what: str, **args) -> dict:
    """Run one bench.workload in a new process; its JSON result, wall time and memory."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([PYTHON, "-m", "bench.workload", what, json.dumps(args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = Sampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    sampler.stopped.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"bench.workload {what} failed ({proc.returncode}):\n{stderr[-4000:]}")
    out = json.loads(stdout.strip().splitlines()[-1])
    out["wall_seconds"] = wall
    out["peak_pss_mb"] = sampler.peak if sampler.supported else None
    out["peak_pss_mb_without_server"] = sampler.peak_without_server if sampler.supported else None
    out["peak_processes"] = sampler.peak_processes
    out["peak_breakdown"] = [[round(v), k] for v, k in getattr(sampler, "breakdown", [])]
    return out


# --- accuracy ------------------------------------------------------------------------------------------

def accuracy(warehouse: Path, gold_dir: Path, chunk: int = 500) -> dict:
    """Facts in the warehouse scored against the gold of the corpus, a few hundred documents at a time."""
    import duckdb

    from zhibiao.evaluate import ATTRIBUTES, load_facts_jsonl, score

    gold_files = sorted(gold_dir.glob("*.jsonl"))
    tp = fp = fn = 0
    hits = {a: 0 for a in ATTRIBUTES}
    fields = ["doc", "text", "value", "unit", "measure", "qualifier", "status", "indicator", "period"]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        for i in range(0, len(gold_files), chunk):
            part = gold_files[i:i + chunk]
            gold = load_facts_jsonl(*part)
            docs = [p.stem for p in part]
            names = [n for n in gold] + [d + ext for d in docs for ext in (".txt", ".html")]
            rows = con.execute(f"SELECT {', '.join(fields)} FROM marts.fct_facts WHERE doc IN (SELECT unnest(?)) "
                               "ORDER BY doc, char_start", [names]).fetchall()
            pred: dict[str, list[dict]] = {}
            for row in rows:
                pred.setdefault(row[0], []).append(dict(zip(fields, row)))
            docs_here = sorted(set(gold) | {d for d in pred})
            result = score(gold, pred, docs_here)
            tp, fp, fn = tp + result.overall.tp, fp + result.overall.fp, fn + result.overall.fn
            for a in ATTRIBUTES:
                hits[a] += result.attribute_hits[a]
    finally:
        con.close()
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "attributes": {a: hits[a] / tp if tp else 0.0 for a in ATTRIBUTES}}


# --- machine -------------------------------------------------------------------------------------------

def machine() -> dict:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    versions = {}
    for name in ("duckdb", "pandas", "pandera", "frictionless", "prefect", "pyarrow", "opencc"):
        try:
            from importlib.metadata import version

            versions[name] = version(name if name != "opencc" else "OpenCC")
        except Exception:  # noqa: BLE001 - a missing package is just not listed
            pass
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "zhibiao", "schemas", "flows", "bench"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count()
    return {"cpu": cpu, "cores": cores, "memory": mem, "os": f"{platform.system()} {platform.release()}",
            "python": platform.python_version(), "versions": versions,
            "commit": commit + (" (with uncommitted changes)" if dirty else ""), "load_before": os.getloadavg()}


# --- tables --------------------------------------------------------------------------------------------

def table(header: list[str], rows: list[list]) -> str:
    cells = [[str(c) for c in row] for row in [header, *rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, cells[1:])])


def _s(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:.2f}" if x < 10 else f"{x:.1f}" if x < 100 else f"{x:.0f}"


def _rate(x: float) -> str:
    return f"{x / 1e6:.2f} M" if x >= 1e6 else f"{x / 1e3:.0f} k"


def throughput_rows(ex: dict, regex_label: str) -> list[list[str]]:
    """Rows of the library-throughput table from an `extraction` workload's result."""
    rows = []
    for key, label in (("ingest", "ingestion: read_document (raw file → cleaned text)"),
                       ("extract", "extraction: extract_facts (cleaned text → facts)"), ("regex", regex_label)):
        t = ex[key]
        rows.append([label, _rate(ex["chars"] / t["cpu"]), _rate(ex["chars"] / t["wall"]), _s(t["cpu"]),
                     f"{ex['raw_bytes'] / t['cpu'] / 1e6:.1f} MB/s raw" if key == "ingest" else
                     f"{ex['facts']:,} facts" if key == "extract" else f"{ex['regex_matches']:,} matches"])
    return rows


def _ratio(r: dict) -> float:
    return r["one_line"]["cpu"] / r["split"]["cpu"]


def report(res: dict) -> str:
    m = res["machine"]
    out = ["## Machine", "",
           f"{m['cpu']}, {m['cores']} cores available, {m['memory']} RAM; {m['os']}; Python {m['python']}; "
           + ", ".join(f"{k} {v}" for k, v in m["versions"].items()) + f"; zhibiao {m['commit']}.",
           f"Load average (1/5/15 min) before: {' / '.join(f'{x:.2f}' for x in m['load_before'])}; "
           f"after: {' / '.join(f'{x:.2f}' for x in m['load_after'])}. Jobs (worker processes): {res['jobs']}.", ""]

    if ex := res.get("extraction"):
        n_chars = ex["chars"]
        rows = throughput_rows(ex, "limit: one compiled regex pass (number + unit)")
        ratio = ex["extract"]["cpu"] / ex["regex"]["cpu"]
        out += [f"## Library throughput (one process, {ex['documents']:,} generated reports, {n_chars / 1e6:.2f} M "
                "characters of cleaned text)", "",
                table(["step", "chars/s per core (CPU time)", "chars/s (wall)", "CPU s", "note"], rows), "",
                f"Extraction runs at 1/{ratio:.0f} of the single-regex limit; target ≥ 1.00 M chars/s per core: "
                f"**{'met' if n_chars / ex['extract']['cpu'] >= TARGETS['extract_chars_per_s'] else 'not met'}**.", ""]

    if runs := res.get("runs"):
        rows = []
        for n, r in runs.items():
            s = r["summary"]
            sec = s["seconds"]
            warehouse = sum(sec.get(k, 0) for k in ("discover", "read", "validate", "load"))
            rows.append([f"{int(n):,}", f"{r['raw_mb']:.0f}", f"{s['facts']:,}", _s(sec.get("discover")),
                         f"{_s(sec.get('read'))} ({_s(sec.get('read_cpu'))})", f"{_s(sec.get('validate'))} ({_s(sec.get('validate_cpu'))})",
                         _s(sec.get("load")), f"**{_s(warehouse)}**", _s(sec.get("publish")),
                         f"{int(n) / warehouse:.0f}", f"{1000 * warehouse / int(n):.1f}",
                         f"{r['peak_pss_mb']:.0f}" if r.get("peak_pss_mb") else "–",
                         f"{r['maxrss_mb']['self']:.0f} / {r['maxrss_mb']['children']:.0f}",
                         f"{_s(r['noop']['run_seconds'])} / {_s(r['noop']['wall_seconds'])}"])
        out += ["## Whole pipeline (zhibiao.runner, fresh warehouse)", "",
                "Wall seconds per stage; read = ingest + extract, in worker processes (CPU seconds summed over workers in "
                "brackets); *to warehouse* = discover + read + validate + load (raw files → validated, loaded DuckDB); "
                "publish = export, gate, swap (first publish: frictionless checks every row). Memory: peak of the summed "
                "PSS of the run's processes (MB), and max RSS of the main process / of the largest worker. No-op: the "
                "same run again with nothing changed, run_pipeline / whole new process.", "",
                table(["reports", "raw MB", "facts", "discover", "read (CPU)", "validate (CPU)", "load",
                       "to warehouse", "publish", "reports/s", "s per 1k reports", "peak MB", "max RSS main / worker",
                       "no-op s (run / process)"], rows), ""]
        gate_rows = []
        for n, r in runs.items():
            g = r["summary"].get("publish_gate") or {}
            if g:
                secs = g.get("seconds", {})
                gate_rows.append([f"{int(n):,}", f"{g.get('rows', 0):,}", f"{g.get('rows_frictionless', 0):,}",
                                  g.get("chunks", 0), _s(secs.get("files")), _s(secs.get("duckdb")),
                                  _s(secs.get("changed rows")), _s(secs.get("frictionless"))])
        if gate_rows:
            out += ["Publish gate on the first publish (seconds): files = CSV hashes; duckdb = every row of every table "
                    "against its Table Schema, keys across tables, Parquet twins; frictionless = the rows not already "
                    "published, in parallel chunks.", "",
                    table(["reports", "rows in package", "rows checked by frictionless", "chunks", "files", "duckdb",
                           "chunking", "frictionless"], gate_rows), ""]
        if inc := res.get("incremental"):
            s = inc["summary"]
            g = s.get("publish_gate") or {}
            out += [f"Incremental: {inc['added']} new reports added to the {int(inc['size']):,}-report warehouse: run "
                    f"{_s(inc['run_seconds'])} s (discover {_s(s['seconds'].get('discover'))}, read {_s(s['seconds'].get('read'))}, "
                    f"load {_s(s['seconds'].get('load'))}, publish {_s(s['seconds'].get('publish'))}); frictionless checked "
                    f"{g.get('rows_frictionless', 0):,} of {g.get('rows', 0):,} rows.", ""]

    if pf := res.get("prefect"):
        rows = []
        for key, r in pf.items():
            n, runner = key.split(":")
            plain = res["runs"].get(n, {}).get("run_seconds")
            rows.append([f"{int(n):,}", runner, _s(plain), _s(r["import_seconds"]), _s(r["server_and_warmup_seconds"]),
                         _s(r["run_seconds"]), _s(r["run_seconds"] - plain) if plain else "–",
                         _s(r["wall_seconds"]), f"{r['peak_pss_mb']:.0f}" if r.get("peak_pss_mb") else "–"])
        out += ["## Prefect flow against the plain runner (seconds, fresh warehouse each)", "",
                f"plain run = run_pipeline with {res['jobs']} worker processes. The flow maps read and validate over "
                "batches: with Prefect's default task runner (threads: one process, one core for Python) or a local "
                "two-process Dask cluster (its start-up is inside the flow run). Server = the ephemeral API server "
                "Prefect starts, timed with a trivial flow before the pipeline. Peak MB includes the server's process.", "",
                table(["reports", "task runner", "plain run", "import prefect", "server start + trivial flow", "flow run",
                       "flow − plain", "whole process", "peak MB"], rows), ""]

    if acc := res.get("accuracy"):
        rows = [[f"{int(n):,}", f"{a['precision']:.3f}", f"{a['recall']:.3f}", f"**{a['f1']:.3f}**",
                 *(f"{a['attributes'][k]:.3f}" for k in ("measure", "qualifier", "status", "period", "indicator")),
                 f"{a['tp']:,} / {a['fp']:,} / {a['fn']:,}"] for n, a in acc.items()]
        out += ["## Accuracy on the generated corpus (facts loaded in the warehouse vs. gold, zhibiao.evaluate)", "",
                table(["reports", "P", "R", "F1", "measure", "qualifier", "status", "period", "indicator", "tp / fp / fn"], rows),
                "", "The generator's prose is simpler than real reports: these are upper bounds; the hold-out corpus "
                "measures real-world accuracy.", ""]

    if ol := res.get("one_line"):
        rows = [[name, f"{r['chars']:,}", f"{r['split']['facts']:,} / {r['one_line']['facts']:,}",
                 _s(r["split"]["cpu"]), _s(r["one_line"]["cpu"]), f"**{_ratio(r):.1f}×**",
                 "pass" if _ratio(r) <= TARGETS["one_line_ratio"] else "FAIL"]
                for name, r in ol["texts"].items()]
        out += [f"## A text without sentence ends ({ol['size_bytes'] / 2**20:.0f} MB, one process, CPU seconds)", "",
                "The same text extracted as written and as one line (every sentence end and line break made a comma): "
                "every rule reads a bounded stretch around its number, so one line costs a bounded multiple of the "
                "same text in sentences, not the square of its length. Bound: one line ≤ "
                f"{TARGETS['one_line_ratio']}× as written.", "",
                table(["text", "characters", "facts (as written / one line)", "as written s", "one line s", "ratio",
                       f"≤ {TARGETS['one_line_ratio']}×"], rows), ""]

    if rows := targets(res):
        out += ["## Targets", "", table(["target", "measured", "met"], rows), ""]
    return "\n".join(out)


def targets(res: dict) -> list[list[str]]:
    rows = []
    if ex := res.get("extraction"):
        v = ex["chars"] / ex["extract"]["cpu"]
        rows.append(["extraction ≥ 1 M chars/s per core", f"{v / 1e6:.2f} M", "yes" if v >= 1e6 else "no"])
    runs = res.get("runs", {})
    if "10000" in runs:
        sec = runs["10000"]["summary"]["seconds"]
        v = sum(sec.get(k, 0) for k in ("discover", "read", "validate", "load"))
        rows.append([f"10,000 reports raw → validated, loaded warehouse < 60 s ({res['jobs']} cores)", f"{v:.1f} s",
                     "yes" if v < 60 else "no"])
        rows.append(["  publish (export + gate + swap), timed apart", f"{sec.get('publish', 0):.1f} s", "–"])
    for n, r in runs.items():
        rows.append([f"no-op rerun < 3 s ({int(n):,} reports): run_pipeline / whole process",
                     f"{r['noop']['run_seconds']:.2f} / {r['noop']['wall_seconds']:.2f} s",
                     "yes" if r["noop"]["wall_seconds"] < 3 else ("run only" if r["noop"]["run_seconds"] < 3 else "no")])
    if ol := res.get("one_line"):
        worst = max(_ratio(r) for r in ol["texts"].values())
        rows.append([f"{ol['size_bytes'] / 2**20:.0f} MB one-line text ≤ {TARGETS['one_line_ratio']}× the same text "
                     "in sentences (CPU)", f"{worst:.1f}×", "yes" if worst <= TARGETS["one_line_ratio"] else "no"])
    peaks = {n: r.get("peak_pss_mb") for n, r in runs.items() if r.get("peak_pss_mb")}
    if peaks:
        top = max(peaks.values())
        rows.append(["peak memory < 1 GB and flat in N (summed PSS)",
                     ", ".join(f"{int(n):,}: {v:.0f} MB" for n, v in peaks.items()), "yes" if top < 1024 else "no"])
    return rows


# --- main ----------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    from bench import real

    ap = argparse.ArgumentParser(description="zhibiao benchmark", formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__)
    ap.add_argument("--sizes", default="100,1000,10000", help="corpus sizes (reports), comma-separated")
    ap.add_argument("--prefect-sizes", default="100,1000", help="sizes also run as the Prefect flow ('' for none)")
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: the CPUs available)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--batch-size", type=int, default=50)
    ap.add_argument("--extract-docs", type=int, default=1000, help="reports for the library throughput measurement")
    ap.add_argument("--no-accuracy", action="store_true")
    ap.add_argument("--one-line-mb", type=float, default=2, help="size of the text without sentence ends (0: none)")
    ap.add_argument("--only", choices=("generated", "real"), default=None, help="measure only one of the two corpora")
    ap.add_argument("--real", type=Path, default=real.CORPUS, help="folder of the real corpus (lawtext/gov)")
    ap.add_argument("--real-sizes", default="600,1200,2400", help="files of the real corpus per run (the largest: all)")
    ap.add_argument("--real-prefect-size", type=int, default=600, help="files for the Prefect and Dask runs (0: none)")
    ap.add_argument("--real-extract-docs", type=int, default=400, help="real files for the library throughput")
    a = ap.parse_args(argv)
    from zhibiao.stages.workers import default_jobs

    jobs = a.jobs or default_jobs()
    OUT.mkdir(parents=True, exist_ok=True)
    res: dict = {"machine": machine(), "jobs": jobs}
    if a.only != "real":
        generated(a, jobs, res)
    if a.only != "real" and a.one_line_mb > 0:
        print("text without sentence ends …", file=sys.stderr, flush=True)
        size = int(a.one_line_mb * 2**20)
        res["one_line"] = {"size_bytes": size, **workload("one_line", size_bytes=size,
                                                          corpus=str(a.real) if a.real.is_dir() else None)}
    if a.only != "generated":
        if a.real.is_dir():
            sizes = sorted({int(s) for s in a.real_sizes.split(",") if s.strip()})
            res["real"] = real.measure(a.real, sizes, a.real_prefect_size if a.real_prefect_size in sizes else None,
                                       jobs, a.batch_size, a.real_extract_docs,
                                       lambda line: print(line, file=sys.stderr, flush=True))
        else:
            print(f"no real corpus at {a.real}: its table is left out", file=sys.stderr)
    res["machine"]["load_after"] = os.getloadavg()
    text = report(res) + ("\n" + real.report(res["real"]) if res.get("real") else "")
    print(text)
    (OUT / "results.md").write_text(text, encoding="utf-8")
    (OUT / "results.json").write_text(json.dumps(res, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


def generated(a, jobs: int, res: dict) -> None:
    """The generated-corpus measurements (sections 1–4 of the module doc) into `res`."""
    sizes = sorted({int(s) for s in a.sizes.split(",") if s.strip()})
    prefect_sizes = sorted({int(s) for s in a.prefect_sizes.split(",") if s.strip()} & set(sizes))
    res["sizes"] = sizes
    base = corpus(max(sizes) + INCREMENT, a.seed, jobs)

    print("library throughput …", file=sys.stderr, flush=True)
    res["extraction"] = workload("extraction", raw_dir=str(subset(base, max(sizes)) / "raw"),
                                 limit=min(a.extract_docs, max(sizes)))

    runs_dir = OUT / "runs"
    res["runs"], res["prefect"], res["accuracy"] = {}, {}, {}
    for n in sizes:
        data = subset(base, n)
        raw = data / "raw"
        where = runs_dir / f"plain-{n}"
        shutil.rmtree(where, ignore_errors=True)
        args = dict(raw_dir=str(raw), warehouse=str(where / "warehouse" / "zhibiao.duckdb"),
                    package_dir=str(where / "package"), batch_size=a.batch_size, jobs=jobs)
        print(f"{n:,} reports: pipeline …", file=sys.stderr, flush=True)
        run = workload("plain", **args)
        run["raw_mb"] = sum(p.stat().st_size for p in raw.iterdir()) / 1e6
        print(f"{n:,} reports: no-op rerun …", file=sys.stderr, flush=True)
        run["noop"] = workload("noop", **args)
        res["runs"][str(n)] = run
        if not a.no_accuracy:
            res["accuracy"][str(n)] = accuracy(Path(args["warehouse"]), data / "gold")
        if n == max(sizes) and n >= 1000:  # a small increment on the largest warehouse
            inc = OUT / "sizes" / f"{n}+incr"
            shutil.rmtree(inc, ignore_errors=True)
            (inc / "raw").mkdir(parents=True)
            for path in sorted((base / "raw").iterdir())[n:n + INCREMENT]:
                os.link(path, inc / "raw" / path.name)
            if any((inc / "raw").iterdir()):
                for path in raw.iterdir():
                    os.link(path, inc / "raw" / path.name)
                incr = workload("plain", **{**args, "raw_dir": str(inc / "raw")})
                res["incremental"] = {"size": n, "added": len(list((inc / "raw").iterdir())) - n, **incr}
        for runner in ("threads", "dask") if n in prefect_sizes else ():
            where = runs_dir / f"prefect-{runner}-{n}"
            shutil.rmtree(where, ignore_errors=True)
            print(f"{n:,} reports: Prefect flow ({runner}) …", file=sys.stderr, flush=True)
            res["prefect"][f"{n}:{runner}"] = workload(
                "prefect", raw_dir=str(raw), warehouse=str(where / "warehouse" / "zhibiao.duckdb"),
                package_dir=str(where / "package"), batch_size=a.batch_size, prefect_home=str(where / "prefect-home"),
                runner=runner)


if __name__ == "__main__":
    raise SystemExit(main())
