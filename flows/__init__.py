"""Prefect 3 flows that orchestrate the zhibiao library's stages.

Importing this package sets safe defaults for Prefect before Prefect is imported: a longer start-up
timeout for its temporary (ephemeral) server (the first start takes 11–28 s on small machines), and
Prefect kept off the network: no server telemetry (PREFECT_SERVER_ANALYTICS_ENABLED=false; otherwise
every server, temporary or `prefect server start`, looks up and posts to Prefect's telemetry host, and
logs an error where there is no internet) and no SDK usage events (DO_NOT_TRACK=1, which Prefect's
client honours). Users' own settings win. `zhibiao run` and `zhibiao serve` import this first.
"""
import os

OFFLINE = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
}

os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
for _name, _value in OFFLINE.items():
    os.environ.setdefault(_name, _value)
