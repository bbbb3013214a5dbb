"""The extractor's shortcuts skip a regex when a cheap test shows it cannot match. Each shortcut must give exactly
what the regex would: these tests prove the cheap test from the pattern itself (so a new alternative that breaks
it fails here) or compare both on examples."""
from __future__ import annotations

import re
from datetime import date

try:
    from re import _constants as sre, _parser as sre_parse
except ImportError:  # Python < 3.11
    import sre_constants as sre
    import sre_parse

from zhibiao.extract import (_AIMS_AHEAD, _SCOPE_OPENER, _YEARS_GOALS_AHEAD, _matches_on_lines, _scope_openers, grammar,
                             indicator, period, place, status)
from zhibiao.extract.dating import reference


def _always_contains(items, words: tuple[str, ...]) -> bool:
    """True when every match of the parsed pattern `items` contains one of `words`."""
    run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)
            if any(w in run for w in words):
                return True
            continue
        run = ""
        if op is sre.SUBPATTERN and _always_contains(av[-1], words):
            return True
        if op is sre.BRANCH and all(_always_contains(alt, words) for alt in av[1]):
            return True
        if op is sre.IN and all(o is sre.LITERAL and chr(c) in words for o, c in av):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1 and _always_contains(av[2], words):
            return True
    return False


def always_contains(pattern, words) -> bool:
    return _always_contains(list(sre_parse.parse(pattern.pattern, pattern.flags)), tuple(words))


def test_the_proof_helper_can_fail():
    import re
    assert always_contains(re.compile(r"(?:19|20)\d\d年|[季月]度?|十[一二]五"), "年月季五")
    assert not always_contains(re.compile(r"\d+年|今天"), "年月季五")
    assert not always_contains(re.compile(r"(?:年)?\d"), "年")


def test_every_time_expression_writes_a_time_character():
    assert always_contains(period.TIME_EXPRESSION, "年月季五")
    ref = reference("", date(2016, 1, 20), "")
    assert not period.may_name_time("增长8.5%，其中工业") and period.last_period_in("增长8.5%", ref, "actual") is False


def test_every_sub_region_holds_a_sub_region_word_or_counts_places():
    (_, (_, _, _, group)), = sre_parse.parse(place._SUB_REGION.pattern)  # the one group: a branch of alternatives
    (op, (_, alternatives)), = group
    assert op is sre.BRANCH
    words = tuple(place.SUB_REGION_WORDS.pattern.split("|"))
    named = [alt for alt in alternatives if _always_contains(alt, words)]
    assert len(named) == len(alternatives) - 1  # only the counted places (67个县, 山区5市) may lack 区 and 团
    for window in ("2005年67个县规模以上工业增加值", "全省5市生产总值", "12个贫困县农村居民", "10个地级市地区生产总值",
                   "山区5市生产总值", "3个县（市、区）财政收入", "8县市区经济", "全市生产总值", "5个山区县生产总值", "沿海3市地区生产总值"):
        found = bool(place._SUB_REGION.search(window))
        assert found <= bool(place.SUB_REGION_WORDS.search(window) or place._COUNTED_PLACES.search(window)), window


def test_a_zones_word_opens_on_a_character_of_its_lookahead():
    (_, (_, _, _, group)), = sre_parse.parse(place._SUB_REGION.pattern)
    (_, (_, alternatives)), = group
    lazy, (op, (_, ((_, chars),))), words = next(alt for alt in alternatives if alt[0][0] is sre.MIN_REPEAT)
    assert op is sre.ASSERT  # [\u4e00-\u9fff]{0,8}?(?=[…])(?:新区|…)
    assert {chr(c) for _, c in chars} == _first_chars([words])


def test_fractions_and_footnotes():
    assert always_contains(grammar.FRACTION, ("分之",))
    assert grammar.normalise("国内生产总值[2]397983亿元") == "国内生产总值   397983亿元"
    assert grammar.normalise("总产值②12亿元") == "总产值 12亿元"


