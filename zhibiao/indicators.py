"""The indicator dictionary: canonical indicators that regional reports publish, and their synonyms.

Data: `zhibiao/data/indicators.csv` (primary key `code`; name_zh, name_en, pipe-separated synonyms, old
names included: 农民人均纯收入, 公共财政预算收入, 社会商品零售总额), published by the data package as
`indicators`.

`indicator_code(phrase)` maps an indicator phrase taken from a text to a code. It is exact, never a guess
from a word the phrase ends with:
1. the phrase is cleaned: quotation marks, spaces, footnote markers ([2], ②, 注1) and list numbering go;
2. it equals a name or synonym, also without a trailing growth word (增速, 增长率, 增幅, 涨幅, 年均实际) or, that
   failing, without one tail that only counts, sums or qualifies (高新技术企业数, 税收总额, 进出口规模, 地区生产总值连续,
   …按可比口径, a table column's （比上年增长%）) → that code;
3. otherwise one word that only says *where*, *when* or *how it came about* is taken off its head and step 2
   is tried again (word by word): a place (全省, 本市, 我国, 长沙市, 宁波, 吉林市龙潭区), a time (2023年, 今年, 上半年,
   1—9月, 到2025年, “十四五”期间), a verb or source (完成, 实现, 预计, 初步核算, 按常住人口计算), a word that only
   says "all of" or "there are" (各类, 全社会, 有). The
   place is then the fact's region (facts.region), so 长沙市地区生产总值 and 全市地区生产总值 are both `gdp`;
4. a verb of building at the head (新建, 建成, 改造, 新改扩建) is taken off only when what is left names works whose
   entry counts what was built or renovated (新建旅游厕所 → `public_toilets`, 建成乡镇污水处理厂 → `sewage_plants`);
   before any other code it narrows (新建商品房销售面积 is new housing only), so the phrase stays uncoded.
Anything else → None. A head that narrows the indicator is not in those lists, so the phrase stays uncoded
rather than taking its total's code: 人均地区生产总值 is `gdp_per_capita` and 国民生产总值 `gnp` (entries of their
own), while 兵团生产总值, 兰州新区生产总值, 开发区地区生产总值, 县域生产总值, 城市居民消费价格, 城乡居民人均可支配收入
and 城乡低保标准 (mostly an urban and a rural figure under 分别) and 占地区生产总值比重 get no code; what a list of
projects invests (总投资, 完成投资, 年度计划投资) has codes of its own, never `fixed_asset_investment`. Old names that measure something
else keep their own code: 农民人均纯收入 (net income, before 2013) is `rural_net_income`, never
`rural_disposable_income`; 城镇登记失业率 is `registered_unemployment_rate`, apart from the surveyed rate. Phrases
saying 新增 (新增高新技术企业) have flow codes (`…_new`); a bare entity phrase (高新技术企业) keeps the entity's
code, whose description says it may count the entities added when a list shares one 新增.
Results are cached (about 11 µs a phrase uncached): the function is called once per fact.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from zhibiao import DATA

DATA_FILE = DATA / "indicators.csv"  # (compiled, this module lives in the build: the data is found from the package)
_GROWTH_TAIL = re.compile(r"(?:年均增速|年均增长|年均实际|增速|增长速度|增长率|增幅|涨幅|升幅|增长幅度|上涨幅度|实际增长|实际)$")
# Tails that say nothing about what is measured: a count's or an amount's word (高新技术企业数, 税收总额, 进出口规模),
# an adverb or a course the phrase caught (地区生产总值连续…, 城镇登记失业率始终…, 进出口逆势上扬，增长23.5%), a scope
# note (同口径, 按可比口径) or a table column's note (（比上年增长%）, （专利数）, （2001）). Taken off only when what is
# left is in the dictionary, once. Not 人数 (事故起数人数 is a pair), not 比重/占比 (a share is another statistic),
# and 规模 not after 产业 (the size of an industry is its output, not its value added).
_TAIL = re.compile(r"(?<!产业)规模$|(?:总数|数量|户数|家数|个数|数|总量|总额|额|总值|金额|连续|(?:逆势|逆市)?(?:上扬|回升|走高)|逆势|始终|继续|同口径|按可比口径|"
                   r"按(?:当年|现行|可比)价格?计算|(?:到|在)?(?:19|20)\d\d年(?:底|末)?|"
                   r"可比口径|月人|降|下|(?<!经济)指标|(?<=收入)增收|（(?:比上年(?:同期|末)?增长%?|专利数|五年平均增长|(?:19|20)\d\d(?:[-—–](?:19|20)\d\d)?)）)$")
# Its longest match: every match ends the phrase (or stands before a last newline), so a search need not start earlier
# than that many characters (+1) before the end, where re would otherwise try the pattern at every position (tested).
TAIL_WIDTH = 11
# The characters a match of each tail pattern ends on (tests/test_extract_shortcuts.py derives them from the patterns):
# nine phrases in ten looked up end on none, and keep their tail without a substitution or a search.
GROWTH_TAIL_LAST = frozenset("幅度率速长际")
TAIL_LAST = frozenset("下人值势升径底年扬收数末标模终续算量降额高）")
_QUOTE_CHARS = "“”\"'‘’《》「」〈〉 \u3000\t"  # quotation marks and spaces, never part of a name
_QUOTES = str.maketrans("", "", _QUOTE_CHARS)
# (the same as a class: a phrase of Chinese is searched for them 2x faster than str.translate looks up its every
# character in the table, and most phrases hold none)
_QUOTE_MARK = re.compile(f"[{re.escape(_QUOTE_CHARS)}]")
# Footnote markers and list numbering, wherever they were left in the phrase.
_MARKS = re.compile(r"\[\s*(?:注\s*)?\d{1,3}\s*\]|［\s*\d{1,3}\s*］|〔\s*\d{1,3}\s*〕|[①-⑳⑴-⒇❶-❿]|（注\d{1,2}）|\(注\d{1,2}\)|"
                    r"[（(]注[：:][^（）()]{0,30}[）)]|"  # 广义货币M2（注：M2为M右下角加2）
                    r"^(?:[0-9]{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.是]|图\d+[.．]?)")
# What a phrase with a mark holds (a bracket, a circled number, 注), or opens on (a list number): tested first, as most
# phrases have none, and a class is searched fast where the substitution tries its alternatives at every position
_MARK_INSIDE = re.compile(r"[\[［〔注①-⑳⑴-⒇❶-❿]")
_MARK_OPENERS = frozenset("0123456789（(一二三四五六七八九十图")
_HEAD_PUNCT = re.compile(r"^[-—–―~：:，,、；;。.·…]+")
_YEAR = r"(?:(?:19|20)\d\d|[一二三四五六七八九〇零○]{4})年(?:度|底|末|初|全年)?"
_PLAN = r"“?[十]?[一二三四五六七八九十]五”?(?:时期|期间|期末|末|初期|规划期)?"
# Heads that say when: a year, a part of the year, a plan period, a target date.
_TIME_HEAD = re.compile(
    rf"^(?:(?:到|至|截至|截止|截止到|在|于)?{_YEAR}(?:前|以来)?|(?:到|至)?{_PLAN}|今年|去年|上年|本年|当年|明年|全年|年内|年末|年底|年初|"
    r"上半年|下半年|第?[一二三四]季度|前三季度|\d{1,2}[-—–~至]\d{1,2}月(?:份)?|\d{1,2}月(?:份)?|"
    r"(?:未来|今后|过去|近)?[三五]年(?:来|间|内|累计)?|同期|年均|(?:年|每年)?平均(?:每年)?|每年|年(?!度)|"
    r"年度(?!计划|目标|任务|预算|投资|固投))"  # 年度进出口总额达6200亿元 (青岛 2021); not 年度固投, a programme's
)
# Heads that say how the figure came about or how firm it is (the status column keeps that apart).
_VERB_HEAD = re.compile(
    r"^(?:初步核算|初步统计|经初步核算|据初步核算|初步|预计|预期|力争|争取|确保|吸引|努力实现|建议|奋力实现|奋力|可实现|全年实现|实现了|实现|完成了|完成|累计完成|累计实现|累计|"
    r"共计|合计|总计|共|达到|其中|即|就是|包括|按可比价格计算|按可比价计算|按不变价格计算|按不变价计算|按现价计算|"
    r"使|将|保持|稳定|计划|安排|实施|开展|落实|组织|促进|助推|全口径|认真|高质量|办理|办复|办结|"
    r"按常住人口计算|按常住人口|"  # (按户籍人口计算人均GDP divides by another population: not the per-capita GDP)
    # a word that only says "all of" or "there are" (各类市场主体, 全社会研发经费, 有公共图书馆) or a stray 的
    r"各类|各级|全社会|全部|主要|拥有|现有|共有|有|的)"
)
# Verbs of building at a phrase's head (新建公厕, 建成污水处理厂, 改造供水管网). Taken off only when what is left is
# the code of a kind of works whose description already counts what was built, rebuilt or renovated (_WORKS): on
# other codes such a verb narrows (建成区面积 is not 区面积; 新建商品房销售面积 is new housing only). 开工/启动 (started)
# are not built, so they stay.
_WORKS_HEAD = re.compile(r"^(?:新建改扩建|新建和改扩建|新改扩建|新建改建|新建改造|新建扩建|新改建|改扩建|新建成|新建|建成|建设|"
                         r"改造提升|提升改造|改造|综合整治|整治|修建|新修|建)")
_WORKS = frozenset("""public_toilets kindergartens_built public_kindergartens_built schools_built gas_pipes water_pipes
    sewer_pipes heating_pipes sewage_plants village_clinics township_health_centres farmers_markets farmhouse_libraries
    pocket_parks greenways charging_piles base_stations_5g back_streets_renovated rural_roads rural_toilet_renovation
    old_communities public_rental_housing rental_housing shantytown urban_village_renovation rural_housing_renovation
    dangerous_bridges reservoir_reinforcement public_libraries museums cultural_centres community_health_centres
    township_cultural_stations utility_tunnels community_parks country_parks football_pitches
    low_rent_housing rural_water_projects sponge_city_area""".split())
# Heads that name the whole of the document's place or the country (全省, 本市, 我国, 自治区; 市一般公共预算收入 and 市生产总值 in
# a city's report: the city's level of government, as 地方 is; 县… in a city's report sums its counties).
_SCOPE_HEAD = re.compile(r"^(?:全国|我国|全省|全市|全区|全县|全州|全盟|全旗|全疆|全岛|本省|本市|本区|本县|本州|我省|我市|我区|我县|我州|我旗|我盟|自治区|省内|市内|域内|辖内|"
                         # 来源于广东的财政总收入, 来源于佛山市财政收入: the revenue raised in the region, all of it
                         r"来源于[\u4e00-\u9fff]{1,8}?的?(?=财政)|"
                         r"[省市](?=一般公共预算|地方|财政|公共财政|生产总值|外贸|进出口|出口))")


@dataclass(frozen=True, slots=True)
class Indicator:
    code: str
    name_zh: str
    name_en: str
    synonyms: tuple[str, ...]
    description: str

    def __reduce__(self) -> tuple:
        # (compiled, a frozen dataclass would unpickle by setting its fields one by one, which it refuses)
        return Indicator, (self.code, self.name_zh, self.name_en, self.synonyms, self.description)

    def as_dict(self) -> dict:
        return {"code": self.code, "name_zh": self.name_zh, "name_en": self.name_en,
                "synonyms": "|".join(self.synonyms), "description": self.description}


def load_indicators(path: str | Path = DATA_FILE) -> list[Indicator]:
    """Read the dictionary; raises ValueError naming the file on a duplicate code or synonym, or a row with more
    fields than the header."""
    out: list[Indicator] = []
    codes: set[str] = set()
    owner: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        for rec in reader:
            if None in rec:  # more fields than the header: an unquoted comma in a description
                raise ValueError(f"{path}: line {reader.line_num} has more fields than the header")
            syns = tuple(s for s in rec["synonyms"].split("|") if s)
            ind = Indicator(rec["code"], rec["name_zh"], rec["name_en"], syns, rec.get("description", ""))
            if ind.code in codes:
                raise ValueError(f"{path}: duplicate indicator code {ind.code!r}")
            codes.add(ind.code)
            for term in {ind.name_zh, *syns}:
                term = term.translate(_QUOTES)
                if term in owner and owner[term] != ind.code:
                    raise ValueError(f"{path}: {term!r} is a synonym of both {owner[term]} and {ind.code}")
                owner[term] = ind.code
            out.append(ind)
    return out


@lru_cache(maxsize=1)
def _terms() -> dict[str, str]:
    table: dict[str, str] = {}
    for ind in load_indicators():
        for term in (ind.name_zh, *ind.synonyms):
            table[term.translate(_QUOTES)] = ind.code
    return table


# Short names of counties that are also words opening an indicator (平原造林, 惠民病床, 合作项目, 公安机关).
_NOT_A_PLACE_HEAD = frozenset("平原 惠民 合作 公安 平安 民权 安全 开放 新城 城中 文明 和平 永和 新区 开发 高新 经开".split())


@lru_cache(maxsize=1)
def _place_names() -> dict[str, tuple[str, ...]]:
    """Names of China's divisions (full and short: 长沙市, 长沙, 宁波), grouped by their first two characters,
    longest first."""
    from zhibiao.ingest.regions import _NOT_A_NAME, all_regions, short_names

    names: set[str] = set()
    for r in all_regions():
        if r.level != "country" and r.name not in _NOT_A_NAME:
            names.add(r.name)
        names.update(short_names(r))
    names -= _NOT_A_PLACE_HEAD
    by_prefix: dict[str, list[str]] = {}
    for name in sorted(names, key=lambda s: (-len(s), s)):
        by_prefix.setdefault(name[:2], []).append(name)
    return {k: tuple(v) for k, v in by_prefix.items()}


def _place_head(p: str) -> str | None:
    for name in _place_names().get(p[:2], ()):
        if p.startswith(name) and len(p) > len(name):
            # 广州地区完成进出口总值 (广州 2009): the place's area is the place
            return name + "地区" if p.startswith("地区", len(name)) and len(p) > len(name) + 2 else name
    return None


# The kinds of head in the order they are tried, as the alternatives of one pattern: one match tries them one after
# another as four calls did (none matches an empty string: tested).
_HEAD_WORD = re.compile("|".join(f"(?:{p.pattern})" for p in (_HEAD_PUNCT, _SCOPE_HEAD, _TIME_HEAD, _VERB_HEAD)))


def _head(p: str) -> str | None:
    """The word at the head of `p` that only says where, when or how (see the module docstring), or None."""
    place = _place_head(p)  # first: 达州, 全椒 and 共和 are places, not verbs or scopes
    if place:
        return place
    m = _HEAD_WORD.match(p)
    return m.group() if m else None


# Older words for "per head" (农民按人口平均的纯收入, 城镇居民家庭平均每人生活费收入, 1980s reports): 人均
_PER_HEAD_WORDS = re.compile(r"按人口平均的?|平均每人的?|每人平均的?")
# A year's income per head said with 年 (农村居民人均年纯收入, 城镇居民年人均可支配收入): the same income
_YEAR_IN_INCOME = re.compile(r"年(?=人均(?:纯|可支配)?收入)|(?<=人均)年(?=(?:纯|可支配)?收入)")


# 粮食（不包括大豆）的产量 → 粮食产量: 的 between a product and its output says nothing more
# 规模以上工业企业预计完成增加值: the estimate's word inside the name
_ESTIMATED_INSIDE = re.compile(r"预计(?=完成|实现)")
# 一产实现增加值166亿元 (大庆 2014): the verb between a sector and its output
_DONE_INSIDE = re.compile(r"(?<=..)(?:实现|完成)(?=增加值$|总产值$|产值$)")
_OF_BEFORE_OUTPUT = re.compile(r"(?<=[\u4e00-\u9fff])的(?=总?产量$)")


# 2000万元以上工业增加值, 实现2000万元以上规模工业增加值 (黔东南 2014): industry above the size threshold of its years
_SIZE_THRESHOLD = re.compile(r"^(?:年主营业务收入|年销售收入)?(?:500|2000)万元以上(?:规模)?(?:以上)?工业")


# R&D spending against GDP, however the report words it (全社会研究与试验发展经费支出占地区生产总值的比重, 研发投入占比,
# 研究与发展经费支出相当于国内生产总值的比重): R&D intensity
_RD_OF_GDP = re.compile(r"(?:研发|(?:科学)?研究与试验发展|研究与发展|研究与开发|R&D)(?:（R&D）|\(R&D\))?(?:经费|费用|资金)?(?:投入|支出)?"
                        r"(?:(?:占|相当于)(?:地区|国内)?(?:生产总值|GDP)的?(?:比重|比例)?|占比)$")


# The balances of all deposits or loans, with the words that only say whose and in what currency in any order
# (金融机构年末存款余额, 各项人民币存款余额, 银行业金融机构人民币存款余额, 金融机构各项本外币贷款余额): one statistic each
# (not 城乡居民储蓄存款余额, the households' savings)
_ALL_BALANCES = re.compile(r"(?:全部|年末|地区|银行业|金融机构|银行|各项|本外币|人民币)+(存款|贷款)余额")


# words of how a figure was counted, inside a name: 规模以上工业企业盈亏相抵后实现利润总额 (profits net of losses, as
# profits are published), 经认定的高新技术企业, 国家高新技术企业通过认定…总数
_ACCOUNTING_WORDS = re.compile(r"盈亏相抵后?(?:实现)?|^经认定的?|(?<=企业)通过认定(?=总数|总量|数量)")


def _clean(phrase: str) -> str:
    p = _QUOTE_MARK.sub("", phrase) if _QUOTE_MARK.search(phrase) else phrase
    if "款余额" in p and (b := _ALL_BALANCES.fullmatch(p)):
        p = f"金融机构{b[1]}余额"
    if ("研" in p or "R&D" in p) and (m := _RD_OF_GDP.search(p)):
        p = p[:m.start()] + "研发经费投入强度"
    if p[:1] in _MARK_OPENERS or _MARK_INSIDE.search(p):
        p = _MARKS.sub("", p)
    if "平均" in p:
        p = _PER_HEAD_WORDS.sub("人均", p)
    if "的" in p:
        p = _OF_BEFORE_OUTPUT.sub("", p)
    if "预计" in p:
        p = _ESTIMATED_INSIDE.sub("", p)
    if "实现" in p or "完成" in p:
        p = _DONE_INSIDE.sub("", p)
    if "万元以上" in p:
        p = _SIZE_THRESHOLD.sub("规模以上工业", p)
    if "盈亏相抵" in p or "认定" in p:
        p = _ACCOUNTING_WORDS.sub("", p)
    return _YEAR_IN_INCOME.sub("", p) if "年" in p else p


def _lookup(p: str) -> str | None:
    table = _terms()
    if p in table:
        return table[p]
    bare = _GROWTH_TAIL.sub("", p) if _may_end_on(p, GROWTH_TAIL_LAST) else p
    if bare and bare in table:
        return table[bare]
    # (it ends the phrase: see TAIL_WIDTH)
    m = _TAIL.search(bare, max(0, len(bare) - TAIL_WIDTH - 1)) if _may_end_on(bare, TAIL_LAST) else None
    return table.get(bare[:m.start()]) if m and m.start() else None


def _may_end_on(p: str, last: frozenset[str]) -> bool:
    """Whether a tail pattern whose matches end on a character of `last` may match `p` ($ stands before a last newline
    too)."""
    return p[-1:] in last or p[-1:] == "\n"


@lru_cache(maxsize=1 << 16)
def indicator_code(phrase: str | None) -> str | None:
    """Code of the dictionary entry that `phrase` names, or None (see the module docstring)."""
    if not phrase:
        return None
    p = _clean(phrase)
    built = False  # a verb of building was taken off: only a code of works may answer
    while p:
        code = _lookup(p)
        if code:
            return code if not built or code in _WORKS else None
        head = _head(p)
        if not head:
            m = _WORKS_HEAD.match(p)
            if not m:
                break
            head, built = m.group(), True
        if p.startswith("、", len(head)) and head[-1] != "、":
            return None  # 建议、提案: the head is the first item of a list, not a word before the name
        p = p[len(head):]
    return _share_named(_clean(phrase)) if "占" in phrase else None


def _share_named(p: str) -> str | None:
    """民营经济增加值占全市生产总值的比重: the dictionary's share of an amount in a whole, however the two are worded."""
    m = _SHARE_NAME.fullmatch(p) if p.endswith("比重") else None
    return share_of_amount(indicator_code(m[1]), "占" + m[2]) if m else None


