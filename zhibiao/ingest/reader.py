"""Raw files → `Document` or `RejectedFile`: the entry points of the ingestion stage.

Loads: files under the raw folder. Makes: one `Document` (decoded, cleaned, Simplified text with title,
date, outlet and region) or one `RejectedFile` (path, size, sha256, a reason a person understands) per
file. `ingest_file` never raises for bad input; `read_document` raises `IngestError`.

File-system decisions (see `discover_files`):
- hidden files and folders (names starting with ".", e.g. .DS_Store, .git) are not reports: they are listed,
  without looking inside a hidden folder, so that the read stage records each as a rejected file "hidden …:
  not read" (see `hidden_reason`); every file of the raw folder is thus accounted for;
- a name that is not UTF-8 is recorded escaped (zhibiao.ingest.names) and read under its real name;
- a symlink to a regular file is read through the link, noted in `Document.notes`; when its target is
  itself a file under the raw folder, the link is skipped by `discover_files` so the report is ingested
  once (the target's path is the one recorded);
- a dangling or looping symlink, a symlink to a folder, a folder, a FIFO, a socket or a device named
  like a report each becomes a RejectedFile with its own reason;
- a file larger than `max_bytes` is rejected after hashing it in 1 MiB chunks, never read whole.
"""
from __future__ import annotations

import hashlib
import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..hashing import sha256_file_or_none
from ..model import Document, RejectedFile
from .boilerplate import strip_boilerplate
from .chinese import is_traditional, to_simplified
from .decode import decode_bytes
from .errors import IngestError
from .headers import split_front_matter, split_scraper_header
from .html import html_to_text, looks_like_html
from .markdown import looks_like_markdown, markdown_to_text
from .metadata import Meta, extract_meta
from .names import recorded
from .normalize import drop_echoed_leads, join_broken_sentences, normalize, normalize_lines, normalize_newlines, strip_annotations, strip_pinyin, unescape_literals
from .regions import find_region

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # 20 MB: ~40× the longest report seen; raise it per run if needed


@dataclass(slots=True)
class Cleaned:
    """The result of cleaning one decoded text."""

    text: str
    format: str
    meta: Meta
    traditional: bool
    notes: list[str] = field(default_factory=list)