def test_chinese_thousands_need_their_last_group():
    for text in ("粮食总产量38，728万吨", "27，203，319，000元", "2023，2024年", "1，234，5678", "，123亿"):
        assert bool(grammar._CN_THOUSANDS.search(text)) <= bool(grammar._CN_LAST_GROUP.search(text)), text
    assert grammar.normalise("粮食总产量38，728万吨，增长3%") == "粮食总产量38,728万吨，增长3%"


def test_spaced_digits_need_their_last_digits():
    for text in ("规模6 5 0亿元", "纯收入1 6 5 4元", "收入34 065元", "1 2万元", "12 3 4亿元", "6 5 0亿吨", "增长6 5%"):
        assert bool(grammar._SPACED_DIGITS.search(text)) <= bool(grammar._SPACED_LAST_DIGITS.search(text)), text
    assert grammar.normalise("农民人均纯收入1 6 5 4元") == "农民人均纯收入   1654元"


def test_chinese_years_need_a_year_two_characters_after_their_second():
    for text in ("一九八五年", "二〇二〇年", "二○一二年底", "二零零八年", "一九九", "一九八五", "九五年", "二〇二〇", "一二三四年"):
        assert bool(grammar._CN_YEAR.search(text)) <= grammar._may_write_a_chinese_year(text), text
    assert grammar.normalise("到一九八五年，二○一二年") == "到1985年，2012年"


def test_scope_openers_are_the_patterns_matches():
    texts = ["\n\n过去一年，我们", "。 \n 2021年，我们加压奋进。特别是2021年，", "过去一年，全市", "。。去年，",
             "\u3000\u3000特别是2021年，", "各位代表：过去五年，", "\n\n\n", "年，2021年，", "。\n即将过去的2020年是"]
    for text in texts:
        assert [m.span() for m in _scope_openers(text)] == [m.span() for m in _SCOPE_OPENER.finditer(text)], text


def test_split_verbs_need_their_second_character_after_a_space():
    for text in ("分别增 长10%以上", "下 降3%", "提 高", "上 升", "降 低", "增  长", "增长", "上 年"):
        assert bool(grammar._SPLIT_VERB.search(text)) <= bool(grammar._SPLIT_SECOND.search(text)), text
    assert grammar.normalise("分别增 长10%以上") == "分别增长 10%以上"


def test_flat_growths_are_the_patterns_matches():
    texts = ["社会消费品零售总额与上年持平", "与上年基本持平，比上年同比持平", "比去年同期持平持平", "基本持平", "持平", "同比基本持平、与上年持平",
             "增幅与上年持平"]
    for text in texts:
        assert [m.span() for m in grammar._flat_matches(text)] == [m.span() for m in grammar.FLAT.finditer(text)], text


def test_a_unit_opens_on_one_of_its_first_characters():
    assert grammar.scan("2024年增长5.2%，达1.2万亿元")[1].raw_unit == "万亿元"


def test_goal_announcements_are_the_patterns_matches():
    texts = ["综合各方面因素，2022年全市经济社会发展主要预期目标是：\n地区生产总值增长6%", "今年主要预期指标：\t\n1.", "明年预期目标：",
             "预期\n2023年预期目标：\n今年的主要预期目标是：  \n", "今年预期。2024年经济社会发展预期目标：\n", "预期",
             "提出今后五年全市经济社会发展的主要目标：——", "未来五年\n今后五年的主要任务是：今后五年目标：", "五年"]
    for text in texts:
        for pattern, word in ((_YEARS_GOALS_AHEAD, "预期"), (_AIMS_AHEAD, "五年")):
            found = [m.span() for m in _matches_on_lines(pattern, text, word)]
            assert found == [m.span() for m in pattern.finditer(text)], (pattern.pattern, text)
    assert len(list(_matches_on_lines(_YEARS_GOALS_AHEAD, texts[3], "预期"))) == 2
    assert len(list(_matches_on_lines(_AIMS_AHEAD, texts[7], "五年"))) == 2


