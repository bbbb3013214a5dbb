"""The indicator dictionary: data with a stable key; a phrase maps to a code only when it names that indicator."""
import pytest

from zhibiao.indicators import indicator_code, load_indicators


def test_dictionary_has_the_common_indicators_with_unique_codes():
    rows = load_indicators()
    assert len(rows) >= 200
    assert len({r.code for r in rows}) == len(rows)
    assert all(r.name_zh and r.name_en and r.description for r in rows)


@pytest.mark.parametrize("phrase, code", [
    ("地区生产总值", "gdp"),
    ("GDP", "gdp"),
    ("GDP总量", "gdp"),
    ("名义GDP增速", "gdp"),
    ("实际GDP增速", "gdp"),
    ("国内生产总值", "gdp"),
    ("规模以上工业增加值", "industry_va_above_scale"),   # never GDP
    ("规上工业增加值", "industry_va_above_scale"),
    ("规模工业增加值", "industry_va_above_scale"),       # the old short name
    ("规模以上工业总产值", "industry_output_above_scale"),
    ("接待游客", "tourist_arrivals"),
    ("全口径社零额", "retail_sales"),
    ("城镇新增就业", "urban_new_jobs"),
    ("新增城镇就业", "urban_new_jobs"),
    ("建设高标准农田", "high_standard_farmland"),
    ("一般公共预算收入", "general_budget_revenue"),
    ("城镇居民人均可支配收入", "urban_disposable_income"),
    ("进出口总额", "foreign_trade"),
    ("进出口贸易总值", "foreign_trade"),
    ("实际利用外资", "foreign_investment"),
    ("粮食产量", "grain_output"),
    ("粮食总产量", "grain_output"),
    ("森林覆盖率", "forest_coverage"),             # a rate, not the afforested area
    ("全社会研发投入", "rd_expenditure"),           # an amount, not the intensity
    ("研发经费投入强度", "rd_intensity"),
    ("大口径财政收入", "fiscal_revenue_total"),      # wider than the general budget revenue
    ("原煤产量", "coal_output"),
    ("义务教育巩固率", "compulsory_education_retention"),
    ("基本医疗保险参保率", "medical_insurance_coverage"),
])
def test_names_and_synonyms(phrase, code):
    assert indicator_code(phrase) == code


@pytest.mark.parametrize("phrase, code", [
    ("农民人均纯收入", "rural_net_income"),           # the pre-2013 statistic keeps its own code
    ("农村居民人均纯收入", "rural_net_income"),
    ("农牧民人均纯收入", "rural_net_income"),
    ("公共财政预算收入", "general_budget_revenue"),   # 2007-2014 name of the general budget revenue
    ("地方财政一般预算收入", "general_budget_revenue"),
    ("地方公共财政预算收入", "general_budget_revenue"),
    ("社会商品零售总额", "retail_sales"),
    ("城市居民人均可支配收入", "urban_disposable_income"),
    # the urban income 宁波, 杭州 and 广州 published for their districts before 2013; their targets name 城镇居民
    ("市区居民人均可支配收入", "urban_disposable_income"),
    ("市区城镇居民人均可支配收入", "urban_disposable_income"),
    ("农村人均可支配收入", "rural_disposable_income"),
    ("外贸出口", "exports"),
    ("进出口总值", "foreign_trade"),
    ("居民消费价格总水平涨幅", "cpi"),
    ("居民消费价格上涨", "cpi"),
    ("单位生产总值能耗", "energy_intensity"),
    ("万元GDP综合能耗", "energy_intensity"),
    ("低保标准", "dibao_standard"),
    ("农村低保标准", "dibao_standard_rural"),
    ("全社会固定资产投资", "fixed_asset_investment"),
    ("城镇固定资产投资", "urban_fixed_asset_investment"),
    ("工农业总产值", "gross_output_ind_agri"),
])
def test_old_names(phrase, code):
    assert indicator_code(phrase) == code


