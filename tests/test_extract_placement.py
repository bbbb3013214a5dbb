"""Facts in their place: the region, the years and the indicator an analyst will ask for, from real report sentences."""
from datetime import date

from zhibiao.extract import extract_facts

NINGBO, HUNAN, XINJIANG, BEIJING = "330200", "430000", "650000", "110000"


def placed(text, published=date(2024, 1, 20), region_code=None, title=None):
    return [(f.text, f.region, f.indicator_code, f.status, f.period)
            for f in extract_facts(text, published=published, region_code=region_code, title=title)]


def test_a_fact_is_about_the_place_its_clause_names():
    found = placed("同期全国增长5.2%，全省地区生产总值增长6.1%，高于全国0.9个百分点。", region_code=NINGBO)
    assert [(t, r) for t, r, *_ in found] == [("5.2%", "全国"), ("6.1%", "浙江省"), ("0.9个百分点", "全国")]
    found = placed("湖南14市州中，宁波增长8.2%。长沙市地区生产总值增长4.8%，比全省平均水平高0.3个百分点。", region_code=HUNAN)
    assert [(t, r) for t, r, *_ in found] == [("8.2%", "宁波市"), ("4.8%", "长沙市"), ("0.3个百分点", "湖南省")]
    assert placed("宁波舟山港集装箱吞吐量3000万标箱。", region_code=NINGBO)[0][1] == "宁波市"  # a port, not a subject


def test_national_documents_speak_for_the_country():
    title = "中华人民共和国2019年国民经济和社会发展统计公报"
    found = placed("初步核算，全年国内生产总值[2]990865亿元，比上年增长6.1%。", date(2020, 2, 28), "100000", title)
    assert found == [("990865亿元", "全国", "gdp", "actual", "2019"), ("6.1%", "全国", "gdp", "actual", "2019")]


def test_a_sub_region_is_not_the_region():
    found = placed("与此同时，新疆生产建设兵团在深化改革方面都取得显著成绩。生产总值预计完成1190亿元，增长18%。",
                   region_code=XINJIANG)
    assert [code for _, _, code, *_ in found] == [None, None]
    found = placed("发挥兰州新区经济发展主战场作用，对标全国一流新区。全年实现生产总值增长15%以上。", region_code="620100")
    assert found[0][2] is None
    assert placed("推动国家级开发区提质增效，地区生产总值增长6%。", region_code="620100")[0][2] == "gdp"


def test_a_value_shared_by_a_list_of_indicators_is_the_first_ones():
    found = placed("地区生产总值、规模以上工业增加值、固定资产投资、社会消费品零售总额增长5%左右，商品进出口总值增长3%左右。")
    assert [(t, code) for t, _, code, *_ in found] == [("5%左右", "gdp"), ("3%左右", "foreign_trade")]


def test_fenbie_values_take_the_subjects_listed_in_the_clause_before():
    found = placed("预计，全市地区生产总值、固定资产投资、全部工业总产值均突破4000亿元，分别增长8%、12%和14%。",
                   date(2018, 1, 20))
    assert [code for _, _, code, *_ in found] == ["gdp", "gdp", "fixed_asset_investment", "industry_output"]


def test_a_bare_growth_rate_is_the_rate_of_the_amount_before_it():
    found = placed("预计全省生产总值突破2万亿元，增速近15%。", date(2012, 1, 10))
    assert [(t, code, st) for t, _, code, st, _ in found] == [("突破2万亿元", "gdp", "estimate"), ("近15%", "gdp", "estimate")]
    assert placed("全市地区生产总值实现5121.61亿元，历史性突破五千亿元大关，实际增速9.2%。", date(2022, 1, 20))[-1][2] == "gdp"
    assert placed("预计全年完成地区生产总值1.27万亿元左右，可比价增长8%。", date(2019, 1, 20))[-1][2] == "gdp"


def test_a_clause_in_between_names_its_own_subject():
    found = placed("全省生产总值24117.9亿元、增长8.7%，一般公共预算收入升至全国第4位，增长11.1%。", date(2017, 1, 20))
    assert found[-1][2] != "gdp"


def test_the_economy_growing_is_gdp_growth():
    assert placed("全年经济增长7.8%，地区生产总值突破1900亿元。", date(2021, 1, 20))[0][2] == "gdp"
    assert placed("中央提出今年经济增长预期目标为7%左右。", date(2004, 3, 5))[0][2:] == ("gdp", "target", "2004")


def test_a_review_verb_is_no_target_cue():
    text = "一、2015年工作回顾\n主动作为，确保经济平稳运行在合理区间，全年实现生产总值5810.03亿元，增长8.2%。"
    assert [(st, p) for *_, st, p in placed(text, date(2016, 1, 20))] == [("actual", "2015"), ("actual", "2015")]
    text = "一、2015年工作回顾\n力争新开工项目160个以上，开展招商推介活动30次。"
    assert [st for *_, st, _ in placed(text, date(2016, 1, 20))] == ["target", "target"]


def test_main_expected_targets_are_for_the_plan_year():
    text = ("三、2016年重点任务\n2016年是开局之年。过去一年，全市人民齐心协力，锐意进取。\n"
            "综合各方面因素，全市经济社会发展的主要预期目标是：地区生产总值增长6.5%。\n")
    assert placed(text, date(2016, 1, 22), BEIJING)[-1][2:] == ("gdp", "target", "2016")
    text = "二、展望2023年，我们要乘势而上、接续奋斗，努力开创现代化、国际化美丽省会城市建设新局面\n主要预期指标是：地区生产总值增长8%以上。\n"
    assert placed(text, date(2023, 2, 3))[-1][3:] == ("target", "2023")
