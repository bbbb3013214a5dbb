"""Prefect 3 flows that orchestrate the zhibiao library's stages.

Importing this package sets safe defaults for Prefect's temporary (ephemeral) server before Prefect
is imported: a longer start-up timeout (the first start takes 11–28 s on small machines) and no
analytics (machines without internet log telemetry errors otherwise). Users' own settings win.
"""
import os

os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