@pytest.mark.parametrize("phrase, code", [
    ("全市地区生产总值", "gdp"),
    ("全省生产总值", "gdp"),
    ("本市生产总值", "gdp"),
    ("长沙市地区生产总值", "gdp"),
    ("长沙GDP", "gdp"),
    ("宁波GDP", "gdp"),
    ("吉林市龙潭区GDP", "gdp"),
    ("磐石市旅游收入", "tourism_revenue"),
    ("我国国民生产总值", "gnp"),
    ("达州市地区生产总值", "gdp"),                   # 达州 is a place, not the verb 达
    ("2023年全省一般公共预算收入", "general_budget_revenue"),
    ("今年全市规模以上工业增加值增速", "industry_va_above_scale"),
    ("上半年GDP", "gdp"),
    ("1—9月全社会固定资产投资", "fixed_asset_investment"),
    ("到2025年地区生产总值", "gdp"),
    ("“十四五”期间全市地区生产总值", "gdp"),
    ("初步核算全省地区生产总值", "gdp"),
    ("完成地区生产总值", "gdp"),
    ("累计实现进出口总额", "foreign_trade"),
    ("按常住人口计算人均地区生产总值", "gdp_per_capita"),
    ("——国内生产总值", "gdp"),
    ("1.城镇居民人均可支配收入", "urban_disposable_income"),
])
def test_a_place_a_time_or_a_verb_at_the_head_keeps_the_code(phrase, code):
    # the fact's region column says which place; the period column says when
    assert indicator_code(phrase) == code


@pytest.mark.parametrize("phrase", [
    "国内生产总值[2]", "国内生产总值［2］", "国内生产总值①", "“国内生产总值”", "国内 生产总值", "[1]全省生产总值",
])
def test_footnote_markers_quotes_and_spaces_never_break_an_indicator(phrase):
    assert indicator_code(phrase) == "gdp"


@pytest.mark.parametrize("phrase, code", [
    ("人均地区生产总值", "gdp_per_capita"),        # per head: never the total's code
    ("人均国内生产总值", "gdp_per_capita"),
    ("人均GDP", "gdp_per_capita"),
    ("国民生产总值", "gnp"),                       # GNP: never gdp
    ("人均国民生产总值", "gnp_per_capita"),
    ("工业增加值", "industry_va"),                  # all industry, not only above designated size
    ("工业总产值", "industry_output"),
    ("城镇登记失业率", "registered_unemployment_rate"),   # kept apart from the surveyed rate
    ("城镇调查失业率", "unemployment_rate"),
    ("财政收入", "fiscal_revenue"),                 # scope unsaid: neither the general budget nor the total
    ("新增高新技术企业", "high_tech_enterprises_new"),     # a flow, kept apart from the stock
    ("高新技术企业", "high_tech_enterprises"),      # at a date, or added when a list shares one 新增
    ("新增专精特新企业", "specialised_sme_new"),
    ("专精特新小巨人企业", "little_giants"),         # the national tier, not the provincial one
    ("户籍人口城镇化率", "urbanisation_rate_registered"),
    ("海洋生产总值", "ocean_gdp"),
    ("高新技术产业产值", "high_tech_industry_output"),  # not industry output
    ("农林牧渔业增加值", "agriculture_va"),              # wider than the primary industry
    ("服务业增加值占地区生产总值比重", "tertiary_share_of_gdp"),
    # what a list of projects invests is the list's, never the region's fixed-asset investment
    ("完成投资", "projects_investment_completed"),
    ("完成年度投资", "projects_investment_completed"),
    ("年度计划投资", "projects_investment_planned"),    # 年度 is not a year to take off the head
    ("总投资", "projects_total_investment"),
    ("重点项目完成投资", "key_projects_investment_completed"),
    ("省重点项目完成投资", "provincial_key_projects_investment_completed"),   # the province's list, not the city's
    ("贫困村", "poor_villages"),                     # the villages, apart from those lifted out (出列)
    ("贫困村出列", "poor_villages_lifted"),
    ("家庭农场", "family_farms"),
    ("新增家庭农场", "family_farms_new"),
    ("省级企业技术中心", "provincial_enterprise_tech_centres"),   # tiers kept apart
    ("国家级企业技术中心", "national_enterprise_tech_centres"),
    ("建成区面积", "built_up_area"),
    ("中心城区建成区面积", "central_built_up_area"),   # the central city's, not the whole city's
    ("民用汽车保有量", "civil_vehicles"),
    ("民用轿车保有量", "civil_cars"),                # a part of civil vehicles
    ("外贸货物吞吐量", "foreign_trade_cargo"),        # a part of port cargo throughput
    ("高技术制造业投资", "high_tech_manufacturing_investment"),   # a part of high-tech industry investment
    ("高技术产业投资", "high_tech_investment"),
])
def test_related_indicators_have_their_own_codes(phrase, code):
    assert indicator_code(phrase) == code


