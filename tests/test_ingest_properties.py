"""Property-based tests: arbitrary Unicode and bytes never make the cleaner raise, and cleaning is stable."""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from zhibiao.ingest import IngestError, clean_document, clean_text, ingest_file
from zhibiao.ingest.decode import decode_bytes
from zhibiao.ingest.html import html_to_text
from zhibiao.ingest.normalize import normalize_chars, normalize_line, strip_pinyin
from zhibiao.model import Document, RejectedFile

# Fragments that exercise every rule: escapes, entities, full-width forms, annotations (also the
# byte-shifted kind), furniture lines, Markdown and HTML markup, dates, Traditional characters.
PIECES = st.sampled_from(
    [
        "\n", "\\r\\n", "\\n", "&nbsp;", "&amp;", "&#123;", "５％", "１２．５", "（", "）", "(fā)", "（jīng）", "?zhí)", "秴^",
        "?!", " ", "\u3000", "\u00a0", "\t", "\u200b", "分享到：", "[打印本页]", "关闭窗口", "责任编辑：张三", "冀ICP备05019657号",
        "<p>", "</p>", "<br>", "<div class='share'>", "<td>", "</tr>", "<script>", "**", "| a | b |", "|---|---|", "# ",
        "---", "2024年1月5日", "——2023年1月5日在汕头市第十五届人民代表大会", "来源：某某网", "發展", "國內生產總值", "。",
        "增长8.5%", "692.5 亿元", "高阳县", "内容摘要：", "......", "阅读：", "106",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=12), st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), PIECES), max_size=40).map("".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(TEXT)
@example("    # 0")  # a heading indented four spaces was read as text, then as a heading once its spaces were gone
def test_clean_text_never_raises_and_is_idempotent(text):
    once = clean_text(text)
    assert isinstance(once, str)
    assert clean_text(once) == once


@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_unicode(text):
    cleaned = clean_document(text, ".html")
    assert isinstance(cleaned.text, str) and cleaned.format == "html"
    assert isinstance(clean_text(text), str)


@SETTINGS
@given(TEXT)
def test_character_steps_are_idempotent(text):
    chars = normalize_chars(text)
    assert normalize_chars(chars) == chars
    line = normalize_line(chars.replace("\n", " "))
    assert normalize_line(line) == line
    stripped = strip_pinyin(text)[0]
    assert strip_pinyin(stripped)[0] == stripped


@SETTINGS
@given(TEXT)
def test_html_to_text_never_raises(text):
    out, title = html_to_text(text)
    assert isinstance(out, str) and (title is None or isinstance(title, str))


@SETTINGS
@given(st.binary(max_size=400))
def test_decode_gives_text_or_a_reason(data):
    try:
        decoded = decode_bytes(data)
    except IngestError as err:
        assert err.reason
    else:
        assert isinstance(decoded.text, str) and decoded.encoding


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(st.binary(max_size=300), TEXT.map(lambda s: s.encode("utf-8"))))
def test_ingest_file_always_accounts_for_the_file(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("raw")
    path = folder / "x.txt"
    path.write_bytes(data)
    result = ingest_file(path, raw_root=folder)
    assert isinstance(result, (Document, RejectedFile))
    if isinstance(result, Document):
        assert result.text.strip() and result.bytes == len(data)
    else:
        assert result.reason and result.bytes == len(data)


@SETTINGS
@given(TEXT)
def test_normalize_chars_changes_exactly_what_the_character_table_says(text):
    from zhibiao.ingest.normalize import _TABLE

    assert normalize_chars(text) == text.translate(_TABLE)
