"""Prices, rates, trade and foreign investment, as an analyst asks for them: a region's CPI, unemployment and
urbanisation rates, energy intensity, trade growth and foreign investment of a year, reviewed or aimed at.

Each example is a real report sentence behind a miss of the blind truth tables of rates (rates_blind_1 to
rates_blind_4: 701 rows of 160 reports, 666 right on their first run).
"""
from datetime import date

from zhibiao.extract import extract_facts


def facts(text, published=date(2016, 1, 20), title=None):
    return extract_facts(text, published=published, title=title)


def placed(found):
    return [(f.value, f.measure, f.indicator_code) for f in found]


def test_a_list_of_a_price_rise_and_a_rate_keeps_each_its_own_name():
    # 拉萨 2025: the unemployment rate's 率 had been given to the price rise too (居民消费价格涨幅失业率)
    found = facts("主要预期目标是：居民消费价格涨幅、城镇调查失业率分别控制在3%和5%以内。", date(2025, 1, 20))
    assert placed(found) == [(3, "growth", "cpi"), (5, "level", "unemployment_rate")]
    # 娄底 2014: a rate per mille and a rate in percent
    found = facts("人口自然增长率、城镇登记失业率分别控制在8.8‰、4.3%以内。", date(2014, 1, 20))
    assert [f.indicator_code for f in found] == ["natural_population_growth", "registered_unemployment_rate"]


def test_where_a_rate_stood_is_its_level_not_a_share_of_a_level():
    # 内蒙古 2015, 湖北 2019, 云浮 2023: 较低水平, 低位 and 目标范围 say where the rate stood
    text = ("城镇登记失业率控制在3.6%的较低水平。城镇登记失业率处于2.55%的低位。"
            "城镇登记失业率控制在3.5%目标范围内。")
    assert placed(facts(text)) == [(3.6, "level", "registered_unemployment_rate"),
                                   (2.55, "level", "registered_unemployment_rate"),
                                   (3.5, "level", "registered_unemployment_rate")]


def test_a_slight_fall_of_prices_is_negative_and_only_is_no_part_of_a_name():
    # 海南 2026: CPI微降0.1%; 楚雄 2023: 常住人口城镇化率仅为46.83%
    assert placed(facts("CPI微降0.1%。常住人口城镇化率仅为46.83%。", date(2026, 1, 20))) == [
        (-0.1, "growth", "cpi"), (46.83, "level", "urbanisation_rate")]


def test_foreign_funds_arrived_after_a_contracted_sum_are_foreign_investment():
    # 浙江 2004, 国务院 1992: what arrived of the foreign direct investment agreed, said bare after it
    found = facts("外商直接投资协议金额120.5亿美元，实际到位54.5亿美元。", date(2004, 1, 20))
    assert placed(found) == [(1.205e10, "level", "contracted_foreign_investment"),
                             (5.45e9, "level", "foreign_investment")]
    # the same bare words after a domestic sum are not foreign funds (全市新签内联项目…，实际到位289亿元)
    found = facts("全市新签内联项目620个，投资总额266亿元，实际到位289亿元。")
    assert found[-1].indicator_code != "foreign_investment"


def test_foreign_investment_under_its_other_names():
    # 辽宁 2016 (吸引…), 江苏 2005 (实际注册外资), 福州 2007 (按历史可比口径: how it was counted, not what)
    text = "吸引外商直接投资51.9亿美元。实际注册外资120亿美元。实际利用外资按历史可比口径达16.21亿美元。"
    assert [f.indicator_code for f in facts(text)] == ["foreign_investment"] * 3


def test_a_zone_named_as_the_object_of_a_task_is_not_the_place_of_the_year_figure():
    # 天津 2024: 更好发挥滨海新区…作用 is a task; 50亿美元 is the city's foreign investment
    text = "更好发挥滨海新区对外开放龙头作用，拓展与欧美、日韩、东南亚等经济交流，全年实际使用外资50亿美元。"
    assert facts(text, date(2024, 1, 20))[-1].indicator_code == "foreign_investment"
    # 鄂尔多斯 2023: another task between the zone and the figure, whose clause names its own subject
    text = "建设跨境电商综合试验区，培育外贸出口产业集群，外贸进出口总额增长10%以上。"
    assert facts(text, date(2023, 1, 20))[-1].indicator_code == "foreign_trade"
    # 烟台 2012: but a zone's growth said in the very next clause is the zone's (its GDP is no city's)
    text = "推动经济技术开发区跨越发展，年内生产总值突破千亿元，巩固提升在全市开放发展中的龙头地位。"
    assert facts(text, date(2012, 1, 20))[0].indicator_code is None


