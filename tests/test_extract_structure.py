"""Structure, people and money, as an analyst asks for them: R&D intensity, deposits and loans, tourism revenue,
population and its natural growth, of a year, reviewed or aimed at.

Each example is a real report sentence behind a miss of the blind truth tables of structure (structure_blind_1 to
structure_blind_6: 529 rows of 180 reports, 407 right on their first run).
"""
from datetime import date

from zhibiao.extract import extract_facts


def facts(text, published=date(2016, 1, 20)):
    return extract_facts(text, published=published)


def placed(found):
    return [(f.value, f.measure, f.indicator_code) for f in found]


def test_r_and_d_spending_against_gdp_is_r_and_d_intensity_however_worded():
    # 苏州 2015, 上海 2004, 江苏 2022, 荆门 2016: a share of GDP, a percentage 相当于 it, or 占比 alone; one measure
    text = ("全社会研究与试验发展经费支出占地区生产总值的比重达到2.7%。全社会研究与发展经费支出相当于国内生产总值的比重达到2.2%。"
            "全社会研发投入占比达2.95%。研发投入强度达到3.95%。")
    assert placed(facts(text)) == [(2.7, "level", "rd_intensity"), (2.2, "level", "rd_intensity"),
                                   (2.95, "level", "rd_intensity"), (3.95, "level", "rd_intensity")]


def test_the_communiques_r_and_d_spending_against_gdp_is_its_intensity_not_a_growth():
    # 国家统计局 2021: the spending, its growth, then 与国内生产总值之比
    found = facts("全年研究与试验发展经费支出27956亿元，比上年增长14.6%，与国内生产总值之比为2.44%。", date(2022, 2, 28))
    assert placed(found) == [(2.7956e12, "level", "rd_expenditure"), (14.6, "growth", "rd_expenditure"),
                             (2.44, "level", "rd_intensity")]


def test_a_natural_growth_rate_that_fell_to_a_figure_is_that_level():
    # 甘肃 2003, 宁夏 2009: 人口自然增长率 is a rate like a birth rate; 下降到 gives the level it came to
    found = facts("人口自然增长率下降到6.6‰。人口自然增长率降到9.69‰。", date(2003, 3, 1))
    assert placed(found) == [(6.6, "level", "natural_population_growth"), (9.69, "level", "natural_population_growth")]


def test_deposit_and_loan_balances_with_their_words_of_whose_and_what_currency():
    # 宁夏 2004, 广州 2018, 上饶 2016, 西藏 2021; households' savings stay apart
    text = ("金融机构年末存贷款余额分别达到746.4亿元和681.6亿元。年末地区本外币存款余额5.14万亿元。"
            "银行业金融机构人民币存款余额2258.4亿元。金融机构各项本外币贷款余额4957亿元。城乡居民储蓄存款余额3000亿元。")
    assert [f.indicator_code for f in facts(text)] == ["deposit_balance", "loan_balance", "deposit_balance",
                                                        "deposit_balance", "loan_balance", "household_savings"]


def test_a_bare_revenue_after_the_tourists_received_is_tourism_revenue_and_so_is_its_growth():
    # 福建 2007, 青海 2005
    found = facts("旅游接待总人数达7008.28万人次，总收入810.74亿元，增长18.3％。接待游客509万人次，实现收入20.2亿元。",
                  date(2007, 2, 28))
    assert [(f.value, f.indicator_code) for f in found if f.indicator_code != "tourist_arrivals"] == [
        (8.1074e10, "tourism_revenue"), (18.3, "tourism_revenue"), (2.02e9, "tourism_revenue")]


def test_the_countrys_population_at_the_year_end_under_its_other_names():
    # 国家统计局 2014, 2021
    found = facts("年末全国大陆总人口为136782万人。年末全国人口[7]141260万人。", date(2022, 2, 28))
    assert [f.indicator_code for f in found] == ["total_population"] * 2


def test_an_intensity_in_a_list_of_growth_targets_is_a_level():
    # 杭州 2024, 安徽 2024: the targets of growth before it do not make R&D intensity a growth
    found = facts("主要预期目标：地区生产总值增长5.5%左右，研发投入强度达到3.95%，居民消费价格涨幅3%左右，"
                  "研究与试验发展经费投入强度2.7%左右。", date(2024, 1, 20))
    assert placed(found) == [(5.5, "growth", "gdp"), (3.95, "level", "rd_intensity"), (3, "growth", "cpi"),
                             (2.7, "level", "rd_intensity")]


def test_family_planning_is_no_plan_and_its_figures_in_a_review_happened():
    # 辽宁 2000: 计划生育 opening a clause of the year's review
    found = facts("一、1999年工作回顾。文化事业又有了新发展。计划生育工作不断加强，人口自然增长率为3.33‰。", date(2000, 2, 20))
    assert [(f.value, f.status, f.period) for f in found] == [(3.33, "actual", "1999")]