def test_estimate_cues_are_plain_words():
    # re skips to the first letters of plain alternatives by itself; a lookahead in front would stop that
    assert all(op is sre.LITERAL for alt in sre_parse.parse(status.ESTIMATE_CUES.pattern)[0][1][1] for op, _ in alt)
    assert status.sentence_status("初步预计，全年") == "estimate"


def _ends_at_end(items) -> bool:
    """True when every match of the parsed pattern `items` ends with $."""
    op, av = items[-1]
    if op is sre.AT:
        return av is sre.AT_END
    if op is sre.BRANCH:
        return all(_ends_at_end(list(alt)) for alt in av[1])
    return op is sre.SUBPATTERN and _ends_at_end(list(av[-1]))


def test_tail_patterns_end_the_string_within_their_width():
    for pattern, width in indicator.TAIL_WIDTHS.items():
        assert width is None or sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[1] <= width, pattern.pattern
        assert _ends_at_end(list(sre_parse.parse(pattern.pattern, pattern.flags))), pattern.pattern
    for s in ("旅游收入实现", "生产总值达到了", "增长目标为", "全省生产总值五年", "生产总值三季度", "生产总值", "达到\n", "实现实现",
              "增速比上年", "收入比2019年", "是去年的", "相当于近10年的", "增长与上月", "比1-11月份", "同比", "占比", "较之", ""):
        for pattern in indicator.TAIL_WIDTHS:
            assert indicator._cut_tail(pattern, s) == pattern.sub("", s), (pattern.pattern, s)


def test_target_cues_open_every_alternative_on_a_literal():
    try:
        from re import _compiler as sre_compile
    except ImportError:  # Python < 3.11
        import sre_compile
    # a class of first characters re skips to: each alternative opens on a literal, not on a look-around
    assert sre_compile._get_charset_prefix(sre_parse.parse(status.TARGET_CUES.pattern), 0)
    # the look-behinds that follow their word check what was before it
    cues = [m.group() for m in status.TARGET_CUES.finditer(
        "计划规定，明年计划新建；已达到2020年，到2025年，今年计划改造，计划，计划总投资，主要预期目标是：要分别")]
    assert cues == ["计划", "规定", "明年", "计划", "到2025年", "计划", "计划", "预期目标是", "要"]


def test_a_place_name_opens_a_clause_only_at_its_start():
    from zhibiao.ingest.regions import _find_names, name_at_start
    for text in ("广州市生产总值", "全省广州市", "新区", "广", "", "深圳大学", "其中广东省"):
        first = next(iter(_find_names(text)), None)
        assert name_at_start(text) == (first[1] if first and first[0] == 0 else None), text
    assert place._named_subject("广州市生产总值") == "广州市" and place._named_subject("全省广州市") is None


def test_no_percent_cue_spans_a_clause_end():
    from zhibiao.extract import measure
    # plain words only (no class, no dot): a cue cannot hold a comma or colon, so a clause's cues are the window's
    assert not any(c in measure._PERCENT_CUE_WORDS for c in ",，;；:：.[\\")
    for window in ("推进设施提升，实现", "增长，占", "占比为", "比重：", "，", ""):
        last = measure._last_cue(window)
        own = last if last is not None and not measure._HARD_CLAUSE.search(window, last.start()) else None
        alone = measure._last_cue(measure._HARD_CLAUSE.split(window)[-1])
        assert (own and own.group(0), own and own.lastgroup) == (alone and alone.group(0), alone and alone.lastgroup)


def test_the_last_characters_of_tail_patterns():
    import re
    assert indicator._last_chars(sre_parse.parse(r"(?:ab|c)(?:d)?$")) == frozenset("bcd")
    assert indicator._last_chars(sre_parse.parse(r"a\d$")) is None  # a class of categories: no shortcut
    assert indicator._last_chars(sre_parse.parse(r"a(?<!b)$")) is None
    assert indicator._last_chars(sre_parse.parse(r"(?:x)?$")) is None  # may match nothing
    for pattern, last in indicator.TAIL_LAST_CHARS.items():
        assert last, pattern.pattern  # every tail pattern of today's grammar has its shortcut
        for ch in "生产总值指标" + "".join(last):
            for s in (ch, "增长" + ch, "比上年" + ch, "近10年的" + ch):
                assert indicator._cut_tail(pattern, s) == pattern.sub("", s), (pattern.pattern, s)
    assert re.compile(r"(?:ab|c)(?:d)?$").sub("", "xab") == "x"  # (the substitution the shortcut stands for)


