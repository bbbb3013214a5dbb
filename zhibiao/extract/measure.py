"""What kind of number a fact is (level, growth, share, change, ratio) and its sign.

The words just before the number decide, read in the stretch of the sentence since the previous
quantity (so 旅游收入实现8.5亿元,增长57.4% makes the 57.4% a growth, not the 8.5亿元):

- 百分点 → change (提高0.5个百分点, 拉动投资增长12.2个百分点); 倍 → ratio (是去年的1.5倍), except
  增长1.7倍 (or 提升/提高/增加6倍) → growth; 翻一番 → ratio.
- % and 成: X的P%用于Y (一般预算支出的89.1%用于民生事业) and P%的X → share; else the nearest cue wins —
  占/占比/比重/份额 → share; 增长/增速/同比/下降/提升… → growth;
  a rate noun (…率, 覆盖面, 比例, 进度, 水平) → level; no cue → level. "To" forms (降至, 提高到, 增至)
  state a level, not a change — a share when they follow 比重/占比 (占全部工业比重提高到75%).
- other units: a change verb right before the number (较去年增加30个, 比上年减少3家) → change; so is
  an amount something pulls an indicator up by (拉动消费增长5亿元, like 拉动投资增长12.2个百分点);
  otherwise level (新增耕地12.6万亩 is a level: 新增 names the indicator).
- A list continues its head: 分别增长44.8%、11.6%和7.2% — every item has the first item's measure.

Sign: a decrease cue (下降 减少 降低 回落 下滑 降幅 收窄 …) makes growth and change negative; so does
a minus sign written before the number.
"""
from __future__ import annotations

import re

_PERCENT_CUE_WORDS = (  # "to" forms first: 降至 must not read as 降
    r"(?P<to>降至|降到|下降到|下降至|下降为|降为|上升为|提高为|提高到|提高至|提升到|提升至|增至|增长到|增长至|增加到|增加至|上升到|上升至|减少到|减少至|降低到|降低至|"
    r"扩大到|扩大至|覆盖到|覆盖至|回落到|回落至|回升到|回升至)"
    r"|(?P<growth>增长率|增长速度|增速|增幅|涨幅|降幅|增长|递增|增加|同比|环比|下降|减少|降低|回落|下滑|提升|提高|上涨|上升|"
    r"年均|缩小|收窄|缩短|扩大|下调|上调|压减|压降|改善|减产|增产|削减|精简|贬值|升值|压缩|缩减|比增|比降|比减|微降|微涨|微增|微升|(?<!新)(?<!净)(?<!递)(?<!倍)增(?=约$|近$|$))"
    r"|(?P<share>占比|比重|份额|贡献率|占)"
    r"|(?P<level>自然增长率|率|覆盖面|比例|进度|水平|程度|指数|达标|强度)"  # (研发投入强度达到3.95%: a rate)
)
# Every character a cue opens on: as a leading lookahead it lets re pass over the others at once, 3x faster than trying
# each alternative at every position of the window (tests/test_extract_shortcuts.py proves the set from the words).
PERCENT_CUE_FIRST = "上下份减削升占压同回增年微扩指提收改比水涨率环程精缩自覆贡贬达进递降强"
_PERCENT_CUES = re.compile(rf"(?=[{PERCENT_CUE_FIRST}])(?:{_PERCENT_CUE_WORDS})")
_NEGATIVE = re.compile(r"下降|微降|减少|减收|降低|回落|下滑|降幅|收窄|缩小|缩短|萎缩|负增长|下调|压减|压降|减产|削减|精简|贬值|压缩|缩减|比降|比减|"
                       r"向下拉动|下拉")
# 改善 of a concentration or an index is a fall (PM2.5浓度较2016年改善36.5%, 空气质量综合指数同比改善10.86%).
_FALL_WHEN_IMPROVED = re.compile(r"浓度|指数|排放")
_HARD_CLAUSE = re.compile(r"[,，;；:：]")
_BARE_CHANGE = re.compile(r"\s*(?:分别)?(?:比上年|同比|较上年)?(?:分别)?(?:增加|减少)了?(?:约|近|超过|超)?")
_CHANGE_BEFORE = re.compile(r"(?:新增|增加|(?<=收入|分别|同比)增收|减少|(?<=收入|分别|同比)减收|增长|下降|提高|降低|扩大|缩小|多|少)了?(?:约|近|超过|超)?$")
CHANGE_BEFORE_WIDTH = 5  # its longest match
_COMPARED = re.compile(r"(?:较|比|同比|环比|相比)[^,，;；]*$")
_PULLED = re.compile(r"拉动[^,，;；。、]{1,10}$")
_LIST_SEPARATORS = frozenset(("、", "和", "及", "与", "以及", ",", "，"))
# (each value may name its own time unit: 低保标准分别提高到每月583元、每年4300元)
_LIST_GAP_WITH_TIME_UNIT = re.compile(r"\s*(?:、|和|及|与|以及|,|，)\s*(?:每人)?每(?:月|年|天|日|季度)")


