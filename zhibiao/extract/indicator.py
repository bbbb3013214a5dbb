"""The indicator: a short Chinese noun phrase, taken from the text, naming what a number measures.

- When a noun follows the quantity, the quantity counts that noun: 5个技改升级项目 → 技改升级项目,
  100万只蛋鸡养殖基地 → 蛋鸡养殖基地. With 的 in between (投资260亿元的京能集团风光互补) the noun
  after 的 plus the word before the number (投资) names it: 京能集团风光互补投资.
- Otherwise the subject before the number in its clause, without the verb and comparison that lead to
  the number: 旅游收入实现8.5亿元 → 旅游收入; 空气优良天数比例比2022年提高0.5个百分点 → 空气优良天数比例.
  "X等Y" keeps the category Y and the opening verb: 新建口袋公园等绿化项目11个 → 新建绿化项目; examples listed
  with 、 are always dropped (拆除南门、北门等节点…的施工围挡422处 → 拆除施工围挡), and 中等/高等 are no 等.
- A count followed by an amount and 的 counts the noun after 的: 6个年度计划总投资100亿元的装备制造项目 →
  装备制造项目. A label ending in 目标 after the number is not what it counts (突破10万P“双十万”建设目标).
- A count with no noun, followed by a short modifier and a count in the same unit that has one, shares it:
  完成中央13项、自治区45项生态环境保护督察反馈问题整改 → 中央生态环境保护督察反馈问题整改.
- A clause with no subject of its own (…8.5亿元,增长57.4%) takes the indicator of the quantity before it
  in the sentence; failing that, the subject of the clause before (GDP增长速度达到新高,实现8.5%).
- Lists with 分别 pair subjects and numbers in order: 肉牛、生猪、家禽、梅花鹿出栏量分别增长44.8%、…
  → 肉牛出栏量, 生猪出栏量, …; a known abbreviation expands (批零住餐 → 批发业, 零售业, 住宿业, 餐饮业), also inside
  a phrase that names a pair (城乡低保标准 → 城镇低保标准, 农村低保标准; 金融机构存贷款余额 → 金融机构存款余额, …).
- A clause that only says how the value changed (比上年末增加, 比年初增加, 增产, 实际增长, 年平均增长) names no
  subject: it continues the fact before it.
"""
from __future__ import annotations

import re
from functools import lru_cache

try:
    from re import _constants as _sre, _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from zhibiao.units import MAGNITUDES, base_surfaces, lookup

MAX_LEN = 16  # the noun after a quantity
# The subject before a number: long enough for the longest names of statistics (高技术制造业增加值占规模以上工业增加值
# 比重, 研究与试验发展经费支出占地区生产总值比重), which a shorter cut broke at their head.
SUBJECT_MAX_LEN = 24

_TRAILING_VERBS = re.compile(
    r"(?:实现|完成|达到了|达到|高达|达|突破|超过|超|为|是|有|保持在|保持|稳定在|稳定|巩固在|巩固|增长到|增长|下降|增加|减少|提高|提升|"
    r"上涨|上升|回落|下滑|涨幅|降幅|折合|增产|减产|净增|(?<![新净递倍])增|实际|(?:初步)?核算|初步统计|安排|转正|(?<!上)年平均|平均每年|平均|递增|比增|比降|比减|减到|减为|减至|"
    r"相继|先后|陆续|按|计划|预定|必保|力保|扭负为正|转负为正|由负转正|由降转升|扭降为升|扭降为增|收窄|回升|(?<![税减])负|止跌回稳|止跌回升|止跌企稳|企稳回升|跃上|跃升|定为|确定为|逐季|逐月|逐年|稳步|持续|明显|大幅|显著|历史性|再次|一举|快速|较快|平稳|迅速|进一步|逆势|逆市|跨过|跨越|跨上|迈上|迈过|站上|跨|"
    r"降低|降至|下降到|(?<!下)降到|增至|同比|环比|分别|(?<![人平])均|各|基本|共计|共有|共|累计|约|近|总计|合计|首次|将|再|已|了|在|到|至|由|从|拥有|接近|甚至|控制在|控制|调控在|调控|"
    r"每月|每年|每人|每户|每天|每日|处于|仅为|仅|微降|微涨|微增|原定|原计划|逐步|逐渐|(?<=资)实到|维持在|维持|"
    r"比上年|较上年|比去年|较去年|上拉|拉动|整体|年均|全年|持续|继续|预计|有望|力争|争取|确保|要|可|(?<![产动效热电风核势])能)$"
)
_GOAL_TAIL = re.compile(r"(?:的)?(?:预期|调控|奋斗|发展)?(?:增长)?目标(?:拟定?|定|确定|建议)?(?:为|是)?$|(?:的)?预期(?:为|是)?$")
_COMPARISON_TAIL = re.compile(
    r"(?<![同占贷环])(?:比|较|较之|相比|与)(?:上年实绩|上年末|去年末|上年底|去年底|年初|上年|去年|\d{4}年|同期|上年同期|上一年|前五年|前三年|一季度|上半年|上月|"
    r"\d{1,2}月份?|1[-—]\d{1,2}月份?)?(?:[和、及与](?:上年|去年|\d{4}年))?$"  # 比上年和2002年
    r"|(?:是|为|达到|相当于)?(?:近\d+年|去年|上年|\d{4}年|同期)的$"
    # 是“十二五”末的1.61倍, 是上个五年的2倍: a plan period or the five years before are a base, never the indicator
    r"|(?:是|为|达到|相当于|比)?(?:[“\"]?(?:十[一二三四五]?五|[六七八九]五)[”\"]?(?:时期|期间|期|末)?|上个五年|前五年|五年前)的$"
    r"|(?:比|较)[“\"]?(?:十[一二三四五]?五|[六七八九]五)[”\"]?(?:末|期末)$"  # 比“十二五”末提高42.3%: a base, said alone
    # 增速由一季度的5.9%…逐步回升到全年的6.5%: the parts of the year a path runs through, never the indicator
    r"|[由从到至](?:上半年|下半年|前三个?季度|前两个?季度|第?[一二三四]季度|全年)的?$"
    # 地区生产总值增速高于全省1个百分点，按增长7%以上安排 (阿坝 2023): the place compared with, never the indicator
    r"|(?:分别)?(?:高于|低于|快于|慢于|领先|超过|超出)(?:全国|全省|全市|全区|全州)(?:平均)?(?:水平)?$"
)
_PLACES_ETC = re.compile(r"在[^在,，]*等地")
_LEADING_NOISE = re.compile(
    r"^(?:[,，、；;：:\s*—]|但是|但|是|恢复(?:到|至)|(?:据|经)?初步(?:核算|统计|测算)|(?:中央|国家)?提出|要|计划|(?:今年|去年|明年)的|全力争取|力争|力促|争取|努力|把(?![握关])|期末|(?:去年|今年|上年)(?:底|末)|"
    r"按照?(?:可比|不变)价格?(?:计算)?|实际(?=完成)|(?:按照?)?(?:可比|同|自然|新的?|新的?统计|统计|在地|传统|历史可比|验资)口径(?:计算)?|"
    r"(?:500|2000)万元(?:以上)?口径|"  # 2000万元口径规模以上工业增加值 (贵阳 2015): the size threshold of the series
    r"在?正常(?:年景|年份)(?:条件)?下?|(?:在)?(?:大灾|大旱|大涝|丰收|灾害)之年|"  # 正常年景下粮食产量达到900亿斤以上 (吉林 2026): the weather a grain target assumes
    r"(?:考虑|扣除|剔除)[^，,。；;]{0,12}?因素(?:影响)?后?|可比价|同口径|(?:主要)?预期(?:目标|指标)(?:是|为)|主要(?:目标|指标)(?:是|为)|[一二三四]季度|全年|下半年|自?(?:19|20)\d\d年以来|[在到]?(?:19|20)\d\d年(?:末|底)?的?|其中|特别是|尤其是|同时|此外|另外|目前|截至目前|全市|全县|全区|全州|我市|我县|我区|今年|去年|明年|全年|整体|"
    r"过去一年|前三季度|上半年|(?:19|20)\d\d年(?:上半年|前三季度|底)?|1[-—]\d{1,2}月份?|预计|预期(?!目标|指标|性|寿命)|力争|确保|推动|推进|"
    r"(?:19|20)\d\d\s*[-—~至到]\s*(?:19|20)\d\d年|年内|在(?=[一二三四]季度|上半年|下半年|前三季度|全年)|[(（]|也|还|又|仍|终于|首次|圆满|顺利|成功|先后|相继|实现|"
    r"(?:较|比)(?:上一年|上年决算数|上年决算|上年实绩|上年同期|上年末|上年底|上年|去年同期|去年末|去年底|去年|同期|年初)|[两三四五]年(?:平均|年均)|年均(?=增速|增幅|增长速度)|[一二三四五六七八九十]+是|共计)+"
)