def test_the_dictionarys_tails_end_on_their_last_characters():
    from zhibiao import indicators
    assert indicator._tail_last_chars(indicators._GROWTH_TAIL) == indicators.GROWTH_TAIL_LAST
    assert indicator._tail_last_chars(indicators._TAIL) == indicators.TAIL_LAST
    for p in ("地区生产总值增速", "进出口总额", "固定资产投资", "税收收入增收", "高新技术企业数\n", "增速\n", "", "实际增长了"):
        if not indicators._may_end_on(p, indicators.GROWTH_TAIL_LAST):
            assert indicators._GROWTH_TAIL.sub("", p) == p, p
        if not indicators._may_end_on(p, indicators.TAIL_LAST):
            assert indicators._TAIL.search(p) is None, p


def test_marks_in_a_phrase_need_a_mark_character_or_a_list_number_first():
    from zhibiao import indicators
    for p in ("国内生产总值[2]", "地区生产总值［3］", "收入〔12〕", "粮食产量②", "⑴粮食", "❶投资", "广义货币M2（注：M2为M右下角加2）",
              "存款（注1）", "贷款(注12)", "1.地区生产总值", "12、财政收入", "（一）工业", "(3)投资", "三、消费", "二是投资",
              "图3.增长", "地区生产总值", "全社会固定资产投资（不含农户）", "规模以上工业增加值（2001）", "注重投资", "第1季度"):
        cheap = p[:1] in indicators._MARK_OPENERS or indicators._MARK_INSIDE.search(p)
        assert bool(indicators._MARKS.search(p)) <= bool(cheap), p


def test_a_phrase_ending_on_no_tails_last_character_keeps_its_tails():
    def stripped(s: str) -> str:  # the five substitutions, round after round, with no shortcut
        while True:
            t = s
            for pattern in indicator._STRIPPED_TAILS:
                t = pattern.sub("", t) if len(t) > 4 or pattern in indicator._STRIPPED_TAILS[:3] else t
            if t == s:
                return s
            s = t
    assert indicator._STRIPPED_LAST  # every stripped tail has its last characters: the shortcut is on
    for s in ("地区生产总值", "地区生产总值增长", "固定资产投资完成", "全省生产总值五年", "财政收入比上年", "规模以上工业增加值\n",
              "实现地区生产总值", "城镇居民人均可支配收入", "预期目标为", ""):
        assert indicator._strip_tail(s) == stripped(s), s


def test_the_heads_of_a_phrase_are_tried_in_order_and_never_empty():
    from zhibiao import indicators
    kinds = (indicators._HEAD_PUNCT, indicators._SCOPE_HEAD, indicators._TIME_HEAD, indicators._VERB_HEAD)
    assert all(sre_parse.parse(k.pattern).getwidth()[0] > 0 for k in kinds)
    for p in ("，地区生产总值", "全省生产总值", "2023年地区生产总值", "上半年财政收入", "实现地区生产总值", "预计全年增长", "地区生产总值", ""):
        m = next((m for k in kinds if (m := k.match(p))), None)
        assert indicators._head(p) == (m.group() if m else None), p


def _first_chars(items) -> set[str] | None:
    """The characters every match of the parsed pattern `items` may open on (look-arounds consume none), or None when
    the pattern may open on a class of categories or match nothing."""
    found: set[str] = set()
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        if op is sre.LITERAL:
            return found | {chr(av)}
        if op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            return found | {chr(c) for _, c in av}
        if op is sre.SUBPATTERN:
            alternatives = [av[-1]]
        elif op is sre.BRANCH:
            alternatives = av[1]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0:
            inner = _first_chars(av[2])
            if inner is None:
                return None
            found |= inner  # may be skipped: what follows may open the match too
            continue
        else:
            return None
        firsts = [_first_chars(alt) for alt in alternatives]
        if any(f is None for f in firsts):
            return None
        return found.union(*firsts)
    return None


