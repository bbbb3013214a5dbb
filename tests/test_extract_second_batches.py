"""Misses of the second blind batches, as an analyst would meet them: the headline figures of a year
(headline_blind_6 to headline_blind_11: 2,010 rows of 150 reports, first runs 934/966 and 1,022/1,044), prices, rates,
trade and foreign investment (rates_blind_9 to rates_blind_11: 403 rows of 90 reports, first run 372/403), and the
wrong codes of precision samples 41 to 43. The society batch's examples are in test_extract_society.py.

Each example is a real report sentence behind a miss or a wrong code.
"""
from datetime import date

from zhibiao.extract import extract_facts


def facts(text, published=date(2022, 1, 20)):
    return [(f.value, f.measure, f.status, f.period, f.indicator_code) for f in extract_facts(text, published=published)]


def test_urban_and_rural_named_bare_after_the_residents_income_are_their_incomes():
    # 宁夏 2022: the review and the targets name the parts only by 城镇 and 农村 after 其中
    review = facts("全体居民人均可支配收入27904元、增长8.4%，其中城镇38291元、农村15337元，分别增长7.2%和10.4%。")
    assert [(v, c) for v, m, _, _, c in review if m == "growth"] == [
        (8.4, "resident_disposable_income"), (7.2, "urban_disposable_income"), (10.4, "rural_disposable_income")]
    target = facts("主要预期目标是：全体居民人均可支配收入增长7%，其中城镇和农村分别增长7%和8%；居民消费价格涨幅控制在3%。")
    assert [(v, s, p, c) for v, _, s, p, c in target] == [
        (7, "target", "2022", "resident_disposable_income"), (7, "target", "2022", "urban_disposable_income"),
        (8, "target", "2022", "rural_disposable_income"), (3, "target", "2022", "cpi")]


def test_bare_urban_and_rural_without_a_residents_whole_stay_uncoded():
    # 城镇 and 农村 after a whole that is no residents' statistic are no incomes
    found = facts("全市新增就业5万人，其中城镇3万人、农村2万人。")
    assert [c for *_, c in found][1:] == [None, None]


def test_a_zone_applied_for_or_an_event_named_after_zones_is_no_subject():
    # 大庆 2023: the zone applied for in the sentence before; 长治 2022: the zones name an activity
    daqing = facts("加快打造自贸区大庆协同发展先导区，积极申建大庆综合保税区，依托赛车小镇推进保税物流中心建设。"
                   "建好高水平出口消费品加工区，支持企业扩大外贸业务，力争进出口总额增长6%。", date(2023, 1, 20))
    assert [(v, c) for v, *_, c in daqing] == [(6, "foreign_trade")]
    changzhi = facts("坚持把项目作为第一支撑，举办四期开发区项目建设“三个一批”活动，全年实施重点项目1807个，"
                     "带动固定资产投资完成892亿元、增长10.3％；招商引资当年签约项目开工率全省第一。")
    assert [(v, c) for v, *_, c in changzhi][1:] == [(8.92e10, "fixed_asset_investment"), (10.3, "fixed_asset_investment")]


def test_a_paragraph_opening_on_a_numbered_heading_of_the_corps_is_the_corps():
    # 新疆 2006: the tenth heading of the review is about the 兵团; its trade is not Xinjiang's
    found = facts("十、兵团经济快速发展，维稳戍边能力明显增强。加快发展现代农业，着力推进新型工业化。"
                  "农业综合生产能力稳步提高。进出口总额30亿美元，增长52.1%。", date(2006, 1, 20))
    assert [c for *_, c in found] == [None, None]


def test_names_of_prices_jobless_rates_and_incomes_the_readers_met():
    # 吉林 2009, 山东 1994, 深圳 2007, 南昌 1998 (净增 and 预计 trail the income's name), 武汉 2009 (强力带动)
    assert facts("居民消费价格水平涨幅控制在4%左右。")[0][-1] == "cpi"
    assert facts("力争把物价上涨幅度控制在10％左右。")[0][-1] == "cpi"
    assert facts("城市登记失业率控制在2.31%的较低水平。")[0][-1] == "registered_unemployment_rate"
    assert [(v, m, c) for v, m, _, _, c in facts("全市农民人均纯收入预计净增320元，增长15.8%。", date(1998, 1, 20))] == [
        (320, "change", "rural_net_income"), (15.8, "growth", "rural_net_income")]
    assert [c for *_, c in facts("强力带动全社会固定资产投资2800亿元以上，比上年增长25%以上。")] == [
        "fixed_asset_investment"] * 2