# What a match of _LEADING_NOISE opens on, besides a space (tests/test_extract_shortcuts.py derives it from the
# pattern): two phrases in three open on none, and keep their head without a try of its sixty alternatives
_LEADING_NOISE_FIRST = frozenset("(*,125:;—、一七三上下两中主九也争二五今仍传但先全八六共其初到前剔力努十去又另可同四国圆在实尤年恢成我截扣把按据推提期"
                                 "整新明是正此比特目相确终经统考自要计较过还顺预首（，：；大丰灾历验")


def _without_leading_noise(s: str) -> str:
    """`_LEADING_NOISE.sub("", s)`: the pattern opens on ^ and matches no empty string, so its one match is at 0 (a
    substitution would go on to try every other position)."""
    if s[:1] not in _LEADING_NOISE_FIRST and not s[:1].isspace():
        return s
    m = _LEADING_NOISE.match(s)
    return s[m.end():] if m else s


# Bracketed asides and note markers inside a phrase: （市、区）, （含外资）, (2).
_ASIDE = re.compile(r"（[^（）]{1,8}）|\([^()]{1,8}\)")
_ASIDE_END = re.compile(r"^[^（()）]*[）)]")
_OPENING_VERB = re.compile(
    r"^(?:新建改造|维修改造|新改建|新建|拆除|改造|建设|建成|实施|打造|打通|完成|开展|举办|创建|培育|新增|引进|签约|整合|"
    r"推进|认定|新认定|发放|争取|组织|开复工|谋划|支持|推动|治理|修复)"
)
_AFTER_STOP = re.compile(
    r"[,，。;；、：:！？!?（）()\d\s…—]|(?<=.)[“\"]|等|全面|全部|投入|入选|获评|加快|推进|实现|完成|顺利|稳步|有序|正式|已|均|"
    r"被|成功|建成|开工|竣工|落地|主体|达到|增长|增至|增加|为|突破|超过|与|扩能|现场|再(?!生)|发展|将|的|持续|不断|稳步|有效|"
    r"进一步|基本|分别|同比|比上年|较上年|签约|签订|启动|开展|大关|关口|台阶|相继|先后|陆续|落户|加紧|荣获|获得|开办|入驻|提供|"
    r"安排|逐步|逐渐|(?:快速|持续|稳步|明显)?回升|回落|收窄"  # (增速由一季度的5.9%逐步回升到全年的6.5%: the path, no noun of the first value)
)
_WHOLE_NOUN = re.compile(r"(?:GDP|生产总值|总产值|CPI|物价|价格指数)$")
_USE_PER_UNIT = re.compile(r"(?:综合)?(?:能耗|电耗|水耗)$")
# 居民消费价格涨幅、城镇调查失业率分别控制在3%和5%以内 (拉萨 2025): an item that is a rate or a change of its own
_OWN_RATE = re.compile(r"(?:率|涨幅|增幅|降幅|指数)$")
_MEASURE_SUFFIX = re.compile(
    r"(?:饲养量|出栏量|存栏量|起数|人次|游客|游客量|游客数|接待量|吞吐量|运量|用电量|产量|总值|产值|增加值|营业收入|收入|投资|销售额|零售额|总额|利润|税收|人数|数量|面积|规模|增速|"
    r"综合利用率|利用率|覆盖率|普及率|达标率|合格率|入学率|入园率|巩固率|保障率|浓度|价格指数|价格|单产|税率|费率|比例|标准|参保率|参保人数|治理率|就业率|上线率|入园率|处理率)+$"
)
# A share named after the last item (先进制造业、高技术制造业增加值占规模以上工业增加值比重): every item's share.
_SHARE_SUFFIX = re.compile(r"(?:增加值|总产值|产值|营业收入|投资)占[^、，,]{2,16}(?:比重|比例)$")
# 高考一本、本科进线率 → 进线率 for both; 常住人口、户籍人口城镇化率 → 城镇化率, a word of four
_RATE_SUFFIX = re.compile(r"(?:城镇化|城市化|[\u4e00-\u9fff]{2})率$")
# 一般公共预算总收入和地方一般公共预算收入税性比重 → each revenue's share of taxes, not the first revenue itself
_RATIO_OF_MEASURE_SUFFIX = re.compile(r"(?<=收入|投资|产值|总额)[\u4e00-\u9fff]{0,2}(?:比重|占比)$")
# Statistical abbreviations that stand for a list of indicators (data, not special cases of a text).
ABBREVIATIONS = {
    "批零住餐": ("批发业", "零售业", "住宿业", "餐饮业"),
    "批发零售住宿餐饮": ("批发业", "零售业", "住宿业", "餐饮业"),
    "一二三产业": ("第一产业", "第二产业", "第三产业"),
    "一二三产": ("第一产业", "第二产业", "第三产业"),
    "一、二、三产业": ("第一产业", "第二产业", "第三产业"),
    "第一、二、三产业": ("第一产业", "第二产业", "第三产业"),  # (莆田 2014)
    "一、二、三产": ("第一产业", "第二产业", "第三产业"),  # (六盘水 2021: 一、二、三产增加值分别增长6.3%左右、…)
    "三次产业": ("第一产业", "第二产业", "第三产业"),
    "城乡居民": ("城镇居民", "农村居民"),
    "城乡": ("城镇", "农村"),  # 城乡低保标准分别提高8%、10% → 城镇低保标准, 农村低保标准
    "进出口": ("进口", "出口"),
    "存贷款": ("存款", "贷款"),  # 金融机构存贷款余额分别增长12.5%、11.5% → 金融机构存款余额, 金融机构贷款余额
    "广播电视": ("广播", "电视"),  # 广播电视人口覆盖率分别达到83.1%和84.4% → 广播人口覆盖率, 电视人口覆盖率
    "肉蛋奶": ("肉类", "禽蛋", "奶类"),  # 肉蛋奶总产量分别达70万吨、33万吨、15万吨 → 肉类总产量, 禽蛋总产量, 奶类总产量
}
_LIST_WORD = re.compile(r"、|和|及|与")
# The abbreviations of each size, longest first: the order in which a list of that size tries them.
_ABBREVIATIONS_OF_SIZE = {n: tuple((a, f) for a, f in sorted(ABBREVIATIONS.items(), key=lambda kv: -len(kv[0]))
                              if len(f) == n)
                          for n in {len(f) for f in ABBREVIATIONS.values()}}
