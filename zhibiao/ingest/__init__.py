"""The ingestion stage: raw report files → cleaned `Document`s (or `RejectedFile`s with a reason).

Public API:
    discover_files(raw_dir) -> list[Path]
    read_document(path, *, raw_root=None, max_bytes=DEFAULT_MAX_BYTES) -> Document   # raises IngestError
    ingest_file(path, *, raw_root=None, max_bytes=DEFAULT_MAX_BYTES) -> Document | RejectedFile
    hidden_file(path, raw_root) -> RejectedFile | None  # why a hidden file or folder is not read
    clean_text(text) -> str                        # the cleaner alone, for a str
    region_by_code(code) -> Region | None, regions_with_ancestors(codes) -> list[Region]

Modules: decode (bytes → str), html (HTML → text), markdown, headers (front matter, scraper headers),
normalize (characters and lines), chinese (Traditional → Simplified), boilerplate, metadata (title,
date, outlet), regions (administrative divisions), reader (the entry points).
"""
from .errors import IngestError
from .reader import DEFAULT_MAX_BYTES, clean_document, clean_text, discover_files, hidden_file, ingest_file, read_document
from .regions import Region, all_regions, find_region, region_by_code, regions_with_ancestors

__all__ = [
    "DEFAULT_MAX_BYTES",
    "IngestError",
    "Region",
    "all_regions",
    "clean_document",
    "clean_text",
    "discover_files",
    "hidden_file",
    "find_region",
    "ingest_file",
    "read_document",
    "region_by_code",
    "regions_with_ancestors",
]
