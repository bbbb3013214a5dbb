"""Which years a document reviews and plans: work reports by their session, communiqués and plans by their name."""
from datetime import date

from zhibiao.extract import extract_facts
from zhibiao.extract import normalise
from zhibiao.extract.dating import reference
from zhibiao.ingest.metadata import find_date

OPENING = "各位代表：\n现在，我代表市人民政府，向大会作政府工作报告，请予审议。\n"


def years(text, published=None, title=None):
    ref = reference(text, published, title)
    return ref.kind, ref.review_year, ref.plan_year


def test_a_work_report_delivered_late_still_reviews_the_year_before():
    # 赣州市政府工作报告（2020年4月27日 曾文明）: the session was postponed, the report is still the 2020 report
    assert years(OPENING, date(2020, 4, 27), "赣州市政府工作报告（2020年4月27日 曾文明）") == ("work_report", 2019, 2020)


def test_a_december_session_reviews_its_own_year():
    assert years(OPENING, date(2021, 12, 28), "固原市政府工作报告（2021年12月28日 冼国义）") == ("work_report", 2021, 2022)


def test_an_undated_work_report_takes_its_year_from_the_title_or_headings():
    assert years(OPENING + "一、过去一年的工作回顾\n", None, "2011年湖南省政府工作报告")[1:] == (2010, 2011)
    assert years(OPENING + "**一、2018年工作回顾**\n刚刚过去的2018年，是…\n", None, "政府工作报告")[1:] == (2018, 2019)
    assert years(OPENING + "**——2009年1月在黑龙江省第十一届人民代表大会第三次会议上**\n", None, "2009年政府工作报告")[1:] == (
        2008, 2009)


def test_the_reviewed_year_named_by_the_text_overrules_a_title_a_year_off():
    # 四川省/2014.md holds the report delivered on 28 January 2015, which reviews 2014
    text = OPENING + "**2014年工作回顾**\n"
    assert years(text, None, "2014年四川省人民政府工作报告")[1:] == (2014, 2015)


def test_a_report_presenting_a_five_year_plan_is_of_its_first_year():
    text = "各位代表：\n现在，我代表北京市人民政府，向大会作关于国民经济和社会发展第十一个五年规划纲要的报告。\n"
    assert years(text, None, "政府工作报告")[1:] == (2005, 2006)


def test_communiques_are_of_the_year_they_are_named_for():
    title = "中华人民共和国国家统计局关于一九八二年国民经济和社会发展计划执行结果的公报"
    assert years("1983年4月29日\n一九八二年，…\n", date(1983, 4, 29), title) == ("communique", 1982, 1983)
    assert years("", date(2020, 2, 28), "中华人民共和国2019年国民经济和社会发展统计公报")[:2] == ("communique", 2019)


def test_a_five_year_plan_sets_targets_for_its_five_years():
    ref = reference("", None, "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要")
    assert (ref.kind, ref.plan_span) == ("plan", (2021, 2025))
    ref = reference("", None, "中华人民共和国国民经济和社会发展“九五”计划和二〇一〇年远景目标纲要")
    assert ref.plan_span == (1996, 2000)
    text = "主要目标是：国内生产总值年均增长6%。"
    (fact,) = extract_facts(text, title="中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要")
    assert (fact.status, fact.period) == ("target", "2021-01/2025-12")


def test_an_old_report_never_dates_its_review_by_a_far_target():
    # 太原 2009: the report also speaks of 2020, but its review is of 2008
    text = (OPENING + "一、2008年工作回顾\n全年完成地区生产总值1468.1亿元，增长8.1%。\n"
            "到2020年，全市地区生产总值翻一番。\n")
    found = extract_facts(text, title="2009年太原市政府工作报告")
    assert [(f.text, f.period) for f in found][:2] == [("1468.1亿元", "2008"), ("8.1%", "2008")]


