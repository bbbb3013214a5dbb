"""Misses of the sixth blind batches (headline_blind_30..32, levels_blind_28..30) and of older tables, as an analyst
would meet them.

Each example is a real report sentence behind a miss: a quarter's fall said as the circumstance of the year's growth,
and a growth target said after the gap its statistic is to keep over the province.
"""
from datetime import date

from zhibiao.extract import extract_facts
from zhibiao.ingest import clean_text


def facts(text, published=date(2021, 2, 1), region_code=None):
    return [(f.value, f.measure, f.status, f.period, f.indicator_code)
            for f in extract_facts(text, published=published, region_code=region_code)]


def test_a_quarters_fall_as_the_circumstance_of_the_years_growth():
    # 六盘水 2021: 的情况下 is no set the 3.6% is a share of, and 在一季度 is the period, not the statistic's name
    text = "经济运行逐季改善，在一季度经济增速同比下降3.6%的情况下，上半年同比增长1.2%，全年增长4.5%。"
    assert facts(text) == [(-3.6, "growth", "actual", "2020-01/2020-03", "gdp"),
                           (1.2, "growth", "actual", "2020-01/2020-06", "gdp"),
                           (4.5, "growth", "actual", "2020", "gdp")]


def test_a_growth_target_after_the_gap_over_the_province():
    # 阿坝 2023: 高于全省 is the place compared with; the target that follows is the GDP's
    text = "经济社会发展的主要预期目标是：地区生产总值增速高于全省1个百分点，按增长7%以上安排。"
    assert (7.0, "growth", "target", "2023", "gdp") in facts(text, published=date(2022, 12, 27), region_code="513200")


def test_a_gap_to_the_province_is_no_change_of_the_provinces_statistic():
    # 乐山 2023: the 0.9 points measure the city against 四川省; placed there, they carry no code of its GDP
    text = "2022年，全市地区生产总值增长3.8%、高于全省0.9个百分点，增速居全省第7位。"
    got = [(f.value, f.region, f.indicator_code) for f in
           extract_facts(text, published=date(2023, 1, 5), region_code="511100")]
    assert got == [(3.8, "乐山市", "gdp"), (0.9, "四川省", None)]


def test_a_captioned_list_of_price_rises_in_an_old_communique():
    # 1994 communiqué, as ingestion cleans it: the caption says the numbers are rises in percent; the rows have no
    # bullet, and 粮食 under it is the price of grain, not its output
    text = ("由于前两年社会需求增长过快，使市场价格大幅度上升。\n\n各类价格比上年上涨幅度（％）\n\n"
            "1、居民消费价格 24.1  \n其中：城市 25.0  \n35个大中城市 24.8  \n农村 23.4  \n粮食 50.7  \n"
            "2、商品零售价格 21.7  \n\n对外贸易继续增长。\n")
    got = {(f.indicator, f.indicator_code): (f.value, f.measure, f.period)
           for f in extract_facts(clean_text(text), published=date(1995, 2, 28), title="1994年", region_code="100000")}
    assert got[("居民消费价格", "cpi")] == (24.1, "growth", "1994")
    assert got[("商品零售价格", "retail_price_index")] == (21.7, "growth", "1994")
    assert got[("粮食价格", None)] == (50.7, "growth", "1994")
    assert not any(code == "grain_output" for _, code in got)


def test_the_cost_of_living_price_level_is_the_old_name_of_consumer_prices():
    # 1990 communiqué: 城乡居民生活费用价格总水平, the index the consumer price series of those years continues
    text = "全年零售物价总水平比上年上涨2.1%；城乡居民生活费用价格总水平比上年上涨3.1%。"
    assert (3.1, "growth", "actual", "1990", "cpi") in facts(text, published=date(1991, 2, 22), region_code="100000")


def test_starting_values_take_the_base_year_the_sentence_compares_with():
    # 乌鲁木齐 2017: 较2011年 names the year every 由…增长到… starts from, also after a semicolon
    text = ("2016年主要经济指标较2011年均实现大幅增长，其中地区生产总值由1520亿元增长到2459亿元，年均增长12.1%；"
            "一般公共预算收入由206.2亿元增长到369.7亿元，年均增长12.4%。")
    got = [(f.value, f.period, f.indicator_code) for f in extract_facts(text, published=date(2017, 2, 15))
           if f.measure == "level"]
    assert got == [(1.52e11, "2011", "gdp"), (2.459e11, "2016", "gdp"),
                   (2.062e10, "2011", "general_budget_revenue"), (3.697e10, "2016", "general_budget_revenue")]


