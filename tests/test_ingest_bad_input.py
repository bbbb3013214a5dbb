"""Bad input gets a clear reason and nothing is lost: every file becomes a Document or a RejectedFile.

The corpus of bad files is generated in a tmp_path by the tests themselves.
"""
from __future__ import annotations

import builtins
import hashlib
import os
import tracemalloc

import pytest

from zhibiao.ingest import DEFAULT_MAX_BYTES, IngestError, discover_files, hidden_file, ingest_file, read_document
from zhibiao.model import Document, RejectedFile

REPORT = (
    "——2024年1月17日在某市第十七届人民代表大会第四次会议上\n"
    "过去一年，全市地区生产总值完成692.5亿元，同比增长8.5%；接待游客170万人次，增长41.6%。\n"
)


def _reject(path, **kw) -> RejectedFile:
    result = ingest_file(path, raw_root=path.parent, **kw)
    assert isinstance(result, RejectedFile), f"expected a rejection, got a document: {result.text[:40]!r}"
    return result


def _accept(path, **kw) -> Document:
    result = ingest_file(path, raw_root=path.parent, **kw)
    assert isinstance(result, Document), f"rejected: {result.reason}"
    return result


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    r = _reject(p)
    assert r.reason == "empty file (0 bytes)"
    assert (r.bytes, r.sha256) == (0, hashlib.sha256(b"").hexdigest())


def test_whitespace_only(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_bytes(" \n\t\r\n\u3000 ".encode())
    assert _reject(p).reason == "empty file (only whitespace)"


def test_only_page_furniture_is_empty_after_cleaning(tmp_path):
    p = tmp_path / "furniture.html"
    p.write_text("<div class='share'>分享到：微信</div><p>[打印本页]</p><p>[关闭窗口]</p><p>责任编辑：张三</p>", encoding="utf-8")
    assert _reject(p).reason == "empty after cleaning"


def test_binary_file(tmp_path):
    p = tmp_path / "scan.txt"
    data = b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    p.write_bytes(data)
    r = _reject(p)
    assert r.reason == "binary file (NUL bytes)"
    assert r.bytes == len(data) and r.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file: a PDF file, not text (convert it to text first)"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "binary file: a ZIP archive or Office document (docx/xlsx), not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file: an image (PNG), not text"),
    ],
)
def test_binary_formats_are_named(tmp_path, data, reason):
    p = tmp_path / "2024年政府工作报告.txt"
    p.write_bytes(data)
    assert _reject(p).reason == reason


