"""Measure (level, growth, share, change, ratio) and sign, from the words around the number."""
from datetime import date

from zhibiao.extract import extract_facts

from .test_extract_support import facts, one


def measures(sentence):
    return [(f.text, f.value, f.measure) for f in facts(sentence)]


def test_level_and_growth_in_one_sentence():
    assert measures("过去一年,磐石市旅游收入实现8.5亿元,增长57.4%;") == [
        ("8.5亿元", 850000000, "level"), ("57.4%", 57.4, "growth")]


def test_decrease_is_negative_growth():
    one("群众次均住院费用下降23.2%。", value=-23.2, measure="growth")
    one("金隅冀东同质产品生产成本下降10%,", value=-10, measure="growth")
    one("单位地区生产总值能耗降低4%左右。", value=-4, measure="growth")
    one("第一产业增加值同比增长-2.4%。", value=-2.4, measure="growth")  # a written minus sign


def test_a_decrease_word_in_another_clause_does_not_flip_the_sign():
    one("预期减弱的“三重压力”，仍能保持3%的增长。", value=3, measure="growth")


def test_rate_that_goes_down_to_a_level_is_a_level():
    one("城镇调查失业率降至5.1%。", value=5.1, measure="level")


def test_share():
    one("贡献规上工业产值占规上工业总产值的9.4%。", measure="share")
    one("其中产业类项目占比57.2%", measure="share")
    one("通航飞行总量占全省90%", measure="share")


def test_rates_are_levels():
    one("农业综合机械化率达97%,连续7年领跑全省。", measure="level")
    one("普惠性幼儿园覆盖率达到84%", measure="level")
    one("环境整治行政村覆盖面保持100%。", measure="level")
    one("整体完成进度超七成;", measure="level", value=70)


def test_percentage_points_are_changes():
    one("空气优良天数比例比2022年提高0.5个百分点,", value=0.5, measure="change", unit="percentage_point")
    one("拉动投资增长12.2个百分点,", value=12.2, measure="change")
    one("餐饮收入降幅比一季度收窄5.9个百分点。", value=-5.9, measure="change")


def test_absolute_change_and_new_counts():
    assert measures("开复工5000万元以上项目297个、较去年增加30个,") == [
        ("5000万元以上", 50000000, "level"), ("297个", 297, "level"), ("30个", 30, "change")]
    one("比上年减少3家。", value=-3, measure="change")
    one("新增耕地12.6万亩。", measure="level")


def test_ratios():
    one("总量是去年的1.5倍。", value=1.5, measure="ratio", unit="times")
    one("接待游客数量达到2019年的2倍。", value=2, measure="ratio")
    one("食用菌产量增长1.7倍。", value=1.7, measure="growth", unit="times")


def test_list_items_share_the_head_measure():
    assert [f.measure for f in facts("批零住餐分别增长22.2%、6.2%、2.3%和15.2%。")] == ["growth"] * 4


def test_a_gap_below_other_places_is_negative():
    assert measures("银行业金融机构不良贷款率0.88%，分别低于全国、全省0.98个和0.28个百分点。") == [
        ("0.88%", 0.88, "level"), ("0.98个", -0.98, "change"), ("0.28个百分点", -0.28, "change")]
    assert measures("同比增长6.8%，增速分别高于全国、全省0.7个和0.6个百分点。")[1:] == [
        ("0.7个", 0.7, "change"), ("0.6个百分点", 0.6, "change")]


def test_the_word_after_the_number_names_the_change():
    one("相关片区和点位缓解交通拥堵、改善交通秩序等有10%-20%的提升。", value=10, measure="growth")


def test_a_price_index_in_percent_is_a_change_of_prices():
    one("居民消费价格指数保持在3%以内。", value=3, measure="growth", qualifier="at_most")


def test_a_price_index_on_the_year_before_is_the_growth_of_prices():
    # 乌鲁木齐 2017 (the year before = 100): the CPI rose 1.5%, the truth table's answer; it was stored as a growth of 101.5%
    f = one("居民消费价格指数101.5%。", date(2017, 1, 10), value=1.5, measure="growth", indicator_code="cpi")
    assert (f.text, f.raw_value) == ("101.5%", 1.5)
    one("居民消费价格指数控制在103%以内。", date(2007, 1, 10), value=3, measure="growth", qualifier="at_most")
    one("居民消费价格总指数为97.3%。", date(2000, 1, 10), value=-2.7, measure="growth")


