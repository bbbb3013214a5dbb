"""Whether a fact happened (actual), is planned (target) or is forecast (estimate).

Rules, first that applies:

0. 已签约的241个…, 70宗已落地项目 (a number of things already done) → actual, even inside a plan; a number followed by 的目标
   (控制在3.5%的目标以内) or a task assigned (下达了2万户的…任务) → target;
1. the sentence, before the number, says 预计/有望/初步预计/预测/估计/可望/可达 → estimate; the cue nearest the number
   wins. Across a semicolon a cue governs only when it opens the sentence (初步预计，…；…) or heads figures
   (力争…160个以上；开展招商推介活动30次), not when it is a forecast in words (…预计储量还将有更大突破；…);
   a cue in brackets closed before the number speaks only for its bracket (增长6.5%(年度目标6%以上);…);
2. the sentence, before the number, says 力争/确保/目标/预期/争创/明年/要/努力实现, or 计划 opening a clause or
   followed by a verb (计划改造, 今年计划; not 倍增计划, a programme) … → target; 到2024年 only for a year still
   to come;
2a. a table column headed 事项/任务/目标/计划 holds targets, one headed 进度/完成情况/实际 actuals;
3. the nearest section heading that names a status: 回顾/成就/成绩/成效/总结 → actual;
   目标/举措/安排/任务/计划/要求/重点工作/展望 → target. Only headings that are numbered (一、),
   Markdown, or carry a year count, so a sub-heading such as 民生任务全面完成 cannot flip a section;
4. the document's default: a text that plans (明年, 力争, 确保 …) and never reviews (过去一年, 去年,
   同比, 累计, 前三季度 …) is a plan document → target; anything else → actual.
"""
from __future__ import annotations

import re

# Alternatives of plain words: re skips to their first characters by itself (3x faster than a lookahead).
# 可达: a figure the year can reach (今年接待国内外游客可达5150万人次, in a report of December 2016), not a name (“昂可达”草果);
# 预测指标 in a list of the year's goals (主要预测指标是：北京市生产总值增长9%) names targets (see `estimate_cues`)
ESTIMATE_CUES = re.compile(r"预计|有望|可望|预测|估计|可达")
_NOT_AN_ESTIMATE = {"预测": re.compile(r"性?指标"), "可达": re.compile(r"(?!到?\s*(?:约|近|超过)?\s*(?:\d|$))")}


def estimate_cues(text: str):
    """The matches of ESTIMATE_CUES in `text` that announce an estimate."""
    first = ESTIMATE_CUES.search(text)  # (most texts have none: a search is cheaper to start than finditer)
    if first is None:
        return
    for m in ESTIMATE_CUES.finditer(text, first.start()):
        rule = _NOT_AN_ESTIMATE.get(m.group())
        if rule is None or not rule.match(text, m.end()):
            yield m


# Cue words are narrow on purpose: 倍增计划 (a programme), 完成…减排目标 (achieved), 坚持向创新要动能
# (a slogan) occur in reviews; only words that announce a plan count. Every alternative opens on a literal character
# (a look-behind stands after the word it checks: 到(?<!…到)), so re skips through a text to their first characters by
# itself: the pattern that opened on a look-ahead was tried at every position, or by a Python loop over those characters
# (tests/test_extract_shortcuts.py).
TARGET_CUES = re.compile(
    r"力争|原定(?=控制|增长|目标|为|在)|必保(?=增长|完成|实现|达到)|力保(?=增长|完成|实现|达到)|建议(?=奋力|力争|确保|实现)|"
    r"规定(?<=计划规定|规划规定|纲要规定)(?=[，,：:])|将(?=达到|突破|超过|增加到|提高到|增长到|实现)|确保(?!目标)|"
    r"争取(?=(?:19|20)\d\d年|在|实现|达到|完成|突破)|"
    r"预期目标(?:建议)?(?:是|为|任务是|[:：]|(?=\d)|$)|主要目标(?:建议)?(?:是|为|任务是|[:：]|(?=\d)|$)|"
    r"目标(?:建议)?(?:是|为|任务是|[:：]|(?=\d)|$)|争创|力求|明年|到(?<![达复高加降升长至增]到)20\d\d年|"
    r"计划(?=新建|完成|实施|到|在|新增|开工|建设|投资\d|增长|达到|实现|提高)|"
    r"计划(?:(?<=^计划)|(?<=[，,；;。：:]计划))(?!总投资|生育)|计划(?<=[今明全]年计划)|"
    r"预期(?=为|是|在|增长)|预定(?=为|是|在|增长|达到)|目标[，,]?(?:定为|确定为)|"
    r"主要预期(?:性)?指标(?:是|为|[:：])|主要预测(?:性)?指标(?:是|为|[:：])|预期(?:性)?指标(?:是|为|[:：])|"
    r"预测(?:性)?指标(?:是|为|[:：])|约束性指标(?:是|为|[:：])|努力实现(?!了)|要(?=分别|达到|实现|完成|确保|力争|突破|新增|保持|控制)"
)