def test_the_first_characters_helper():
    assert _first_chars(sre_parse.parse(r"(?<!x)(?:ab|c)?d")) == {"a", "c", "d"}
    assert _first_chars(sre_parse.parse(r"\d")) is None


def test_percent_cues_open_on_their_first_characters():
    from zhibiao.extract import measure
    assert _first_chars(sre_parse.parse(measure._PERCENT_CUE_WORDS)) <= set(measure.PERCENT_CUE_FIRST)
    for window in ("比上年增长", "占全市比重提高到", "城镇化率达", "新增", "收入增", "", "同比下降"):
        plain = re.compile(measure._PERCENT_CUE_WORDS)
        assert [m.span() for m in measure._PERCENT_CUES.finditer(window)] == [m.span() for m in plain.finditer(window)]


def test_patterns_searched_from_their_width_before_the_end():
    from zhibiao import indicators
    from zhibiao.extract import measure
    for pattern, width in ((measure._CHANGE_BEFORE, measure.CHANGE_BEFORE_WIDTH), (indicators._TAIL, indicators.TAIL_WIDTH),
                           (measure._RATIO_OF, measure.RATIO_OF_WIDTH)):
        assert sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[1] <= width, pattern.pattern
        assert _ends_at_end(list(sre_parse.parse(pattern.pattern, pattern.flags))), pattern.pattern


def test_words_tested_before_a_pattern_are_in_its_every_match():
    from zhibiao import extract
    from zhibiao.extract import filters, measure
    for pattern, words in ((period._STARTING_YEAR, "年"), (period._STARTING_YEAR, "由从"), (period._BASE_VALUE_YEAR, "年"),
                           (period._FROM_BEFORE, "从由"), (period._STRONG_NULL, ("原", "每年")),
                           (period._PROJECT_SIZE, ("投资",)), (period._SIZE_LEAD, ("投资",)),
                           (status._TARGET_AFTER, ("目标",)), (status._TASK_AFTER, ("任务",)), (filters._ORDINAL_LIST, "第"),
                           (measure._DECREASE_BEFORE, "减降增简缩"), (measure._NET_INCREASE_BEFORE, "增"),
                           (measure._ADDED_BEFORE, "增"), (place._COMPARED, "全"), (place._WHOLE_SUBJECT, "全"),
                           (extract._FROM_TO, "从由"), (extract._PAST_NAMED, "年"), (extract._PATH_LEAD, "逐"),
                           (extract._FRAME_OPENS_SENTENCE, ("相比", "比较")), (extract._AGAINST_PLAN, "倍"),
                           (extract._CITY_CPI, ("城市居民消费价格",)), (extract._GOALS_ANNOUNCED, ("预期",))):
        assert always_contains(pattern, tuple(words)), pattern.pattern
    assert _first_chars(sre_parse.parse(extract._PART_STUB.pattern)) <= extract._PART_STUB_FIRST
    assert _first_chars(sre_parse.parse(extract._GOAL_BOUND.pattern)) == {"的"}
    assert extract._PLAN_OPENS.pattern.startswith("(?:到|至|在)?[“\\\"]?(十")  # 十 within its first three characters
    assert indicator._QUANTITY_AHEAD_ANY.pattern.startswith("^\\d")
    for own in ("年均增长", "年平均增长", "全年平均", "五年", "两年平均", "三年年均", ""):
        assert bool(extract._AVERAGE_OVER_YEARS.search(own)) <= ("年均" in own or "年平均" in own), own
        assert bool(extract._AVERAGE_OVER.search(own)) <= ("年平均" in own or "年年均" in own), own


def test_the_size_of_a_ranking_has_its_ordinal_within_reach():
    from zhibiao.extract import filters
    items = sre_parse.parse(filters._RANKED_AMONG.pattern)
    first = next(k for k, (op, av) in enumerate(items) if op is sre.LITERAL and chr(av) == "第")
    assert sre_parse.SubPattern(items.state, list(items)[:first]).getwidth()[1] <= filters.RANKED_AMONG_REACH