def test_cutting_a_rate_by_a_percentage_is_a_fall():
    one("下调参保单位工伤保险缴费率30%。", value=-30, measure="growth")


def test_an_improved_concentration_or_index_fell():
    assert [v for _, v, _ in measures("PM2.5、PM10等主要污染物浓度较2016年分别改善36.5%、42.5%。")] == [-36.5, -42.5]
    one("环境空气质量综合指数同比改善10.86%。", value=-10.86, measure="growth")


def test_new_ones_compared_with_last_year_are_a_change():
    assert measures("注册公司319户，较去年新增2316户、669户和218户。") == [
        ("319户", 319, "level"), ("2316户", 2316, "change"), ("669户", 669, "change"), ("218户", 218, "change")]
    one("新增耕地12.6万亩。", measure="level")


def test_a_list_with_one_verb_shares_it_across_units():
    assert [(t, m) for t, _, m in measures("粮食播种面积、总产较上年分别增加2.27万亩、1.74万吨。")] == [
        ("2.27万亩", "change"), ("1.74万吨", "change")]


def test_a_shorter_interval_is_a_fall():
    assert measures("一票制线路班次增加23%，主干线发班缩短超过10%。") == [("23%", 23, "growth"), ("超过10%", -10, "growth")]


def test_a_percentage_of_a_set_of_things_is_a_share():
    one("基层卫生服务能力持续提升，79%的基层医疗机构达到服务能力基本标准。", measure="share", value=79)
    one("保持3%的增长。", measure="growth")


def test_a_share_raised_to_a_value_is_a_share():
    assert measures("园区工业总产值占全部工业比重提高到75%。") == [("75%", 75, "share")]
    assert measures("城镇化率提高到60%。") == [("60%", 60, "level")]


def test_a_growth_closed_in_brackets_does_not_carry_to_a_bare_percent_after_it():
    found = facts("实施投资工程（确保固定资产投资增长10%左右），力保重点建设项目一季度开复工60%以上。")
    assert [(f.text, f.measure) for f in found] == [("10%左右", "growth"), ("60%以上", "level")]


def test_an_amount_an_indicator_is_pulled_up_by_is_a_change():
    assert measures("组织开展促消费活动50场次以上，拉动消费增长5亿元以上。") == [
        ("50场次以上", 50, "level"), ("5亿元以上", 500000000, "change")]
    one("带动就业2万人。", measure="level")
    one("增加3000个以上公共停车泊位。", measure="level")


def test_raised_by_a_multiple_is_a_growth():
    one("职工参保人普通门诊待遇提升6倍。", measure="growth", value=6, unit="times")
    one("是去年的1.5倍。", measure="ratio")


def test_the_part_of_an_amount_put_to_a_use_is_a_share():
    # 增长 in the clause before does not make it a growth
    one("在收入极度短缺、支出持续增长的困难下，一般预算支出的89.1%用于民生事业。", value=89.1, measure="share")
    one("新增财力的70%以上用于民生。", measure="share")
    one("完成年度任务的151.2%。", measure="ratio")  # GUIDE v2: a percentage of another amount, not a part of it


def test_decreases_are_negative_whatever_the_verb():
    # GUIDE v2 and the corpus: every one of these came out positive before
    assert [(f.value, f.measure) for f in facts(
        "粮食减产0.9%，耕地减少50万公顷，撤并减少乡镇153个，行政经费削减5%，机构精简25%左右，人民币贬值4.5%，"
        "净出口向下拉动0.6个百分点。")] == [
        (-0.9, "growth"), (-5e9, "change"), (-153, "change"), (-5, "growth"), (-25, "growth"), (-4.5, "growth"),
        (-0.6, "change")]
    one("城镇居民人均可支配收入低于全国0.7个百分点。", value=-0.7, measure="change")
    one("农村绝对贫困人口减少85万人。", value=-850000, measure="change")