def test_a_target_verb_after_the_name_is_no_part_of_it():
    # 烟台 2012
    assert placed(facts("金融机构贷款余额争取达到3470亿元。", date(2012, 2, 20))) == [(3.47e11, "level", "loan_balance")]


def test_a_zone_ranked_in_the_province_is_still_what_its_sentence_is_about():
    # 宜宾 2022 (precision sample 37): 全省首个 ranks the zone; it does not turn back to the whole
    found = facts("三江新区快速崛起。三江新区获批全省首个省级新区，入驻行业领军企业44户，核心区临港经开区获评国家外贸转型升级基地，"
                  "预计2021年实现地区生产总值300亿元、增长23%。", date(2022, 1, 20))
    assert [f.indicator_code for f in found if f.unit == "CNY"] == [None]


def test_new_things_said_once_before_a_list_are_new_in_each_item():
    # 广东 2017 (precision sample 37): 新增 before the first item is shared by the next; a stock's code would be wrong
    found = facts("新增高速公路通车里程655公里、铁路运营里程134公里。力争新增农民合作社400家、家庭农场150家。", date(2017, 1, 20))
    assert [f.indicator_code for f in found] == ["expressway_added", "railway_length_added", "farmer_cooperatives_new",
                                                 "family_farms_new"]


def test_kilowatt_hours_spelled_out_are_energy_not_power():
    # 国家统计局 2009: 亿千瓦小时 had been read as 亿千瓦 (power), its name as 小时
    found = facts("电力消费量36973亿千瓦小时，增长6.2%。", date(2010, 2, 25))
    assert [(f.value, f.unit, f.indicator_code) for f in found] == [
        (3.6973e15, "Wh", "power_consumption"), (6.2, "percent", "power_consumption")]


def test_the_revenue_raised_in_the_region_and_a_total_said_after_the_budgets():
    # 广东 2017, 佛山 2014: 来源于…的 says whose; 广东 2011: a bare 总收入 after 财政收入 is the fiscal total
    found = facts("来源于广东的财政总收入达2.28万亿元、增长9%。来源于佛山市财政收入1486.70亿元。"
                  "财政收入保持较快增长，总收入达11842亿元，增长30.8%。", date(2017, 1, 20))
    assert [f.indicator_code for f in found] == ["fiscal_revenue_total", "fiscal_revenue_total", "fiscal_revenue",
                                                 "fiscal_revenue_total", "fiscal_revenue_total"]


def test_a_bare_per_head_figure_after_gdp_is_gdp_per_head():
    # 河北 1998, 沈阳 2011: 人均 after GDP (and after a growth of it); 均 there is no word of "all"
    found = facts("全省国内生产总值达3950亿元，人均达6073元。全市完成生产总值4406.3亿元，比2007年增长58%，人均64331元。",
                  date(2012, 2, 1))
    assert [(f.value, f.indicator_code) for f in found if f.unit == "CNY" and f.value < 1e6] == [
        (6073, "gdp_per_capita"), (64331, "gdp_per_capita")]
    # a pension per head keeps its 均: 企业退休人员基本养老金提高至月人均3118元
    assert facts("企业退休人员基本养老金提高至月人均3118元。")[0].indicator.endswith("人均")


def test_a_percentage_said_of_an_amount_is_its_share_in_the_whole_named_never_the_amount():
    # 黔西南 2022, 哈尔滨 2022 (sample 38: 制造业增加值…占比 had been manufacturing's value added)
    found = facts("制造业增加值、数字经济、绿色经济占地区生产总值比重分别达19%左右、47%、49%。"
                  "数字经济核心产业增加值、金融业增加值占GDP比重分别达8%和12.8%。", date(2022, 2, 20))
    assert [f.indicator_code for f in found] == ["manufacturing_share", "digital_economy_share", None,
                                                 "digital_core_share", "financial_va_share"]


def test_a_zones_part_of_the_citys_amount_is_no_statistic_of_the_city():
    # 长沙 2021, 厦门 2007, 南昌 2026: parts of a whole that the dictionary has no share for
    text = ("民营经济持续繁荣，贡献全市约55%的税收、65%的GDP、75%的投资。"
            "厦门以占全省6.5%的常住人口，创造出占全省15.5%的生产总值、26.4%的财政收入。全市存贷款余额分别占全省28.6%、32.5%。")
    assert [f.indicator_code for f in facts(text) if f.unit == "percent"] == [None] * 8


def test_a_share_however_its_amount_and_whole_are_worded():
    # 武汉 2013, 佛山 2014, 德州 2014, 上海 2018
    text = ("民营经济实现增加值占地区生产总值的比重达到42%。全市财政民生支出313.94亿元，占公共财政预算支出的64.24%。"
            "税收占公共财政预算收入比重达到77.9%。制造业增加值占全市生产总值的比重保持在25%左右。")
    assert [(f.value, f.indicator_code) for f in facts(text) if f.unit == "percent"] == [
        (42, "private_economy_share"), (64.24, "livelihood_expenditure_share"), (77.9, "tax_share"),
        (25, "manufacturing_share")]