@pytest.mark.parametrize("phrase", [
    # sub-regions are not the region's own indicator
    "兵团生产总值", "兰州新区生产总值", "开发区地区生产总值", "高新区生产总值", "经开区地区生产总值", "园区生产总值",
    "县域生产总值", "县域经济生产总值", "保税区进出口总额", "自贸区进出口总额", "示范区地区生产总值", "西部地区生产总值",
    # sub-sectors and parts are not the total
    "民营经济生产总值", "农业生产总值", "工业生产总值", "城市居民消费价格",
    "第一产业增加值占地区生产总值", "拉动地区生产总值", "占地区生产总值比重", "城乡居民人均可支配收入",
    "城乡低保标准",  # 4 of 5 in the corpus are an urban and a rural value under 分别
    "园区税收", "新区固定资产投资", "市级重点项目完成投资",
    "城乡常住居民人均可支配收入", "在校生",
    # 市重点项目完成投资 is cut from 省、市重点项目完成投资 in a quarter of the corpus's sentences
    "市重点项目完成投资",
    # a product alone is as often a capacity (新增生产能力：乙烯11.5万吨) as an output
    "乙烯", "水泥",
    # a verb of building narrows any code but a kind of works
    "新建商品房销售面积", "新建地区生产总值", "建设高新技术企业",
    # a place-like word that is not a place here
    "平原造林", "惠民病床",
    # words that merely mention an indicator, or name no indicator
    "占规上工业总产值比重", "新增产值", "惠及居民", "举办活动", "项目", "投资",
    None, "",
])
def test_no_code_for_a_phrase_that_narrows_or_only_mentions_an_indicator(phrase):
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


@pytest.mark.parametrize("phrase, code", [
    ("高新技术企业数", "high_tech_enterprises"),          # a count's word
    ("规模以上工业企业总数", "industry_enterprises_above_scale"),
    ("各类市场主体总数", "market_entities"),               # 各类 only says "all of"
    ("税收总额", "tax_revenue"),                          # an amount's word
    ("进出口规模", "foreign_trade"),
    ("地区生产总值连续", "gdp"),                          # an adverb the phrase caught (…连续5年…)
    ("城镇登记失业率始终", "registered_unemployment_rate"),
    ("地方财政一般预算收入按可比口径", "general_budget_revenue"),
    ("货物出口额（比上年增长%）", "exports"),              # a table column's note
    ("城镇居民人均可支配收入年均实际", "urban_disposable_income"),
    ("有公共图书馆", "public_libraries"),                 # "there are"
    ("全社会研发经费投入强度", "rd_intensity"),
])
def test_a_word_that_only_counts_sums_or_qualifies_keeps_the_code(phrase, code):
    assert indicator_code(phrase) == code


@pytest.mark.parametrize("phrase", [
    "战略性新兴产业规模",      # an industry's size is its output, not its value added
    "居民消费价格（城市）",    # a bracket that narrows is not a note
    "事故起数人数",            # two statistics
    "市场主体净增",            # a flow is not the stock
    "高新技术产业产值占比",    # a share is another statistic
])
def test_a_tail_that_narrows_or_changes_the_statistic_leaves_no_code(phrase):
    assert indicator_code(phrase) is None