def _last_cue(window: str):
    last = None
    for m in _PERCENT_CUES.finditer(window):
        last = m
    return last


def _negative(cue, window: str) -> bool:
    """A decrease word decides the sign only from the number's own clause (预期减弱…，仍能保持3% is not one)."""
    if cue and cue["growth"] == "改善":
        return bool(_FALL_WHEN_IMPROVED.search(window[:cue.start()])) and not _HARD_CLAUSE.search(window[cue.end():])
    if not (cue and cue["growth"] and (_NEGATIVE.fullmatch(cue["growth"])
                                       or cue["growth"] == "增长" and window[cue.start() - 1:cue.start()] == "负")):
        return False  # (社会消费品零售总额负增长4.3%: the cue is 增长, said negative)
    return not _HARD_CLAUSE.search(window[cue.end():])


_BELOW = re.compile(r"(?:低于|慢于|少于)[^，,。；;]{0,12}$")
# (城镇登记失业率控制在3.6%的较低水平, 处于2.55%的低位: the level the rate stood at, no share of a level)
_SHARE_OF_NOUN = re.compile(r"^的(?!增长|增速|增幅|提升|提高|上升|涨幅|下降|下滑|降幅|回落|减少|目标|年度目标|预期|比例|比重|"
                            r"(?:较|很)?[低高][水位]|水平|区间|控制|基础|情况|背景|形势|态势|前提)[\u4e00-\u9fff]")  # (it sees the 4 characters after the number)
_SPENT_ON = re.compile(r"^(?:以上|左右)?(?:用于|投向|投入|来自|集中在|集中于)")
_AFTER_GROWTH = re.compile(r"^的(?:增长|增速|增幅|提升|提高|上升|涨幅)")
_AFTER_FALL = re.compile(r"^的(?:下降|下滑|降幅|回落|减少)")
_VERB_ON_RATE = re.compile(r"(下调|上调|调低|调高|提高|降低|提升|下降|压降)[^，,。；;：:\d到至为]{2,14}(?:率|比例)$")
_COMPARED_NEW = re.compile(r"(?:较|比)(?:上年|去年|上年同期|同期)新$")
_PRICE_INDEX = re.compile(r"价格指数|消费价格|CPI|PPI|物价")
_SHARE_BEFORE_TO = re.compile(r"(?:占比|比重|份额)(?:分别)?$")
_AGAINST_ANOTHER = ("之比为", "之比是", "之比达", "之比达到")
# (not 人口自然增长率下降到6.6‰: a rate of births over deaths, a level like a birth rate's)
_RATE_OF_GROWTH = re.compile(r"(?:涨幅|增速|增幅|(?<!自然)增长率|增长速度|降幅)(?:分别)?$")
# 完成年度计划的120.9%, 恢复到2019年的113%, 指标完成度分别为95.4%: a percentage of another amount that is not a part of
# it is a ratio, and may exceed 100 (GUIDE v2)
_RATIO_OF = re.compile(r"(?:(?:完成|达到|恢复到|恢复至|相当于|为|是)(?:了)?[^，,。；;、]{0,10}?"
                       r"(?:计划|目标|预算|任务|水平|同期|上年|去年|(?:19|20)\d\d年|疫情前)的"
                       r"|占(?:了)?(?:国家|省|市|上级)?(?:下达)?(?:的)?(?:年|年度|全年)?(?:计划|任务|目标)(?:的)?"
                       r"|完成度|计划完成|预算完成|(?:年度|全年)?(?:计划|目标|任务)完成|完成(?:了)?(?:年度|全年|年)?(?:计划|预算))"
                       r"(?:分别)?(?:为|达到?|是)?(?:了)?$")
