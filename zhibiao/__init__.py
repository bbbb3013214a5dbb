"""zhibiao: quantity facts from Chinese local-government reports and news.

The library (this package) cleans text, parses numerals and units and extracts facts. It does not
import Prefect: the flows in `flows/` orchestrate it.
"""
__version__ = "0.1.0"
