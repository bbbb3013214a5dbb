"""The real corpus in `make bench`: lawtext/gov reports (../shared/corpus/lawgov), raw → published package.

Measured, each in a fresh process (bench/workload.py) beside the generated-corpus tables of bench/run.py:

1. the library alone on real text: ingestion and extraction in characters per CPU-second, against one
   compiled regex pass over the same text (the yardstick, same run), on files spread over every folder;
2. the plain runner (zhibiao.runner) on 600 / 1,200 / 2,400 files (spread evenly over the archive, so
   every size mixes all groups; the largest is the whole archive): wall seconds per stage, raw → loaded
   warehouse, publish split into export and gate, peak memory of the whole process tree (summed PSS),
   and the no-op rerun of the whole archive;
3. the Prefect flow on the same 600 files, with the thread runner and with the Dask runner (a local
   cluster of 2 worker processes): time and memory against the plain runner, where the memory goes, and
   whether the Dask run's tables are identical to the plain run's.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from bench.run import OUT, ROOT, _s, table, throughput_rows, workload

CORPUS = ROOT.parent / "shared" / "corpus" / "lawgov"
TARGETS = {"extract_chars_per_s": 1_500_000, "warehouse_seconds": 60, "publish_seconds": 60, "peak_memory_mb": 1024,
           "prefect_ratio": 1.3}
TABLES = {  # every loaded row, without the run that loaded it
    "documents": ("marts.dim_documents", "doc_id"), "facts": ("marts.fct_facts", "fact_id"),
    "rejects": ("staging.rejects", "reject_id"), "rejected_files": ("staging.rejected_files", "source_path")}


def files_of(corpus: Path) -> list[str]:
    from zhibiao.ingest import discover_files

    return [p.relative_to(corpus).as_posix() for p in discover_files(corpus)]


def subset(corpus: Path, n: int) -> Path:
    """n files spread evenly over the archive (every folder represented), hard-linked under their own paths;
    the archive itself when n covers it."""
    files = files_of(corpus)
    if n >= len(files):
        return corpus
    pick = [files[i * len(files) // n] for i in range(n)]
    dest = OUT / "real" / str(n)
    stamp = dest / ".source"
    key = f"{corpus}\n{len(files)}\n" + "\n".join(pick)
    if stamp.exists() and stamp.read_text(encoding="utf-8") == key:
        return dest / "raw"
    shutil.rmtree(dest, ignore_errors=True)
    for rel in pick:
        (dest / "raw" / rel).parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(corpus / rel, dest / "raw" / rel)
        except OSError:
            shutil.copy2(corpus / rel, dest / "raw" / rel)
    stamp.write_text(key, encoding="utf-8")
    return dest / "raw"


def tables_digest(warehouse: Path) -> dict[str, list]:
    """[rows, order-free hash of every row] of each loaded table (the run id left out): equal digests, equal tables."""
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        con.execute("SET memory_limit = '2GB'")
        out = {}
        for name, (source, _) in TABLES.items():
            schema, table_name = source.split(".")
            cols = [c for (c,) in con.execute("SELECT column_name FROM duckdb_columns() WHERE schema_name = ? AND "
                                              "table_name = ? ORDER BY column_index", [schema, table_name]).fetchall()
                    if c != "run_id"]
            rows, digest = con.execute(f"SELECT count(*), sum(hash({', '.join(chr(34) + c + chr(34) for c in cols)})::HUGEINT) "
                                       f"FROM {source}").fetchall()[0]
            out[name] = [rows, str(digest)]
        return out
    finally:
        con.close()


def measure(corpus: Path, sizes: list[int], prefect_size: int | None, jobs: int, batch_size: int,
            extract_docs: int, log) -> dict:
    res: dict = {"corpus": str(corpus.relative_to(ROOT.parent)) if corpus.is_relative_to(ROOT.parent) else corpus.name,
                 "files": len(files_of(corpus)), "runs": {}, "prefect": {}}
    log(f"real corpus: library throughput on {extract_docs} files …")
    res["extraction"] = workload("extraction", raw_dir=str(corpus), limit=extract_docs, spread=True)
    runs = OUT / "runs" / "real"
    for n in sizes:
        raw = subset(corpus, n)
        where = runs / f"plain-{n}"
        shutil.rmtree(where, ignore_errors=True)
        args = dict(raw_dir=str(raw), warehouse=str(where / "warehouse" / "zhibiao.duckdb"),
                    package_dir=str(where / "package"), batch_size=batch_size, jobs=jobs)
        log(f"real corpus, {n:,} files: plain runner …")
        run = workload("plain", **args)
        run["files"] = len(files_of(raw))
        run["raw_mb"] = sum((raw / rel).stat().st_size for rel in files_of(raw)) / 1e6
        if n == max(sizes):
            log(f"real corpus, {n:,} files: no-op rerun …")
            run["noop"] = workload("noop", **args)
        if n == prefect_size:
            run["tables"] = tables_digest(Path(args["warehouse"]))
        res["runs"][str(n)] = run
    if prefect_size:
        raw = subset(corpus, prefect_size)
        for runner in ("threads", "dask"):
            where = runs / f"prefect-{runner}-{prefect_size}"
            shutil.rmtree(where, ignore_errors=True)
            log(f"real corpus, {prefect_size:,} files: Prefect flow ({runner}) …")
            flow = workload("prefect", raw_dir=str(raw), warehouse=str(where / "warehouse" / "zhibiao.duckdb"),
                            package_dir=str(where / "package"), batch_size=batch_size,
                            prefect_home=str(where / "prefect-home"), runner=runner)
            flow["tables"] = tables_digest(where / "warehouse" / "zhibiao.duckdb")
            res["prefect"][runner] = flow
        res["prefect_size"] = prefect_size
    return res


def _warehouse_seconds(seconds: dict) -> float:
    return sum(seconds.get(k, 0) for k in ("discover", "read", "validate", "load"))


def _publish_split(summary: dict) -> tuple[float, float]:
    """(export and the rest, gate) seconds of a publish."""
    gate = sum((summary.get("publish_gate") or {}).get("seconds", {}).values())
    return summary["seconds"].get("publish", 0) - gate, gate


def _breakdown(run: dict) -> str:
    parts: dict[str, list[int]] = {}
    for mb, kind in run.get("peak_breakdown", []):
        parts.setdefault(kind, []).append(mb)
    return ", ".join(f"{kind} {' + '.join(map(str, mbs))}" for kind, mbs in parts.items())


def _stages(run: dict) -> str:
    sec = run["summary"]["seconds"]
    keys = [k for k in ("discover", "read", "validate", "read+validate", "load", "publish", "site") if k in sec]
    return ", ".join(f"{k} {_s(sec[k])}" for k in keys)


def report(res: dict) -> str:
    ex = res["extraction"]
    chars = ex["chars"]
    rows = throughput_rows(ex, "yardstick: one compiled regex pass (number + unit)")
    out = [f"## Real corpus: {res['corpus']} ({res['files']:,} files, lawtext/gov)", "",
           f"### Library throughput on real text (one process, {ex['documents']:,} files spread over every folder, "
           f"{chars / 1e6:.2f} M characters of cleaned text)", "",
           table(["step", "chars/s per core (CPU time)", "chars/s (wall)", "CPU s", "note"], rows), "",
           f"Extraction runs at 1/{ex['extract']['cpu'] / ex['regex']['cpu']:.0f} of the regex yardstick measured in the "
           f"same run.", ""]
    rows = []
    for n, r in res["runs"].items():
        s = r["summary"]
        sec = s["seconds"]
        export, gate = _publish_split(s)
        noop = r.get("noop")
        rows.append([f"{r['files']:,}", f"{r['raw_mb']:.0f}", f"{s['documents']:,}", f"{s['facts']:,}",
                     f"{s['rejected_facts']:,}", f"{s['rejected_files']:,}",
                     f"{_s(sec.get('read'))} ({_s(sec.get('read_cpu'))})", f"{_s(sec.get('validate'))} ({_s(sec.get('validate_cpu'))})",
                     _s(sec.get("load")), f"**{_s(_warehouse_seconds(sec))}**", f"{_s(export)} + {_s(gate)}",
                     _s(r.get("run_cpu_seconds")), f"**{r['peak_pss_mb']:.0f}**" if r.get("peak_pss_mb") else "–",
                     f"{_s(noop['run_seconds'])} / {_s(noop['wall_seconds'])}" if noop else "–"])
    out += ["### Plain runner (zhibiao.runner, fresh warehouse, files spread over the whole archive)", "",
            "Wall seconds; read = ingest + extract in worker processes (CPU seconds summed over workers in brackets); "
            "*to warehouse* = discover + read + validate + load; publish = export (with the state digest and the "
            "descriptor) + gate (a first publish: frictionless checks every row). Peak MB: summed PSS of the run's "
            "whole process tree. Run CPU s: CPU seconds of the whole run (main process and workers, discover to site). No-op: "
            "the same run again, run_pipeline / whole new process.", "",
            table(["files", "raw MB", "documents", "facts", "rejected facts", "rejected files", "read (CPU)",
                   "validate (CPU)", "load", "to warehouse", "publish: export + gate", "run CPU s", "peak MB", "no-op s"],
                  rows), ""]
    gate_rows = []
    for n, r in res["runs"].items():
        g = r["summary"].get("publish_gate") or {}
        secs = g.get("seconds", {})
        if g:
            gate_rows.append([f"{r['files']:,}", f"{g.get('rows', 0):,}", g.get("chunks", 0), _s(secs.get("files")),
                              _s(secs.get("duckdb")), _s(secs.get("changed rows")), _s(secs.get("frictionless"))])
    if gate_rows:
        out += ["Publish gate (seconds): files = CSV hashes; duckdb = every row against its Table Schema, keys, "
                "Parquet twins; frictionless = every row of a first publish, in parallel chunks.", "",
                table(["files", "rows", "chunks", "files", "duckdb", "chunking", "frictionless"], gate_rows), ""]
    if pf := res.get("prefect"):
        n = str(res["prefect_size"])
        plain = res["runs"][n]
        cpu = plain.get("run_cpu_seconds")
        rows = [["plain runner", _s(plain["run_seconds"]), "1.00", _s(cpu), "1.00" if cpu else "–",
                 f"{plain['peak_pss_mb']:.0f}", "1.00", "–", "–", _breakdown(plain), _stages(plain), "–"]]
        for runner, r in pf.items():
            same = "yes" if r.get("tables") == plain.get("tables") else "**no**"
            apart = r.get("peak_pss_mb_without_server")
            rc = r.get("run_cpu_seconds")
            rows.append([f"Prefect flow, {runner}", _s(r["run_seconds"]), f"{r['run_seconds'] / plain['run_seconds']:.2f}",
                         _s(rc), f"{rc / cpu:.2f}" if rc and cpu else "–",
                         f"{r['peak_pss_mb']:.0f}", f"{r['peak_pss_mb'] / plain['peak_pss_mb']:.2f}",
                         f"{apart:.0f}" if apart else "–", f"{apart / plain['peak_pss_mb']:.2f}" if apart else "–",
                         _breakdown(r), _stages(r), same])
        out += [f"### Prefect flow against the plain runner ({plain['files']:,} files, fresh warehouse each)", "",
                "Run = the flow call (the ephemeral API server is started and warmed up by a trivial flow first, "
                f"{_s(pf['threads']['server_and_warmup_seconds'])} s with threads; importing Prefect "
                f"{_s(pf['threads']['import_seconds'])} s). Peak MB: summed PSS of all processes, split by process "
                "at the peak; *server apart*: the same peak leaving out the Prefect API server's process, which a "
                "deployment shares with every run (the ephemeral one is started by each `zhibiao run`). Stages: wall "
                "seconds inside the run. CPU s: the run's process and its ended children (pool or Dask workers; not the "
                "API server), which the machine's other load inflates less than wall seconds. Same tables: documents, facts, rejects and rejected files, every row (run ids "
                "aside; count and sum of row hashes) equal to the plain run's.", "",
                table(["runner", "run s", "× plain", "CPU s", "× plain", "peak MB", "× plain", "peak MB, server apart", "× plain",
                       "memory at the peak (MB)", "stages (s)", "same tables"], rows), ""]
    out += ["### Targets (real corpus)", "", table(["target", "measured", "met"], targets(res)), ""]
    return "\n".join(out)


def targets(res: dict) -> list[list[str]]:
    rows = []
    ex = res["extraction"]
    v = ex["chars"] / ex["extract"]["cpu"]
    rows.append([f"extraction ≥ {TARGETS['extract_chars_per_s'] / 1e6:.1f} M chars/s per core on real text", f"{v / 1e6:.2f} M",
                 "yes" if v >= TARGETS["extract_chars_per_s"] else "no"])
    runs = res["runs"]
    top = runs[max(runs, key=int)]
    sec = top["summary"]["seconds"]
    w = _warehouse_seconds(sec)
    scope = "whole corpus" if top["files"] == res["files"] else "largest run, not the whole corpus"
    rows.append([f"{scope} ({top['files']:,} files) raw → loaded warehouse < 60 s", f"{w:.1f} s (read CPU "
                 f"{sec.get('read_cpu', 0):.0f} s)", "yes" if w < TARGETS["warehouse_seconds"] else "no"])
    export, gate = _publish_split(top["summary"])
    rows.append(["publish (export + gate) < 60 s", f"{export + gate:.1f} s ({export:.1f} + {gate:.1f})",
                 "yes" if export + gate < TARGETS["publish_seconds"] else "no"])
    peaks = {int(n): r["peak_pss_mb"] for n, r in runs.items() if r.get("peak_pss_mb")}
    rows.append(["peak memory < 1 GB, flat in files", ", ".join(f"{n:,}: {v:.0f} MB" for n, v in sorted(peaks.items())),
                 "yes" if peaks and max(peaks.values()) < TARGETS["peak_memory_mb"] else "no"])
    if "noop" in top:
        rows.append(["no-op rerun of the whole corpus changes nothing", f"{top['noop']['wall_seconds']:.1f} s, package "
                     f"{'unchanged' if not top['noop']['summary']['package_changed'] else 'CHANGED'}",
                     "yes" if not top["noop"]["summary"]["package_changed"] and top["noop"]["summary"]["published"] else "no"])
    if pf := res.get("prefect"):
        plain = runs[str(res["prefect_size"])]
        r = pf["threads"]
        t, m = r["run_seconds"] / plain["run_seconds"], r["peak_pss_mb"] / plain["peak_pss_mb"]
        apart = r.get("peak_pss_mb_without_server")
        ma = apart / plain["peak_pss_mb"] if apart else m
        rows.append([f"Prefect flow (threads) within {TARGETS['prefect_ratio']}× of the plain runner ({plain['files']} files)",
                     f"time {t:.2f}×, memory {m:.2f}× with the API server"
                     + (f", {ma:.2f}× without it" if apart else ""),
                     "yes" if max(t, m) <= TARGETS["prefect_ratio"] else
                     "server apart" if max(t, ma) <= TARGETS["prefect_ratio"] else "no"])
        d = pf.get("dask")
        if d:
            rows.append(["Dask runner (LocalCluster, 2 workers) gives identical tables",
                         "identical" if d.get("tables") == plain.get("tables") else "different",
                         "yes" if d.get("tables") == plain.get("tables") else "no"])
    return rows