def test_net_increases_are_changes_and_new_things_are_levels():
    one("净增规模以上工业企业2876家。", value=2876, measure="change")
    one("粮食总产量比2002年增产240万吨。", value=2.4e9, measure="change")
    one("新增产值近12亿元。", measure="level")  # 新增 names the indicator: the output of new plants


def test_a_percentage_of_a_plan_or_a_base_year_is_a_ratio_above_100_allowed():
    one("固定资产投资完成年度计划的120.9%。", value=120.9, measure="ratio", unit="percent")
    one("旅游收入恢复到2019年的113%。", value=113, measure="ratio")
    assert [f.measure for f in facts("城乡居民人均可支配收入指标完成度分别为95.4%、98.6%。")] == ["ratio", "ratio"]


def test_a_percentage_before_the_set_it_is_part_of_is_a_share():
    one("90%服务事项实现“一网通办”。", measure="share")
    one("70%以上行政村达到美丽宜居村标准。", measure="share", qualifier="at_least")
    one("将城镇居民基本医疗保险试点扩大到50%以上市州。", measure="share")


def test_numbers_in_words_with_a_decimal_and_a_mixed_magnitude():
    found = facts("国民生产总值比上年增长百分之十二点八。粮食产量达到四亿零七百多万吨。")
    assert [(f.text, f.value, f.unit, f.qualifier) for f in found] == [
        ("百分之十二点八", 12.8, "percent", "exact"), ("四亿零七百多万吨", 4.07e11, "kg", "at_least")]


def test_a_clause_of_its_own_after_a_figure_is_its_change():
    assert measures("全区生产总值由2080亿元增加到4016亿元，增加1936亿元，年均增长10.6%。")[2] == (
        "1936亿元", 193600000000, "change")
    assert measures("增加3000个公共停车泊位。") == [("3000个", 3000, "level")]


def test_a_table_with_empty_header_cells_pairs_filled_cells_with_named_columns():
    table = ("**表13：2010年各种运输方式完成旅客运输量及其增长速度**\n\n"
             "| 指标      | 单位   | 绝对数     | | 比上年增长% | | |\n"
             "| ------- | ---- | ------- | --- | ------ | ---- | --- |\n"
             "| 水运      | 亿人   | 2.2     |  |        | -0.7 |  |\n")
    from zhibiao.ingest.markdown import markdown_to_text  # the reader's cleaning turns the pipes into tabs
    assert [(f.text, f.measure, f.unit) for f in facts(markdown_to_text(table))] == [
        ("2.2", "level", "person"), ("-0.7", "growth", "percent")]


def test_a_rise_followed_by_the_level_it_reached_is_a_change():
    # 国务院 1993: 增加321元 was a level of 321 yuan and conflicted with the communiqué's 784元
    found = facts("农村居民人均纯收入增加321元，达到784元。")
    assert [(f.text, f.measure) for f in found] == [("321元", "change"), ("784元", "level")]
    found = facts("最低工资标准提高150元，达到1350元。")
    assert [(f.text, f.measure) for f in found] == [("150元", "change"), ("1350元", "level")]


def test_level_with_the_year_before_is_a_growth_of_zero():
    # 昆明 2023, 福建 2024, 乌鲁木齐 2017: an analyst asking for retail sales growth found nothing
    found = facts("社会消费品零售总额与上年持平，居民消费价格同比基本持平，固定资产投资总额与上年持平。")
    assert [(f.text, f.value, f.unit, f.measure, f.qualifier, f.indicator_code) for f in found] == [
        ("持平", 0.0, "percent", "growth", "exact", "retail_sales"),
        ("基本持平", 0.0, "percent", "growth", "approx", "cpi"),
        ("持平", 0.0, "percent", "growth", "exact", "fixed_asset_investment")]
    # a rate or share unchanged is no growth of zero, and level with another place is a comparison
    assert facts("所占比重与上年基本持平，增幅与上年持平，人均收入与全国持平。") == []


def test_an_amount_that_rose_by_a_number_is_a_change():
    # 甘肃 2008: the five years' rise of incomes was read as their level, a conflict with the 2013 report's figures
    assert measures("城镇居民人均可支配收入增加3795元，年均增长10.1%；农民人均纯收入减少50元。") == [
        ("3795元", 3795, "change"), ("10.1%", 10.1, "growth"), ("50元", -50, "change")]
    assert measures("增加3000个公共停车泊位。") == [("3000个", 3000, "level")]  # new places, not a rise of an amount