# What the names of amounts of money, lengths and areas end on: such a statistic never counts things or people
# (外贸16条 names a policy, 141家外贸“白名单”企业 counts firms, 19个自治区重点项目投资完成率 counts projects,
# 建成高速公路3条 counts routes: the length is the 169公里 beside it).
# (粮食产量 is weighed: 粮食…产量81.4万吨，全市329户、1202人防返贫监测对象… counts households, 揭阳 2023)
_MEASURED_NAME = re.compile(r"(?:总额|总值|收入|投资|产值|增加值|生产总值|支出|余额|零售总额|利润|税收|里程|面积|粮食产量)$")


@lru_cache(maxsize=1)
def _measured_codes() -> frozenset[str]:
    return frozenset(ind.code for ind in load_indicators() if _MEASURED_NAME.search(ind.name_zh))


def counts_works_done(code: str | None) -> bool:
    """True when `code` counts works built, opened or renovated (污水处理厂, 打通断头路), which works only begun are not;
    a count of projects (亿元以上项目, 省市重点项目) is theirs whatever stage they are at."""
    if not code:
        return False
    return code in _WORKS or code.endswith(("_opened", "_built", "_added", "_completed", "_renovated"))


@lru_cache(maxsize=1)
def _project_codes() -> frozenset[str]:
    return frozenset(ind.code for ind in load_indicators()
                     if (ind.code.startswith("projects_") or ind.name_zh.endswith("项目")) and "investment" not in ind.code)