def test_a_zone_in_the_sentence_before_a_task_led_sentence_is_not_its_place():
    # 内蒙古 2015: the lessons of an industrial park's pollution, then a new task (切实加强…) with the year's figures
    text = ("深刻汲取腾格里工业园区污染事件教训，扎实开展环保整治“百日行动”。切实加强大气污染防治，"
            "单位生产总值能耗和二氧化碳排放量分别下降3.9%和5%。")
    assert facts(text, date(2015, 1, 20))[0].indicator_code == "energy_intensity"


def test_the_binding_goals_are_targets_of_the_plan_year():
    # 宁夏 2015: 主要约束性指标是: follows the expected goals and is as much a plan
    found = facts("主要约束性指标是:城镇登记失业率控制在4.5%以内，人口自然增长率控制在9‰以内。", date(2015, 1, 20))
    assert [(f.status, f.period) for f in found] == [("target", "2015")] * 2


def test_a_turn_to_the_last_year_with_a_space_before_the_year():
    # 枣庄 2016 sets numbers and years apart with spaces: 刚刚过去的 2015年 still turns from the five years to 2015
    text = ("一、“十二五”时期工作回顾\n“十二五”时期，全市城镇新增就业 28万人。\n"
            "各位代表，刚刚过去的 2015年，我们咬定发展不放松。\n"
            "二是把招商引资上项目作为关键抓手。进出口总额、出口额分别增长 10.7%和 21.6%。\n")
    found = facts(text, date(2016, 1, 17))
    assert [(f.indicator_code, f.period) for f in found[-2:]] == [("foreign_trade", "2015"), ("exports", "2015")]


def test_a_goal_set_for_the_year_and_missed_is_a_target_and_what_came_instead_is_actual():
    # 南京 2012: the price rise was to be held at 4%, but came to 5.4%
    text = "居民消费价格指数涨幅原定控制在4%左右，但由于各种因素的影响，达到了5.4%，未能完成目标要求。"
    found = facts(text, date(2012, 1, 20))
    assert [(f.value, f.status, f.indicator_code) for f in found] == [(4, "target", "cpi"), (5.4, "actual", "cpi")]


def test_a_year_in_the_frame_of_a_base_is_not_the_period_of_the_growth_after_it():
    # 浙江 1991: 在1989年大幅度增长的基础上 is the year before; the 20.2% is 1990's
    found = facts("1990年，全省出口创汇在1989年大幅度增长的基础上，又增长了20.2%。", date(1991, 3, 1))
    assert [(f.value, f.period, f.indicator_code) for f in found] == [(20.2, "1990", "exports")]
    # 天津 2007: the growth inside the frame is the base year's, and the growth of the GDP too
    found = facts("全市生产总值在2005年增长15.7%的基础上又增长14.5%。", date(2007, 1, 20))
    assert [(f.value, f.measure, f.period, f.indicator_code) for f in found] == [
        (15.7, "growth", "2005", "gdp"), (14.5, "growth", "2006", "gdp")]


def test_energy_use_per_unit_of_both_items_of_a_list():
    # 广元 2014: 万元生产总值和工业增加值能耗 — the GDP's energy intensity, not the GDP
    found = facts("全市万元生产总值和工业增加值能耗分别下降5.39%、8.1%。", date(2014, 1, 20))
    assert placed(found) == [(-5.39, "growth", "energy_intensity"), (-8.1, "growth", "industrial_energy_intensity")]


def test_exports_against_last_years_actual_figure():
    # 浙江 1990: 比上年实绩增长16% compares with last year's actual; 出口创汇额 is the exports of its day
    found = facts("全省外贸出口创汇额达到18.79亿美元，比上年实绩增长16%。", date(1990, 1, 20))
    assert placed(found) == [(1.879e9, "level", "exports"), (16, "growth", "exports")]


def test_thousands_grouped_with_a_full_width_comma_before_more_than():
    # 国务院 1980: 1978、1979两年共增产粮食4，900多万吨 is one number, not 900多万吨 after a comma
    found = facts("1978、1979两年共增产粮食4，900多万吨。", date(1980, 8, 30))
    assert [(f.value, f.qualifier) for f in found][-1] == (4.9e10, "at_least")


# The second four tables (rates_blind_5 to rates_blind_8: 691 rows of 160 more reports, 654 right on their first run)


def test_a_list_of_a_rate_and_a_change_of_prices_gives_each_its_measure():
    # 张家界 2014: the verb's cue 涨幅 sat next to the unemployment rate's 4%, which is its level all the same
    found = facts("城镇登记失业率和居民消费价格涨幅分别控制在4%和3%以内。", date(2014, 1, 20))
    assert placed(found) == [(4, "level", "registered_unemployment_rate"), (3, "growth", "cpi")]
    # (a natural growth rate is a level too: 城镇登记失业率、人口自然增长率分别控制在4.5%、6‰以内)
    found = facts("居民消费价格涨幅、城镇登记失业率和人口自然增长率分别控制在3%、4.5%和6‰以内。", date(2014, 1, 20))
    assert [f.measure for f in found] == ["growth", "level", "level"]


