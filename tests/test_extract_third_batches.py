"""Misses of the third blind batches and of the GDP questions still wrong, as an analyst would meet them: a year's
growth told as a path through its quarters, and the words that path is told in.

Each example is a real report sentence behind a miss.
"""
from datetime import date

from zhibiao.extract import extract_facts


def facts(text, published=date(2021, 1, 20)):
    return [(f.value, f.measure, f.status, f.period, f.indicator_code) for f in extract_facts(text, published=published)]


def test_a_path_out_of_a_fall_keeps_its_subject_to_the_year():
    # 惠州 2021: 收窄至 and 扭负为正 say how the growth changed; they name no other subject
    found = facts("地区生产总值一季度下降8.7%（同比，下同），上半年收窄至-4.3%，前三季度扭负为正、增长0.3%，"
                  "全年完成4222亿元，增长1.5%。")
    assert found == [(-8.7, "growth", "actual", "2020-01/2020-03", "gdp"),
                     (-4.3, "growth", "actual", "2020-01/2020-06", "gdp"),
                     (0.3, "growth", "actual", "2020-01/2020-09", "gdp"),
                     (4.222e11, "level", "actual", "2020", "gdp"),
                     (1.5, "growth", "actual", "2020", "gdp")]


def test_a_path_from_the_first_quarter_starts_at_that_quarters_own_value():
    # 台州 2021: 从一季度-8.8% is the first quarter's growth, not a base; -0.4% after 增速 is a fall
    found = facts("全市生产总值增速从一季度-8.8%、列全省第10，回升到上半年-0.4%、前三季度1.7%，全年增长3.4%、并列全省第5。")
    assert found == [(-8.8, "growth", "actual", "2020-01/2020-03", "gdp"),
                     (-0.4, "growth", "actual", "2020-01/2020-06", "gdp"),
                     (1.7, "growth", "actual", "2020-01/2020-09", "gdp"),
                     (3.4, "growth", "actual", "2020", "gdp")]
    # 宁波 2021: 快速回升到二季度的 names no noun of the first quarter's value
    assert [p for *_, p, _ in facts("经济增速由一季度的-7%快速回升到二季度的5.1%，三季度进一步提高到6.7%，全年增速3.3%。")] == [
        "2020-01/2020-03", "2020-04/2020-06", "2020-07/2020-09", "2020"]


def test_the_years_growth_at_the_end_of_a_path_through_the_quarters():
    # 长春 2016: 逐步回升到全年的6.5% is the year's growth of the economy
    found = facts("经济增长速度由一季度的5.9%、上半年的6.1%逐步回升到全年的6.5%。", date(2016, 1, 20))
    assert found == [(5.9, "growth", "actual", "2015-01/2015-03", "gdp"),
                     (6.1, "growth", "actual", "2015-01/2015-06", "gdp"),
                     (6.5, "growth", "actual", "2015", "gdp")]


def test_a_starting_value_after_a_year_end_keeps_that_year():
    # 沈阳 2006: the firms counted at the end of 2004, then the number reached
    found = facts("全市规模以上工业企业由2004年末的1836户增加到3033户。", date(2006, 1, 20))
    assert [(v, p) for v, _, _, p, _ in found] == [(1836, "2004"), (3033, "2005")]


def test_an_average_growth_named_bare_after_its_subject_is_the_subjects():
    # 阳泉 2021: 年均增速 and 增速 after 地区生产总值…触底反弹
    found = facts("地区生产总值从2017年开始触底反弹，到2019年年均增速6%，2020年增速为3.6%，与全省持平。")
    assert [(v, p, c) for v, _, _, p, c in found] == [(6, "2015-01/2019-12", "gdp"), (3.6, "2020", "gdp")]


def test_a_comparison_opening_a_clause_frames_the_growths_after_it():
    # 厦门 2012: 90% is the growth of 2007–2011, not of 2011 alone
    found = facts("较好实现了发展速度和质量效益的同步增长，2011年与2006年相比，地区生产总值由1174亿元提高到2527亿元，"
                  "规模以上工业总产值由2368亿元提高到4460亿元，按可比价格计算，分别增长90%、108%。", date(2012, 1, 20))
    assert [(v, p, c) for v, m, _, p, c in found if m == "growth"] == [
        (90, "2007-01/2011-12", "gdp"), (108, "2007-01/2011-12", "industry_output_above_scale")]


def test_the_local_revenue_of_the_old_scope_beside_the_budgets_own_is_not_the_budgets():
    # 齐齐哈尔 2014: 地方财政收入 held the funds outside the budget; 公共财政预算收入 is the general budget revenue
    found = facts("全市财政总收入144.9亿元、地方财政收入104.6亿元、公共财政预算收入64.4亿元，分别增长18.1%、19.7%和17.1%。",
                  date(2014, 1, 20))
    assert [(v, c) for v, m, _, _, c in found if m == "growth"] == [
        (18.1, "fiscal_revenue_total"), (19.7, None), (17.1, "general_budget_revenue")]
    # said alone, 地方财政收入 is still the local general budget revenue
    assert facts("地方财政收入104.6亿元，增长19.7%。", date(2014, 1, 20))[1][-1] == "general_budget_revenue"