_HEADING_WORD = re.compile(r"(?P<actual>回顾|成就|成绩|总结|经验|过去|完成情况|进展情况|执行情况|数据说明)|"
                           r"(?P<target>目标|举措|安排|任务|计划|打算|展望|要求|思路|重点工作|今后|下一步|建议|开局之年的各项工作|"
                           r"今年的?(?:各项|主要)?工作)")
# Only top-level headings move a section: 一、…, Markdown, one naming a year, or a short one opening on a plan or a
# term (“十二五”发展主要成就, 过去五年工作回顾, 本届政府工作回顾: the bold of Markdown is gone from the text read). Second-level ones such as
# （二）…推动城乡区域协调取得新成效 sit inside a plan and must not flip it.
_HEADING_FORMAL = re.compile(r"^\s*(?:#+|\*\*|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分篇]|"
                             r"[“\"]?十[一二三四五]五[”\"]?[^，,。：:；;\d]{0,12}$|"
                             r"(?:过去|今后|未来)[两三四五]年[^，,。；;\d]{0,14}$|本届政府[^，,。；;\d]{0,10}$|"
                             # the notes on the figures at a report's end (厦门 2007): what the figures were
                             r"数据说明[：:]?\s*$)|(?:19|20)\d\d")
_VERB_OF_WORK = re.compile(r"\W*(?:[一二三四五六七八九十]+、)?(?:狠抓|抓住|抓好|紧扣|紧紧围绕|围绕|落实|突出|聚焦)")
_PLAN_WORDS = re.compile(r"明年|力争|确保|争取|预期目标")
_REVIEW_WORDS = re.compile(r"过去一年|去年|上年|同比|以来|截至|累计|前三季度|上半年|1[-—至]\d{1,2}月|取得了")


_CONJUNCTS = re.compile(r"和|与|及|以及|、|，|,|；|;")  # (a clause of a heading is a conjunct: 取得显著成绩，实施“九五”计划开局良好)
_ACHIEVED = re.compile(r"(?:全面|胜利|圆满|超额|顺利|基本)?(?:完成|实现)了|(?:全面|胜利|圆满|超额|顺利)(?:完成|实现)")


def heading_status(heading: str) -> str | None:
    """The status a section heading announces, or None. A Chinese phrase ends on its head word, so each conjunct
    of the heading speaks by its last status word (五次会议确定任务的完成情况和五年工作回顾: 完成情况, 回顾 → actual);
    the first conjunct that speaks leads (“十一五”回顾和“十二五”的主要目标任务 reviews first)."""
    if not _HEADING_FORMAL.search(heading):
        return None
    if _ACHIEVED.search(heading):
        return "actual"  # 一、全面完成了省十一届人大一次会议确定的各项目标和任务: targets met, a review
    for part in _CONJUNCTS.split(heading):
        last = None
        for m in _HEADING_WORD.finditer(part):
            last = m
        if last is None or (last["target"] and _VERB_OF_WORK.match(part)):
            continue  # 一、狠抓首要任务，新农村建设扎实推进 (西藏 2007's review): the task is the verb's object
        return "actual" if last["actual"] else "target"
    return None


def document_default(text: str, kind: str = "text") -> str:
    """actual, or target for a plan document (a five-year plan, or a text that plans and never reviews); a work
    report opens with its review, so it is actual until a heading or a sentence says otherwise."""
    if kind in ("work_report", "communique"):
        return "actual"
    if kind == "plan":
        return "target"
    plans = len(_PLAN_WORDS.findall(text))
    reviews = len(_REVIEW_WORDS.findall(text))
    return "target" if plans >= 2 and reviews == 0 else "actual"


_BEATEN = re.compile(r"(?:超|超过|超出|高于|高出|快于|低于|完成)[^，,。；;\d]{0,10}$")
_CLOSED_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
_BY_YEAR = re.compile(r"到(20\d\d)年")
_ASSIGNED_BEFORE = re.compile(r"(?:下达|分配|布置|交办)了?$")
_TASK_AFTER = re.compile(r"^的[^，,。；;]{0,12}任务")
_TARGET_AFTER = re.compile(r"^(?:左右|以上|以内|以下)?的(?:年度|预期|既定)?目标")


_ALREADY_DONE = re.compile(r"已(?:经)?[\u4e00-\u9fff]{1,3}的$")


_DONE_AFTER = re.compile(r"^已(?:经)?(?:签约|落地|开工|建成|完成|投产|竣工|入驻|落户|备案|认定|实施)")


