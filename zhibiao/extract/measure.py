"""What kind of number a fact is (level, growth, share, change, ratio) and its sign.

The words just before the number decide, read in the stretch of the sentence since the previous
quantity (so 旅游收入实现8.5亿元,增长57.4% makes the 57.4% a growth, not the 8.5亿元):

- 百分点 → change (提高0.5个百分点, 拉动投资增长12.2个百分点); 倍 → ratio (是去年的1.5倍), except
  增长1.7倍 → growth; 翻一番 → ratio.
- % and 成: the nearest cue wins — 占/占比/比重/份额 → share; 增长/增速/同比/下降/提升… → growth;
  a rate noun (…率, 覆盖面, 比例, 进度, 水平) → level; no cue → level. "To" forms (降至, 提高到, 增至)
  state a level, not a change.
- other units: a change verb right before the number (较去年增加30个, 比上年减少3家) → change;
  otherwise level (新增耕地12.6万亩 is a level: 新增 names the indicator).
- A list continues its head: 分别增长44.8%、11.6%和7.2% — every item has the first item's measure.

Sign: a decrease cue (下降 减少 降低 回落 下滑 降幅 收窄 …) makes growth and change negative; so does
a minus sign written before the number.
"""
from __future__ import annotations

import re

_PERCENT_CUES = re.compile(  # "to" forms first: 降至 must not read as 降
    r"(?P<to>降至|降到|下降到|下降至|提高到|提高至|提升到|提升至|增至|增长到|增长至|上升到|上升至|减少到|减少至|降低到|降低至)"
    r"|(?P<growth>增长率|增长速度|增速|增幅|涨幅|降幅|增长|同比|环比|下降|减少|降低|回落|下滑|提升|提高|上涨|上升|"
    r"年均|缩小|收窄|扩大)"
    r"|(?P<share>占比|比重|份额|占)"
    r"|(?P<level>率|覆盖面|比例|进度|水平|程度|指数|达标)"
)
_NEGATIVE = re.compile(r"下降|减少|降低|回落|下滑|降幅|收窄|缩小|萎缩|负增长")
_HARD_CLAUSE = re.compile(r"[,，;；:：]")
_CHANGE_BEFORE = re.compile(r"(?:增加|减少|增长|下降|提高|降低|扩大|缩小|多|少)了?(?:约|近|超过|超)?$")
_COMPARED = re.compile(r"(?:较|比|同比|环比|相比)[^,，;；]*$")
_LIST_GAP = re.compile(r"^\s*(?:、|和|及|与|以及|,|，)\s*$")


def _last_cue(window: str):
    last = None
    for m in _PERCENT_CUES.finditer(window):
        last = m
    return last


def _negative(cue, window: str) -> bool:
    """A decrease word decides the sign only from the number's own clause (预期减弱…，仍能保持3% is not one)."""
    if not (cue and cue["growth"] and _NEGATIVE.fullmatch(cue["growth"])):
        return False
    return not _HARD_CLAUSE.search(window[cue.end():])


def classify(unit: str, raw_unit: str, window: str, kind: str, after: str = "",
             previous: str | None = None) -> tuple[str, bool]:
    """(measure, negative) for a quantity whose preceding words since the previous quantity are `window`;
    `after` is the text right after it, `previous` the measure of an earlier quantity of the same unit in
    the sentence (a bare 2% after 增速高于…的2% continues the comparison)."""
    if kind == "doubling":
        return "ratio", False
    if unit == "percentage_point":
        return "change", _negative(_last_cue(window), window)
    if unit == "times":
        if re.search(r"增长(?:了)?(?:约|近|超过|超)?$", window):
            return "growth", False
        return "ratio", False
    if unit == "percent":
        cue = _last_cue(window)
        if cue is None and re.match(r"的(?:增长|增速|增幅)", after):
            return "growth", False  # 保持3%的增长
        if cue is None and previous:
            return previous, False
        if cue is None or cue["level"] or cue["to"]:
            return "level", False
        if cue["share"]:
            return "share", False
        return "growth", _negative(cue, window)
    m = _CHANGE_BEFORE.search(window)
    if m and not window[: m.start()].endswith("新") and _COMPARED.search(window[: m.start()]):
        return "change", bool(_NEGATIVE.match(m.group(0)))
    return "level", False  # 增加3000个公共停车泊位 is a number of new places, not a change of an indicator


def continues_list(gap: str) -> bool:
    """True when the text between two quantities only separates list items (、 和 及 与 ,)."""
    return bool(_LIST_GAP.match(gap))
