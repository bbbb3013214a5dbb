"""The indicator dictionary: data with a stable key; phrases map to codes conservatively."""
import pytest

from zhibiao.indicators import indicator_code, load_indicators


def test_dictionary_has_the_common_indicators_with_unique_codes():
    rows = load_indicators()
    assert len(rows) >= 40
    assert len({r.code for r in rows}) == len(rows)
    assert all(r.name_zh and r.name_en for r in rows)


@pytest.mark.parametrize("phrase, code", [
    ("地区生产总值", "gdp"),
    ("GDP", "gdp"),
    ("吉林市龙潭区GDP", "gdp"),
    ("规模以上工业增加值", "industry_va_above_scale"),   # never GDP
    ("规上工业增加值", "industry_va_above_scale"),
    ("规模以上工业总产值", "industry_output_above_scale"),
    ("磐石市旅游收入", "tourism_revenue"),
    ("接待游客", "tourist_arrivals"),
    ("全口径社零额", "retail_sales"),
    ("城镇新增就业", "urban_new_jobs"),
    ("新增城镇就业", "urban_new_jobs"),
    ("建设高标准农田", "high_standard_farmland"),
    ("一般公共预算收入", "general_budget_revenue"),
    ("城镇居民人均可支配收入", "urban_disposable_income"),
    ("进出口总额", "foreign_trade"),
    ("实际利用外资", "foreign_investment"),
    ("粮食产量", "grain_output"),
    ("名义GDP增速", "gdp"),
])
def test_maps(phrase, code):
    assert indicator_code(phrase) == code


@pytest.mark.parametrize("phrase", [None, "", "占规上工业总产值比重", "新增产值", "惠及居民", "举办活动"])
def test_no_entry_fits(phrase):
    assert indicator_code(phrase) is None


@pytest.mark.parametrize("phrase, code", [
    ("人均地区生产总值", "gdp_per_capita"),        # per head, never GDP itself
    ("长沙GDP", "gdp"),
    ("GDP总量", "gdp"),
    ("实际GDP增速", "gdp"),
    ("森林覆盖率", "forest_coverage"),             # a rate, not the afforested area
    ("全社会研发投入", "rd_expenditure"),           # an amount, not the intensity
    ("研发经费投入强度", "rd_intensity"),
    ("大口径财政收入", "fiscal_revenue_total"),      # wider than the general budget revenue
    ("进出口贸易总值", "foreign_trade"),
    ("城镇居民可支配收入", "urban_disposable_income"),
    ("原煤产量", "coal_output"),
    ("义务教育巩固率", "compulsory_education_retention"),
    ("基本医疗保险参保率", "medical_insurance_coverage"),
])
def test_maps_more(phrase, code):
    assert indicator_code(phrase) == code


@pytest.mark.parametrize("phrase", ["高新技术产业产值", "农林牧渔业增加值", "每万人口高价值发明专利拥有量"])
def test_related_but_different_indicators_get_no_code(phrase):
    assert indicator_code(phrase) is None


def test_gdp_growth_is_comparable_across_documents():
    from datetime import date

    from zhibiao.extract import extract_facts
    a = extract_facts("去年，岳阳市实现GDP4402.98亿元，同比增长8.1%。", published=date(2022, 2, 11))
    b = extract_facts("根据广东省地区生产总值统一核算结果，深圳上半年GDP为1.5万亿元，同比增长3%。", published=date(2022, 7, 27))
    c = extract_facts("实现地区生产总值2.36万亿元，同比增长6.8%，增速分别高于全国、全省0.7个和0.6个百分点。",
                      published=date(2020, 1, 10))
    growth = [(f.indicator_code, f.measure, f.period, f.value) for f in a + b + c if f.measure == "growth"]
    assert growth == [("gdp", "growth", "2021", 8.1), ("gdp", "growth", "2022-01/2022-06", 3), ("gdp", "growth", "2019", 6.8)]
