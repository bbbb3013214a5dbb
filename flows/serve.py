"""Serve the pipeline flow as a scheduled Prefect deployment (what `zhibiao serve` runs).

This is `Flow.serve` (prefect/flows.py) with two changes, both for running under a service manager:
- SIGTERM stops the runner the way Ctrl-C does. In Prefect 3.8.8 the runner's own SIGTERM handler
  calls `Runner.stop()` from inside the event loop, which never runs (`coroutine 'Runner.astop' was never
  awaited`): a traceback is printed, the deployment is *not* paused, and the runner may still start a
  scheduled run before it exits. Raising KeyboardInterrupt instead takes the tested Ctrl-C path: the
  runner pauses the deployment's schedule, stops its flow-run processes and exits.
- The entrypoint is the module path `flows.pipeline.pipeline`, so flow-run processes import the installed
  package whatever their working directory.

Requires a Prefect server (PREFECT_API_URL): Prefect's temporary server does not schedule runs.
"""
import asyncio
import signal
from typing import Any

from prefect.runner import Runner
from prefect.types.entrypoint import EntrypointType
from rich.console import Console

from flows.pipeline import pipeline


class _Runner(Runner):
    def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
        self._logger.info("SIGTERM received: pausing the schedule and stopping, as on Ctrl-C")
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends the process at once
        on_sigint = signal.getsignal(signal.SIGINT)
        if callable(on_sigint) and on_sigint is not signal.default_int_handler:
            on_sigint(signal.SIGINT, None)  # asyncio.run's Ctrl-C handler: cancel the runner, then KeyboardInterrupt
            return
        raise KeyboardInterrupt


def serve_pipeline(name: str, schedules: list, parameters: dict[str, Any], *, version: str | None = None,
                   limit: int = 1, console: Console | None = None) -> None:
    """Register deployment zhibiao/NAME with `schedules` and run its scheduled runs until stopped.

    `limit=1`: one run at a time (DuckDB allows one writing process); a run due while another is still
    going waits (the runner logs "scheduled runs skipped (at capacity)" and takes it up afterwards).
    """
    runner = _Runner(name=name, pause_on_shutdown=True, limit=limit)
    deployment_id = runner.add_flow(
        pipeline, name=name, schedules=schedules, parameters=parameters, tags=["zhibiao"], version=version,
        description="Scheduled zhibiao run: new and changed raw files → warehouse → data package",
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    from prefect.settings import PREFECT_UI_URL

    console = console or Console()
    console.print(f"[green]deployment 'zhibiao/{name}' is served; waiting for scheduled runs (Ctrl-C stops and "
                  f"pauses the schedule)[/green]\nrun it now with: prefect deployment run 'zhibiao/{name}'", soft_wrap=True)
    if PREFECT_UI_URL.value():
        console.print(f"Prefect UI: {PREFECT_UI_URL.value()}/deployments/deployment/{deployment_id}", soft_wrap=True)
    try:
        asyncio.run(runner.start())
    except KeyboardInterrupt:
        _pause(deployment_id)
        console.print("stopped; the schedule is paused (serve again to resume it)")


def _pause(deployment_id) -> None:
    """Pause the deployment's schedule. The runner does so on shutdown, but not when the stop lands while a flow
    run is finishing (seen on a loaded machine: "stopped", yet the deployment still scheduled); pausing twice is
    harmless."""
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        client.pause_deployment(deployment_id)
