"""What `bench/run.py` measures, each in a fresh process it starts: `python -m bench.workload <what> <json args>`.

Each workload prints one JSON object on its last stdout line. Timings are wall seconds (`time.perf_counter`)
and, where a single process does the work, CPU seconds (`time.process_time`), which other load on the
machine inflates much less.

- extraction: the library alone, one process: `read_document` over raw files (ingestion), then
  `extract_facts` over the cleaned texts, then one compiled regular-expression pass (number + unit) over
  the same texts — the practical limit of a single scan.
- plain: `zhibiao.runner.run_pipeline` (read and validate in worker processes) on a fresh warehouse.
- noop: the same call again, when nothing changed (this process's start and imports are timed too).
- prefect: the flow in flows/pipeline.py on a fresh warehouse, with a temporary Prefect home and the
  ephemeral server Prefect starts when no API is configured; a trivial flow runs first, so the server's
  start-up is timed apart from the pipeline's run. Task runner: threads (Prefect's default) or a local
  two-process Dask cluster.
"""
from __future__ import annotations

import json
import re
import resource
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()

# A number (digits, decimal point, thousands commas, 万/亿) and a unit: what one regex pass can find.
LIMIT_PATTERN = re.compile(
    r"\d+(?:[.,]\d+)*\s*(?:万|亿)?(?:元|美元|人次|人|户|个|家|项|所|座|吨|公斤|公顷|亩|平方米|平方公里|公里|千瓦时|千瓦|"
    r"立方米|标箱|辆|台|套|张|件|场|倍|个百分点|百分点|%)")


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its children that have ended (the run's pool workers, joined at the
    end of each stage): other load on the machine inflates these much less than wall seconds."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _maxrss_mb() -> dict[str, float]:
    return {"self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def extraction(raw_dir: str, limit: int, spread: bool = False) -> dict:
    """`limit` files of the folder: the first ones, or (`spread`, for a real archive of many folders) files
    spread evenly over all of it, every folder included."""
    from zhibiao.extract import extract_facts
    from zhibiao.ingest import IngestError, discover_files, read_document

    files = [p for p in discover_files(Path(raw_dir)) if p.is_file()]
    files = [files[i * len(files) // limit] for i in range(min(limit, len(files)))] if spread else files[:limit]
    docs, raw_bytes, rejected = [], 0, 0
    w0, c0 = time.perf_counter(), time.process_time()
    for path in files:
        try:
            doc = read_document(path, raw_root=Path(raw_dir))
        except IngestError:
            rejected += 1
            continue
        raw_bytes += doc.bytes
        docs.append((doc.text, doc.published_date))
    ingest = {"wall": time.perf_counter() - w0, "cpu": time.process_time() - c0}
    chars = sum(len(t) for t, _ in docs)

    facts = 0
    w0, c0 = time.perf_counter(), time.process_time()
    for text, published in docs:
        facts += len(extract_facts(text, published=published))
    extract = {"wall": time.perf_counter() - w0, "cpu": time.process_time() - c0}

    matches = 0
    w0, c0 = time.perf_counter(), time.process_time()
    for text, _ in docs:
        for _m in LIMIT_PATTERN.finditer(text):
            matches += 1
    regex = {"wall": time.perf_counter() - w0, "cpu": time.process_time() - c0}
    return {"documents": len(docs), "rejected": rejected, "raw_bytes": raw_bytes, "chars": chars, "facts": facts,
            "regex_matches": matches, "ingest": ingest, "extract": extract, "regex": regex}


def plain(raw_dir: str, warehouse: str, package_dir: str, batch_size: int, jobs: int | None) -> dict:
    from zhibiao.runner import run_pipeline

    imported, cpu = time.perf_counter(), _cpu_seconds()
    summary = run_pipeline(Path(raw_dir), Path(warehouse), Path(package_dir), batch_size=batch_size, jobs=jobs)
    done = time.perf_counter()
    return {"summary": summary.to_dict(), "run_seconds": done - imported, "import_seconds": imported - STARTED,
            "run_cpu_seconds": _cpu_seconds() - cpu, "maxrss_mb": _maxrss_mb()}


def noop(raw_dir: str, warehouse: str, package_dir: str, batch_size: int, jobs: int | None) -> dict:
    return plain(raw_dir, warehouse, package_dir, batch_size, jobs)


def prefect(raw_dir: str, warehouse: str, package_dir: str, batch_size: int, prefect_home: str,
            runner: str = "threads") -> dict:
    """The flow with Prefect's default task runner (threads), or `runner="dask"`: a local two-process Dask
    cluster, with the temporary API server shared with its workers (as `zhibiao run --runner dask` does)."""
    import contextlib
    import os

    Path(prefect_home).mkdir(parents=True, exist_ok=True)
    os.environ["PREFECT_HOME"] = prefect_home
    os.environ.pop("PREFECT_API_URL", None)
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    t0 = time.perf_counter()
    from prefect import flow

    from flows import pipeline as flows

    imported = time.perf_counter()

    @flow(name="zhibiao-bench-warmup")
    def warmup() -> int:
        return 1

    with (flows.shared_api() if runner == "dask" else contextlib.nullcontext()):
        warmup()
        started, cpu = time.perf_counter(), _cpu_seconds()
        run = flows.pipeline if runner == "threads" else flows.pipeline.with_options(task_runner=flows.dask_runner())
        summary = run(raw_dir=Path(raw_dir), warehouse=Path(warehouse), package_dir=Path(package_dir),
                      batch_size=batch_size)
        done = time.perf_counter()
        cpu = _cpu_seconds() - cpu  # the API server is still running: its CPU is not in this figure
    return {"summary": summary.to_dict(), "import_seconds": imported - t0, "server_and_warmup_seconds": started - imported,
            "run_seconds": done - started, "run_cpu_seconds": cpu, "runner": runner, "maxrss_mb": _maxrss_mb()}


REPORT_PHRASE = "地区生产总值完成692.5亿元，同比增长8.5%，接待游客170万人次"
SENTENCE_END = re.compile(r"[。！？；!?;\n]")


def _one_line_texts(size_bytes: int, corpus: str | None) -> dict[str, str]:
    """Texts of `size_bytes` UTF-8 bytes as written (with sentence ends): a report phrase repeated, and (when
    `corpus` is given) real report texts one after another."""
    phrase = "。".join([REPORT_PHRASE] * (size_bytes // len(REPORT_PHRASE.encode()) + 1))
    texts = {"report phrase, repeated": phrase.encode()[:size_bytes].decode(errors="ignore")}
    if corpus:
        from zhibiao.ingest import IngestError, discover_files, read_document

        parts, size = [], 0
        files = [p for p in discover_files(Path(corpus)) if p.is_file()]
        for path in files[::max(1, len(files) // 400)]:
            try:
                text = read_document(path, raw_root=Path(corpus)).text
            except IngestError:
                continue
            parts.append(text)
            size += len(text.encode())
            if size >= size_bytes:
                break
        texts["real reports, one after another"] = "\n".join(parts).encode()[:size_bytes].decode(errors="ignore")
    return texts


def one_line(size_bytes: int, corpus: str | None = None) -> dict:
    """Extraction of each text as written and as one line (every sentence end and line break made a comma), in this
    one process: CPU seconds of each and their ratio."""
    from datetime import date

    from zhibiao.extract import extract_facts

    out = {}
    for name, split in _one_line_texts(size_bytes, corpus).items():
        row = {"chars": len(split), "bytes": len(split.encode())}
        for kind, text in (("split", split), ("one_line", SENTENCE_END.sub("，", split))):
            c0 = time.process_time()
            facts = extract_facts(text, published=date(2024, 1, 20), errors=[])
            row[kind] = {"cpu": time.process_time() - c0, "facts": len(facts)}
        out[name] = row
    return {"texts": out, "maxrss_mb": _maxrss_mb()}


if __name__ == "__main__":
    what, args = sys.argv[1], json.loads(sys.argv[2])
    out = {"extraction": extraction, "plain": plain, "noop": noop, "prefect": prefect, "one_line": one_line}[what](**args)
    out["process_seconds"] = time.perf_counter() - STARTED
    print(json.dumps(out, ensure_ascii=False, default=str))