def already_done(text: str, lo: int, start: int, end: int) -> bool:
    """已签约的241个亿元以上项目, 重点推动70宗已落地项目加快建设: the number at text[start:end] counts things already
    done (已 before it with 的, from `lo` on, or right after its unit), actual even inside a plan."""
    # (已 is looked for in place first: most numbers have none on either side, and need no slice)
    return ((text.find("已", lo, start) >= 0 and bool(_ALREADY_DONE.search(text[lo:start])))
            or (text.startswith("已", end) and bool(_DONE_AFTER.match(text[end:end + 4]))))


_DIGIT = re.compile(r"\d")


def governing_cue(earlier: str, review_year: int | None, opening: int) -> str | None:
    """Status of the last cue of the earlier parts of a sentence when it governs the parts after it: it opens the
    sentence, or figures follow it (it heads a list of them)."""
    said = sentence_status(earlier, review_year)
    if said is None:
        return None
    last = None
    for last in (estimate_cues(earlier) if said == "estimate" else TARGET_CUES.finditer(earlier)):
        pass
    if last is None:
        return said  # the cue came from closed-bracket or after-text rules; keep it
    if last.start() < opening or _DIGIT.search(earlier, last.end()):
        return said
    return None


_HARD_END = re.compile(r"[，,；;]")


_DONE_SINCE = re.compile(r"(?:实现|完成|取得|达到|做到)了")


def review_target(before: str, clause_at: int, review_year: int | None, after: str = "") -> str | None:
    """Status of a number in a review section, whose sentence has a target cue before it (`clause_at` is where the
    number's own clause starts in `before`). The cue counts when it is in that clause, opens the sentence, announces
    goals (主要预期目标是：…, 目标，定为…), or heads figures in its own clause (力争新开工项目160个以上，开展…30次);
    not when it is a verb of what was done (主动作为，确保经济平稳运行在合理区间，全年实现生产总值…增长8.2%)."""
    said = sentence_status(before, review_year, after)
    if said != "target":
        return said
    last = None
    for last in TARGET_CUES.finditer(before):
        pass
    if last is None or last.start() >= clause_at:
        return said
    if _DONE_SINCE.search(before, last.end()):
        # 力求把保发展…结合起来，实现了居民收入与经济同步增长，城市和农村居民家庭人均可支配收入分别比上年增长8.1% (上海
        # 2010): what was striven for was done, and the figures after it say so (…涨幅原定控制在4%左右，但…，达到了5.4%:
        # 南京 2012, what was done instead)
        return "estimate" if any(estimate_cues(before)) else None
    if last.start() < 2:
        return said
    if any(word in last.group(0) for word in ("目标", "指标", "计划", "预期", "规定")):
        return said
    end = _HARD_END.search(before, last.end())
    if _DIGIT.search(before, last.end(), end.start() if end else len(before)):
        return said
    estimate = max((m.end() for m in estimate_cues(before)), default=-1)
    return "estimate" if estimate >= 0 else None


def sentence_status(before: str, review_year: int | None = None, after: str = "") -> str | None:
    """Status announced by the words of the sentence before the number, or None; the cue nearest the
    number wins (预计…增长6.5%(年度目标6%以上): the 6% is a target). A cue inside brackets closed before the
    number speaks only for its own bracket: in 增长6.5%(年度目标6%以上);规上工业增加值完成24.5亿元 the 24.5亿元
    keeps the sentence's 预计. 到2024年底 is a target only when that year is still to come. A number followed
    by 的目标 (控制在3.5%的目标以内) is a target."""
    # (the words each pattern after the number needs are tested first: most numbers are followed by neither)
    if ("目标" in after and _TARGET_AFTER.match(after)) or (
            "任务" in after and _TASK_AFTER.match(after) and _ASSIGNED_BEFORE.search(before[-6:])):
        return "target"  # 控制在3.5%的目标以内; 市政府给我县下达了2万户的农村气代煤改造任务
    if "(" in before or "（" in before:
        before = _CLOSED_BRACKETS.sub("", before)
    estimate = target = -1  # where the last cue of each kind ends (matches come in order, so the last one)
    for m in estimate_cues(before):
        estimate = m.end()
    for m in TARGET_CUES.finditer(before):
        if "目标" in m.group(0) and _BEATEN.search(before, max(0, m.start() - 12), m.start()):
            continue  # 超“十三五”目标69.61亿元: by how much a target was beaten, a review
        if not (review_year and (y := _BY_YEAR.match(m.group(0))) and int(y[1]) <= review_year):
            target = m.end()
    if estimate < 0 and target < 0:
        return None
    return "estimate" if estimate > target else "target"