def counts_projects(code: str | None) -> bool:
    """True when `code` counts projects (签约项目, 竣工投产, 亿元以上项目, 市级重点项目), not their investment."""
    return code in _project_codes()


# The headline statistics of a year: figures of one year each, never summed over years (a total over five years
# says so: 五年累计, 共完成)
_ANNUAL_HEADLINES = frozenset("""gdp gdp_per_capita general_budget_revenue general_budget_expenditure fiscal_revenue
    fiscal_revenue_total retail_sales fixed_asset_investment industry_va industry_va_above_scale foreign_trade exports
    imports urban_disposable_income rural_disposable_income rural_net_income""".split())


# Statistics whose value is a percentage of another amount, said either as a rate (研发投入强度达到3.9%) or as a part
# (研发经费支出占地区生产总值比重达到2.7%): one measure each, so that one question finds them all. R&D intensity is a
# rate (R&D spending is no part of GDP); a share of GDP or of investment is a part of a whole.
_MEASURE_OF_PERCENTAGE = {"rd_intensity": "level", "tertiary_share_of_gdp": "share", "private_investment_share": "share",
                          "livelihood_expenditure_share": "share"}


def measure_of_percentage(code: str | None, measure: str) -> str:
    """The measure of a percentage value of `code` that was read as `measure` (level or share)."""
    if measure in ("level", "share") and code in _MEASURE_OF_PERCENTAGE:
        return _MEASURE_OF_PERCENTAGE[code]
    return measure