def test_session_dates_in_brackets_and_chinese_numerals_are_read():
    assert find_date(None, {}, ["（2024年1月24日在江苏省第十四届人民代表大会第二次会议上）"]) == date(2024, 1, 24)
    assert find_date(None, {}, ["**（二〇〇三年一月十日）**"]) == date(2003, 1, 10)
    assert find_date(None, {}, ["在四川省第十二届人民代表大会第三次会议上（2015年1月28日）"]) == date(2015, 1, 28)
    assert find_date(None, {}, ["政府工作报告  ——2005年1月28日在海南省第三届人民代表大会第三次会议上"]) == date(2005, 1, 28)
    title = "2018年1月25日广东省省长马兴瑞在广东省第十三届人民代表大会第一次会议上作政府工作报告"
    assert find_date(title, {}, ["各位代表："]) == date(2018, 1, 25)


def test_a_session_date_years_away_from_the_title_and_never_named_by_the_text_is_the_archives_mistake():
    # 江苏省/2003.md: titled 江苏省2003年政府工作报告 but dated （2010年2月20日 梁保华）; it reviews 1998–2002
    text = (OPENING + "**一、过去五年工作回顾**\n1998年到2002年，是江苏跨世纪发展承前启后的重要时期。\n"
            "2002年全省国内生产总值比上年增长11.6%。\n到2010年，全省国内生产总值比2000年增长1.4倍。\n")
    assert years(text, date(2010, 2, 20), "江苏省2003年政府工作报告")[1:] == (2002, 2003)
    facts = extract_facts(text, published=date(2010, 2, 20), title="江苏省2003年政府工作报告")
    assert [(f.text, f.period) for f in facts if f.text == "11.6%"] == [("11.6%", "2002")]
    # a report that names the year its date reviews keeps its date
    assert years(OPENING + "2009年全省生产总值增长12.4%。\n", date(2010, 2, 20), "江苏省2003年政府工作报告")[1:] == (
        2009, 2010)


def test_a_multiple_of_a_years_output_is_no_one_years_growth():
    # 青海 2019: the GDP growth of 40 years answered "青海's GDP growth in 2018" beside the year's 7.2
    found = extract_facts("去年是改革开放40周年，回望40年奋斗历程，全省地区生产总值增长30.5倍，公共财政预算收入增长154倍。",
                          published=date(2019, 1, 25), region_code="630000")
    assert [(f.text, f.indicator_code, f.period) for f in found][:2] == [
        ("30.5倍", "gdp", None), ("154倍", "general_budget_revenue", None)]
    # trade may multiply in a year from a small base (青海 2025)
    found = extract_facts("“青海三文鱼”公共品牌正式发布、出口增长12倍。", published=date(2025, 1, 20), region_code="630000")
    assert [(f.indicator_code, f.period) for f in found] == [("exports", "2024")]


def test_a_rate_kept_within_a_bound_over_a_plan_is_of_every_year_of_it():
    # 十二五规划纲要: its 5% answered "全国's unemployment target for 2015" beside the 2015 report's own 4.5%
    found = extract_facts("“十二五”时期经济社会发展的主要目标是：国内生产总值年均增长7%，城镇新增就业4500万人，"
                          "城镇登记失业率控制在5%以内。", published=date(2011, 3, 16), region_code="100000",
                          title="中华人民共和国国民经济和社会发展第十二个五年规划纲要")
    assert [(f.text, f.period) for f in found if f.indicator_code == "registered_unemployment_rate"] == [
        ("5%以内", "2011-01/2015-12")]
    # a state reached by the end of the span keeps its last year
    found = extract_facts("“十二五”时期的主要目标是：城镇化率达到55%。", published=date(2011, 1, 20), region_code="330000")
    assert [(f.text, f.period) for f in found] == [("55%", "2015")]


def test_a_review_that_opens_on_the_years_work_is_no_heading_of_plans():
    # 浙江 1989 (truth table provinces_1985_2007): 一九八八年的工作经历了… was read as the plans' heading, so the
    # report reviewed 1987
    text = ("各位代表:\n现在，我代表省人民政府，向大会报告一九八九年政府工作的任务，请予审议。\n（一）\n"
            "一九八八年的工作经历了一个曲折的过程。全省国民生产总值比上年增长11%。\n")
    ref = reference(normalise(text), None, "1989年政府工作报告")
    assert (ref.review_year, ref.plan_year) == (1988, 1989)
    # a heading of the year's work still names the plans
    text = "各位代表:\n一、1988年工作回顾\n二、1989年的工作\n"
    assert reference(normalise(text), None, "政府工作报告").plan_year == 1989
