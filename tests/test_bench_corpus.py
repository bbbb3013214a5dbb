"""The benchmark corpus generator (bench/corpus.py): determinism, and gold that is right by
construction — every fact's text stands in its report, values agree with GUIDE.md's unit factors,
fields are in GUIDE's vocabularies, periods agree with the report's date.

The checks here are written independently of the generator: their own HTML reader, their own
number parser and their own table of GUIDE unit factors.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import opencc
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/ is not an installed package
from bench.corpus import build_report, generate, main  # noqa: E402

FIELDS = ["doc", "text", "value", "unit", "measure", "qualifier", "status", "indicator", "period",
          "optional", "context"]
UNITS = {"CNY", "person", "person_time", "count", "m2", "m", "kg", "W", "Wh", "m3", "percent",
         "percentage_point", "times"}
MEASURES = {"level", "growth", "share", "change", "ratio"}
QUALIFIERS = {"exact", "approx", "at_least", "at_most"}
STATUSES = {"actual", "target", "estimate"}
PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})/(\d{4})-(\d{2}))?$")

# ---- GUIDE.md unit factors, restated here (written unit -> (canonical unit, factor))
GUIDE: dict[str, tuple[str, float]] = {
    "元": ("CNY", 1), "万元": ("CNY", 1e4), "亿元": ("CNY", 1e8), "万亿元": ("CNY", 1e12),
    "人": ("person", 1), "名": ("person", 1), "位": ("person", 1), "万人": ("person", 1e4),
    "万名": ("person", 1e4), "人次": ("person_time", 1), "万人次": ("person_time", 1e4),
    "平方米": ("m2", 1), "万平方米": ("m2", 1e4), "亩": ("m2", 666.6666667), "万亩": ("m2", 6666666.667),
    "公顷": ("m2", 1e4), "万公顷": ("m2", 1e8), "平方公里": ("m2", 1e6),
    "米": ("m", 1), "公里": ("m", 1000), "千米": ("m", 1000),
    "公斤": ("kg", 1), "斤": ("kg", 0.5), "亿斤": ("kg", 5e7), "吨": ("kg", 1000), "万吨": ("kg", 1e7),
    "亿吨": ("kg", 1e11),
    "千瓦": ("W", 1e3), "kW": ("W", 1e3), "万千瓦": ("W", 1e7), "兆瓦": ("W", 1e6), "MW": ("W", 1e6),
    "GW": ("W", 1e9),
    "千瓦时": ("Wh", 1e3), "度": ("Wh", 1e3), "万千瓦时": ("Wh", 1e7), "亿千瓦时": ("Wh", 1e11),
    "亿度": ("Wh", 1e11),
    "立方米": ("m3", 1), "万立方米": ("m3", 1e4), "亿立方米": ("m3", 1e8),
    "%": ("percent", 1), "成": ("percent", 10),
    "个百分点": ("percentage_point", 1), "百分点": ("percentage_point", 1), "倍": ("times", 1),
}
COUNT_WORDS = set("个家户项所座条件场期台套头只栋处次批辆部篇份间张片种宗") | {"场次", "台/套"}
for w in COUNT_WORDS:
    GUIDE[w] = ("count", 1)
    GUIDE["万" + w] = ("count", 1e4)
GUIDE["亿件"] = ("count", 1e8)
CN_NUM = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
PRE = ("不低于", "不超过", "不高于", "大约", "超过", "突破", "不足", "约", "近", "超")
POST = ("以上", "以下", "以内", "左右")
DECREASE = ("下降", "减少", "降低", "回落")
T2S = opencc.OpenCC("t2s")


def cn_to_int(s: str) -> int:
    total, digit = 0, None
    for ch in s:
        if ch in CN_NUM:
            digit = CN_NUM[ch]
        else:
            total += (1 if digit is None else digit) * CN_UNIT[ch]
            digit = None
    return total + (digit or 0)


def parse_quantity(text: str) -> tuple[float, str]:
    """(unsigned value in the canonical unit, canonical unit) of a fact's surface text."""
    t = unicodedata.normalize("NFKC", T2S.convert(text)).replace(" ", "")
    if t in ("翻一番", "翻两番"):
        return (2.0 if t == "翻一番" else 4.0), "times"
    for w in PRE:
        if t.startswith(w):
            t = t[len(w):]
            break
    for w in POST:
        if t.endswith(w):
            t = t[: -len(w)]
            break
    m = re.fullmatch(r"(\d+)×(\d+(?:\.\d+)?)(\D+)", t)
    if m:
        canon, f = GUIDE[m.group(3)]
        return int(m.group(1)) * float(m.group(2)) * f, canon
    m = re.match(r"[零一二两三四五六七八九十百千]+", t)
    if m:
        num, rest = float(cn_to_int(m.group(0))), t[m.end():]
    else:
        m = re.match(r"\d+(?:\.\d+)?", t)
        num, rest = (float(m.group(0)), t[m.end():]) if m else (1.0, t)
    rest = rest.replace("余", "").replace("多", "")
    canon, f = GUIDE[rest]
    return num * f, canon


