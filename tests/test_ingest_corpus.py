"""Every sample report (../shared/seeds) and every hold-out file (../shared/holdout/raw) ingests cleanly,
with the title, date, outlet and region read from it. The expectations below were checked by reading
each file (see ../shared/holdout/SOURCES.md for where each comes from)."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from zhibiao.ingest import discover_files, ingest_file, region_by_code
from zhibiao.ingest.chinese import to_simplified
from zhibiao.ingest.normalize import strip_pinyin
from zhibiao.model import Document

SHARED = Path(__file__).parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
HOLDOUT = SHARED / "holdout" / "raw"
GOLD = SHARED / "gold" / "dev"

pytestmark = pytest.mark.skipif(
    not (SEEDS.is_dir() and HOLDOUT.is_dir()),
    reason=f"shared corpus not found at {SHARED} (the project's ../shared folder)",
)

D = date
# file: (format, title, published_date, outlet, region, code, level, province, first words, last words)
EXPECTED = {
    "000_52e83b58d529340d.txt": ("text", None, None, None, "磐石市", "220284", "county", "吉林省",
                                 "从春和景明、夏盛繁花", "坚如磐石,坚定前行。(张春和 谷禹)"),
    "001_58f753d9c78a7e19.txt": ("text", None, None, None, "龙潭区", "220203", "county", "吉林省",
                                 "2024年以来,吉林市龙潭区坚持以习近平", "(作者:中共吉林市龙潭区委书记)"),
    "002_36b52232be349280.txt": ("text", "松原:扛起责任 勇当先锋 努力走出高质量发展可持续振兴新路", D(2023, 12, 14),
                                 "吉林日报—大吉网", "松原市", "220700", "prefecture", "吉林省",
                                 "松原:扛起责任 勇当先锋", "充分发挥群团组织桥梁纽带作用。"),
    "003_3b3bfd8559e18818.txt": ("text", "忻州: 高质量发展奋楫扬帆风正劲", D(2024, 1, 10), "忻州日报", "忻州市", "140900",
                                 "prefecture", "山西省", "忻州: 高质量发展奋楫扬帆风正劲\n记者 郝永峰",
                                 "奋力谱写中国式现代化忻州篇章!"),
    "004_6f975af08b79b82e.txt": ("text", None, None, None, "白城市", "220800", "prefecture", "吉林省",
                                 "本报讯(记者张磊 尹雪 实习生刘一潼)10月30日", "巩固壮大最广泛的爱国统一战线。"),
    "coal_cities_2021_gdp_news.html": ("html", "煤炭大市经济_逆袭_：多城名义GDP增速超30%，财政收入_狂飙突进_", D(2022, 2, 10),
                                       "21世纪经济报道", "神木市", "610881", "county", "陕西省",
                                       "21世纪经济报道记者 陈洁", "”胡刚表示。"),
    "daqing_finance_trade_table.html": ("html", None, None, None, None, None, None, None,
                                        "金融\n单位：亿元\n指标\t3月末\t比年初增减额", "进口\t173750.0\t73.8\t237464.5\t66.0"),
    "gaoyang_2019_county_report.txt": ("text", "高阳县2019年政府工作报告", D(2019, 1, 17), "高阳县人民政府", "高阳县", "130628",
                                       "county", "河北省", "政府工作报告\n2019年1月17日在高阳县第十七届人民代表大会",
                                       "全力防控安全生产风险。"),
    "gaoyang_2024_county_session_news.txt": ("text", "高阳县2024年政府工作报告", D(2024, 1, 23), "高阳县人民政府", "高阳县",
                                             "130628", "county", "河北省", "砥砺前行 接续奋斗\n全力打造河北省县域经济",
                                             "各位副县长的述职报告。"),
    "guangzhou_2020_report.txt": ("markdown", "2020年广州市政府工作报告", D(2020, 6, 6), None, "广州市", "440100", "prefecture",
                                  "广东省", "政府工作报告\n——2020年6月6日在广州市第十五届", "由广州医科大学附属第一医院建设。"),
    "guyuan_2022_report.txt": ("markdown", "固原市政府工作报告（2021年12月28日 冼国义）", D(2021, 12, 28), None, "固原市", "640400",
                               "prefecture", "宁夏回族自治区", "——2021年12月28日在固原市第五届", "党代会胜利召开！"),
    "hami_2023_report.txt": ("markdown", "哈密市政府工作报告（2023年1月7日 吾拉木江·热依木）", D(2023, 1, 7), None, "哈密市", "650500",
                             "prefecture", "新疆维吾尔自治区", "——2023年1月7日在哈密市第二届", "新哈密而团结奋斗！"),
    "huizhou_2024_report.txt": ("markdown", "惠州市政府工作报告（2024年1月17日 温金荣）", D(2024, 1, 17), None, "惠州市", "441300",
                                "prefecture", "广东省", "——2024年1月17日在惠州市第十三届", "“南粤家政”。"),
    "hunan_2021_cities_gdp_news.html": ("html", "湖南14市州GDP排行出炉，郴州勇夺GDP增速第一", D(2022, 2, 11), "新浪财经", "湖南省",
                                        "430000", "province", "湖南省", "冬奥角逐正白热，湖南地区2021年GDP比拼见分晓。",
                                        "大湘西区域发展方向和路径都将更加明确。"),
    "laibin_2023_report.txt": ("markdown", "来宾市政府工作报告（2023年2月1日 廖和明）", D(2023, 2, 1), None, "来宾市", "451300",
                               "prefecture", "广西壮族自治区", "——2023年2月1日在来宾市第五届", "更加绚丽的华章。"),
    "laiyuan_2025_county_report.txt": ("text", "涞源县2025年政府工作报告", D(2025, 1, 14), "涞源县政府网", "涞源县", "130630",
                                       "county", "河北省", "涞源县2025年政府工作报告\n政府工作报告\n—— 2025年1月14日",
                                       "作出新的更大贡献。"),
    "liangshan_2025_report.txt": ("markdown", "凉山彝族自治州政府工作报告（2025年1月8日 阿石拉比）", D(2025, 1, 8), None,
                                  "凉山彝族自治州", "513400", "prefecture", "四川省", "——2025年1月8日在凉山彝族自治州第十二届",
                                  "现场办公下基层。"),
    "qingyang_2025_report.txt": ("markdown", "庆阳市政府工作报告（2025年1月10日 周继军）", D(2025, 1, 10), None, "庆阳市", "621000",
                                 "prefecture", "甘肃省", "——2025年1月10日在庆阳市第五届", "庆阳新篇章！"),
    "shantou_2023_report.txt": ("markdown", "汕头市政府工作报告（2023年1月5日曾风保）", D(2023, 1, 5), None, "汕头市", "440500",
                                "prefecture", "广东省", "——2023年1月5日在汕头市第十五届", "改善社区环境。"),
    "shenzhen_2022h1_gdp_news.html": ("html", "深圳上半年GDP增长3%，领跑一线城市", D(2022, 7, 27), "新浪财经", "深圳市", "440300",
                                      "prefecture", "广东省", "记者|戈振伟\n7月26日晚，深圳发布2022年上半年经济成绩单。",
                                      "时下深圳正在经历“07·15”疫情。"),
    "urumqi_2024_report.txt": ("markdown", "2024年政府工作报告", D(2024, 1, 17), None, "乌鲁木齐市", "650100", "prefecture",
                               "新疆维吾尔自治区", "政府工作报告\n——2024年1月17日在乌鲁木齐市", "作出乌鲁木齐贡献！"),
    "xinan_2024_county_report.txt": ("text", None, None, None, "新安县", "410323", "county", "河南省",
                                     "各位代表：\n现在，我代表县人民政府", "作示范而努力奋斗！"),
    "yichun_2025_report.txt": ("markdown", "伊春市政府工作报告（2025年1月4日 苑芳江）", D(2025, 1, 4), None, "伊春市", "230700",
                               "prefecture", "黑龙江省", "——2025年1月4日在伊春市第十五届", "可持续振兴新局面！"),
    "zibo_2022_report.txt": ("markdown", "淄博市政府工作报告（2022年2月18日 马晓磊）", D(2022, 2, 18), None, "淄博市", "370300",
                             "prefecture", "山东省", "——2022年2月18日在淄博市第十六届", "而不懈奋斗！"),
}

# Words that inline tags split in the raw HTML, and quantities that sit in awkward places: all must
# come out whole.
MUST_CONTAIN = {
    "hunan_2021_cities_gdp_news.html": ["高新产业园区", "张家界市受疫情冲击", "13270.7亿元"],
    "shenzhen_2022h1_gdp_news.html": ["占GDP比重超过30%", "呈现U", "1.5万亿元", "119663.05亿元"],
    "coal_cities_2021_gdp_news.html": ["中信建投期货", "484.74亿元", "5.52亿吨"],
    "guangzhou_2020_report.txt": ["1\t交通领域\t持续推进交通拥堵点改造\t（1）对金沙洲路"],
    "shantou_2023_report.txt": ["敷设地下管网154.8公里", "全面完成中心城区29万户"],
    "guyuan_2022_report.txt": ["6.7%"],
    "zibo_2022_report.txt": ["4A级", "5家", "5+N"],
    "xinan_2024_county_report.txt": ["全年生产总值同比增长2%，一般公共预算同比增长0.5%"],
    "urumqi_2024_report.txt": ["市 长 牙合甫·排都拉"],
    "daqing_finance_trade_table.html": ["非金融企业存款\t417.3\t-26.3\t400.2\t-43.5", "外贸\n单位：万美元"],
}
# Page furniture that must be gone (it is in the raw file).
MUST_NOT_CONTAIN = {
    "003_3b3bfd8559e18818.txt": ["分享到", "关闭窗口", "主办单位", "0350-3336505", "律师提示", "责任编辑"],
    "001_58f753d9c78a7e19.txt": ["(fā)", "?zhí)", "责任编辑"],
    "002_36b52232be349280.txt": ["更新时间", "吉报头条", "国际新闻", "编辑:马萍"],
    "004_6f975af08b79b82e.txt": ["本版摄影"],
    "gaoyang_2019_county_report.txt": ["标题：", "来源URL", "正文："],
    "gaoyang_2024_county_session_news.txt": ["[打印本页]", "[关闭窗口]", "网站地图", "0312-6699604", "冀ICP", "发布时间", "信息发布人"],
    "laiyuan_2025_county_report.txt": ["内容摘要", "阅读：", "????", "免责声明", "标签云", "上一篇", "平顶山市2025年政府工作报告", "作者：中国县域"],
    "xinan_2024_county_report.txt": ["百度马", "数据网"],
    "hunan_2021_cities_gdp_news.html": ["新浪财经APP", "appendQr", "&#123;", "责任编辑", "categories"],
    "coal_cities_2021_gdp_news.html": ["集虎卡", "522元", "新浪财经APP", "headimg"],
    "shenzhen_2022h1_gdp_news.html": ["原标题", "cms-style"],
    "guangzhou_2020_report.txt": ["**", "<br>", "| ---", "source: https"],
}

FILES = sorted(p for folder in (SEEDS, HOLDOUT) if folder.is_dir() for p in folder.iterdir())


def _doc(path: Path) -> Document:
    result = ingest_file(path, raw_root=path.parent)
    assert isinstance(result, Document), f"{path.name} rejected: {getattr(result, 'reason', '')}"
    return result


def test_the_corpus_is_the_one_the_table_describes():
    assert sorted(p.name for p in FILES) == sorted(EXPECTED)
    assert len(discover_files(SEEDS)) + len(discover_files(HOLDOUT)) == 24


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_metadata(path):
    fmt, title, published, outlet, region, code, level, province, _, _ = EXPECTED[path.name]
    doc = _doc(path)
    assert doc.encoding == "utf-8"
    assert doc.format == fmt
    assert doc.title == title
    assert doc.published_date == published
    assert doc.outlet == outlet
    assert (doc.region, doc.region_code, doc.region_level, doc.province) == (region, code, level, province)
    if code is not None:
        assert region_by_code(code).name == region
    assert doc.doc_id == doc.sha256[:16] and doc.bytes == path.stat().st_size
    assert doc.source_file == path.name == doc.source_path
    assert doc.traditional == (path.name == "001_58f753d9c78a7e19.txt")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_cleaned_text(path):
    *_, first, last = EXPECTED[path.name]
    text = _doc(path).text
    assert text.startswith(first)
    assert text.endswith(last)
    assert not re.search(r"</?[a-zA-Z][a-zA-Z0-9]*[\s/>]", text), "HTML tag left"
    assert not re.search(r"&(?:nbsp|amp|lt|gt|quot|#\d+);", text), "HTML entity left"
    assert "\\r" not in text and "\\n" not in text and "\r" not in text
    assert "ICP" not in text and "公网安备" not in text and "版权所有" not in text
    assert not re.search(r"[\uff10-\uff19\uff05\u3000\u00a0]", text), "full-width digit/％ or wide space left"
    assert not re.search(r"[\u4e00-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]", text), "pinyin annotation left"
    assert "\n\n" not in text and text == text.strip()
    for needle in MUST_CONTAIN.get(path.name, []):
        assert needle in text
    for needle in MUST_NOT_CONTAIN.get(path.name, []):
        assert needle not in text


@pytest.mark.skipif(not GOLD.is_dir(), reason=f"gold facts not found at {GOLD}")
@pytest.mark.parametrize("gold", sorted(GOLD.glob("*.jsonl")) if GOLD.is_dir() else [], ids=lambda p: p.name)
def test_no_report_text_is_lost(gold):
    """Every gold fact's context (copied from the raw seed) is still in the cleaned text."""
    doc = _doc(SEEDS / gold.name.replace(".jsonl", ".txt"))
    for line in gold.read_text(encoding="utf-8").splitlines():
        context = json.loads(line)["context"]
        if doc.traditional:
            context = to_simplified(strip_pinyin(context)[0])
        assert context in doc.text


def test_cleaning_is_stable():
    """Same bytes → same document, and cleaning a cleaned text changes nothing."""
    from zhibiao.ingest import clean_text

    for path in FILES:
        a, b = _doc(path), _doc(path)
        assert a == b
        if path.suffix == ".txt":
            assert clean_text(a.text) == a.text
