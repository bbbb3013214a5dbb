"""The one exception of the ingestion stage: a raw file that cannot become a Document."""
from __future__ import annotations


class IngestError(Exception):
    """A raw file could not be read, decoded or cleaned.

    `reason` is a sentence a person understands ("binary file (NUL bytes)"); `path` is the file as
    given; `bytes` and `sha256` describe the raw content and are None when it could not be read.
    """

    def __init__(self, reason: str, *, path=None, bytes: int | None = None, sha256: str | None = None):
        super().__init__(f"{path}: {reason}" if path is not None else reason)
        self.reason = reason
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