class _Reader(HTMLParser):
    """What a reader keeps of an HTML page: visible text, entities decoded, no script/style/head."""

    SKIP = {"script", "style", "head", "title"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "tr", "td", "ul", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in self.SKIP
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        self.skip -= tag in self.SKIP
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def reader_text(name: str, raw: str) -> str:
    """The cleaning any reader does before looking for facts: HTML to visible text; spreadsheet
    cells' literal \\r\\n and &nbsp; to real line breaks and spaces. Nothing else (no NFKC, no
    Traditional→Simplified), so gold text can be checked exactly as it stands."""
    if name.endswith(".html"):
        r = _Reader()
        r.feed(raw)
        r.close()
        return "".join(r.out)
    return raw.replace("\\r\\n", "\n").replace("&nbsp;", " ")


# ---- a sample of reports built in memory, shared by the tests below
SEED = 20240101


@pytest.fixture(scope="module")
def sample():
    return [build_report(i, SEED) for i in range(160)]


def test_knobs_are_all_exercised(sample):
    metas = [r.meta for r in sample]
    assert {m["kind"] for m in metas} == {"gov_report", "yearend_news", "econ_news", "plenum_news", "communique"}
    assert {m["format"] for m in metas} == {"txt", "md", "scraper", "cell", "news", "sina", "page"}
    assert any(m["traditional"] for m in metas)
    assert {m["fullwidth"] for m in metas} >= {None, "pct", "all"}
    assert any(m["ascii_punct"] for m in metas)
    assert any(m["optional_facts"] for m in metas)


def test_gold_lines_follow_the_guide(sample):
    for r in sample:
        assert r.gold, r.name
        for g in r.gold:
            assert list(g) == FIELDS
            assert g["doc"] == r.name
            assert g["unit"] in UNITS and g["measure"] in MEASURES
            assert g["qualifier"] in QUALIFIERS and g["status"] in STATUSES
            assert isinstance(g["value"], (int, float)) and not isinstance(g["value"], bool)
            assert isinstance(g["optional"], bool)
            assert g["indicator"] and g["indicator"] == T2S.convert(g["indicator"])
            assert g["text"] in g["context"] and len(g["context"]) <= 60
            assert g["period"] is None or PERIOD.match(g["period"])


def test_every_fact_stands_in_its_report_in_order(sample):
    for r in sample:
        text = reader_text(r.name, r.raw)
        pos = 0
        for g in r.gold:
            assert g["text"] in text, (r.name, g["text"])
            assert g["context"] in text, (r.name, g["context"])
            at = text.find(g["context"], pos)
            assert at >= 0, ("gold out of document order", r.name, g["context"])
            pos = at


def test_traditional_reports_keep_traditional_text(sample):
    t2s = T2S
    trad = [r for r in sample if r.meta["traditional"]]
    assert trad
    for r in trad:
        assert t2s.convert(r.raw) != r.raw  # the page itself is Traditional, furniture included
        texts = [g["text"] for g in r.gold]
        assert any(t2s.convert(t) != t for t in texts)  # 億元, 萬畝, 餘 …
        body = reader_text(r.name, r.raw)
        for g in r.gold:
            assert g["text"] in body and g["context"] in body


def test_fullwidth_reports_keep_fullwidth_text(sample):
    """Full-width files: gold text is the full-width text as it stands (６．５％); after NFKC it
    is the half-width quantity and occurs in the NFKC-normalised report."""
    fw = [r for r in sample if r.meta["fullwidth"]]
    assert fw
    for r in fw:
        body = reader_text(r.name, r.raw)
        nbody = unicodedata.normalize("NFKC", body)
        for g in r.gold:
            assert g["text"] in body
            assert unicodedata.normalize("NFKC", g["text"]) in nbody
            if r.meta["fullwidth"] == "all":
                assert not re.search(r"[0-9%]", g["text"]), g["text"]
            elif "%" in unicodedata.normalize("NFKC", g["text"]):
                assert "％" in g["text"]


def test_values_follow_guide_unit_factors_and_signs(sample):
    t2s = T2S
    for r in sample:
        for g in r.gold:
            magnitude, canon = parse_quantity(g["text"])
            assert canon == g["unit"], (g["text"], g["unit"])
            assert abs(abs(g["value"]) - magnitude) <= 1e-6 * max(1.0, magnitude), (g["text"], g["value"])
            ctx = unicodedata.normalize("NFKC", t2s.convert(g["context"]))
            txt = unicodedata.normalize("NFKC", t2s.convert(g["text"]))
            # the occurrence of the text that is a whole number (3所 in 减少3所, not in 13所)
            at = next(m.start() for m in re.finditer(re.escape(txt), ctx)
                      if m.start() == 0 or not (ctx[m.start() - 1].isdigit() or ctx[m.start() - 1] == "."))
            before = ctx[:at]
            decrease = g["measure"] in ("growth", "change") and before.endswith(DECREASE)
            assert (g["value"] < 0) == decrease, (g["text"], g["value"], g["context"])


def test_parser_agrees_with_guide_examples():
    # the independent parser above, on GUIDE.md's own examples
    assert parse_quantity("692.5亿元") == (69250000000.0, "CNY")
    assert parse_quantity("2×350MW") == (700000000.0, "W")
    assert parse_quantity("超五成") == (50.0, "percent")
    assert parse_quantity("300余个") == (300.0, "count")
    assert parse_quantity("两千万元") == (20000000.0, "CNY")
    assert parse_quantity("0.5个百分点") == (0.5, "percentage_point")
    assert parse_quantity("翻一番") == (2.0, "times")
    assert abs(parse_quantity("1万亩")[0] - 6666666.667) < 1e-3


def test_periods_and_statuses_agree_with_the_report_date(sample):
    for r in sample:
        pub = date.fromisoformat(r.meta["published"])
        for g in r.gold:
            if g["period"] is None:
                continue
            m = PERIOD.match(g["period"])
            y = int(m.group(1))
            assert pub.year - 1 <= y <= pub.year + 1, (r.name, g["period"], pub)
            if m.group(2):  # a span inside one year, ending no later than the report
                assert m.group(3) == m.group(1) and int(m.group(2)) <= int(m.group(4))
                assert (y, int(m.group(4))) < (pub.year, pub.month + 1)
            if g["status"] == "target":
                assert y >= pub.year, (r.name, g["period"], pub)
            else:
                assert y <= pub.year, (r.name, g["status"], g["period"], pub)


def test_sizes_are_realistic(sample):
    sizes = [r.meta["text_bytes"] for r in sample]
    facts = [r.meta["facts"] for r in sample]
    assert 3000 <= min(sizes) and max(sizes) <= 30 * 1024
    assert sum(8 * 1024 <= s <= 20 * 1024 for s in sizes) >= 0.6 * len(sizes)
    assert min(facts) >= 15 and max(facts) <= 90
    assert 35 <= sum(facts) / len(facts) <= 65


def test_small_corpus_on_disk(tmp_path):
    st = generate(20, 5, tmp_path)
    raws = sorted((tmp_path / "raw").iterdir())
    golds = sorted((tmp_path / "gold").iterdir())
    assert len(raws) == 20 and len(golds) == 20
    assert [p.name.rsplit(".", 1)[0] for p in raws] == [p.stem for p in golds]
    manifest = [json.loads(x) for x in (tmp_path / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [m["doc"] for m in manifest] == [p.name for p in raws]
    n_facts = n_opt = 0
    for raw, gold in zip(raws, golds):
        data = raw.read_bytes()
        assert b"\r" not in data and not data.startswith(b"\xef\xbb\xbf")  # UTF-8, LF, no BOM
        text = reader_text(raw.name, data.decode("utf-8"))
        for line in gold.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            assert g["doc"] == raw.name and g["text"] in text
            n_opt += g["optional"]
            n_facts += not g["optional"]
    assert (st.n, st.facts, st.optional_facts) == (20, n_facts, n_opt)
    assert st.raw_bytes == sum(p.stat().st_size for p in raws)


def _tree(d: Path) -> dict[str, bytes]:
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}


def test_same_seed_gives_byte_identical_files(tmp_path):
    generate(8, 99, tmp_path / "a")
    generate(8, 99, tmp_path / "b")
    a, b = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    assert len(a) == 2 * 8 + 1 and a == b
    generate(8, 99, tmp_path / "j", jobs=2)  # worker processes write the same files
    assert _tree(tmp_path / "j") == a
    generate(8, 100, tmp_path / "c")
    assert _tree(tmp_path / "c") != a
    # a smaller corpus is a prefix of a larger one with the same seed
    generate(3, 99, tmp_path / "d")
    d = _tree(tmp_path / "d")
    for k, v in d.items():
        if k != "manifest.jsonl":
            assert a[k] == v
    assert a["manifest.jsonl"].startswith(d["manifest.jsonl"])


def test_cli(tmp_path, capsys):
    assert main(["--n", "2", "--seed", "3", "--out", str(tmp_path)]) == 0
    assert "2 reports" in capsys.readouterr().out
    assert len(list((tmp_path / "raw").iterdir())) == 2


SCORE = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"


@pytest.mark.skipif(not SCORE.exists(), reason="needs ../shared/tools/score.py")
def test_gold_scores_perfectly_against_itself(sample):
    """The gold is usable with score.py's matching rule: predicting exactly the required facts
    scores P = R = 1 with every attribute right."""
    spec = importlib.util.spec_from_file_location("zhibiao_score", SCORE)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = {r.name: r.gold for r in sample[:40]}
    pred = {d: [g for g in gs if not g["optional"]] for d, gs in gold.items()}
    _, tot, attr_ok, _, _ = score.score(gold, pred, sorted(gold))
    assert tot["fp"] == 0 and tot["fn"] == 0 and tot["tp"] > 0
    assert all(attr_ok[a] == tot["tp"] for a in ("measure", "qualifier", "status", "period", "indicator"))