def test_a_rate_increased_to_is_the_level_reached():
    # 西藏 2021: 城镇化率从27%增加到32% was a growth of 32% over the five years
    found = extract_facts("五年来，城镇化率从27%增加到32%。", published=date(2021, 1, 20))
    assert [(f.value, f.measure, f.period) for f in found] == [(27, "level", "2015"), (32, "level", "2020")]


def test_zeng_alone_before_a_number_is_a_rise():
    # 吉林 2007: 地区生产总值增12% was an uncoded level
    one("今年全省经济社会发展的主要目标是：地区生产总值增12%。", date(2007, 1, 20), indicator_code="gdp", measure="growth",
        value=12.0)
    found = facts("2002年底，全省公路通车里程达106340公里，比1997年增14478公里。", date(2003, 1, 20))
    assert [(f.text, f.measure) for f in found] == [("106340公里", "level"), ("14478公里", "change")]
    one("企业退休人员养老金人均月增148.9元。", measure="change", value=148.9)
    one("全年城镇新增就业1186万人，比上年少增166万人。".split("，")[1], measure="change", value=-1660000.0)
    one("新增城镇就业1.2万人。", measure="level")  # 新增 names the new jobs


def test_a_headline_amount_in_percent_is_its_growth_on_a_quarterly_path():
    # 韶关 2016: 6.5% had been an uncoded level, 3.8% GDP's "level"
    found = facts("全市生产总值由一季度的 3.8%回升到全年的 6.5%左右。", date(2016, 1, 20))
    assert [(f.text, f.indicator_code, f.measure) for f in found] == [
        ("3.8%", "gdp", "growth"), ("6.5%左右", "gdp", "growth")]
    # 宁波 2021: the quarters the growth climbed to
    found = facts("推动经济强劲反弹，经济增速由一季度的-7%快速回升到二季度的5.1%，三季度进一步提高到6.7%。", date(2021, 1, 20))
    assert [(f.text, f.indicator_code, f.measure) for f in found][1:] == [("5.1%", "gdp", "growth"), ("6.7%", "gdp", "growth")]
    # (a part or a ratio of another's stays one)
    found = facts("城乡居民收入分别为全国的84%、89.7%。", date(2015, 1, 20))
    assert [f.measure for f in found] == ["level", "level"]


def test_a_growth_unchanged_from_last_year_is_no_growth_of_zero():
    # 松原 2019: 与上年持平 after 增长5.5% had added a retail-sales growth of 0
    assert [f.text for f in facts("社会消费品零售总额增长5.5%，与上年持平。", date(2019, 1, 20))] == ["5.5%"]
    one("粮食产量与上年持平。", date(2019, 1, 20), value=0.0, measure="growth")


def test_consumer_prices_in_percent_are_a_rise_of_prices_whatever_the_wording():
    # 河北 2006 and 2007, 江西 2006 (truth table state_provinces_more): the CPI targets had no code or were levels
    for sentence in ("居民消费价格总水平控制在3%以内。", "居民消费价格指数上涨幅度控制在3%以内。", "居民消费价格上涨幅度不超过3%。"):
        one(sentence, date(2007, 1, 20), value=3, measure="growth", indicator_code="cpi")
    # bare 物价 stays as the text leaves it: the State Council's 6.1% of 1996 was retail prices, not consumer prices
    found = facts("去年政府工作报告提出，物价涨幅要从14.8%降到10%左右，经过上下各方面的努力，实际回落到6.1%。", date(1997, 3, 1))
    assert [(f.text, f.measure) for f in found if f.text == "6.1%"] == [("6.1%", "level")]
    # 广东 2000: a space inside the number (11. 9％)
    found = facts("全年全社会固定资产投资2985亿元，比上年增长11. 9％。", date(2000, 1, 20))
    assert [(f.text, f.value, f.indicator_code) for f in found][1:] == [("11. 9％", 11.9, "fixed_asset_investment")]