# A dictionary entry named 制造业增加值占地区生产总值比重 is the share of one amount (制造业增加值) in a whole (地区生产总值).
_SHARE_NAME = re.compile(r"(.+?)占(.+?)的?比重")


@lru_cache(maxsize=1)
def _shares_of_amounts() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Amount code -> the share entries of that amount: (share code, the names of the whole), longest whole first."""
    by_name = {name: ind for ind in load_indicators() for name in ind.synonyms}
    by_name.update((ind.name_zh, ind) for ind in load_indicators())
    shares: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for ind in load_indicators():
        m = _SHARE_NAME.fullmatch(ind.name_zh)
        part = by_name.get(m[1]) if m else None
        if m is None or part is None:
            continue
        whole = by_name.get(m[2])
        shares.setdefault(part.code, []).append((ind.code, (m[2], *(whole.synonyms if whole else ()))))
    return {code: tuple(sorted(entries, key=lambda e: -len(e[1][0]))) for code, entries in shares.items()}


# Names of numbers of people (常住人口, 参加失业保险人数), which no percentage can be either
_PEOPLE_NAME = re.compile(r"(?:人口|人数)$")


@lru_cache(maxsize=1)
def _amount_codes() -> frozenset[str]:
    people = {ind.code for ind in load_indicators() if _PEOPLE_NAME.search(ind.name_zh)}
    return _measured_codes() | people | frozenset(_shares_of_amounts())


# Counts with a twin in percent: 空气优良天数99.9% is the share of good days, not their number
_SHARE_TWIN = {"good_air_days_count": "good_air_days"}


def code_of_percentage(code: str | None) -> str | None:
    """The code of a percentage said under `code`: its twin in percent when the dictionary keeps one apart."""
    return _SHARE_TWIN.get(code, code) if code else code


def said_as_an_amount(code: str | None) -> bool:
    """True when `code` is an amount (of money, output, length or area), a number of people, or a scale that has
    shares in the dictionary (数字经济): a percentage said of it is some share, never the statistic itself."""
    return code in _amount_codes()


def share_of_amount(code: str | None, said_before: str) -> str | None:
    """The code of a percentage said of the amount `code` (制造业增加值…占地区生产总值比重分别达19%): the dictionary's share
    of that amount in the whole that `said_before` (the clause up to the figure) names after 占, else None. A percentage
    is never the amount itself, and a share of another whole (园区税收占全市的41.3%, 民营经济实现税收占全市的51%) is
    no statistic of the dictionary."""
    at = said_before.rfind("占")
    if not code or at < 0:
        return None
    whole = said_before[at + 1:]
    for share, names in _shares_of_amounts().get(code, ()):
        if any(whole.startswith(name) for name in names):
            return share
    return None


def annual_headline(code: str | None) -> bool:
    """True when `code` is a headline statistic of a year (地区生产总值, 地方一般公共预算收入, 社会消费品零售总额 …)."""
    return code in _ANNUAL_HEADLINES


@lru_cache(maxsize=1)
def _balance_codes() -> frozenset[str]:
    return frozenset(ind.code for ind in load_indicators() if ind.name_zh.endswith("余额"))


def is_a_balance(code: str | None) -> bool:
    """True when `code` is an amount outstanding at a date (贷款余额), which no amount added in a period can be."""
    return code in _balance_codes()


# Statistics of people: households, villages or counties counted beside them (减贫3210户、6686人) are no figure of them
_OF_PEOPLE = frozenset(("poverty_reduction", "poor_population"))


def counts_people(code: str | None) -> bool:
    """True when `code` counts people only (脱贫6686人), never the households or villages they live in."""
    return code in _OF_PEOPLE


def never_a_count(code: str | None) -> bool:
    """True when the statistic `code` names is an amount, a length or an area, which no count of things can be."""
    return code in _measured_codes()


# A rural income named without its measure (城乡居民收入分别增长7.6%、10.3%) is net income (纯收入) up to 2012 and
# disposable income (可支配收入) from 2015, when every province reported by the unified household survey. In 2013–2014,
# the years of the change, the report's own year decides: reports of 2014 and before still spoke of net income
# (永州 2014: 城乡居民收入…7799元 for 2013, 增长13% for 2014), reports of 2015 on of disposable income (西安 2015).
_BY_ERA = {"rural_income": ((2012, "rural_net_income"), (2015, "rural_disposable_income"), 2014)}


def code_in_period(code: str | None, period: str | None, said_in: int | None = None) -> str | None:
    """The code of a statistic whose measure the reports changed over time, for the years of `period`, said in a
    report that plans the year `said_in` (None: not known)."""
    eras = _BY_ERA.get(code) if code else None
    if not eras or not period or not period[:4].isdigit():
        return code
    (last_old, old), (first_new, new), last_report_of_old = eras
    first, last = int(period[:4]), int(period.split("/")[-1][:4])
    if last <= last_old:
        return old
    if first >= first_new:
        return new
    if said_in is None:
        return code
    return old if said_in <= last_report_of_old else new
