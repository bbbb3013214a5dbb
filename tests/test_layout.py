"""The library stays plain Python: it can be used and tested without Prefect."""
import subprocess
import sys

LIBRARY = ["zhibiao", "zhibiao.ingest", "zhibiao.extract", "zhibiao.units", "zhibiao.numerals", "zhibiao.indicators",
           "zhibiao.evaluate", "zhibiao.warehouse", "zhibiao.runner", "zhibiao.stages.discover", "zhibiao.stages.read",
           "zhibiao.stages.validate", "zhibiao.stages.load", "zhibiao.stages.publish", "zhibiao.cli", "schemas.models"]


def test_library_does_not_import_prefect():
    code = "import sys\n" + "".join(f"import {m}\n" for m in LIBRARY) + "print('prefect' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