def test_not_chinese_in_any_encoding(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Café déjà vu, ça coûte cher.".encode("latin-1"))
    assert _reject(p).reason == "not decodable as any Chinese encoding"
    q = tmp_path / "noise.txt"
    q.write_bytes(bytes(range(0x80, 0x100)) * 40)
    assert _reject(q).reason == "not decodable as any Chinese encoding"


def test_truncated_utf8_keeps_the_text_and_says_so(tmp_path):
    p = tmp_path / "cut.txt"
    p.write_bytes(REPORT.encode() + "增长8.5%，总量达692.5亿".encode() + "元".encode()[:2])
    doc = _accept(p)
    assert doc.text.endswith("总量达692.5亿")
    assert any("incomplete UTF-8 character" in n for n in doc.notes)


def test_mixed_encodings_are_decoded_line_by_line(tmp_path):
    p = tmp_path / "mixed.txt"
    p.write_bytes(REPORT.encode("utf-8") + "规模以上工业增加值增长6.1%。\n".encode("gbk") + "社会消费品零售总额增长4%。\n".encode())
    doc = _accept(p)
    assert "规模以上工业增加值增长6.1%。" in doc.text and "社会消费品零售总额增长4%。" in doc.text
    assert doc.encoding == "utf-8"
    assert any("mixed encodings" in n for n in doc.notes)


def test_file_over_the_limit_is_rejected_without_reading_it_whole(tmp_path):
    p = tmp_path / "huge.txt"
    line = REPORT.encode()
    copies = 50 * 1024 * 1024 // len(line) + 1
    with open(p, "wb") as fh:
        for _ in range(copies):
            fh.write(line)
    size = p.stat().st_size
    assert size > 50 * 1024 * 1024 > DEFAULT_MAX_BYTES
    tracemalloc.start()
    try:
        r = _reject(p)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert r.reason.startswith("larger than the configured limit of 20 MB")
    assert r.bytes == size
    h = hashlib.sha256()
    with open(p, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    assert r.sha256 == h.hexdigest()
    assert peak < 8 * 1024 * 1024, f"peak memory {peak} bytes: the file was read whole"

    doc = _accept(p, max_bytes=64 * 1024 * 1024)  # a raised limit reads it (cleaning is linear)
    assert doc.bytes == size and doc.text.count("692.5亿元") == copies
    with pytest.raises(IngestError) as err:
        read_document(p, max_bytes=1024 * 1024)
    assert err.value.reason == "larger than the configured limit of 1 MB (50 MB)"


def test_deeply_nested_html(tmp_path):
    p = tmp_path / "nested.html"
    depth = 5000
    html = "<div>" * depth + "<font>" * depth + "地区生产总值增长<b>8.5%</b>" + "</font>" * depth + "</div>" * depth
    p.write_text(html, encoding="utf-8")
    assert _accept(p).text == "地区生产总值增长8.5%"


def test_file_name_with_spaces_and_chinese(tmp_path):
    folder = tmp_path / "2024 年" / "县级 报告"
    folder.mkdir(parents=True)
    p = folder / "高阳县 2024年 政府工作报告.txt"
    p.write_text(REPORT, encoding="utf-8")
    doc = ingest_file(p, raw_root=tmp_path)
    assert doc.source_file == "高阳县 2024年 政府工作报告.txt"
    assert doc.source_path == "2024 年/县级 报告/高阳县 2024年 政府工作报告.txt"
    assert discover_files(tmp_path) == [p]


def test_symlink_to_a_report_is_ingested_once(tmp_path):
    p = tmp_path / "report.txt"
    p.write_text(REPORT, encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to(p)
    assert discover_files(tmp_path) == [p]  # the link is not a second report
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text(REPORT, encoding="utf-8")
    (tmp_path / "linked.txt").symlink_to(outside)
    assert discover_files(tmp_path) == [tmp_path / "linked.txt", p]
    doc = _accept(tmp_path / "linked.txt")
    assert doc.source_path == "linked.txt" and any("symlink" in n for n in doc.notes)


def test_broken_and_looping_symlinks(tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "folder").mkdir()
    (tmp_path / "to-folder.txt").symlink_to(tmp_path / "folder")
    assert _reject(tmp_path / "dangling.txt").reason == "broken symlink (its target does not exist)"  # no local path
    assert _reject(tmp_path / "loop.txt").reason.startswith("broken symlink")
    assert _reject(tmp_path / "to-folder.txt").reason.startswith("symlink to a folder")
    listed = {p.name for p in discover_files(tmp_path)}
    assert {"dangling.txt", "loop.txt", "to-folder.txt"} <= listed


def test_things_named_like_reports_that_are_not_files(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    assert _reject(tmp_path / "dir.txt").reason == "a folder, not a file"
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    r = _reject(fifo)  # must not block waiting for a writer
    assert r.reason == "not a regular file: a named pipe (FIFO)"
    assert fifo in discover_files(tmp_path)
    assert _reject(tmp_path / "missing.txt").reason == "file not found"


def test_unreadable_file(tmp_path, monkeypatch):
    p = tmp_path / "secret.txt"
    p.write_text(REPORT, encoding="utf-8")
    real_open = builtins.open

    def deny(file, *args, **kwargs):  # what open() does for a chmod 000 file when not root
        if os.fspath(file) == os.fspath(p):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", deny)
    r = _reject(p)
    assert r.reason == "unreadable: permission denied" and r.bytes == p.stat().st_size


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_chmod_000(tmp_path):
    p = tmp_path / "locked.txt"
    p.write_text(REPORT, encoding="utf-8")
    p.chmod(0)
    try:
        assert _reject(p).reason == "unreadable: permission denied"
    finally:
        p.chmod(0o644)


def test_hidden_files_are_listed_but_not_read(tmp_path):
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    assert discover_files(tmp_path) == [tmp_path / ".DS_Store", tmp_path / ".git", tmp_path / "report.txt"]
    assert hidden_file(tmp_path / ".DS_Store", tmp_path).reason.startswith("hidden file (its name starts with '.')")
    assert hidden_file(tmp_path / ".git", tmp_path).reason.startswith("hidden folder")
    assert hidden_file(tmp_path / "report.txt", tmp_path) is None


def test_read_document_raises_with_the_details(tmp_path):
    p = tmp_path / "scan.txt"
    p.write_bytes(b"\x00\x01\x02")
    with pytest.raises(IngestError) as err:
        read_document(p)
    e = err.value
    assert (e.reason, e.path, e.bytes, e.sha256) == ("binary file (NUL bytes)", p, 3, hashlib.sha256(b"\x00\x01\x02").hexdigest())
    with pytest.raises(IngestError) as err:
        read_document(tmp_path / "nope.txt")
    assert err.value.sha256 is None and err.value.bytes is None


def test_every_file_of_a_bad_corpus_is_accounted_for(tmp_path):
    """A folder of good and bad files: each becomes exactly one Document or RejectedFile, no exception."""
    files = {
        "good.txt": REPORT.encode(),
        "good-gbk.txt": REPORT.encode("gbk"),
        "good-big5.txt": "國內生產總值成長百分之三點五，達到兩千億元。".encode("big5"),
        "good-utf16.txt": REPORT.encode("utf-16"),
        "empty.txt": b"",
        "binary.bin": b"\x00" * 10 + b"\xff" * 10,
        "report.pdf": b"%PDF-1.4 ...",
        "latin.txt": "naïve café".encode("latin-1"),
        "cut.txt": REPORT.encode()[:-1],
        "page.html": b"<html><body><p>\xe5\xa2\x9e\xe9\x95\xbf8.5%</p></body></html>",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere")
    os.mkfifo(tmp_path / "fifo.txt")
    found = discover_files(tmp_path)
    results = [ingest_file(p, raw_root=tmp_path) for p in found]
    assert len(results) == len(found) == len(files) + 2
    by_name = {r.source_path: r for r in results}
    docs = {k for k, r in by_name.items() if isinstance(r, Document)}
    assert docs == {"good.txt", "good-gbk.txt", "good-big5.txt", "good-utf16.txt", "cut.txt", "page.html"}
    for r in by_name.values():
        if isinstance(r, RejectedFile):
            assert r.reason and r.bytes >= 0
