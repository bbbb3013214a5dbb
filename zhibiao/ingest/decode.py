"""Bytes → str for Chinese text files, recording which encoding was used.

Order, from certain to uncertain:
1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. strict UTF-8 (fast, and almost never wrong when it succeeds); a multibyte character cut at the very
   end is dropped with a note rather than rejecting the file;
3. NUL bytes without a BOM: BOM-less UTF-16 if it reads as text, otherwise "binary file (NUL bytes)";
4. mostly-UTF-8 with a few invalid stretches (a GBK paragraph pasted into a UTF-8 file): the stretches
   are decoded as GB18030, with a note;
5. the Chinese legacy encodings (GB18030 ⊃ GBK ⊃ GB2312, Big5/CP950/Big5-HKSCS): charset-normalizer,
   restricted to those, proposes; each candidate that decodes strictly is scored by how much of it is
   common Chinese (GB2312 characters after Traditional→Simplified), because for short texts
   charset-normalizer alone often prefers Big5 garbage over correct GBK.
Nothing fits → `IngestError("not decodable as any Chinese encoding")`.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .errors import IngestError

# Encodings we accept for legacy (non-Unicode) Chinese files, in order of preference on ties.
LEGACY_ENCODINGS = ("gb18030", "big5", "cp950", "big5hkscs")
_CN_ISOLATION = ["gb18030", "big5", "cp950", "big5hkscs"]
_SAMPLE = 8000  # characters scored per candidate: enough to tell GBK from Big5, cheap on huge files
_MIN_SCORE = 0.55  # below this the "text" is mostly rare characters, controls or symbols: not Chinese


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _gb2312_hanzi() -> frozenset[str]:
    """The 6,763 GB2312 hanzi: the common Simplified characters."""
    chars = set()
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


_CJK_OR_TEXT = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\x20-\x7e\n\r\t]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")


def plausibility(text: str) -> float:
    """How much `text` looks like Chinese prose, 0..1: share of ordinary characters, with Chinese
    characters counted only when they are common (GB2312 after t2s)."""
    from .chinese import to_simplified  # late import: OpenCC is built once, on first use

    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    ordinary = len(_CJK_OR_TEXT.findall(sample))
    hanzi = _CJK.findall(sample)
    if not hanzi:
        return ordinary / len(sample)
    common = _gb2312_hanzi()
    simplified = to_simplified("".join(hanzi))
    rare = sum(1 for ch in simplified if ch not in common)
    return max(0.0, (ordinary - rare) / len(sample))


def _truncated_tail(raw: bytes, err: UnicodeDecodeError) -> bool:
    """True when the only UTF-8 error is a multibyte character cut off at the end of the file."""
    return err.reason == "unexpected end of data" and err.end == len(raw) and len(raw) - err.start <= 3


def _decode_utf8(raw: bytes) -> Decoded | None:
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        if _truncated_tail(raw, err):
            try:
                text = raw[: err.start].decode("utf-8")
            except UnicodeDecodeError:
                return None
            note = f"dropped an incomplete UTF-8 character at the end ({len(raw) - err.start} bytes)"
            return Decoded(text, "utf-8", [note])
        return None


def _utf8_share(raw: bytes) -> float:
    """Share of non-ASCII bytes that belong to well-formed UTF-8 multibyte sequences."""
    high = sum(1 for b in raw if b >= 0x80) if len(raw) < 1 << 16 else len(re.findall(rb"[\x80-\xff]", raw))
    if not high:
        return 1.0
    good = sum(len(m) for m in re.findall(rb"(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})+", raw))
    return good / high


def _decode_mixed(raw: bytes) -> Decoded | None:
    """UTF-8 with some lines in another encoding (a GBK paragraph pasted in): each line that is not
    UTF-8 is decoded as GB18030 when that reads as Chinese, else its bad bytes become U+FFFD. Line by
    line, so the cost stays linear however many lines are foreign."""
    if _utf8_share(raw) < 0.6:
        return None
    lines = raw.split(b"\n")
    fixed = lost = 0
    for i, line in enumerate(lines):
        try:
            lines[i] = line.decode("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        try:
            text = line.decode("gb18030")
            if plausibility(text) >= _MIN_SCORE:
                lines[i] = text
                fixed += 1
                continue
        except UnicodeDecodeError:
            pass
        lines[i] = line.decode("utf-8", errors="replace")
        lost += 1
    notes = []
    if fixed:
        notes.append(f"mixed encodings: {fixed} line(s) not in UTF-8 decoded as gb18030")
    if lost:
        notes.append(f"{lost} line(s) with undecodable bytes, replaced by U+FFFD")
    return Decoded("\n".join(lines), "utf-8", notes)


def _decode_utf16_nobom(raw: bytes) -> Decoded | None:
    best = None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if score >= _MIN_SCORE and (best is None or score > best[0]):
            best = (score, Decoded(text, enc))
    return best[1] if best else None


def _decode_legacy(raw: bytes) -> Decoded | None:
    """GB18030 / Big5 family: candidates from charset-normalizer plus our own list, best score wins."""
    from charset_normalizer import from_bytes

    order: list[str] = []
    try:
        for match in from_bytes(raw[: 1 << 20], cp_isolation=_CN_ISOLATION):
            name = codecs.lookup(match.encoding).name
            if name not in order:
                order.append(name)
    except Exception:  # a detector failure must not lose the file; our own list still runs
        pass
    for enc in LEGACY_ENCODINGS:
        if codecs.lookup(enc).name not in order:
            order.append(codecs.lookup(enc).name)
    best: tuple[float, int, Decoded] | None = None
    for rank, enc in enumerate(order):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if best is None or score > best[0] + 1e-9:
            best = (score, rank, Decoded(text, _label(enc)))
    if best is None or best[0] < _MIN_SCORE:
        return None
    return best[2]


def _label(enc: str) -> str:
    return {"big5": "big5", "cp950": "cp950", "big5hkscs": "big5hkscs", "gb18030": "gb18030"}.get(enc, enc)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# File signatures of formats people save next to reports, so the reason says what the file is.
_MAGIC = (
    (b"%PDF-", "a PDF file, not text (convert it to text first)"),
    (b"PK\x03\x04", "a ZIP archive or Office document (docx/xlsx), not text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (doc/xls), not text"),
    (b"\x89PNG\r\n\x1a\n", "an image (PNG), not text"),
    (b"\xff\xd8\xff", "an image (JPEG), not text"),
    (b"GIF8", "an image (GIF), not text"),
    (b"\x1f\x8b", "a gzip archive, not text"),
    (b"Rar!", "a RAR archive, not text"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive, not text"),
)


def decode_bytes(raw: bytes) -> Decoded:
    """Decode raw file bytes as Chinese text; raise IngestError with a human reason when impossible."""
    for magic, reason in _MAGIC:
        if raw.startswith(magic):
            raise IngestError(f"binary file: {reason}")
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(enc)
            except UnicodeDecodeError:
                if enc == "utf-8-sig":
                    mixed = _decode_mixed(raw[3:])
                    if mixed:
                        return mixed
                raise IngestError(f"starts with a {enc} byte-order mark but is not valid {enc}") from None
            return Decoded(text, "utf-8" if enc == "utf-8-sig" else enc, [f"{enc} byte-order mark"])
    if b"\x00" in raw:
        utf16 = _decode_utf16_nobom(raw) if len(raw) % 2 == 0 else None
        if utf16:
            return utf16
        raise IngestError("binary file (NUL bytes)")
    for attempt in (_decode_utf8, _decode_mixed, _decode_legacy):
        got = attempt(raw)
        if got is not None:
            return got
    raise IngestError("not decodable as any Chinese encoding")
