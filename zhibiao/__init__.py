"""zhibiao: quantity facts from Chinese local-government reports and news.

The library (this package) cleans text, parses numerals and units and extracts facts. It does not
import Prefect: the flows in `flows/` orchestrate it.
"""
from pathlib import Path

from zhibiao import compiled

__version__ = "0.1.0"
DATA = Path(__file__).with_name("data")  # (compiled modules live elsewhere: they find the data from here)
# extraction compiled by mypyc, when a build made from these very sources is there (zhibiao/compiled.py)
COMPILED = compiled.use(__path__)