def test_values_listed_before_a_number_end_on_a_list_word():
    from zhibiao import extract
    (op, (_, _, values)), (at, where) = sre_parse.parse(extract._LIST_BEFORE.pattern)
    assert op is sre.MAX_REPEAT and (at, where) == (sre.AT, sre.AT_END)
    assert indicator._last_chars(values) == frozenset(extract._LIST_BEFORE_LAST)


def test_a_list_gap_is_one_separator_between_spaces():
    from zhibiao.extract import measure
    for gap, continues in (("、", True), (" 和 ", True), ("以及", True), ("，", True), ("\n,", True), ("和、", False),
                           ("", False), ("、 、", False), ("及其", False)):
        assert measure.continues_list(gap) is continues, gap


def test_estimate_cues_from_the_first_one():
    for text in ("初步预计，全年可达", "有望", "可达到", "“昂可达”草果", "预测性指标", "", "增长"):
        assert [m.span() for m in status.estimate_cues(text)] == [
            m.span() for m in status.ESTIMATE_CUES.finditer(text) if not (
                m.group() in status._NOT_AN_ESTIMATE and status._NOT_AN_ESTIMATE[m.group()].match(text, m.end()))]


def test_leading_noise_matches_once_at_the_start():
    pattern = indicator._LEADING_NOISE
    assert pattern.pattern.startswith("^") and not pattern.flags & re.MULTILINE
    assert sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[0] >= 1  # no empty match
    for s in ("但是全市生产总值", "2023年全市", "，，其中", "生产总值", "", "全年全市实现"):
        assert indicator._without_leading_noise(s) == pattern.sub("", s), s


def test_leading_noise_opens_on_its_first_characters_or_a_space():
    (at, _), (op, (_, _, repeated)) = sre_parse.parse(indicator._LEADING_NOISE.pattern)
    assert at is sre.AT and op is sre.MAX_REPEAT
    (branch, (_, alternatives)), = repeated
    opening = set()
    for alt in alternatives:
        first = _first_chars(alt)
        if first is None:  # a class (of marks, or of numerals before 是), which may hold \s
            op, av = alt[0]
            if op is sre.MAX_REPEAT:
                (op, av), = av[2]
            assert op is sre.IN and all(o is sre.LITERAL or c == sre.CATEGORY_SPACE for o, c in av)
            first = {chr(c) for o, c in av if o is sre.LITERAL}
        opening |= first
    assert opening == indicator._LEADING_NOISE_FIRST
    for s in ("地区生产总值", " 地区生产总值", "\u3000其中", "", "，全市", "其中工业"):
        assert indicator._without_leading_noise(s) == indicator._LEADING_NOISE.sub("", s, count=1), s


def test_an_opener_opens_on_its_first_characters():
    alternatives = place._OPENER.pattern[len("^(?:"):place._OPENER.pattern.index(")?")].split("|")
    assert {a[0] for a in alternatives} | set("，,：:") == place._OPENER_FIRST
    for head in ("全市生产总值", "广州市", "新区", "", "1月", "其中，", "同期全省"):
        assert head[:1] in place._OPENER_FIRST or place._OPENER.match(head).end() == 0, head
    assert place._named_subject("其中，广州市生产总值") == "广州市"


def test_years_named_as_alternatives_of_their_own():
    from zhibiao import extract
    grouped = (re.compile(r"(?:19|20)\d\d年|去年|上年|过去一年"),
               re.compile(r"全年|年度|今年|明年|(?:19|20)\d\d年|五年|期间|时期"))
    for before, after in zip(grouped, (extract._TIME_NAMED, extract._TIME_NAMED_HERE)):
        for text in ("比2019年增长", "1998年以来", "去年同期", "过去一年", "2020年度", "今年", "12019年", "期间", ""):
            assert [m.span() for m in before.finditer(text)] == [m.span() for m in after.finditer(text)], text
