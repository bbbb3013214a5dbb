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