@pytest.mark.parametrize("phrase, code", [
    ("农业增加值", "farming_va"),                 # named as the report names it, apart from 农林牧渔业增加值
    ("农村居民收入", "rural_income"),             # net or disposable as the year has it: apart from both
    ("低收入农户人均可支配收入", "low_income_rural_income"),
    ("重工业总产值", "heavy_industry_output"),    # a part of industry, never industry
    ("东部地区投资", "east_investment"),          # a part of the country
    ("养殖水产品产量", "aquaculture_output"),     # a part of aquatic output
    ("水电装机容量", "hydro_capacity"),           # a part of power capacity
    ("港口吞吐能力", "port_capacity"),            # a capacity, never the throughput
    ("粮食综合生产能力", "grain_capacity"),       # a capacity, never the harvest
    ("境内短期贷款", "short_term_loans"),         # a part of loans
    ("新登记企业", "new_enterprises_registered"),  # enterprises only, apart from all market entities
    ("城乡居民基本养老保险参保率", "resident_pension_coverage"),   # one scheme, not an urban and a rural pair
    ("培育专精特新中小企业", "specialised_sme_new"),
    ("贫困村整村", "whole_village_programme"),     # cut from 贫困村整村推进: a programme, never villages lifted out
    ("非公经济增加值占地区生产总值比重", "non_public_economy_share"),   # a share of GDP, never GDP
    ("高新技术产业产值占规上工业比重", "high_tech_output_share_above_scale"),
    ("高新技术产业产值占工业总产值比重", "high_tech_output_share_industry"),   # another denominator, another code
    ("每万人口高价值发明专利拥有量", "high_value_patents_per_10k"),   # never all invention patents per 10 000
    ("口岸进出口总额", "port_of_entry_trade"),     # what passes the ports of entry, not the region's own trade
    ("对俄进出口总额", "russia_trade"),             # a part of foreign trade
    ("工业生产者出厂价格", "ppi"),
    ("新辟优化公交线路", "bus_routes_new_or_adjusted"),   # one figure for both, apart from either
])
def test_more_indicators_of_their_own(phrase, code):
    assert indicator_code(phrase) == code


@pytest.mark.parametrize("phrase, code", [
    ("新建旅游厕所", "public_toilets"),
    ("建成乡镇污水处理厂", "sewage_plants"),
    ("新改扩建乡镇卫生院", "township_health_centres"),
    ("改造提升农村公路", "rural_roads"),
    ("建成开通5G基站", "base_stations_5g"),
    ("全市新建改建城市公厕", "public_toilets"),
])
def test_a_verb_of_building_keeps_the_code_of_works(phrase, code):
    # the works' entries count what was built, rebuilt or renovated
    assert indicator_code(phrase) == code


def test_a_row_with_an_unquoted_comma_is_a_clear_error(tmp_path):
    bad = tmp_path / "indicators.csv"
    bad.write_text("code,name_zh,name_en,synonyms,description\n"
                   "gdp,地区生产总值,GDP,GDP,Value added, all units\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"indicators\.csv: line 2 has more fields"):
        load_indicators(bad)


@pytest.mark.parametrize("phrase, code", [
    ("全社会研发经费支出相当于全市生产总值的比例", "rd_intensity"),
    ("初步安排 2014年全市地区生产总值", "gdp"),  # 初步 only says the figure is preliminary
    ("具有资质等级的总承包和专业承包建筑业企业实现利润", "construction_profits"),
    ("个人中长期消费贷款余额", "long_term_consumer_loans"),  # a part of consumer loans
    ("接待过夜游客", "overnight_tourists"),
    ("城镇低保对象最低生活保障人均补差水平", "dibao_subsidy_urban"),  # what is paid, not the standard
    ("提请市人大常委会审议通过地方性法规", "local_law_drafts"),
])
def test_indicators_of_this_round(phrase, code):
    assert indicator_code(phrase) == code


def test_bare_beds_added_have_no_code():
    # a quarter of the corpus's 新增床位 are beds of elderly-care homes (建成省托老院…新增床位618张)
    assert indicator_code("新增床位") is None and indicator_code("新增医疗床位") == "hospital_beds_added"


def test_consumer_goods_alone_are_a_part_of_the_old_retail_total():
    # the 1984 communiqué: 社会商品零售总额 grew 17.8%, its 消费品零售额 18.7%
    assert (indicator_code("社会商品零售总额"), indicator_code("消费品零售额")) == ("retail_sales", None)