def test_new_jobs_of_a_sector_beside_the_urban_new_jobs_are_not_the_regions():
    # 新疆 2022: the textile firms' and a training programme's jobs beside the region's 47.7万
    found = facts("纺织服装企业产销两旺，工业增加值增长20%，新增就业9.95万人。"
                  "扎实推进职业技能培训就业行动，完成培训10.07万人次，新增就业8.05万人。"
                  "就业形势持续向好，实现城镇新增就业47.7万人。")
    assert [v for v, *_, c in found if c == "urban_new_jobs"] == [477000]
    # 玉林 2016: said alone in its sentence, the year's figure stays, beside a five-year paragraph's 城镇 total
    alone = facts("全面完成为民办实事十项工程。新增就业8.5万人。完成各类保障房投资11.8亿元。新增城镇就业19.6万人、农村劳动力转移就业29万人。",
                  date(2016, 1, 20))
    assert [v for v, *_, c in alone if c == "urban_new_jobs"] == [85000, 196000]


def test_a_count_of_projects_is_no_count_of_the_homes_or_villages_they_renovate():
    # sample 41 (棚户区改造项目43个), 怀化 2016, 天津 2025: projects, while 1.67万套 counts homes
    found = facts("完成棚户区改造项目43个。市本级30个棚改项目完成投资5.67亿元。推进30个城中村改造项目。"
                  "建设棚户区改造项目1.67万套。")
    assert [(v, c) for v, *_, c in found if v != 5.67e8] == [(43, None), (30, None), (30, None), (16700, "shantytown")]


def test_the_money_or_floor_space_of_projects_is_no_count_of_them():
    # 济南 2016, 绵阳 2023: the investment and the amount signed of projects counted by their codes
    found = facts("推进落实总投资3310亿元150个市级重点项目。签约项目金额近1000亿元。新签约项目126个。")
    assert [(v, c) for v, *_, c in found] == [(3.31e11, None), (150, "city_level_key_projects"), (1e11, None),
                                              (126, "projects_signed")]


def test_one_count_after_a_list_of_things_of_other_kinds_is_their_sum():
    # sample 41 (three kinds of centres, 20家 in all), 扬州 2021, 威海 2016: no one kind's count
    found = facts("新增国家级工程技术研究中心、企业技术中心、工程研究中心20家。创成省级以上孵化器、众创空间6家。"
                  "新建公共租赁房、经济适用房1.8万套。")
    assert [c for *_, c in found] == [None, None, None]
    # one kind's tiers (国家、省级) and verbs sharing one noun (新建、改造) keep the noun's code
    kept = facts("新增国家、省级专精特新企业20家。提前一年实现翻番、经济总量突破4000亿元。")
    assert [(v, c) for v, *_, c in kept if v != 2] == [(20, "specialised_sme"), (4e11, "gdp")]  # (翻番 is 2)


def test_places_a_thing_is_done_in_are_not_counted_as_their_stock():
    # sample 41: 在10家社区卫生服务中心开展试点 counts the pilot's sites; 稳定在 states a level
    found = facts("在10家社区卫生服务中心开展“健康e园”建设试点。生猪存栏稳定在150万头。")
    assert [(v, c) for v, *_, c in found] == [(10, None), (1.5e6, "pig_stock")]


def test_carbon_dioxide_after_a_figure_per_unit_of_gdp_is_its_intensity():
    # sample 42 (北京 2012 likewise): the plans target CO2 per unit of GDP; the total keeps its own code
    found = facts("单位国内生产总值能耗和二氧化碳排放分别降低16%和17%。二氧化碳排放量减少120万吨。")
    assert [(v, c) for v, *_, c in found] == [(-16, "energy_intensity"), (-17, "co2_intensity"),
                                              (-1.2e9, "co2_emissions")]


def test_a_bare_measure_takes_the_longest_name_before_it():
    # sample 42: the core industries' value added, not the digital economy's
    found = facts("数字经济核心产业主营业务收入突破2万亿元、增加值突破7000亿元。")
    assert found[1][-1] == "digital_economy_core_va"


def test_rules_adjusted_and_cancelled_together_are_no_count_of_the_cancelled():
    # sample 42; 青岛 2016
    found = facts("推进行政审批制度改革，调整、取消行政许可事项201项。修订、废止政府规章11件。")
    assert [c for *_, c in found] == [None, None]