# A head with neither a list word nor an abbreviation names no list: most heads, tested once instead of per size.
_MAY_NAME_A_LIST = re.compile("|".join([_LIST_WORD.pattern] + [re.escape(a) for a in ABBREVIATIONS]))


def strip_verbs(s: str) -> str:
    """The phrase without the verbs and comparisons that lead to its number (旅游收入实现 → 旅游收入)."""
    return _strip_tail(s.strip("，,、 "))


# (also when a path through the year starts and how long a level was held: 居民消费价格从四季度开始下降，预计全年上涨5.7%:
# 陕西 2012; 居民消费价格总水平涨幅连续两年维持在1.5%: 海南 2007)
_YEARS_TAIL = re.compile(r"(?:在(?:19|20)\d\d年|(?:近|过去)?[两三四五]年(?:来|间|内)?|第?[一二三四]季度|上半年|下半年|前三季度|全年|(?<![\d两三四五十])年内|"
                         r"从[一二三四]季度开始|连续(?:[两三四五六七八九十]|\d{1,2})年)$")  # (粮食产量连续3年突破4000万吨: 山东 1996)
# The basis a figure is stated on, between the indicator and its verb (一般公共预算收入扣除留抵退税因素后、同口径增长2.6%;
# 地方一般公共预算收入在更大规模减税降费的情况下下降1.7%): how it was counted, not what, or where it ranks. A part taken out
# (生产总值…剔除房地产业后增长7.6%) is another figure and stays in the phrase.
_BASIS_TAIL = re.compile(r"(?:(?:扣除|剔除)[^扣剔，,。；;]{0,12}?(?:因素|退税|价格)后?(?:、?同口径)?|同口径|"
                         r"按照?(?:历史)?(?:传统|可比|自然|新的?|统计|验资)口径(?:计算)?|"  # 固定资产投资按传统口径计算超过8000亿元 (大连 2013)
                         r"在[^在，,。；;]{2,20}(?:情况|背景|形势|条件)下|"
                         # 粮食产量在低温寡照水涝的灾害之年达到24亿斤 (鹤岗 2020): the year's hardship, not the statistic
                         r"在[^在，,。；;]{2,16}之年|"
                         r"在[^在，,。；;]{2,12}?率先)$")  # 地区生产总值在全省地级市率先突破三千亿元 (绵阳 2021): a rank


# The longest match of each tail pattern that is bounded (tests/test_extract_shortcuts.py proves the bounds).
_TRAILING_AND = re.compile(r"(?:和|及|与|以及)$")
TAIL_WIDTHS = {_TRAILING_VERBS: 4, _GOAL_TAIL: 10, _YEARS_TAIL: 6, _COMPARISON_TAIL: None, _BASIS_TAIL: None,
               _TRAILING_AND: 2}


def _last_chars(items) -> frozenset | None:
    """The characters a match of the parsed pattern `items` can end on (before a final $), or None when that is not
    a short list of literals (a class, an empty match, a look-behind)."""
    items = list(items)
    while items and (items[-1][0] is _sre.AT and items[-1][1] is _sre.AT_END or items[-1][0] is _sre.ASSERT_NOT
                     and items[-1][1][0] == 1):
        items.pop()  # $ and negative look-aheads (?!…) take no character
    if not items:
        return None
    op, av = items[-1]
    if op is _sre.LITERAL:
        return frozenset(chr(av))
    if op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
        return frozenset(chr(c) for _, c in av)
    if op is _sre.SUBPATTERN:
        return _last_chars(list(items[:-1]) + list(av[-1]))
    if op is _sre.BRANCH:
        sets = [_last_chars(list(items[:-1]) + list(alt)) for alt in av[1]]
        known = [x for x in sets if x is not None]
        return frozenset().union(*known) if len(known) == len(sets) else None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[1] >= 1:
        inner = _last_chars(av[2])
        if av[0] >= 1:
            return inner
        before = _last_chars(items[:-1])
        return None if inner is None or before is None else inner | before
    return None