def test_an_abbreviated_pair_followed_by_another_item_is_a_list_of_its_own():
    # 青岛 2011: 进出口 stands for imports and exports only when nothing else is listed after it
    found = facts("进出口总额和实际到账外资分别增长32%、52.8%。", date(2011, 1, 20))
    assert placed(found) == [(32, "growth", "foreign_trade"), (52.8, "growth", "foreign_investment")]
    found = facts("进出口总额分别增长5%和8%。")  # (the pair itself, as before)
    assert [f.indicator for f in found] == ["进口总额", "出口总额"]


def test_words_of_how_a_rate_moved_are_no_part_of_its_name():
    # 河北 2009 (逐步回落, then a bare 涨幅), 江苏 2008 (去年底降到), 上海 2015 (实到), 铜川 2023 (力促)
    text = ("居民消费价格涨幅逐步回落，预计全年涨幅6.5%左右。城镇登记失业率连续五年下降，去年底降到3.19%。"
            "外商直接投资实到181.7亿美元。力促外贸进出口增长8%以上。")
    assert [f.indicator_code for f in facts(text, date(2009, 1, 20))] == [
        "cpi", "registered_unemployment_rate", "foreign_investment", "foreign_trade"]
    # (but 做实到5% is the thing done: 个人账户做实)
    assert facts("企业职工基本养老保险个人账户做实到5%。")[0].indicator == "企业职工基本养老保险个人账户做实"


def test_a_zone_approved_as_something_in_the_figures_sentence_is_an_event_there():
    # 曲靖 2023: the zone's approval is one item of a list of the city's year
    text = "曲靖经开区获批省级外贸转型升级基地，培育跨境电商企业25户，曲靖海关办理进出口货物7.2万吨，预计外贸进出口总额增长18%。"
    assert facts(text, date(2023, 1, 20))[-1].indicator_code == "foreign_trade"
    # 兰州 2023: an anniversary of its approval opens what the text goes on to say about the area
    text = "今年是兰州新区获批国家级新区十周年，经过十年发展，一座产业新城拔地而起。预计全年生产总值增长13.5%以上。"
    assert facts(text, date(2023, 1, 20))[-1].indicator_code is None


def test_a_budget_spending_said_bare_after_the_revenue_is_the_budgets_spending():
    # 张掖 2021: a list of revenue and a bare 支出 with 分别
    found = facts("一般公共预算收入、支出分别达到26.95亿元和179.11亿元。", date(2021, 1, 20))
    assert placed(found) == [(2.695e9, "level", "general_budget_revenue"),
                             (1.7911e10, "level", "general_budget_expenditure")]
    # 鹤壁 2023: in a review of five years, each a level of the last year, as the revenue is
    found = facts("过去五年，是综合实力跨上新台阶的五年。一般公共预算收入75.4亿元、支出193.9亿元，分别是2017年的1.3倍、1.6倍。",
                  date(2023, 1, 20))
    assert [(f.value, f.indicator_code, f.period) for f in found if f.unit == "CNY"] == [
        (7.54e9, "general_budget_revenue", "2022"), (1.939e10, "general_budget_expenditure", "2022")]


def test_deposits_and_loans_said_as_a_pair_cut_by_a_pause_are_each_their_own():
    # 张掖 2021, 厦门 2016: 存、贷款余额 is 存贷款余额, deposits and loans
    found = facts("银行存、贷款余额分别达到839.7亿元和671.5亿元，增长48.9%和38.3%。", date(2021, 1, 20))
    assert [f.indicator_code for f in found] == ["deposit_balance", "loan_balance"] * 2


def test_a_sentence_opening_on_a_policy_made_is_no_longer_about_the_zone_before():
    # 天津 2026: the free trade zone's news, then the city's exports after a policy of the city
    found = facts("自贸试验区提升战略顺利实施，首家市内免税店开业。出台促进外贸稳增长等措施，出口增长10.1%。",
                  date(2026, 1, 20))
    assert placed(found) == [(10.1, "growth", "exports")]


def test_a_part_in_tenths_of_the_budget_is_no_growth_of_it():
    # 乌鲁木齐 2026: 七成以上 of the spending goes to people's livelihoods
    found = facts("一般公共预算支出七成以上投入民生领域。", date(2026, 1, 20))
    assert [f.measure for f in found] != ["growth"]