def test_names_of_jobs_and_trade_the_readers_met():
    # 宁夏 2005, 黄石 2019, 西藏 2019
    assert facts("全年实现城镇新就业4.6万人。", date(2005, 1, 20))[0][-1] == "urban_new_jobs"
    assert facts("新增城镇就业人口5.4万人。", date(2019, 1, 20))[0][-1] == "urban_new_jobs"
    assert facts("力争对外贸易增长10%以上。", date(2019, 1, 20))[0][-1] == "foreign_trade"


def test_the_value_a_path_reaches_is_the_years_not_the_first_quarters():
    # 中山 2021 and 广东 2015: only the value right after 从一季度的 is the quarter's
    zhongshan = facts("全市生产总值增速从一季度的-13.1%回升到1.5%，在全省排名明显上升。")
    assert [(v, p, c) for v, _, _, p, c in zhongshan] == [(-13.1, "2020-01/2020-03", "gdp"), (1.5, "2020", "gdp")]
    guangdong = facts("实现进出口总额1.08万亿美元、降幅由一季度的-23.1%收窄到-1.4%，其中出口增长1.5%。", date(2015, 1, 20))
    assert [(v, p, c) for v, m, _, p, c in guangdong if m == "growth"] == [
        (-23.1, "2014-01/2014-03", "foreign_trade"), (-1.4, "2014", "foreign_trade"), (1.5, "2014", "exports")]


def test_a_fall_that_narrowed_starts_from_an_undated_rate():
    # 双鸭山 2024: 20.7% is the fall of the year before, the state the path starts from; 6.4% is the year's
    found = facts("规模以上工业增加值降幅由20.7%收窄到6.4%。", date(2024, 1, 20))
    assert found == [(-20.7, "growth", "actual", None, "industry_va_above_scale"),
                     (-6.4, "growth", "actual", "2023", "industry_va_above_scale")]


def test_a_zone_whose_area_widened_in_the_sentence_before_is_not_the_subject_of_the_citys_trade():
    # 深圳 2022: the trade after 前海合作区面积扩大到… is the city's
    found = extract_facts("前海合作区面积扩大到120.56平方公里，“物理扩区”和“政策扩区”同步推进。进出口总额3.5万亿元、增长16.2%，"
                          "其中：出口总额增长13.5%、连续29年居内地城市首位。", published=date(2022, 1, 20), region_code="440300")
    assert [(f.value, f.indicator_code) for f in found][1:] == [(3.5e12, "foreign_trade"), (16.2, "foreign_trade"),
                                                                (13.5, "exports")]


def place_facts(text, published, region_code):
    return [(f.value, f.indicator_code, f.region) for f in
            extract_facts(text, published=published, region_code=region_code)]


def test_a_clause_that_goes_on_about_a_named_city_is_about_that_city():
    # 湖北 2012: 突破6500亿元 is Wuhan's GDP, as 增加1000亿元以上 before it
    found = place_facts("大力推动“一主两副”中心城市加快发展，武汉生产总值增加1000亿元以上，突破6500亿元，龙头地位进一步巩固。",
                        date(2012, 1, 20), "420000")
    assert [(v, r) for v, _, r in found] == [(1e11, "武汉市"), (6.5e11, "武汉市")]
    # 阿坝 2023: a whole compared with is no subject; the target is the prefecture's own
    aba = place_facts("经济社会发展的主要预期目标是：地区生产总值增速高于全省1个百分点，按增长7%以上安排。",
                      date(2023, 1, 20), "513200")
    assert (aba[-1][0], aba[-1][2]) == (7, "阿坝藏族羌族自治州")


def test_a_county_after_a_time_opener_is_the_subject_of_its_sentence():
    # 铜陵 2016: 枞阳县's GDP, then the city's
    found = place_facts("过去的一年，枞阳县经济社会发展取得长足进步，生产总值达到195亿元，重点建设进展顺利。"
                        "全市生产总值721亿元，增长10.1%。", date(2016, 1, 20), "340700")
    assert [(v, r) for v, _, r in found] == [(1.95e10, "枞阳县"), (7.21e10, "铜陵市"), (10.1, "铜陵市")]


def test_a_zones_system_taking_shape_is_no_subject_of_the_figures_after_it():
    # 乌海 2021: 转型发展示范区支撑体系基本形成 heads the paragraph; the economy after it is the city's
    found = place_facts("转型发展示范区支撑体系基本形成。经济总量由374亿元增长到563亿元，年均增长7%。",
                        date(2021, 1, 20), "150300")
    assert [(v, c) for v, c, _ in found] == [(3.74e10, "gdp"), (5.63e10, "gdp"), (7, "gdp")]
    # 兰州 2010: taking shape in the same sentence, the zone goes on being what the figures after it are about
    lanzhou = place_facts("园区建设步伐加快，高新区“一区多园”发展格局初步形成，实现生产总值120亿元，增长29.17%。",
                          date(2010, 1, 20), "620100")
    assert [c for _, c, _ in lanzhou] == [None, None]