def _mb(n: int) -> str:
    mb = n / (1024 * 1024)
    return f"{mb:.0f} MB" if mb >= 10 or mb == int(mb) else f"{mb:.1f} MB"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _read_bytes(path: Path, max_bytes: int) -> tuple[bytes, list[str]]:
    """The file's bytes, or IngestError saying why not. Never opens a FIFO or a device."""
    notes: list[str] = []
    try:
        lst = os.lstat(path)
    except FileNotFoundError:
        raise IngestError("file not found") from None
    except OSError as err:
        raise IngestError(f"unreadable: {err.strerror or err}") from None
    if stat.S_ISLNK(lst.st_mode):
        # reasons never name the target: it is a local path (a user's home, a host's mount) and they are published
        try:
            st = os.stat(path)
        except FileNotFoundError:
            raise IngestError("broken symlink (its target does not exist)") from None
        except OSError as err:
            raise IngestError(f"broken symlink ({err.strerror or err})") from None
        if stat.S_ISDIR(st.st_mode):
            raise IngestError("symlink to a folder, not followed")
        notes.append(f"read through symlink to {os.readlink(path)}")
    else:
        st = lst
    if stat.S_ISDIR(st.st_mode):
        raise IngestError("a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise IngestError(f"not a regular file: {_kind(st.st_mode)}")
    if st.st_size > max_bytes:
        raise IngestError(
            f"larger than the configured limit of {_mb(max_bytes)} ({_mb(st.st_size)})",
            bytes=st.st_size,
            sha256=sha256_file_or_none(path),
        )
    try:
        with open(path, "rb") as fh:
            raw = fh.read(max_bytes + 1)
    except PermissionError:
        raise IngestError("unreadable: permission denied", bytes=st.st_size) from None
    except OSError as err:
        raise IngestError(f"unreadable: {err.strerror or err}", bytes=st.st_size) from None
    if len(raw) > max_bytes:  # grew while we looked
        raise IngestError(f"larger than the configured limit of {_mb(max_bytes)}", bytes=len(raw), sha256=sha256_file_or_none(path))
    return raw, notes


def _clean_field(value: str) -> str:
    return strip_pinyin(normalize(value))[0].strip()


def clean_document(text: str, suffix: str = "") -> Cleaned:
    """Decoded text of a whole file → cleaned article text, format, metadata and notes."""
    text = normalize_newlines(unescape_literals(text))
    fields, body = split_front_matter(text)
    header, body = split_scraper_header(body)
    html_title = None
    if looks_like_html(body, suffix if not fields else ""):
        fmt = "html"
        body, html_title = html_to_text(body)
        body = markdown_to_text(normalize(body))  # Markdown syntax in the page's text, as in a Markdown file
    else:
        fmt = "markdown" if fields or looks_like_markdown(body) else "text"
        body = markdown_to_text(normalize(body))
    body, notes = strip_annotations(body)
    if fields:
        notes.append("removed YAML front matter")
    if header:
        notes.append("removed scraper header")
    traditional = is_traditional(body)
    fields = {k: _clean_field(v) for k, v in fields.items()}
    header = {k: _clean_field(v) for k, v in header.items()}
    if html_title:
        html_title = _clean_field(html_title)
    if traditional:
        body = to_simplified(body)
        fields = {k: to_simplified(v) for k, v in fields.items()}
        header = {k: to_simplified(v) for k, v in header.items()}
        html_title = to_simplified(html_title) if html_title else html_title
        notes.append("converted Traditional to Simplified (OpenCC t2s)")
    lines = normalize_lines(body)
    meta = extract_meta(fields, header, html_title, lines)
    lines, bnotes = strip_boilerplate(lines, meta.title)
    lines = drop_echoed_leads(join_broken_sentences(lines))
    return Cleaned("\n".join(lines), fmt, meta, traditional, notes + bnotes)


def clean_text(text: str) -> str:
    """Clean a str as if it were a plain-text file (for tests and other stages)."""
    return clean_document(text).text


def recorded_path(path: Path, raw_root: Path | None) -> str:
    """Path relative to raw_root with POSIX separators, as recorded (zhibiao.ingest.names); the base name
    when there is no root or the file lies outside it (never a local absolute path)."""
    if raw_root is None:
        return recorded(Path(path).name)
    try:
        return recorded(Path(os.path.abspath(path)).relative_to(os.path.abspath(raw_root)).as_posix())
    except ValueError:
        return recorded(Path(path).name)


def read_document(path: Path, *, raw_root: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read, decode and clean one file. Raises IngestError (with .reason/.path/.bytes/.sha256)."""
    path = Path(path)
    try:
        raw, notes = _read_bytes(path, max_bytes)
    except IngestError as err:
        err.path = path
        raise
    sha = hashlib.sha256(raw).hexdigest()

    def fail(reason: str) -> IngestError:
        return IngestError(reason, path=path, bytes=len(raw), sha256=sha)

    if not raw:
        raise fail("empty file (0 bytes)")
    try:
        decoded = decode_bytes(raw)
    except IngestError as err:
        raise fail(err.reason) from None
    cleaned = clean_document(decoded.text, path.suffix)
    if not cleaned.text.strip():
        raise fail("empty after cleaning" if decoded.text.strip() else "empty file (only whitespace)")
    meta = cleaned.meta
    region = find_region(cleaned.text, meta.title)
    return Document(
        doc_id=sha[:16],
        source_file=recorded(path.name),
        source_path=recorded_path(path, raw_root),
        sha256=sha,
        bytes=len(raw),
        encoding=decoded.encoding,
        format=cleaned.format,
        text=cleaned.text,
        title=meta.title,
        published_date=meta.published_date,
        outlet=meta.outlet,
        region=region.name if region else None,
        region_code=region.code if region else None,
        region_level=region.level if region else None,
        province=region.province if region else None,
        traditional=cleaned.traditional,
        notes=notes + decoded.notes + cleaned.notes,
    )


def ingest_file(path: Path, *, raw_root: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document | RejectedFile:
    """`read_document`, but bad input becomes a RejectedFile instead of an exception."""
    path = Path(path)
    try:
        return read_document(path, raw_root=raw_root, max_bytes=max_bytes)
    except IngestError as err:
        reason, size, sha = err.reason, err.bytes, err.sha256
    except Exception as err:  # a bug in cleaning must not lose the file or stop the run
        log.exception("cleaning %s failed", path)
        reason, size, sha = f"internal error while cleaning: {type(err).__name__}: {err}", None, None
    if size is None:
        try:
            size = os.lstat(path).st_size if not path.is_symlink() else 0
        except OSError:
            size = 0
    return RejectedFile(source_path=recorded_path(path, raw_root), bytes=size, sha256=sha, reason=reason)


def hidden_file(path: Path, raw_root: Path) -> RejectedFile | None:
    """A RejectedFile saying why `path` is not read when it is hidden (a name under raw_root starts with "."),
    with its size and sha256 (so that an unchanged hidden file is not looked at again); else None."""
    rel = recorded_path(path, raw_root)
    parts = rel.split("/")
    if not any(part.startswith(".") for part in parts):
        return None
    try:
        st = os.lstat(path)
    except OSError:
        st = None
    folder = st is not None and stat.S_ISDIR(st.st_mode)
    what = "hidden folder" if folder and parts[-1].startswith(".") else "hidden file"
    regular = st is not None and stat.S_ISREG(st.st_mode)
    return RejectedFile(source_path=rel, bytes=st.st_size if regular else 0,
                        sha256=sha256_file_or_none(path) if regular else None,
                        reason=f"{what} (its name starts with '.'): not read; rename it to have it read")


def discover_files(raw_dir: Path) -> list[Path]:
    """Every file under raw_dir (recursive, sorted by path), each report once.

    Hidden files and folders are listed (a hidden folder as one entry, not entered) so that they are
    recorded as not read. Symlinks are listed but not followed into folders: a link to a folder, a
    dangling link and a FIFO are listed so that they are reported as rejected files. A link whose target
    is a file already listed under raw_dir is skipped (logged), so the same report is not ingested twice.
    """
    raw_dir = Path(raw_dir)
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(raw_dir, followlinks=False):
        base = Path(dirpath)
        keep_dirs = []
        for d in dirnames:
            if d.startswith(".") or (base / d).is_symlink():
                found.append(base / d)  # reported as "hidden folder …" or "symlink to a folder, not followed"
            else:
                keep_dirs.append(d)
        dirnames[:] = sorted(keep_dirs)
        found.extend(base / f for f in filenames)
    regular = {os.path.realpath(p) for p in found if not p.is_symlink()}
    result = []
    for p in found:
        if p.is_symlink() and os.path.realpath(p) in regular:
            log.info("skipping %s: symlink to %s, which is ingested under its own name", p, os.path.realpath(p))
            continue
        result.append(p)
    return sorted(result, key=lambda p: p.relative_to(raw_dir).as_posix())