def test_a_sub_areas_gdp_followed_by_its_growth_and_its_share_of_the_city():
    # 南京 2014 (precision sample 50): the suburbs' GDP, with 占全市51.5% after its growth, is no figure of the city
    text = "郊区发展实力不断增强，预计实现地区生产总值4120亿元，增长12.3%，占全市51.5%。"
    assert [f.indicator_code for f in extract_facts(text, published=date(2014, 1, 20), region_code="320100")] == [
        None, None, None]


def test_one_events_visitors_are_not_the_citys_tourists():
    # 沈阳 2007 (precision sample 50): the horticultural expo's visitors; the year's tourists keep their code
    text = "世界园艺博览会盛况空前，累计接待游客1268万人次。全年接待游客5000万人次，增长10%。"
    assert [f.indicator_code for f in extract_facts(text, published=date(2007, 1, 20), region_code="210100")] == [
        None, "tourist_arrivals", "tourist_arrivals"]
    # 黄山 2014: after the festival, 全年接待游客 is the city's year
    text = "成功举办第十七届中国黄山国际旅游节暨徽文化节等节庆赛事活动，全年接待游客3732.6万人次。"
    assert [f.indicator_code for f in extract_facts(text, published=date(2014, 1, 20), region_code="341000")] == [
        "tourist_arrivals"]


def test_a_second_list_under_of_which_runs_over_the_first_lists_subjects():
    # 浙江 2003: 其中2002年比上年分别增长12.3%和13.2% are the GDP's and the total revenue's, as the list before them
    text = ("经济实力大为增强。国内生产总值由4638亿元增加到7670亿元，财政总收入由341亿元增加到1167亿元，按可比口径计算，"
            "平均每年分别增长10.8%和12.7%，其中2002年比上年分别增长12.3%和13.2%。")
    got = [(f.value, f.period, f.indicator_code) for f in extract_facts(text, published=date(2003, 1, 16))]
    assert got[-2:] == [(12.3, "2002", "gdp"), (13.2, "2002", "fiscal_revenue_total")]


def test_a_latin_one_in_a_percentage_is_read_as_the_digit():
    # 宁夏 2010: 全区生产总值增长l0% (a Latin l for the 1), 厦门 2000: 增长I4.8％
    text = clean_text("主要预期目标是：全区生产总值增长l0%，地方财政收入增长l1%。\n")
    assert [(f.value, f.indicator_code) for f in extract_facts(text, published=date(2010, 1, 20))][:1] == [
        (10.0, "gdp")]



def test_the_closing_years_part_before_a_paragraph_that_looks_back_on_the_plan():
    # 广州 2026: 2025年是“十四五”收官年 opens the year's part; the five years are reviewed after 回望“十四五”
    text = ("一、2025年主要工作和“十四五”时期发展回顾\n\n2025年是“十四五”收官年、全运会举办年。我们紧扣工作主线，"
            "全年地区生产总值3.2万亿元、同比增长4%。\n\n一是固本夯基促“四稳”。就业收入平稳增长。城镇新增就业超35万人。\n\n"
            "回望“十四五”，广州大事喜事多。地区生产总值年均增长5%。\n")
    got = [(f.value, f.period) for f in extract_facts(text, published=date(2026, 1, 19), region_code="440100")]
    assert got == [(3.2e12, "2025"), (4.0, "2025"), (350000.0, "2025"), (5.0, "2021-01/2025-12")]


def test_money_of_private_firms_is_no_count_of_them():
    # 2019 communiqué (precision sample 52): profits by ownership, 私营企业18182亿元，增长2.2%; 12万户 is the count
    text = "分经济类型看，国有控股企业16356亿元，下降12.0%；私营企业18182亿元，增长2.2%。全市私营企业达到12万户，增长10%。"
    got = [(f.value, f.indicator_code) for f in extract_facts(text, published=date(2020, 2, 28))]
    assert got[-4:] == [(1.8182e12, None), (2.2, None), (120000.0, "private_enterprises"), (10.0, "private_enterprises")]


def test_a_targets_expected_amount_and_the_three_industries_named_short():
    # 莆田 2014: 预期1550亿元 is the GDP's expected amount; 第一、二、三产业增加值 names the three industries
    text = ("经济社会发展的主要预期目标是：全市生产总值增长12.5%，预期1550亿元，其中，第一、二、三产业增加值分别增长3.5%、"
            "13.5%、13%。")
    got = [(f.value, f.status, f.indicator_code) for f in extract_facts(text, published=date(2014, 2, 10))]
    assert got == [(12.5, "target", "gdp"), (1.55e11, "target", "gdp"), (3.5, "target", "primary_industry_va"),
                   (13.5, "target", "secondary_industry_va"), (13.0, "target", "tertiary_industry_va")]