RATIO_OF_WIDTH = 25  # its longest match
# 70%以上行政村, 90%服务事项: a percentage written before the set it is a part of
_SHARE_OF_SET = re.compile(r"^(?:以上|左右|多)?(?:的)?(?:行政村|村庄|村|社区|乡镇|街道|县市区|县市|县区|市州|县|设区市|城市|企业|"
                           r"规上企业|规模以上企业|事项|服务事项|政务服务事项|审批事项|人口|群众|农户|家庭|学校|中小学|医院|"
                           r"医疗机构|卫生院|耕地|面积|项目|资金|河流|断面|水体|岗位|居民|职工|劳动力|贫困村|贫困户|贫困人口|"
                           r"建制村|自然村|农村|城镇|园区|开发区|产业园区|建成区)")
# a decrease or a net increase written right before an amount: 贫困人口减少85万人, 净增规模以上工业企业2876家, 增产240万吨
# (and with the noun between: 减少乡镇153个, 净增规模以上工业企业2876家)
_DECREASE_BEFORE = re.compile(r"(?:减少|少增|减产|削减|精简|压减|压缩|缩减|下降|降低|净减|净减少)了?"
                              # (not 下降到25.8万人, 减少至: the level it came to)
                              r"(?:[^\W\d的为是有到至][^\W\d的为是]{0,9}?|[“”]{0,2})?(?:约|近|超过|超)?$")
_NET_INCREASE_BEFORE = re.compile(r"(?:净增|净增加|(?<!新)增产|多增)了?(?:[^\W\d的为是有][^\W\d的为是]{0,9}?)?(?:约|近|超过|超)?$")
# 比1997年增14478公里, 高新技术企业再增2000家: 增 alone right before an amount is a rise by it (新增 names the new things)
_ADDED_BEFORE = re.compile(r"(?<![新净递倍少])增了?(?:约|近|超过|超)?$")
_PULLED_DOWN = re.compile(r"向下拉动|下拉")
_CLOSED_ASIDE = re.compile(r"[（(][^（）()]*[）)]")