def _tail_last_chars(pattern: re.Pattern) -> frozenset | None:
    try:
        return _last_chars(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # another Python's parser: no shortcut, the plain substitution
        return None


# What each tail pattern's match can end on: a phrase ending on none of them keeps its tail without a search.
TAIL_LAST_CHARS = {p: _tail_last_chars(p) for p in TAIL_WIDTHS}
# Both, keyed by the pattern's text: hashing a compiled pattern hashes its whole compiled code at every lookup
# (5 µs for _TRAILING_VERBS, more than the search it saves), while a str caches its hash.
_TAILS = {p.pattern: (TAIL_WIDTHS[p], TAIL_LAST_CHARS[p]) for p in TAIL_WIDTHS}


def _cut_tail(pattern: re.Pattern, s: str) -> str:
    """`pattern.sub("", s)` for a pattern whose every match ends the string ($). Most phrases end on a character no
    match ends on (tested first); a match starts at most its width (+1, $ may stand before a last newline) from the
    end, so the search starts there, not at every position."""
    width, last = _TAILS[pattern.pattern]
    if last is not None and s and s[-1] not in last and s[-1] != "\n":
        return s
    if width is None:
        return pattern.sub("", s)
    m = pattern.search(s, max(0, len(s) - width - 1))
    return s if m is None else s[:m.start()] + s[m.end():]


# What the tails `_strip_tail` cuts end on, all together: a phrase ending on none of them (seven in ten) keeps every
# tail, known by one test where `_cut_tail` made it five times.
_STRIPPED_TAILS = (_TRAILING_VERBS, _COMPARISON_TAIL, _BASIS_TAIL, _GOAL_TAIL, _YEARS_TAIL)
_STRIPPED_SETS = [s for s in (TAIL_LAST_CHARS[p] for p in _STRIPPED_TAILS) if s is not None]
_STRIPPED_LAST = frozenset().union(*_STRIPPED_SETS) if len(_STRIPPED_SETS) == len(_STRIPPED_TAILS) else None


def _strip_tail(s: str) -> str:
    """`s` without the verbs, comparisons, bases, goals and years at its end, cut until none is left."""
    if _STRIPPED_LAST is not None and s[-1:] not in _STRIPPED_LAST and s[-1:] != "\n":  # ($ stands before a last newline)
        return s  # (seven phrases in ten: tested before the cache, which would only remember them)
    return _strip_tail_cached(s)


@lru_cache(maxsize=1 << 16)  # pure, and a third of the phrases recur (each costs three substitutions a round)
def _strip_tail_cached(s: str) -> str:
    while _STRIPPED_LAST is None or s[-1:] in _STRIPPED_LAST or s[-1:] == "\n":
        t = _cut_tail(_TRAILING_VERBS, s)
        t = _cut_tail(_COMPARISON_TAIL, t)
        t = _cut_tail(_BASIS_TAIL, t)
        t = _cut_tail(_GOAL_TAIL, t) if len(t) > 4 else t
        t = _cut_tail(_YEARS_TAIL, t) if len(t) > 4 else t  # 全省生产总值五年(年均增长), 生产总值三季度: the period, not the indicator
        if t == s:
            return s
        s = t
    return s


def _drop_examples(s: str) -> str:
    """打通双朝线吉昌至双阳段等“断头路” → 打通“断头路”: keep the category after 等 and the opening verb
    when the examples are long or listed (南门、北门等); short examples stay (新建口袋公园等绿化项目). A long
    category keeps its head noun after 的 (等节点长期影响市民通行的施工围挡 → 施工围挡)."""
    if "等地" in s:  # (every match ends on it: most phrases have none)
        s = _PLACES_ETC.sub("", s)
    i = s.rfind("等")
    if i < 0 or (i and s[i - 1] in "中高同平对均相初"):  # 中等职业学校, 高等院校: not "and others"
        return s
    verb = _OPENING_VERB.match(s)
    if i - (verb.end() if verb else 0) <= 8 and "、" not in s[:i]:
        return s
    category = s[i + 1:]
    if len(category) < 2:
        return s[:i]
    de = category.rfind("的")
    if de >= 0 and len(category) - de - 1 >= 2 and len(category) > 8:
        category = category[de + 1:]  # 南门、北门等节点长期影响市民通行的施工围挡 → 施工围挡
    return (verb.group(0) if verb else "") + category


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A quantity written inside a phrase: 103个 of 103个市列重点项目完成投资, 6.27亿吨 of 集装箱吞吐量6.27亿吨和.
_QUANTITY_IN_PHRASE = re.compile(
    rf"\d[\d.,]*(?:余|多)?(?P<mag>{_alt(MAGNITUDES)})?(?:余|多)?(?P<unit>{_alt(base_surfaces())})"
    r"(?P<trail>以上|以下|左右|以内)?")
_THRESHOLD_UNITS = ("CNY", "m2", "kg", "W", "Wh", "m3", "VA", "USD")


def has_quantity(s: str) -> bool:
    """True when `s` contains a number with a unit (6.27亿吨), not merely a code such as PM2.5."""
    return bool(_QUANTITY_IN_PHRASE.search(s))


def _after_last_quantity(s: str) -> str:
    """The words after the last quantity of a phrase, so that an indicator never swallows an earlier number
    (103个市列重点项目完成投资 → 市列重点项目完成投资; 集装箱吞吐量6.27亿吨和 → ""). A threshold that
    qualifies the noun after it stays: 开复工5000万元以上项目, 引进10亿元以上项目."""
    cut = 0
    for m in _QUANTITY_IN_PHRASE.finditer(s):
        row = lookup(m["unit"])
        nxt = s[m.end():m.end() + 1]
        threshold = (row is not None and row.unit in _THRESHOLD_UNITS and nxt and "\u4e00" <= nxt <= "\u9fff"
                     and nxt not in "和及与的" and (m["trail"] or row.unit == "CNY"))
        if not threshold:
            cut = m.end()
    return s[cut:].lstrip("的和及与、，, ") if cut else s


_DIGIT = re.compile(r"\d")
# 今年全市经济发展的预期目标为生产总值(增长9%) (江门 2016): the words that announce the goals, before the indicator
_GOALS_SET_BEFORE = re.compile(r"^[^，,。；;]{0,16}?(?:预期|主要|发展)(?:目标|指标)(?:是|为)[：:]?(?=.)")
_ETC_GROUP = re.compile(r"^[^，,。；;：:]{1,24}?等(?:[\d.]+[万亿]?[个项家所座处条])?")


# A space inside a word is the source's (城 市居民, 钢 材 in a product table's column), not a break: `clean` takes it out
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


_ON_THE_BASIS = re.compile(r"在[^在，,。；;]{0,24}?的?基础上[，,]?(?:又|再|继续|仍)?(?:实现|保持)?(?:增长|提高|增加|上升)?$")


@lru_cache(maxsize=1 << 16)  # pure; the facts of a list or a clause ask for the same phrase
def clean(s: str) -> str:
    if " " in s:
        s = _SPACED.sub("", s)  # 城 市居民人均可支配收入 (天津 2006)
    if "（" in s or "(" in s:
        s = _ASIDE.sub("", s)
    if "）" in s or ")" in s:
        s = _ASIDE_END.sub("", s)  # 下同）、增长9%: the end of an aside whose start lies in an earlier clause
    if "基础上" in s:
        m = _ON_THE_BASIS.search(s)
        if m and m.start() > 0:
            s = s[:m.start()]  # 全市生产总值在上年增长15.7%的基础上又增长14.5% (天津 2006): the subject before the frame
    if _DIGIT.search(s):
        s = _after_last_quantity(s)
    if "目标" in s or "指标" in s:
        s = _GOALS_SET_BEFORE.sub("", s)
    s = _without_leading_noise(s).rstrip("-－")  # 固定资产投资增长-12.7%: the sign is the value's
    s = _strip_tail(s.strip())
    s = _drop_examples(s)
    s = _strip_tail(s.rstrip("，,、 ")).strip("，,、 ")  # (固定资产投资止跌回稳、力争增长5%: a tail before a 、 too)
    t = _cut_tail(_TRAILING_AND, s)
    if t != s:  # 分别比上年和(2002年): what the conjunction leaves may end on a comparison
        s = _strip_tail(t)
    if s == "的":
        return ""  # 、上半年的6.1%: a part of the year was all there was before the number
    if len(s) > SUBJECT_MAX_LEN:
        s = s[-SUBJECT_MAX_LEN:]
    return s


def phrase_before(text: str, clause_start: int, start: int) -> str:
    return clean(text[clause_start:start])


def phrase_after(text: str, pos: int, count: bool = False) -> str:
    """The noun phrase right after the unit, or "" when none follows. Through a short modifier with 的
    the head noun is kept: 68名实绩突出的干部 → 干部. A count (`count`) followed by an amount and 的 counts
    the noun after 的: 6个年度计划总投资100亿元的装备制造项目 → 装备制造项目."""
    tail = text[pos:pos + MAX_LEN + 14]
    base: int | None = pos  # where `tail` starts in `text`; None once an aside is cut out of it
    q = _QUANTITY_AHEAD_ANY.match(tail) if tail[:1].isdecimal() else None  # (it opens on a digit: tested first)
    if q and base is not None:  # 8.6万户15.7万名建档立卡贫困人口: the noun after the second quantity
        tail = tail[q.end():]
        base += q.end()
    if "（" in tail or "(" in tail:
        tail = _ASIDE.sub("", tail)
        base = None
    tail = tail[:MAX_LEN + 4]
    if tail.startswith("人民币"):  # 1.62万亿元人民币: the currency, said twice
        return ""
    # (10%或者更多一些: what follows 或 is no noun of the number's)
    if tail[:1] in "的和及与或" or not ("\u4e00" <= tail[:1] <= "\u9fff" or tail[:1] in "“\"" or tail[:1].isalpha()):
        return ""
    m = _AFTER_STOP.search(tail)
    if m and m.start() == 0 and m.group(0) == "已":
        done = _AFTER_STOP.search(tail, 1)  # 70宗已落地项目: 已 and its verb modify the noun
        if done and done.start() == 1 and len(done.group(0)) >= 2:
            m = _AFTER_STOP.search(tail, done.end())
    elif m and (m.start() == 0 or tail[:m.start()] == "新") and m.group(0) in _NOUN_LIKE_STOPS:
        m = _AFTER_STOP.search(tail, m.end())  # 4个签约项目, 77个新开工项目: the verb modifies the noun
    phrase = tail[: m.start()] if m else tail[:MAX_LEN]
    if m and m.group(0) == "、":
        pair = _SECOND_KIND.match(tail, m.start())
        if pair:  # 145件人大代表议案、建议和306件政协提案 (sample 34): one count of both kinds
            phrase += pair.group(1)
    phrase = _cut_tail(_TRAILING_AND, phrase)  # 4项改革试点和69项… → 改革试点
    if phrase.endswith("目标") or (not count and _STANDING.match(phrase)):
        return ""  # 突破10万P“双十万”建设目标: a goal's label, not what the number counts (nor 3.5%目标范围内)
    if count and m and m.group(0).isdigit() and base is not None:
        de = _QUANTITY_THEN_DE.match(text, base + len(phrase))
        if de:  # 6个年度计划总投资100亿元的装备制造项目: the count counts the projects after 的
            head = phrase_after(text, de.end())
            if len(head) >= 2 and not head.startswith("的"):
                return head
    if m and m.group(0) == "的" and len(phrase) <= 6:
        head = phrase_after(text, pos + m.end())
        if head:
            return "的" + head  # marks a head noun; the caller joins it to the verb before the number
    if len(phrase) == 1 and phrase in _ONE_CHARACTER_NOUNS and m is not None:
        return phrase  # 5个镇入选全国千强镇
    return phrase if len(phrase) >= 2 else ""


# a second kind of two characters, with no number of its own, after the noun of a count (议案、建议)
_SECOND_KIND = re.compile(r"(、[\u4e00-\u9fff]{2})(?=[和及与，,。；;]|全部|均|已)")
_ONE_CHARACTER_NOUNS = set("镇村乡县区市省校院户人家企")
_QUANTITY_THEN_DE = re.compile(r"\d[\d.]*(?:余|多)?[万亿]?(?:元|吨|千瓦|平方米|亩|个|项)(?:以上|左右)?的")
_NEXT_ITEM = re.compile(r"、([^\d、，,。；;：:（）()“”]{1,5}?)\d[\d.]*(?:余|多)?")


def noun_of_next_item(text: str, pos: int, raw_unit: str) -> str:
    """完成中央13项、自治区45项生态环境保护督察反馈问题整改: a count with no noun of its own, followed by a short
    modifier and a count in the same unit that has one, counts that noun too ("" otherwise)."""
    m = _NEXT_ITEM.match(text, pos)
    if not m or not text.startswith(raw_unit, m.end()):
        return ""
    noun = phrase_after(text, m.end() + len(raw_unit))
    return noun if len(noun) >= 2 and not noun.startswith("的") else ""


def without_opening_verb(phrase: str) -> str:
    """完成中央 → 中央: the modifier of a phrase without the verb that opens it."""
    m = _OPENING_VERB.match(phrase)
    return phrase[m.end():] if m else phrase
_NOUN_LIKE_STOPS = {"签约", "签订", "开工", "竣工", "建成", "发展", "现场", "启动"}
_QUANTITY_AHEAD_ANY = re.compile(r"^\d[\d.]*[万亿]?(?:人次|名|人|户|个|家|项|所|套|座|条|处)(?=[\u4e00-\u9fff])")
_QUANTITY_AHEAD = re.compile(r"^[\d.]+[万亿]?[个项家所座处条户批件]")


def phrase_after_de(text: str, pos: int, total: bool = False) -> str:
    """投资260亿元的京能集团风光互补 → 京能集团风光互补 (the noun after 的, past a count such as 49个)."""
    if text[pos:pos + 1] != "的":
        return ""
    pos += 1
    tail = text[pos:pos + 40]
    etc = _ETC_GROUP.match(tail) if total else None
    if etc:  # 总投资18.3亿元的上元、北京联东等4个科技产业社区 → 科技产业社区: a total is the whole group's
        # (while 投资120亿元的海粮现代农业产业园等10个项目 is the first project's own)
        pos += etc.end()
    m = _QUANTITY_AHEAD.match(text[pos:pos + 12])
    head = phrase_after(text, pos + (m.end() if m else 0)).lstrip("的")
    return "" if _STANDING.match(head) else head


# 城镇登记失业率控制在3.6%的较低水平, 处于2.55%的低位: where a figure stands, not a thing of its own
# (控制在3.5%的目标范围内: 云浮 2023)
# (粮食产量稳定在250亿斤阶段性水平: 长春 2023; 迈上3000亿元台阶, 突破百亿元大关: a level's standing, not a noun;
# 在一季度经济增速同比下降3.6%的情况下: 六盘水 2021, the circumstance a later figure stands against)
_STANDING = re.compile(r"(?:较|很|历史|相对|阶段性|阶段)?(?:[低高]?水平|[低高]位|合理区间|区间)|(?:预期|调控|控制)?目标|范围|基础上|"
                       r"(?:新)?台阶|大关|关口|(?:情况|背景|形势|前提)下")


_BASES = (r"(?:上年实绩|上年|去年|上一年|(?:19|20)\d\d年(?:底|末)?|上年同期|同期|年初|一季度|第一季度|上半年|前三季度|上季度|"
          r"上月|\d{1,2}月份?|1[-—~]\d{1,2}月份?|全国|全省|全市|全区|全州|全疆|全国平均水平|全省平均水平|平均水平)")
_COMPARISON_ONLY = re.compile(
    rf"^(?:增速|增幅|增长|速度)?(?:分别|均)?(?:比|较|高于|低于|快于|慢于|领先|超过|超出|跑赢)(?:{_BASES}[、和及与]?)+"
    r"(?:[\d.]+(?:个百分点|个|%)?[、和及与])*(?:提升|提高|加快|上升|回落|下降|降低|放缓|扩大|收窄|缩小|高出|低)?了?$")


def comparison_only(clause: str) -> bool:
    """True when a clause only compares a growth rate with other places or periods and names no indicator:
    增速分别高于全国、全省0.7个和0.6个百分点; 比一季度提升3.6个百分点; 较1-10月加快6.9个百分点."""
    return bool(_COMPARISON_ONLY.match(_without_leading_noise(clause)))


def subject_of_clause(clause: str) -> str:
    """Subject of a clause, cut at its first verb: 吉林市龙潭区GDP增长速度达到新高 → 吉林市龙潭区GDP (居 ranks, 居民
    is no verb)."""
    if "（" in clause or "(" in clause:
        clause = _ASIDE.sub("", clause)  # 比上年（下同）增长11.8%: an aside is not the subject
    clause = _without_leading_noise(clause)
    m = re.search(r"(?:[一二三四五六七八九十两]年(?:来|间)?)?(?:翻了?[一两三]?番|翻番|连续)|[过破][百千万]亿|"
                  r"(?<=.)(?:[一二三四]季度|上半年)(?=[^，,]{0,4}(?:恢复|转正|回正))|增长|达到|实现|完成|保持|突破|下降|提高|提升|稳定|再创|创|有望|预计|超过|超|达|定为|确定为|为|升至|跃居|位居|居(?!民)|排名|"
                  r"跨过|跨越|跨上|连跨|迈上|迈过|站上|高于|低于|快于|慢于|好于|追平|持平|逐季|逐月|回升|回落|企稳|由负转正|扭负为正|转负为正|扭降为[升增]|\d", clause)
    return clean(clause[: m.start()]) if m else ""


# Modifiers that name the parts of a whole side by side (城镇、农村常住居民人均可支配收入): the noun after the last
# one is every part's.
_OWN_PLACE_LEAD = re.compile(r"^(?:全省|全区|全市|全县|全州|全盟)")


# 城市和农村居民家庭人均可支配收入, 城市居民和农村居民人均可支配收入, 城、乡居民人均可支配收入: urban and rural parts
# that share the noun of the last; a part said in one character is the full word (城 → 城镇, 乡 → 农村)
_PARALLEL_ITEM = re.compile(r"^(城镇|城市|农村|乡村|城|乡)(?:常住)?(?:居民)?$")
_PARALLEL_HEAD = re.compile(r"^(?:(城镇|城市|农村|乡村)(?=..)|(城|乡)(?=居民|人均|常住))")
_ONE_CHARACTER_PART = {"城": "城镇", "乡": "农村"}


def _parallel_parts(parts: list[str]) -> list[str] | None:
    firsts = [m for m in (_PARALLEL_ITEM.match(p) for p in parts[:-1]) if m]
    last = _PARALLEL_HEAD.match(parts[-1])
    if not last or len(firsts) < len(parts) - 1:
        return None
    word = last[1] or last[2]
    tail = parts[-1][len(word):]
    return [_ONE_CHARACTER_PART.get(w, w) + tail for w in [m[1] for m in firsts] + [word]]


# Words naming two parts at once (城乡: urban and rural; 存贷款: deposits and loans), longest first.
_PAIR_WORDS = ("城乡居民", "城乡", "存贷款", "广播电视")


def _with_pair_split(parts: list[str]) -> list[str]:
    """地区生产总值、城乡居民人均可支配收入 for three values: the one item naming a pair gives its two parts."""
    found = [(k, next(w for w in _PAIR_WORDS if w in p)) for k, p in enumerate(parts) if any(w in p for w in _PAIR_WORDS)]
    if len(found) != 1:
        return parts
    k, word = found[0]
    p = parts[k]
    i = p.find(word)
    return parts[:k] + [p[:i] + f + p[i + len(word):] for f in ABBREVIATIONS[word]] + parts[k + 1:]


# an item of a list that has its own value (固定资产投资增长13%以上、): not one of the subjects of the values after
_VALUE = r"[\d.]+\s*(?:%|％|个百分点|倍|[万亿]?元|[万亿]?人)(?:左右|以上|以内|以下)?"
_VALUED_ITEM = re.compile(rf"(?:增长|下降|增加|减少|提高|降低|达到|达|为|完成|实现)(?:约|近)?{_VALUE}(?:[和、]{_VALUE})*、")


def may_name_a_list(head: str) -> bool:
    """Whether `head` holds a list word or an abbreviation of a list: `list_subjects` finds none in any other."""
    return _MAY_NAME_A_LIST.search(head) is not None


def list_subjects(head: str, n: int) -> list[str] | None:
    """Subjects for n list values from the words before 分别: 肉牛、生猪、家禽、梅花鹿出栏量 → 4 subjects."""
    if not may_name_a_list(head):
        return None  # the cleaning below only cuts heads off, so it cannot make a list word appear
    valued = None
    for valued in _VALUED_ITEM.finditer(head):
        pass
    if valued:  # 固定资产投资增长13%以上、城镇及农村…收入分别增长9%和10%以上: the items before have values of their own
        found = _subjects_of_list(head[valued.end():], n)
        if found:
            return found
    return _subjects_of_list(head, n)


# 规上工业、公共财政收入降幅收窄，分别下降1.5%、7.5% (鹤岗 2021): how the items' rates moved, said before their values
_RATES_MOVED = re.compile(r"(?:降幅|增幅|增速|涨幅)(?:收窄|扩大|回落|回升|加快|放缓)$")


# 完成粮播面积190.6万亩、产量82.1万吨; 粮食种植面积和产量分别达到172万亩以上和14亿斤以上: a bare output after a crop's
# area is that crop's
BARE_OUTPUT = frozenset(("产量", "年产量", "总产量", "总产"))
_CROP_AREA = re.compile(r"(?:完成|稳定|确保|保持|实现)?(.+?)(?:播种|种植|生产|播)面积")
_CROP_SOWN = re.compile(r"(?:种植|播种)([\u4e00-\u9fff]{1,4})")  # 种植粮食918万亩、产量235万吨 (遵义 2023)
_CROP_SHORT = {"粮": "粮食"}


def output_of_crop(output: str, area: str, grain: bool = False) -> str | None:
    """The crop's output that a bare `output` (产量) said after the crop's `area` (粮食播种面积, 种植粮食) names, or
    None; `grain` when the area is known to be grain's (粮食作物播种面积)."""
    m = _CROP_AREA.fullmatch(area) or _CROP_SOWN.fullmatch(area)
    if grain:
        crop = "粮食"
    elif m:
        # (稳定粮食生产播种面积93.04万亩、产量42.12万吨以上: 漳州 2024, the grain's)
        crop = _CROP_SHORT.get(m[1], m[1].removesuffix("生产") or m[1])
    else:
        return None
    return crop + ("总产量" if output == "总产量" else "产量")


# 城乡居民人均可支配收入增速快于经济增长，预计分别达到32478元和11274元 (兰州 2018): how the items' rates compared,
# said before their values
_RATES_COMPARED = re.compile(r"(?:增速|增幅|增长)(?:快于|高于|慢于|低于|跑赢|同步于|与)[^、]*$")


# the words that join a list's items, not inside a word (普及率, 和谐, 参与: sample 35, 城市燃气普及率、生活垃圾无害化
# 处理率、绿化覆盖率分别达90.5%、84.2%和33.8% had given all three the first one's name)
_LIST_SPLIT = re.compile(r"、|以及|(?<![普涉危])及(?!时)|(?<!参)与|和(?!谐)")
# another item after an abbreviation of a list (与 is as often a comparison: 城乡居民收入与经济增长保持同步)
_ANOTHER_ITEM = re.compile(r"、|以及|(?<![普涉危])及(?!时)|和(?!谐)")


# an abbreviation of a pair written with its first part cut off (金融机构存、贷款余额; 进、出口总额): the abbreviation
_PAIR_CUT = re.compile("|".join(f"(?<={k[0]})、(?={k[1:]})" for k in ABBREVIATIONS if len(k) == 3))


def _subjects_of_list(head: str, n: int) -> list[str] | None:
    head = _RATES_MOVED.sub("", _OWN_PLACE_LEAD.sub("", _without_leading_noise(head)))
    if "、" in head:
        head = _PAIR_CUT.sub("", head)
    if "于" in head or "与" in head or "赢" in head:
        head = _RATES_COMPARED.sub("", head)
    for abbr, full in _ABBREVIATIONS_OF_SIZE.get(n, ()):
        # 一、二、三产业增加值年均 → 第一产业增加值, …; not 进出口总额、出口总额, where the abbreviation is one item of a list
        # (a 、, not 和: 城乡和谐社区达标率 is one name)
        # (nor 进出口总额和实际到账外资: 青岛 2011, a list of its own after the abbreviation)
        if head.startswith(abbr) and not _ANOTHER_ITEM.search(head, len(abbr)):
            suffix = clean(head[len(abbr):])
            return [f + suffix for f in full]
        if head.endswith(abbr):
            return list(full)
        i = head.find(abbr) if abbr in _PAIR_WORDS else -1  # not 进出口: 外贸进出口总额 is a whole of its own
        if i > 0 and not _LIST_WORD.search(head):  # 金融机构本外币存贷款余额 → 金融机构本外币存款余额, …
            return [clean(head[:i] + f + head[i + len(abbr):]) for f in full]
    parts = [p for p in _LIST_SPLIT.split(head) if p]
    if len(parts) == n - 1:
        parts = _with_pair_split(parts)
    if len(parts) != n:
        return None
    if n == 2 and parts[1] in BARE_OUTPUT:
        parts[1] = output_of_crop(parts[1], parts[0]) or parts[1]
    parallel = _parallel_parts(parts)
    if parallel:
        return parallel
    k = parts[-1].find("级")
    if k > 0 and all(p.endswith("级") for p in parts[:-1]) and len(parts[-1]) > k + 2:
        noun = parts[-1][k + 1:]  # 国家级、自治区级、市级民族团结进步示范区 → each 级 takes the noun
        return [p + noun for p in parts[:-1]] + [parts[-1]]
    ratio = _RATIO_OF_MEASURE_SUFFIX.search(parts[-1])
    if ratio and ratio.start() > 0 and all(_MEASURE_SUFFIX.search(p) for p in parts[:-1]):
        return [p + ratio.group(0) for p in parts[:-1]] + [parts[-1]]
    used = _USE_PER_UNIT.search(parts[-1])
    if used and used.start() > 0:  # 万元生产总值和工业增加值能耗 (广元 2014): the use per unit of each, GDP's too
        return [p if p.endswith(used.group(0)) else p + used.group(0) for p in parts]
    m = _SHARE_SUFFIX.search(parts[-1]) or _MEASURE_SUFFIX.search(parts[-1]) or _RATE_SUFFIX.search(parts[-1])
    if m and m.start() > 0:
        suffix = m.group(0)
        # 进口、出口总额 → 进口总额, 出口总额; an item that is an indicator already (GDP) stays as it is
        parts = [p if p.endswith(suffix) or _MEASURE_SUFFIX.search(p) or _WHOLE_NOUN.search(p) or _OWN_RATE.search(p)
                 else p + suffix for p in parts]
    return _with_modifier_shared(parts)


# Industry above designated size said alone (规模以上工业增长12.0%: 海南 2015, 陕西 2015): its growth is that of its value
# added
INDUSTRY_ABOVE_SCALE = frozenset(("规模以上工业", "规上工业", "规模工业"))
# 规模以上工业总产值和增加值要分别增长18%和16%以上 (大连 2005): a bare measure after the first item is of the same
# things (规模以上工业增加值), as is one that says again only the modifier's last word (工业增加值)
_OUTPUT_MEASURES = ("总产值", "增加值", "主营业务收入", "营业收入", "销售收入", "利润总额", "利润", "利税", "产值")


# 一般公共预算收入、支出分别达到26.95亿元和179.11亿元 (张掖 2021): a bare 支出 after a budget's revenue is its spending
_BUDGET_REVENUE = re.compile(r"(?=.*(?:财政|预算)).{2,}(?=收入$)")


# 单位国内生产总值能耗和二氧化碳排放分别降低16%和17% (sample 42): carbon dioxide after a figure per unit of GDP is
# per unit of GDP too (the intensity every plan targets), not the emissions' total
_PER_GDP_HEAD = re.compile(r"^(?:单位|万元)(?:国内|地区)?(?:生产总值|GDP)")


# 机场旅客、货物吞吐量分别增长41%、80% (连云港 2019, precision sample 46): the airport's cargo, not a port's
_AIRPORT_HEAD = re.compile(r"^(?:机场|空港|航空|民航)")
_AIRPORT_THINGS = ("旅客", "货物", "货邮")


def _with_modifier_shared(parts: list[str]) -> list[str]:
    airport = _AIRPORT_HEAD.match(parts[0])
    if airport:
        parts = parts[:1] + [airport.group(0) + p if p.startswith(_AIRPORT_THINGS) else p for p in parts[1:]]
    per_gdp = _PER_GDP_HEAD.match(parts[0])
    if per_gdp:
        parts = parts[:1] + [per_gdp.group(0) + p if p.startswith(("二氧化碳", "碳排放")) else p for p in parts[1:]]
    budget = _BUDGET_REVENUE.match(parts[0])
    if budget:
        return parts[:1] + [budget.group(0) + "支出" if p == "支出" else p for p in parts[1:]]
    measure = next((m for m in _OUTPUT_MEASURES if parts[0].endswith(m)), None)
    if measure is None or len(parts[0]) - len(measure) < 2:
        return parts
    modifier = parts[0][:-len(measure)]
    return parts[:1] + [_with_modifier(modifier, p) for p in parts[1:]]


def _with_modifier(modifier: str, part: str) -> str:
    """增加值 after 规模以上工业总产值 → 规模以上工业增加值; 工业增加值 after it too (梧州 2021: the modifier's own last
    word said again)."""
    if part in _OUTPUT_MEASURES:
        return modifier + part
    measure = next((m for m in _OUTPUT_MEASURES if part.endswith(m)), "")
    said_again = part[:-len(measure)] if measure else ""
    return modifier + measure if said_again and modifier.endswith(said_again) and modifier != said_again else part


_VERBS = re.compile(r"实施|建设|新建|完成|打造|推进|抓好|加快|推动|开展|谋划|支持|培育|引进|改造|实现|达到|保持|"
                    r"投资|总投资|年产|新增|累计")


def is_verb_phrase(s: str) -> bool:
    """True when `s` contains a verb, so it is not the name before a capacity (兴泽食品)."""
    return bool(_VERBS.search(s))


# What is measured, without the thing measured: 粮食播种面积4741.4万亩，总产量295.6亿斤; 粮食稳产丰收，产量达到555.4亿斤.
# A revenue said bare after the tourists received (旅游接待总人数达7008.28万人次，总收入810.74亿元)
# and a total revenue after the budget's (财政收入保持较快增长，总收入达11842亿元: 广东 2011)
_TOURISTS = re.compile(r"游客|旅游")
_OF_THE_CLAUSE_BEFORE = {"总收入": ((_TOURISTS, "旅游总收入"), (re.compile(r"财政"), "财政总收入")),
                         "收入": ((_TOURISTS, "旅游总收入"),),
                         # 全省国内生产总值达3950亿元，人均达6073元 (河北 1998): GDP per head
                         "人均": ((re.compile(r"生产总值|GDP"), "人均生产总值"),),
                         # 全年空气优良天数达313天，优良率达85.75% (乌鲁木齐 2016): the share of those days
                         "优良率": ((re.compile(r"空气|优良天数"), "空气质量优良率"),),
                         # GDP增幅连续五年全省第一，总量从1974亿元增至3645亿元 (赣州 2021): the output's total
                         "总量": ((re.compile(r"生产总值|GDP"), "地区生产总值"),)}
# a clause that only says how the figure before changed (增长6.5%, 年均增长13%, 比2000年翻两番, 是“十五”末的2.3倍)
_ONLY_A_CHANGE = re.compile(r"\s*(?:年均|比|同比|较|是|增长|下降|翻)")
# (一般公共预算收入75.4亿元、支出193.9亿元: 鹤壁 2023, a budget's spending)
_BARE_MEASURES = frozenset("产量 总产量 总产 单产 播种面积 产值 总产值 增加值 营业收入 销售收入 出栏量 存栏量 增速 增长速度 支出"
                           " 总收入 收入 人均 利润 利润总额 利税 优良率 总量".split())
# A rate of growth named as such (经济增速由0.8%提升至5.5%): its values are growths, whatever the verb.
GROWTH_NAMES = ("增速", "增长速度", "增幅", "经济增长")
_CLAUSE_END = re.compile(r"[，,；;：:、]")


def product_output(phrase: str, code_of) -> str | None:
    """The name of a product's output (钢材产量) for a product named alone in a row of an output table (钢材 2，208万吨),
    when `code_of` knows it; else None."""
    name = phrase + "产量"
    return name if len(phrase) <= 6 and code_of(name) else None


_DONE = re.compile(r"^(?:预计)?(?:完成|实现)")
_ZONE_AFTER = ("园区", "开发区", "集中区", "集聚区", "新区", "基地")


_BARE_ITEM = re.compile(r"^(?:预计)?(?:完成|实现)?(?P<measure>[^\d]*?)(?:增长|下降|达到|达|为|突破|超过)?(?:[\d.]+.*)?$")


def only_bare_measures(before: str) -> bool:
    """Whether the words before a number in its clause are a bare measure (实现利润), after other bare measures with
    their numbers (实现利税4283.6亿元、利润; 利税增长) and nothing else: no thing of their own is named there."""
    if "，" in before or "," in before or "：" in before or ":" in before:
        return False
    for item in before.split("、"):
        m = _BARE_ITEM.match(item.strip())
        if not m or m.group("measure") not in _BARE_MEASURES:
            return False
    return True


# a clause that is a thing and its number (油菜92万亩): the thing a bare measure right after it is of
_THING_COUNTED = re.compile(r"([\u4e00-\u9fff]{1,4}?)\d[\d.]*[万亿]?[\u4e00-\u9fff]{1,2}")
_NOT_A_THING = re.compile(r"达|为|到|至|实现|完成|增长|超|突破")


def with_thing_measured(phrase: str, sentence_before: str, code_of) -> str | None:
    """A bare measure (总产量) named after the thing it measures earlier in its sentence (粮食…): the thing's name
    joined to it, when the two make a known indicator (`code_of`); else None. The nearest clause counts first."""
    if phrase not in _BARE_MEASURES:
        # 规模以上工业企业…累计达2547户，完成增加值730亿元 (宿迁 2014); not 新增产值, the new firms' output only
        done = _DONE.match(phrase)
        if not done or phrase[done.end():] not in _BARE_MEASURES:
            return None
        phrase = phrase[done.end():]
    clauses = _CLAUSE_END.split(sentence_before)[:-1]
    if phrase in _OF_THE_CLAUSE_BEFORE and clauses:
        # 接待游客509万人次，实现收入20.2亿元: of the clause just before, or the one before a growth of it
        # (生产总值1354.1亿元，增长6.5%，人均超过1万美元)
        k = len(clauses) - 1
        while k > 0 and _ONLY_A_CHANGE.match(clauses[k]):
            k -= 1
        return next((name for said, name in _OF_THE_CLAUSE_BEFORE[phrase] if said.search(clauses[k])), None)
    marks = _CLAUSE_END.findall(sentence_before)
    listed = bool(marks) and marks[-1] == "、"  # (the mark before the measure's own clause: 、 in a list)
    for nearest, clause in enumerate(reversed(clauses), 1):
        # 新增规上工业企业45户，…，增加值增长9%: the firms counted are the thing, whatever verb counted them
        clause = without_opening_verb(_without_leading_noise(clause))
        thing = _THING_COUNTED.fullmatch(clause) if listed and nearest == 1 else None
        if thing and thing[1] not in _BARE_MEASURES and not _NOT_A_THING.search(thing[1]) and not any(
                code_of(clause[:k] + phrase) for k in range(2, min(8, len(clause)) + 1)):
            return None  # 粮食播种面积202万亩、产量95万吨，油菜92万亩、产量11万吨: the rapeseed's, not the grain's
        for k in range(min(8, len(clause)), 1, -1):
            # (the longest name: 数字经济核心产业…、增加值 is the core industries', not the digital economy's; not
            # 全市11个工业园区…完成增加值57亿元: the zones', not industry's)
            if code_of(clause[:k] + phrase) and not clause.startswith(_ZONE_AFTER, k) and not (
                    clause.startswith("企业", k) and clause[:k].endswith(("高新技术", "高新"))) and not (
                    clause.startswith("化", k)):
                # (高新技术企业由47家增加到102家，预计产值…: the firms' output, not the high-tech industry's; 工业化办法
                # names no industry: 鹰潭 2014's farming)
                return clause[:k] + phrase
    return None


# Funds of a programme other than investment promotion: 援藏, 帮扶, 扶贫, 山海协作, 联乡结村共建, 乡村振兴, loans and
# budget grants. Investment promotion names itself (招商, 引资, 引进, 签约, 招引, 落地, 落户).
_FUNDS_ONLY = frozenset(("到位资金", "实际到位资金", "资金到位"))
_OTHER_PROGRAMME = re.compile(r"援[藏疆青]|对口支援|帮扶|扶贫|协作|共建|乡村振兴|融资|贷款|预算内|专项债")
_PROMOTION = re.compile(r"招商|引资|引进|签约|招引|落地|落户|洽谈")


def funds_of_another_programme(phrase: str, sentence_before: str) -> bool:
    """实施援藏项目137个，到位资金8.42亿元: bare funds in place after a programme that is not investment promotion
    are that programme's (the nearest clause that names either counts)."""
    if phrase not in _FUNDS_ONLY:
        return False
    for clause in reversed(_CLAUSE_END.split(sentence_before)[:-1]):
        if _PROMOTION.search(clause):
            return False
        if _OTHER_PROGRAMME.search(clause):
            return True
    return False
