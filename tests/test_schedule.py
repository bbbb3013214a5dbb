"""Scheduled runs for real: a Prefect server, `zhibiao serve`, and a report dropped into the raw folder.

The integration test starts `prefect server start` on a free port of 127.0.0.1 with its own PREFECT_HOME
(its own SQLite database), serves the pipeline with a short interval against a temporary raw folder,
warehouse and package, waits for a scheduled run, drops a new report into the raw folder, waits for a
later scheduled run, and checks that the warehouse gained that report's facts, the same facts a plain
run reads from it. Every process it starts is stopped by PID and process group. Deselect it with
`-m "not schedule"`; the timings it measures are printed (`-s`) and recorded as test properties.
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest

from zhibiao.runner import run_pipeline
from zhibiao.warehouse import WarehouseBusy, connect

from .conftest import RAW

BIN = Path(sys.executable).parent
DEADLINE_SECONDS = 240  # the whole scheduled scenario, server start included
INTERVAL_SECONDS = 10
NAME = "schedule-test"
FIRST, DROPPED = sorted(RAW.glob("*.txt"))[:2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def clean_env(home: Path, api: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",  # how often `serve` asks the server for due runs (default 10 s)
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    })
    if api:
        env["PREFECT_API_URL"] = api
    return env


def stop(proc: subprocess.Popen, grace: float = 20) -> float | None:
    """SIGTERM the process, then SIGINT, then SIGKILL its whole group; returns seconds to a graceful exit."""
    started = time.monotonic()
    graceful = None
    if proc.poll() is None:
        for sig, wait in ((signal.SIGTERM, grace), (signal.SIGINT, 5)):
            proc.send_signal(sig)
            try:
                proc.wait(wait)
                graceful = time.monotonic() - started if sig == signal.SIGTERM else None
                break
            except subprocess.TimeoutExpired:
                continue
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # children it left behind (flow-run processes)
    except ProcessLookupError:
        pass
    proc.wait(10)
    return graceful


def alive(proc: subprocess.Popen) -> bool:
    if proc.poll() is not None:
        raise AssertionError(f"{proc.args[0]} exited early with code {proc.returncode}")
    return True


def group_members(pgid: int, wait: float = 10) -> list[int]:
    """Live (non-zombie) processes of a process group, after giving killed ones `wait` seconds to go."""
    deadline = time.monotonic() + wait
    while True:
        members = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                state, _ppid, pgrp = stat.read_text().rsplit(")", 1)[1].split()[:3]
            except (OSError, ValueError, IndexError):
                continue
            if int(pgrp) == pgid and state != "Z":
                members.append(int(stat.parent.name))
        if not members or time.monotonic() > deadline:
            return members
        time.sleep(0.2)


def parse_time(value: str | None) -> float | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp() if value else None


class Api:
    def __init__(self, url: str):
        self.url, self.http = url, httpx.Client(base_url=url, timeout=10)

    def healthy(self) -> bool:
        try:
            return self.http.get("/health").json() is True
        except (httpx.HTTPError, ValueError):
            return False

    def deployment(self) -> dict | None:
        r = self.http.get(f"/deployments/name/zhibiao/{NAME}")
        return r.json() if r.status_code == 200 else None

    def runs(self, deployment_id: str) -> list[dict]:
        return self.http.post("/flow_runs/filter", json={
            "flow_runs": {"deployment_id": {"any_": [deployment_id]}}, "sort": "EXPECTED_START_TIME_ASC"}).json()


def wait_for(what: str, check, deadline: float, every: float = 0.5):
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}")


def read_warehouse(path: Path, sql: str, deadline: float):
    """Query the warehouse; a scheduled run may hold it open for writing, so retry while it is busy."""
    while True:
        try:
            with connect(path, read_only=True) as con:
                return con.execute(sql).fetchall()
        except WarehouseBusy:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def facts_of(path: Path, source: str, deadline: float) -> list[tuple]:
    return read_warehouse(path, "SELECT f.fact_id, f.value, f.unit, f.text FROM facts f JOIN documents d USING (doc_id) "
                                f"WHERE d.source_file = '{source}' ORDER BY f.fact_id", deadline)


@pytest.mark.schedule
def test_served_deployment_picks_up_a_dropped_report_on_schedule(tmp_path, record_property):
    # What a plain run reads from the report that will be dropped (the reference for the scheduled run).
    ref_raw = tmp_path / "ref-raw"
    ref_raw.mkdir()
    shutil.copy(DROPPED, ref_raw)
    run_pipeline(ref_raw, tmp_path / "ref" / "z.duckdb", tmp_path / "ref")
    expected = facts_of(tmp_path / "ref" / "z.duckdb", DROPPED.name, time.monotonic() + 10)
    assert expected

    home, raw, out = tmp_path / "prefect-home", tmp_path / "raw", tmp_path / "out"
    home.mkdir()
    raw.mkdir()
    shutil.copy(FIRST, raw)
    warehouse = out / "zhibiao.duckdb"
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    api = Api(api_url)
    t0 = time.monotonic()
    deadline = t0 + DEADLINE_SECONDS
    timings: dict[str, float] = {}
    server_log, serve_log = open(tmp_path / "server.log", "wb"), open(tmp_path / "serve.log", "wb")
    server = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=clean_env(home, None), stdout=server_log, stderr=subprocess.STDOUT,
                              start_new_session=True, cwd=tmp_path)
    serve = None
    try:
        wait_for("the Prefect server's /api/health", lambda: alive(server) and api.healthy(), deadline)
        timings["server start"] = time.monotonic() - t0

        t_serve = time.monotonic()
        serve = subprocess.Popen(
            [str(BIN / "zhibiao"), "serve", "--interval", str(INTERVAL_SECONDS), "--name", NAME,
             "--raw", "raw", "--warehouse", "out/zhibiao.duckdb", "--package-dir", "out"],  # relative on purpose
            env=clean_env(home, api_url), stdout=serve_log, stderr=subprocess.STDOUT, start_new_session=True,
            cwd=tmp_path)
        deployment = wait_for("the deployment", lambda: alive(serve) and api.deployment(), deadline)
        timings["deployment registered"] = time.monotonic() - t_serve
        assert deployment["parameters"]["raw_dir"] == str(raw)  # made absolute before it became a parameter
        assert deployment["parameters"]["warehouse"] == str(warehouse)
        dep_id = deployment["id"]

        wait_for("a scheduled run", lambda: api.runs(dep_id), deadline)
        timings["first scheduled run in the API"] = time.monotonic() - t_serve
        first = wait_for("a completed scheduled run",
                         lambda: alive(serve) and next((r for r in api.runs(dep_id) if r["state_type"] == "COMPLETED"), None),
                         deadline)
        timings["first run completed (since serve start)"] = time.monotonic() - t_serve
        timings["first run: start → end"] = parse_time(first["end_time"]) - parse_time(first["start_time"])
        assert read_warehouse(warehouse, "SELECT source_file FROM documents", deadline) == [(FIRST.name,)]

        # Drop a new report (written under a hidden name, then renamed: a run never sees half a file).
        partial = raw / f".{DROPPED.name}.partial"
        shutil.copy(DROPPED, partial)
        os.replace(partial, raw / DROPPED.name)
        t_drop_wall, t_drop = time.time(), time.monotonic()

        def completed_after_drop():
            return alive(serve) and next((r for r in api.runs(dep_id) if r["state_type"] == "COMPLETED"
                         and parse_time(r["start_time"]) > t_drop_wall), None)

        later = wait_for("a scheduled run after the drop", completed_after_drop, deadline)
        timings["drop → run started"] = parse_time(later["start_time"]) - t_drop_wall
        timings["drop → run completed"] = time.monotonic() - t_drop
        timings["that run: start → end"] = parse_time(later["end_time"]) - parse_time(later["start_time"])
        assert later["parameters"]["raw_dir"] == str(raw)

        assert facts_of(warehouse, DROPPED.name, deadline + 30) == expected
        documents = read_warehouse(warehouse, "SELECT source_file FROM documents ORDER BY 1", deadline + 30)
        assert documents == sorted([(FIRST.name,), (DROPPED.name,)])
        # lineage: the warehouse's run row points at the scheduled flow run
        runs = read_warehouse(warehouse, f"SELECT status, message FROM runs WHERE flow_run_id = '{later['id']}'",
                              deadline + 30)
        assert runs == [("completed", None)]
        package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
        assert {s["title"] for s in package["sources"]} >= {FIRST.name, DROPPED.name}

        # SIGTERM stops `serve` cleanly and pauses the schedule.
        timings["serve stop (SIGTERM)"] = stop(serve)
        assert timings["serve stop (SIGTERM)"] is not None, "zhibiao serve ignored SIGTERM"
        assert api.deployment()["paused"] is True
    except BaseException:  # show what the processes said
        for log in ("server.log", "serve.log"):
            print(f"--- {log} (tail)\n" + (tmp_path / log).read_text(errors="replace")[-4000:])
        raise
    finally:
        for proc in (serve, server):
            if proc is not None:
                stop(proc)
        server_log.close()
        serve_log.close()
        report = {k: round(v, 1) for k, v in timings.items() if v is not None}
        print("\nschedule timings (s):", json.dumps(report, ensure_ascii=False))
        for key, value in report.items():
            record_property(key, value)
    left = [pid for p in (serve, server) if p is not None for pid in group_members(p.pid)]
    assert not left, f"processes left running: {left}"


def test_serve_without_a_prefect_server_says_how_to_start_one(tmp_path):
    env = clean_env(tmp_path, None)
    result = subprocess.run([str(BIN / "zhibiao"), "serve", "--cron", "0 6 * * *", "--raw", str(RAW)],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "prefect server start --host 127.0.0.1" in result.stderr and "PREFECT_API_URL" in result.stderr


def test_serve_with_no_server_at_the_url_or_a_bad_schedule_fails_clearly(tmp_path):
    env = clean_env(tmp_path, f"http://127.0.0.1:{free_port()}/api")
    result = subprocess.run([str(BIN / "zhibiao"), "serve", "--interval", "60", "--raw", str(RAW)],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "no Prefect server answers" in result.stderr
    bad = subprocess.run([str(BIN / "zhibiao"), "serve", "--cron", "61 * * * *", "--raw", str(RAW)],
                         env=env, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "bad schedule" in bad.stderr


def test_serve_keeps_prefect_off_the_network(tmp_path):
    """No server telemetry, no SDK usage events: what `zhibiao serve` sets before Prefect reads its settings."""
    env = {k: v for k, v in clean_env(tmp_path, None).items()
           if k not in ("PREFECT_SERVER_ANALYTICS_ENABLED", "DO_NOT_TRACK")}
    script = ("import os; from typer.testing import CliRunner; from zhibiao.cli import app\n"
              f"CliRunner().invoke(app, ['serve', '--interval', '60', '--raw', {str(RAW)!r}])\n"
              "from prefect.settings import get_current_settings\n"
              "print(get_current_settings().server.analytics_enabled, os.environ['DO_NOT_TRACK'])")
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["False", "1"], result.stderr