def classify(unit: str, raw_unit: str, window: str, kind: str, after: str = "",
             previous: str | None = None) -> tuple[str, bool]:
    """(measure, negative) for a quantity whose preceding words since the previous quantity are `window`;
    `after` is the text right after it, `previous` the measure of an earlier quantity of the same unit in
    the sentence (a bare 2% after 增速高于…的2% continues the comparison)."""
    window = window.rstrip()  # 收入增加 795 元: some reports set numbers apart with spaces
    if kind == "doubling":
        return "ratio", False
    if kind == "flat":
        return "growth", False
    if unit == "percentage_point":
        cue = _last_cue(window)
        below = _BELOW.search(window)  # 分别低于全国、全省0.98个和0.28个百分点: a gap below is negative
        if below and (cue is None or cue.start() < below.start()):
            return "change", True
        pulled = _PULLED_DOWN.search(window)
        if pulled and not _HARD_CLAUSE.search(window[pulled.end():]):
            return "change", True  # 净出口向下拉动0.6个百分点
        return "change", _negative(cue, window)
    if unit == "times":
        if re.search(r"(?:增长|提升|提高|增加)(?:了)?(?:约|近|超过|超)?$", window):  # 门诊待遇提升6倍 grew by 6 times
            return "growth", False
        return "ratio", False
    if unit in ("percent", "permille"):
        if "（" in window or "(" in window:
            window = _CLOSED_ASIDE.sub("", window)  # 占总人口比重（常住人口城镇化率）为58.52%: the aside names, the 比重 measures
        cue = _last_cue(window)
        if _RATIO_OF.search(window, max(0, len(window) - RATIO_OF_WIDTH - 1)):  # (it ends the window: as below)
            return "ratio", False
        if window.endswith(_AGAINST_ANOTHER):
            return "level", False  # 经费支出…，与国内生产总值之比为2.44%: a percentage of another amount, no growth
        # 推进…设施提升，实现40%建成区达到…: only its clause's cue. No cue spans a comma or colon, so that is the
        # window's last cue when it lies in the last clause (the same match as in the clause alone), else none.
        own = cue if cue is not None and not _HARD_CLAUSE.search(window, cue.start()) else None
        if _SHARE_OF_NOUN.match(after) or (_SHARE_OF_SET.match(after) and not (own and own["growth"])):
            return "share", False  # 79%的基层医疗机构达到标准: a part of the institutions
        if window.endswith("的") and _SPENT_ON.match(after):
            return "share", False  # 一般预算支出的89.1%用于民生事业: the part of the spending put to a use
        if cue is None and _AFTER_GROWTH.match(after):
            return "growth", False  # 保持3%的增长, 有10%-20%的提升
        if cue is None and _AFTER_FALL.match(after):
            return "growth", True
        verb = _VERB_ON_RATE.search(window)
        if verb and cue is not None and cue["level"]:  # 下调参保单位工伤保险缴费率30%: the rate was cut by 30%
            return "growth", verb[1] in ("下调", "调低", "降低", "下降", "压降")
        if cue is not None and cue["level"] == "指数" and _PRICE_INDEX.search(window):
            return "growth", False  # 居民消费价格指数保持在3%以内: a price index in % is the change of prices
        if cue is None and previous:
            return previous, False
        if cue is not None and cue["to"] and _SHARE_BEFORE_TO.search(window, 0, cue.start()):
            return "share", False  # 园区工业总产值占全部工业比重提高到75%: the share it reached
        if cue is not None and cue["to"] and _RATE_OF_GROWTH.search(window, 0, cue.start()):
            return "growth", False  # 居民消费价格涨幅回落到2.6%: the growth rate it came to, not a fall of 2.6%
        if cue is None or cue["level"] or cue["to"]:
            return "level", False
        if cue["share"]:
            return "share", False
        return "growth", _negative(cue, window)
    clause = _HARD_CLAUSE.split(window)[-1]
    # (the characters these verbs are written with are tested first: most clauses before an amount have none)
    if _may_write_a_decrease(clause) and _DECREASE_BEFORE.search(clause):
        return "change", True  # GUIDE v2: decreases are negative whatever the verb
    if "增" in clause and (_NET_INCREASE_BEFORE.search(clause) or _ADDED_BEFORE.search(clause)):
        return "change", False
    # (a match ends the window and is at most CHANGE_BEFORE_WIDTH long, +1 as $ may stand before a last newline: the
    # search starts there, not at every position of the window; tested)
    m = _CHANGE_BEFORE.search(window, max(0, len(window) - CHANGE_BEFORE_WIDTH - 1))
    if m and _COMPARED.search(window[: m.start()]) and (
            not window[: m.start()].endswith("新") or _COMPARED_NEW.search(window[: m.start()])):
        return "change", bool(_NEGATIVE.match(m.group(0)))  # 较去年增加30个, 较去年新增2316户
    if m and m.group(0).startswith(("增长", "增加")) and _PULLED.search(window[: m.start()]):
        return "change", False  # 拉动消费增长5亿元: the amount the indicator is pulled up by
    if m and _BARE_CHANGE.fullmatch(clause) and after[:1] in ("", "，", ",", "。", "；", ";", "、", "和", "与", "及"):
        # 生产总值由2080亿元增加到4016亿元，增加1936亿元，: a clause of its own after the figure is its change (and
        # 城市居民人均可支配收入14283元，农村居民人均纯收入7942元，分别增加1644元和740元: each figure's)
        return "change", bool(_NEGATIVE.match(m.group(0)))
    if m and _AMOUNT_ROSE.search(clause):
        return "change", bool(_NEGATIVE.match(m.group(0)))  # 城镇居民人均可支配收入增加3795元: an amount that rose by
    if m and not m.group(0).startswith("新增") and _REACHED_AFTER.match(after):
        # 城镇居民人均生活费收入增加910元，达到1826元: the rise, then the level it reached
        return "change", bool(_NEGATIVE.match(m.group(0)))
    return "level", False  # 增加3000个公共停车泊位 is a number of new places, not a change of an indicator


# An amount a region has (an income, output, a balance, its people) that rose or fell by the number, not a count of
# new things (增加3000个公共停车泊位).
_AMOUNT_ROSE = re.compile(r"(?:收入|总值|余额|存款|贷款|人口|产量|总额|工资|总量|产值|增加值)(?:分别)?(?:增加|减少|增收|减收)了?(?:约|近|超过|超)?$")
_REACHED_AFTER = re.compile(r"[，,](?:达到|达|增至|增加到|提高到|上升到|为)[\d一二三四五六七八九十两]")


def _may_write_a_decrease(clause: str) -> bool:
    """Whether `clause` holds a character that one of the verbs of `_DECREASE_BEFORE` is written with (减少, 少增,
    精简, 压缩, 降低 …: each holds one of these five): without one, it names no decrease."""
    return "减" in clause or "降" in clause or "增" in clause or "简" in clause or "缩" in clause


def continues_list(gap: str) -> bool:
    """True when the text between two quantities only separates list items (、 和 及 与 ,)."""
    return gap.strip() in _LIST_SEPARATORS or ("每" in gap and bool(_LIST_GAP_WITH_TIME_UNIT.fullmatch(gap)))