def test_names_the_third_batch_met():
    # 宁波 2010: the centre's share added makes the wider total; 马鞍山 2016, 固原 2016, 太原 2008
    ningbo = facts("地方财政收入432.8亿元，增长10.9%，加上中央财政收入，财政一般预算收入966.2亿元，增长19.2%。", date(2010, 1, 20))
    assert [c for *_, c in ningbo] == ["general_budget_revenue"] * 2 + ["fiscal_revenue_total"] * 2
    assert facts("期末城镇登记失业率2.9%。")[0][-1] == "registered_unemployment_rate"
    assert [c for *_, c in facts("地方公共财政一般预算收入和支出分别增长4.02%和11.58%。")] == [
        "general_budget_revenue", "general_budget_expenditure"]
    assert facts("城镇新增就业岗位人数12万人。")[0][-1] == "urban_new_jobs"


def test_one_growth_of_a_list_whose_first_item_is_unknown_answers_for_the_known_ones():
    # 重庆 2011: 外商投资额 names no statistic of the dictionary; trade, revenue and profits each grew 50%
    [fact] = extract_facts("外商投资额、进出口总额、地方财政收入、规模以上工业企业利润均增长50%以上。", published=date(2011, 1, 20))
    assert (fact.indicator_code, fact.shared_with) == (
        "foreign_trade", ("general_budget_revenue", "industry_profits_above_scale"))
    # 济南 2014: a first item naming zones makes the list the zones' (their investment is no answer for the city)
    zones = extract_facts("力争10个省级以上园区生产总值、固定资产投资、财政收入均增长20%。", published=date(2014, 1, 20))
    assert "fixed_asset_investment" not in [f.indicator_code for f in zones] + [c for f in zones for c in f.shared_with]


def test_a_year_after_a_short_word_in_a_numbered_heading_dates_its_section():
    # 铜陵 2019: the plans' heading says its year only as 奋进2019; the tasks under it are 2019's targets
    text = ("**一、奋斗2018，夯基筑路、稳健起航**\n\n全年新增城镇就业2.6万人。\n\n"
            "**二、奋进2019，加速赶超、追求卓越**\n\n坚守民生保障底线。把稳就业摆在更加突出位置，新增就业2.5万人以上。\n")
    found = facts(text, date(2019, 1, 8))
    assert [(v, s, p) for v, _, s, p, _ in found] == [(26000, "actual", "2018"), (25000, "target", "2019")]


def test_a_part_of_new_loans_is_new_too_not_a_balance():
    # sample 42 (铜陵 2025), 金华 2025: the balance's code is no figure of loans added in the year
    found = facts("新增贷款180亿元，其中普惠型小微企业贷款40亿元。普惠小微贷款余额增长20%。")
    assert [c for *_, c in found] == ["new_loans", None, "inclusive_sme_loans"]


def test_the_output_of_high_tech_firms_is_not_the_high_tech_industrys():
    # sample 43 (荆州 2016), 厦门 2013
    found = facts("高新技术企业由47家增加到102家，预计产值由63.5亿元增加到132亿元。")
    assert [c for v, *_, c in found if v > 1e9] == [None, None]


def test_funds_used_share_their_verb_across_a_list_and_more_names_of_foreign_investment():
    # 黑河 2022, 呼和浩特 2014, 上海 2010, 绵阳 2021, 绍兴 2021 (rates_blind_9..11)
    found = facts("全市实际利用内资43.5亿元、外资230.3万美元。实际到位国内资金678.4亿元、国外资金8.83亿美元。"
                  "外商直接投资实到金额达到105.4亿美元。到位外资2.04亿美元。实到外资10亿美元以上。")
    assert [c for *_, c in found] == ["domestic_funds_attracted", "foreign_investment"] * 2 + ["foreign_investment"] * 3


def test_exports_and_energy_intensity_under_the_names_the_rates_readers_met():
    # 北京 2012 (地区出口), 绵阳 2025 (能耗强度), 深圳 2013 (降幅 after the name)
    found = facts("地区出口增长6.5%。单位GDP能耗强度下降3.2%。预计万元GDP能耗降幅超过4.25%。")
    assert [(v, c) for v, *_, c in found] == [(6.5, "exports"), (-3.2, "energy_intensity"), (-4.25, "energy_intensity")]
