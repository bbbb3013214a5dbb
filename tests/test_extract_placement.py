"""Facts in their place: the region, the years and the indicator an analyst will ask for, from real report sentences."""
from datetime import date

from zhibiao.extract import extract_facts
from zhibiao.ingest.markdown import markdown_to_text

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
    # 哈尔滨 2014: the counties taken together, at the head of the sentence, are not the city
    found = placed("经过一年来的不懈努力，县域经济综合实力不断增强，实现生产总值增长13.7%左右，完成地方公共财政预算收入63.5亿元。",
                   date(2014, 1, 20), region_code="230100")
    assert [code for _, _, code, *_ in found] == [None, None]


def test_a_figure_compared_with_the_whole_of_its_place_is_a_parts():
    # 浙江 2017: the four metropolitan areas' growth answered "浙江's GDP growth in 2016" beside the province's 7.5
    found = placed("支持四大都市区加快改革发展，地区生产总值平均增长8.3%，高出全省平均水平约1个百分点。",
                   date(2017, 1, 20), region_code="330000")
    assert found[0][2] is None
    # 漯河 2023: compared with another figure of the whole, it is still the whole's own
    found = placed("高技术产业增加值增长19.2%，高于全市工业增加值12.1个百分点。", date(2023, 1, 20), region_code="411100")
    assert found[0][2] == "high_technology_industry_va"


def test_the_whole_named_as_what_a_sub_region_contributed_to_is_no_turn_back_to_it():
    # 新疆 2009: the 兵团's GDP growth (12.5%) answered "新疆's GDP growth in 2008" beside the region's 11
    found = placed("各位代表！过去的一年，新疆生产建设兵团在深化改革，扩大开放等方面都取得巨大进步，为我区改革发展稳定做出了"
                   "新的贡献。完成生产总值510亿元，增长12.5%。", date(2009, 1, 20), region_code=XINJIANG)
    assert [code for _, _, code, *_ in found] == [None, None]


def test_a_county_opening_the_sentence_is_where_its_figures_are():
    # 湘潭 2024: 韶山市's tourism revenue was filed as 湘潭's
    found = placed("韶山市获评全国红色旅游融合发展试点，旅游综合收入超60亿元，较去年增长3倍。", date(2024, 1, 20),
                   region_code="430300")
    assert [(t, r, code) for t, r, code, *_ in found] == [("超60亿元", "韶山市", "tourism_revenue"),
                                                         ("3倍", "韶山市", "tourism_revenue")]
    # 泰安 2021: 泰山区域 is the mountain's area, not 泰山区; a list of several counties' projects is no one county's
    assert placed("泰山区域山水林田湖草生态保护修复工程成功入选全国试点，完成投资144.8亿元。", date(2021, 1, 20),
                  region_code="370900")[0][1] == "泰安市"
    found = placed("大名县大元重科机械、馆陶县华清光电高性能材料等项目竣工投产，高新技术产业增加值占规模以上工业比重达18%。",
                   date(2023, 1, 20), region_code="130400")
    assert found[0][1] == "邯郸市"


def test_a_headline_figure_followed_by_its_share_of_the_whole_is_a_parts():
    # 徐州 2020: the counties' investment growth (7.3%) set aside the city's own 7% in the warehouse as "more precise"
    found = placed("县域经济发展态势良好。五县（市）和铜山、贾汪区经济总量占全市比重提高到70%，工业开票销售收入增长20.5%，"
                   "增速快于全市5.1个百分点；固定资产投资增长7.3%，占全市比重提升1.6个百分点。", date(2020, 1, 20),
                   region_code="320300")
    assert [(t, code) for t, _, code, *_ in found if t == "7.3%"] == [("7.3%", None)]
    # 云浮 2015: an industrial park's value added
    found = placed("实现规模以上工业总产值350亿元，占全市比重35.5%；规模以上工业增加值100亿元，占全市比重36%。",
                   date(2015, 1, 20), region_code="445300")
    assert [code for t, _, code, *_ in found if t == "100亿元"] == [None]
    # a sector's own figure stays the sector's: its share of the city's industry names another statistic
    found = placed("高新技术产业产值增长8.2%，占全市工业产值比重增加到39.9%。", date(2020, 1, 20), region_code="320300")
    assert found[0][2] is not None


def test_a_district_opening_the_sentence_is_where_its_figures_are():
    # 天津 2004: asked for 天津's GDP growth in 2003, the warehouse answered 14.5 and 滨海新区's 20
    found = placed("全年实现国内生产总值2386.9亿元，比上年增长14.5%。滨海新区实现国内生产总值970亿元，增长20%。",
                   date(2004, 1, 20), region_code="120000")
    assert [(t, r, code) for t, r, code, *_ in found] == [
        ("2386.9亿元", "天津市", "gdp"), ("14.5%", "天津市", "gdp"), ("970亿元", "滨海新区", "gdp"), ("20%", "滨海新区", "gdp")]


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


def test_an_average_growth_is_of_the_subject_of_its_own_sentence():
    # 安徽 2006, 泸州 2022: the fiscal revenue's average growth was filed as the province's GDP growth
    found = placed("全省生产总值连跨三个千亿元台阶，年均增长10.6%；财政收入五年翻了一番多，年均增长17.7%。", date(2006, 1, 20))
    assert [code for _, _, code, *_ in found] == ["gdp", "fiscal_revenue"]
    found = placed("地区生产总值总量连续5年居全省第6位，年均增长7.5%；地方一般公共预算收入总量连续5年居全省前3位，年均增长6.9%。",
                   date(2022, 1, 20))
    assert [code for _, _, code, *_ in found] == ["gdp", "general_budget_revenue"]


def test_values_without_a_subject_pair_with_the_indicators_listed_in_the_clause_before():
    # 云南 2016: the investment's average growth was filed as the province's GDP growth
    found = placed("全省生产总值、固定资产投资跨上万亿元新台阶，年均增长11.1%和24.7%。", date(2016, 1, 20))
    assert [(t, code) for t, _, code, *_ in found][1:] == [("11.1%", "gdp"), ("24.7%", "fixed_asset_investment")]


def test_a_count_or_a_comparison_names_no_figure_after_it():
    # 甘肃 2025: "连跨4个千亿台阶" named the GDP after it 千亿; 大同 2022: "比近三年净增量之和多26.1亿元" named the growth
    found = placed("“十四五”以来，全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元、增长5.8%。", date(2025, 1, 20))
    assert [(t, code) for t, _, code, *_ in found][1:] == [("1.3万亿元", "gdp"), ("5.8%", "gdp")]
    found = placed("全年地区生产总值完成1686亿元，净增305亿元，比近三年净增量之和多26.1亿元，同比增长7.5％。", date(2022, 1, 20))
    assert [(t, code) for t, _, code, *_ in found][-1] == ("7.5％", "gdp")


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


def test_a_goal_announcement_governs_the_figures_after_its_colon():
    # in a work report, whose text is actual until a cue or heading says otherwise
    text = "各位代表：\n今年经济社会发展的主要预期目标是：地区生产总值增长13%，地方财政总收入增长17%。\n"
    assert [(st, p) for *_, st, p in placed(text, date(2011, 1, 20), title="2011年内蒙古自治区政府工作报告")] == [
        ("target", "2011"), ("target", "2011")]
    assert placed("要力争地区生产总值增长10%以上。", date(2013, 1, 20))[0][2:4] == ("gdp", "target")
    assert placed("主要预期目标是：地区生产总值按增长5%安排。", date(2026, 1, 20))[0][2:4] == ("gdp", "target")


def test_old_communiques_and_state_council_reports():
    # thousands grouped with a full-width comma, a plan completion is a ratio, a Chinese-numeral range
    found = placed("粮食总产量38，728万吨，完成计划113．1％，比上年增长9.2%。", date(1984, 4, 29))
    assert [(t, code) for t, _, code, *_ in found] == [("38，728万吨", "grain_output"), ("113．1％", "grain_output"),
                                                      ("9.2%", "grain_output")]
    (f,) = extract_facts("今年经济增长速度的宏观调控目标，定为百分之八至九。", published=date(1995, 3, 5))
    assert (f.value, f.qualifier, f.indicator_code, f.status) == (8, "at_least", "gdp", "target")
    (f,) = extract_facts("今年国民生产总值计划增长百分之八，是留有余地的。", published=date(1993, 3, 15))
    assert (f.indicator_code, f.status) == ("gnp", "target")


def test_years_an_average_or_a_comparison_covers():
    found = extract_facts("1986年同1978年相比，国民生产总值由3480亿元增加到9380亿元，按可比价格计算增长102%。",
                          published=date(1987, 2, 20))
    assert found[-1].period == "1979-01/1986-12"
    (f,) = extract_facts("过去五年，城镇新增就业年均1270多万人。", published=date(2023, 3, 5))
    assert f.period == "2018-01/2022-12"
    (f,) = extract_facts("二、“十二五”时期的主要目标\n五年城镇新增就业4500万人。\n", published=date(2011, 3, 5))
    assert (f.status, f.period) == ("target", "2011-01/2015-12")
    (f,) = extract_facts("二、2013年工作安排\n去年居民消费价格涨幅回落到2.6%，这是一个重要成果。\n", published=date(2013, 3, 5))
    assert (f.value, f.measure, f.status, f.period) == (2.6, "growth", "actual", "2012")


def test_a_report_cannot_report_its_plan_years_results():
    # an uncued plan line in a report delivered in January of its plan year is a plan
    text = "各位代表：\n2016年，强化交通组织管理，配建更多停车场、充电桩，新增泊车位5万个。\n"
    (f,) = extract_facts(text, published=date(2016, 1, 20), title="2016年政府工作报告")
    assert (f.status, f.period) == ("target", "2016")


def test_no_real_fact_is_rejected():
    # percentages of a plan, contributions over 100 %, a shifted table row: all real, none may fail a check
    found = extract_facts("466个市重点项目完成投资971.1亿元，占年计划的113.4%。规模以上工业增加值对全省贡献率278.3%。",
                          published=date(2021, 1, 20))
    assert [(f.text, f.measure) for f in found][-2:] == [("113.4%", "ratio"), ("278.3%", "ratio")]
    table = "表4 运输\n指标\t单位\t绝对数\t比上年增长（%）\n水运\t亿人公里\t33.0\t\t-58.0\n"
    assert [(f.unit, f.measure, f.value) for f in extract_facts(table, published=date(2021, 2, 28))] == [
        ("person_km", "level", 3.3e9), ("percent", "growth", -58.0)]
    assert extract_facts("外贸破零倍增企业112家。")[0].unit == "count"  # 零倍 is no multiple


def test_the_value_a_change_reaches_is_of_the_reviewed_year():
    found = extract_facts("财政总收入由2000年的85.3亿元增加到192.3亿元。", published=date(2007, 1, 20))
    assert [(f.text, f.period) for f in found] == [("85.3亿元", "2000"), ("192.3亿元", "2006")]


def test_the_closing_year_of_a_plan_opens_a_review_of_its_five_years():
    text = ("各位代表，2020年是南通“十三五”收官之年。我们完成了“十三五”规划确定的主要目标任务。\n"
            "城镇化率达69.1%、提高6.4个百分点，财政民生投入占比提高5个百分点。\n")
    found = extract_facts(text, published=date(2021, 1, 19))
    assert [(f.text, f.period) for f in found] == [("69.1%", "2020"), ("6.4个百分点", "2016-01/2020-12"),
                                                   ("5个百分点", "2016-01/2020-12")]


def test_the_closing_year_of_a_plan_called_a_year_opens_a_review_of_that_year():
    # 开封 2016: asked for 开封's GDP growth of 2015, the warehouse had only 2011-01/2015-12
    text = ("**一、2015年及“十二五”工作回顾**\n2015年是“十二五”规划的收官之年，也是我市经济社会发展极不平凡的一年。面对严峻复杂的经济形势，"
            "市政府团结带领全市人民，攻坚克难。\n全市生产总值完成1604.8亿元，增长9.4%，居全省第3位。\n")
    found = extract_facts(text, published=date(2016, 1, 19), title="开封市政府工作报告")
    assert [(f.text, f.period) for f in found] == [("1604.8亿元", "2015"), ("9.4%", "2015")]


def test_last_year_named_as_a_base_dates_no_target_after_it():
    text = "二、2008年工作安排\n居民消费价格涨幅控制在去年实际涨幅4.8%以内，城镇登记失业率控制在4.5%以内。\n"
    found = extract_facts(text, published=date(2008, 1, 25), title="湖北省人民政府2008年工作报告")
    assert [(f.text, f.status, f.period) for f in found][-1] == ("4.5%以内", "target", "2008")


def test_a_table_written_as_lines_keeps_the_communiques_year():
    text = ("**中华人民共和国国家统计局关于1986年国民经济和社会发展的统计公报**\n\n1987年2月20日\n\n"
            "主要农产品产量如下：\n\n1986年 1986年比\n1985年增长％\n粮 食 39109 万吨 3．2\n\n"
            "据海关统计，1986年进出口总额达738亿美元，比上年增长6.1％。其中出口总额309亿美元，增长13.1％。")
    assert {p for *_, p in placed(text, date(1987, 2, 20), "100000")} == {"1986"}


def test_a_base_year_dates_no_figure_after_it():
    text = ("2006年，实现地区生产总值2094亿元，同比增长13.5%，提前实现在2000年基础上翻一番的目标；"
            "财政一般预算总收入192.3亿元，同比增长12.5%。")
    assert [p for t, *_, p in placed(text, date(2007, 2, 1)) if t in ("192.3亿元", "12.5%")] == ["2006", "2006"]


def test_years_since_a_founding_span_those_years():
    text = "建市20年来，全市地区生产总值增长9倍，常住人口城镇化率由32%增至52%。"
    assert [(t, p) for t, *_, p in placed(text, date(2025, 1, 9))] == [
        ("9倍", "2005-01/2024-12"), ("32%", "2004"), ("52%", "2024")]


def test_a_change_between_written_years_starts_at_the_first():
    text = "2006年至2011年，全市生产总值从617.24亿元增至1383.07亿元，年均增长14.7%。"
    assert [(t, p) for t, *_, p in placed(text, date(2012, 2, 9))] == [
        ("617.24亿元", "2006"), ("1383.07亿元", "2011"), ("14.7%", "2006-01/2011-12")]
    text = "全省生产总值由 1992 年的 181.7 亿元增加到 1997 年的 418 亿元。"
    assert [(t, c, p) for t, _, c, _, p in placed(text, date(1998, 4, 23))] == [
        ("181.7 亿元", "gdp", "1992"), ("418 亿元", "gdp", "1997")]


def test_multiples_pair_with_the_values_just_listed():
    text = "全市私营企业、个体工商户分别达6.4万户和22万户，是2010年末的2倍和1.4倍。"
    found = extract_facts(text, published=date(2016, 1, 18))
    assert [(f.text, f.indicator, f.period) for f in found if f.measure == "ratio"] == [
        ("2倍", "私营企业", "2015"), ("1.4倍", "个体工商户", "2015")]


def test_a_comparison_base_dates_only_its_own_value():
    text = ("**经济综合实力实现新跨越。**2010年全省生产总值达45473亿元，比上年增长12.2%，是2005年22557亿元的2倍。"
            "财政收入保持较快增长，总收入达11842亿元，增长30.8%，是2005年4432亿元的2.7倍；"
            "地方一般预算收入4516亿元，增长23.8%。")
    found = placed(text, date(2011, 1, 17), "440000")
    assert [(t, c, p) for t, _, c, _, p in found if t in ("22557亿元", "2倍", "4516亿元")] == [
        ("22557亿元", "gdp", "2005"), ("2倍", "gdp", "2010"), ("4516亿元", "general_budget_revenue", "2010")]
    assert [(t, p) for t, *_, p in found if t in ("30.8%", "4432亿元", "2.7倍")] == [
        ("30.8%", "2010"), ("4432亿元", "2005"), ("2.7倍", "2010")]


def test_a_group_of_counties_is_not_the_province():
    text = "2005年67个县规模以上工业增加值、财政一般预算收入达724亿元和120亿元，分别比上年增长22.1%和20.5%。"
    assert {c for _, _, c, *_ in placed(text, date(2006, 1, 16), "440000")} == {None}


def test_a_growth_between_two_written_years_spans_them():
    text = "全省生产总值由2002年的2450亿元增加到2007年的5469亿元，增长1.2倍。"
    assert [(t, p) for t, *_, p in placed(text, date(2008, 1, 20))] == [
        ("2450亿元", "2002"), ("5469亿元", "2007"), ("1.2倍", "2003-01/2007-12")]


def test_a_list_of_parts_of_the_year_dates_each_value():
    text = ("2015年，全省地区生产总值一季度、上半年、前三季度分别增长2.5%、2.7%、2.8%，全年增长3.1%；"
            "固定资产投资增长14.8%。")
    assert [(t, c, p) for t, _, c, _, p in placed(text, date(2016, 1, 20))][:4] == [
        ("2.5%", "gdp", "2015-01/2015-03"), ("2.7%", "gdp", "2015-01/2015-06"), ("2.8%", "gdp", "2015-01/2015-09"),
        ("3.1%", "gdp", "2015")]


def test_a_comparison_with_the_country_names_no_indicator():
    text = "全省地区生产总值三季度增长4.6%、追平全国，四季度增长5.6%、高于全国0.2个百分点，全年增长4.8%。"
    found = placed(text, date(2025, 1, 20), "430000")
    assert [(t, c) for t, _, c, *_ in found if t != "0.2个百分点"] == [("4.6%", "gdp"), ("5.6%", "gdp"), ("4.8%", "gdp")]


def test_an_average_over_five_years_does_not_date_the_last_years_growth():
    text = "全省生产总值由2002年的13502亿元增加至2007年的30606亿元，五年年均增长14.5%，2007年比上年增长14.5%。"
    assert [(t, p) for t, *_, p in placed(text, date(2008, 1, 20))][2:] == [
        ("14.5%", "2003-01/2007-12"), ("14.5%", "2007")]


def test_one_value_for_a_list_of_indicators_is_the_firsts():
    text = "2014年全市地区生产总值、规模以上工业增加值、公共预算收入分别增长10%，固定资产投资增长26%。"
    assert [(t, c) for t, _, c, *_ in placed(text, date(2014, 1, 20))] == [("10%", "gdp"), ("26%", "fixed_asset_investment")]


def test_an_aside_across_a_comma_and_a_bare_new_area_do_not_hide_the_indicator():
    found = placed("全市生产总值完成2650.6亿元（不含定州，下同）、增长9%，高于全省0.8个百分点。", date(2014, 2, 1))
    assert [(t, c) for t, _, c, *_ in found][:2] == [("2650.6亿元", "gdp"), ("9%", "gdp")]
    text = "落实“完善基础、产业立市、新区引领”经济工作思路。预计完成地区生产总值183亿元、同比增长9%。"
    assert {c for _, _, c, *_ in placed(text, date(2019, 12, 31))} == {"gdp"}


def test_an_average_written_before_a_list_spans_every_value_of_it():
    text = ("房地产业投资占固定资产投资比重从2017年的63.3%下降至2021年的49.3%，"
            "全市地区生产总值、地方一般公共预算收入、社会消费品零售总额年均分别增长7.2%、5.5%和16.5%。")
    assert [p for *_, p in placed(text, date(2022, 1, 20))][2:] == ["2017-01/2021-12"] * 3


def test_a_paragraph_opened_on_the_year_just_past_is_that_year():
    text = ("五年来，我们坚守初心、倾情服务，幸福指数节节攀升。\n\n"
            "刚刚过去的2025年，我们用心用情用力惠民生、办实事，省20项民生工程和市10件民生实事如期完成。"
            "全市生产总值增长6%，增量达到448.2亿元。\n\n"
            "刚刚过去的2015年，我们较好地完成了目标任务，为“十二五”收官划上了圆满句号。全市生产总值增长10.5%。")
    found = placed(text, date(2026, 1, 20))
    assert [(t, p) for t, *_, p in found if t in ("6%", "10.5%")] == [("6%", "2025"), ("10.5%", "2015")]


def test_a_sub_region_deep_in_a_long_sentence_before_is_not_the_subject():
    text = ("自治区成立60周年大庆各项任务圆满完成，“绿色、高端、和谐、宜居”城市发展新理念全方位实施，"
            "银川都市圈、“四区四园”建设等重大战略布局全面铺开，黄河流域生态保护示范区建设稳步推进。"
            "地区生产总值同比增长7.2%。")
    assert [c for _, _, c, *_ in placed(text, date(2019, 1, 20))][-1] == "gdp"


def test_the_growth_of_quarters_after_a_general_subject():
    text = "经济增速逐季回升，一季度增长4.5%，上半年增长5%，前三季度增长5.5%，全年增长5.7%。"
    assert [(c, p) for _, _, c, _, p in placed(text, date(2024, 1, 20))][-1] == ("gdp", "2023")


def test_a_level_regained_is_compared_with_its_base_year_not_dated_by_it():
    text = "预计地区生产总值增长14%，比2019年增长8%；固定资产投资增长21%，恢复到2019年的93%。"
    found = placed(text, date(2022, 1, 6))
    assert [(t, c, p) for t, _, c, _, p in found] == [
        ("14%", "gdp", "2021"), ("8%", "gdp", "2020-01/2021-12"), ("21%", "fixed_asset_investment", "2021"),
        ("93%", "fixed_asset_investment", "2021")]


def test_what_will_be_reached_is_a_target():
    found = placed("其中，出口总额将达到四百零二亿元，平均每年递增百分之八点一。", date(1982, 12, 10))
    assert found[0][3] == "target"


def test_an_annual_figure_or_a_stock_in_a_five_year_review_is_the_last_years():
    text = ("一、过去五年工作回顾\n旅游业总收入640.9亿元，旅游外汇收入4.13亿美元。已有7家村镇银行挂牌营业。"
            "制定实施了《湖北省法律援助办法》等71部地方性规章。\n")
    found = placed(text, date(2008, 1, 20))
    assert [(t, p) for t, *_, p in found] == [
        ("640.9亿元", "2007"), ("4.13亿美元", "2007"), ("7家", "2007"), ("71部", "2003-01/2007-12")]


def test_a_national_title_a_place_holds_is_not_the_country():
    # 江西 2026 and 天津 2025: 全国重点实验室 counts the province's labs, and two provinces conflicted under 全国
    found = placed("国家级大院大所实现零的突破，全国重点实验室达8家。", published=date(2026, 1, 20), region_code="360000")
    assert [(text, region) for text, region, *_ in found] == [("8家", "江西省")]
    found = placed("全国居民消费价格上涨0.2%。", published=date(2026, 1, 20), region_code="360000")
    assert [(text, region) for text, region, *_ in found] == [("0.2%", "全国")]


def test_a_counted_group_of_poor_counties_is_no_region():
    # 宁夏 2006: the income of the 8 poorest counties was filed as the region's
    found = extract_facts("山区8个国家扶贫开发重点县经济增长速度加快，农民人均纯收入达到1687元，增长13.4%。全区农民人均纯收入达到2509元。",
                          published=date(2006, 1, 19))
    assert [(f.text, f.indicator_code) for f in found if "元" in f.text] == [("1687元", None), ("2509元", "rural_net_income")]


def test_a_sub_region_named_as_an_object_or_an_example_is_not_what_the_sentence_measures():
    # 温州 2023, 衢州 2023, 达州 2023: the city's retail sales and investment had a zone's name and no code
    assert placed("获批进口贸易促进创新示范区。创成廊桥—氡泉国家级旅游度假区，定向精准发放消费券6.6亿元，"
                  "社会消费品零售总额增长3.6%。", date(2023, 1, 10), "330300")[-1][2] == "retail_sales"
    assert placed("狠抓稳外贸稳外资促消费，加快衢州综合保税区申建，开通泛亚铁路冷链运营平台，社会消费品零售总额逆势增长4.6%。",
                  date(2023, 1, 10), "330800")[-1][2] == "retail_sales"
    assert placed("推动高家坝大桥等83个项目开工建设，高新区新材料产业园等22个项目竣工投用，全社会固定资产投资增长10%。",
                  date(2023, 1, 10), "511700")[-1][2] == "fixed_asset_investment"
    # the zone as the subject of the clause or sentence before still is (兰州 2020, 宜宾 2021)
    assert placed("兰州新区新引进产业项目136个，高标准规划建设全产业链绿色化工园区，预计生产总值增长18.5%。",
                  date(2020, 1, 10), "620100")[-1][2] is None
    assert placed("全省首个省级新区——宜宾三江新区成功获批。新区发展总体规划正式印发，预计2020年地区生产总值增长20%以上。",
                  date(2021, 1, 10), "511500")[-1][2] is None


def test_a_target_phrased_as_a_goal_to_be_set_and_a_growth_on_the_natural_basis():
    # the State Council's 2013 report and 迪庆 2023
    found = extract_facts("广义货币M2预期增长目标拟定为13%左右。", published=date(2013, 3, 5))
    assert [(f.indicator_code, f.status) for f in found] == [("m2", "target")]
    found = extract_facts("完成地方一般公共预算收入16.27亿元，自然口径增长1%。", published=date(2023, 1, 10))
    assert [f.indicator_code for f in found] == ["general_budget_revenue"] * 2


def test_a_zone_that_only_opened_is_an_event_in_the_regions_list_not_its_subject():
    # 江西 2023: the province's trade growth carried the name of a zone that began operating in the clause before
    facts = placed("赣州国际陆港入选国家进口贸易促进创新示范区，鹰潭国际综合港经济区正式运行，外贸进出口额增长34.9%。",
                   date(2023, 1, 16), "360000")
    assert facts[-1][:3] == ("34.9%", "江西省", "foreign_trade")
    # 石家庄 2024: the same in the sentence before; 长沙 2024: the parks as the object of a policy
    assert placed("河北自贸区正定片区建设有序推进，石家庄国际邮件互换局正式投入运营。全年外贸进出口增长8.6%。",
                  date(2024, 1, 20), "130100")[-1][2] == "foreign_trade"
    assert placed("以“两清单、两增量”为主抓手，深入推进园区制造业提升行动，规模以上工业增加值增长6.5%左右。",
                  date(2024, 1, 20), "430100")[-1][2] == "industry_va_above_scale"
    # a zone whose clause says how it grew stays the subject of the figures after it (兰州 2010, 上海 2024)
    assert placed("园区建设步伐加快，高新区“一区多园”发展格局初步形成，实现生产总值120亿元，增长29.17%。",
                  date(2010, 1, 20), "620100")[-1][2] is None
    assert placed("临港新片区新一轮市级支持政策出台，洋山特殊综合保税区三期扩区获批，落地重大产业项目超过100个，"
                  "规模以上工业总产值、全社会固定资产投资总额分别增长22.5%和10.3%。", date(2024, 1, 20), "310000")[-1][2] is None
    # 儋州 2022: a zone after the year it is dated by still opens its clause
    assert [f[2] for f in placed("其中，2021年洋浦经济开发区主要经济指标成绩喜人，地区生产总值、固定资产投资分别增长30%、115.7%。",
                                 date(2022, 1, 20), "460400")] == [None, None]


def test_a_rate_given_as_the_years_average_and_at_its_end_answers_with_the_average():
    # the 2025 communiqué: unemployment in 2025 had two values; the year-end one is December's
    facts = placed("全年全国城镇调查失业率平均值为5.2%。年末全国城镇调查失业率为5.1%。", date(2026, 2, 28))
    assert [(f[0], f[4]) for f in facts] == [("5.2%", "2025"), ("5.1%", "2025-12")]
    # the 2020 communiqué gives the year-end rate alone: it is the year's
    facts = placed("年末全国城镇调查失业率为5.2%，城镇登记失业率为4.2%。", date(2021, 2, 28))
    assert [(f[0], f[4]) for f in facts] == [("5.2%", "2020"), ("4.2%", "2020")]


def test_figures_of_cities_reviews_that_had_no_place():
    # 六安 2020: two incomes after items with values of their own; 普洱 2023: revenue named before its basis;
    # 吉林 2021: a jobs target after 促进
    found = extract_facts("预计地区生产总值增长8%左右、其他营利性服务业增长68.9%、城镇及农村常住居民人均可支配收入分别增长9%和10%以上。",
                          published=date(2020, 1, 20))
    assert [f.indicator_code for f in found] == ["gdp", None, "urban_disposable_income", "rural_disposable_income"]
    # 固原 2016: the second 分别 list takes the subjects just before it, not the first list's
    found = extract_facts("完成地区生产总值增长8%、地方公共财政一般预算收入和支出分别增长8%和10%以上、城镇和农村居民人均可支配收入"
                          "分别增长9%和10%。", published=date(2016, 1, 20))
    assert [f.indicator_code for f in found][-2:] == ["urban_disposable_income", "rural_disposable_income"]
    found = extract_facts("社会消费品零售总额增长2.8%，地方一般公共预算收入扣除留抵退税因素后，同口径增长11.3%。",
                          published=date(2023, 1, 20))
    assert [(f.value, f.indicator_code) for f in found] == [(2.8, "retail_sales"), (11.3, "general_budget_revenue")]
    found = extract_facts("今年经济社会发展的主要预期目标是：促进城镇新增就业4万人。", published=date(2021, 1, 20))
    assert [(f.value, f.status, f.indicator_code) for f in found] == [(40000, "target", "urban_new_jobs")]


def test_a_year_said_to_be_one_in_a_five_year_review_dates_the_paragraphs_after_it():
    # 张家口 2021: the 2020 results under "一、“十三五”时期经济社会发展回顾" were filed as the five years'
    text = ("一、“十三五”时期经济社会发展回顾\n五年来，坚决贯彻精准扶贫的要求，建档立卡贫困人口全部脱贫。\n"
            "2020年是极不平凡的一年，全市43例确诊病例全部治愈。\n"
            "在全力做好疫情防控的同时，各方共同努力，全市生产总值增长3.6%，一般公共预算收入增长4.1%。\n"
            "二、“十四五”时期发展的总体思路和主要任务\n")
    found = extract_facts(text, published=date(2021, 1, 20), title="张家口市政府工作报告")
    assert [(f.text, f.period) for f in found if f.unit == "percent"] == [("3.6%", "2020"), ("4.1%", "2020")]


def _md(text, published, title=None):
    return extract_facts(markdown_to_text(text), published=published, title=title)


def test_a_bold_lead_on_its_paragraphs_line_is_its_heading():
    # 新疆 2004: the lead's words had become the subject of the GDP after it, and the plan heading
    # **扎扎实实做好2004年工作** had left the 2004 targets in the review
    text = ("**一、经济发展步伐加快，综合实力不断增强** 预计2003年全区国内生产总值1850亿元，比上年增长10.8%。\n\n"
            "**扎扎实实做好2004年工作** 今年是实施“十五”计划的关键一年。\n\n"
            "按照上述总体要求，2004年我区宏观调控的主要预期目标是：国内生产总值2015亿元，增长9%。"
            "全社会固定资产投资1200亿元，增长20%。社会消费品零售总额463亿元，增长10%。")
    found = [(f.text, f.indicator_code, f.status, f.period) for f in _md(text, date(2004, 1, 8)) if f.unit == "percent"]
    assert found == [("10.8%", "gdp", "estimate", "2003"), ("9%", "gdp", "target", "2004"),
                     ("20%", "fixed_asset_investment", "target", "2004"), ("10%", "retail_sales", "target", "2004")]
    # a table row keeps its cells on one line
    assert markdown_to_text("| <br>**全国总人口** | <br>**136782** | <br>**100.0** |").strip() == "全国总人口\t136782\t100.0"


def test_a_paragraph_that_opens_on_a_sub_region_goes_on_about_it():
    # 新疆 2004: 兵团's investment three sentences after the paragraph names it
    text = ("生产建设兵团紧紧围绕“发展壮大兵团，致富职工群众”的工作目标，保持了经济较快增长的良好势头。"
            "预计全年完成国内生产总值260亿元，比上年增长12.8%。农业综合生产能力进一步提高。完成固定资产投资118亿元，增长12.8%。\n")
    assert {f.indicator_code for f in extract_facts(text, published=date(2004, 1, 8), region_code="650000")} == {None}
    # 大连 2017: a paragraph on 金普新区's work, whose 经济总量 is the new area's, not 大连's
    text = ("二是抓金普新区开放型经济新体制综合试点试验。我们科学制定实施方案，新区开发开放步伐明显加快。"
            "新引进亿元以上重大项目50多个，经济总量达到2296亿元、增长7%。\n")
    assert {f.indicator_code for f in extract_facts(text, published=date(2017, 1, 20), region_code="210200")} == {None}
    # but a paragraph on the region's policy for its zones (筑牢产业园区…) is the region's
    text = "筑牢产业园区主阵地，推动园区提质增效。全年新增规模工业企业160家以上。\n"
    assert [f.indicator_code for f in extract_facts(text, published=date(2023, 1, 20), region_code="430600")] == [
        "industry_enterprises_above_scale_new"]
    # 红河 2014: a zone's news opening a paragraph is not what it goes on about
    text = "红河综合保税区正式获得国务院批准，成为了云南第一家综保区。双边经贸往来更加紧密。省外到位资金287亿元，增长91%。\n"
    assert [f.indicator_code for f in extract_facts(text, published=date(2014, 1, 20), region_code="532500")] == [
        "domestic_funds_attracted", "domestic_funds_attracted"]


def test_urban_and_rural_incomes_said_together():
    # 怀化 2016 (城、乡), 长沙 2005 (城市居民和农村居民), 上海 2012 (均 after the two levels), 绥化 2018, 浙江 2000
    # (实际收入分别…), 杭州 2012 (thousands grouped by a space)
    def codes(sentence, published=date(2016, 1, 20)):
        return [(f.value, f.indicator_code, f.shared_with) for f in extract_facts(sentence, published=published)
                if f.unit == "percent"]
    assert codes("城、乡居民人均可支配收入分别达到20940 元、7130元，增长9% 和10%。") == [
        (9, "urban_disposable_income", ()), (10, "rural_disposable_income", ())]
    assert codes("城市居民和农村居民人均可支配收入分别增长9%和7%。") == [
        (9, "urban_disposable_income", ()), (7, "rural_disposable_income", ())]
    assert codes("城市和农村居民家庭人均可支配收入分别达到3.62万元和1.56万元，均比上年增长13.8%。") == [
        (13.8, "urban_disposable_income", ("rural_disposable_income",))]
    assert codes("农村居民人均可支配收入12735元，城镇居民人均可支配收入23384元，均增长6%。") == [
        (6, "rural_disposable_income", ("urban_disposable_income",))]
    assert codes("城镇居民人均可支配收入和农村居民人均纯收入分别达到8428元和3948元，实际收入分别比上年增长8.0%和5.6%。") == [
        (8, "urban_disposable_income", ()), (5.6, "rural_net_income", ())]
    found = extract_facts("市区城镇居民人均可支配收入34 065元，农村居民人均纯收入15 245元，分别增长13.4%和15.6%。",
                          published=date(2012, 1, 20))
    assert [(f.value, f.indicator_code) for f in found][:2] == [(34065, "urban_disposable_income"),
                                                                (15245, "rural_net_income")]


def test_a_growth_over_the_end_of_an_old_plan_spans_the_plan_after_it():
    # 江苏 2006: 比“九五”期末增长81%和43.3% is growth over 2001-2005, not 2005's
    found = extract_facts("去年城镇居民人均可支配收入12319元，农民人均纯收入5150元，分别比上年增长17.5%和8%以上，"
                          "比“九五”期末增长81%和43.3%。", published=date(2006, 1, 20))
    assert [(f.value, f.period) for f in found if f.unit == "percent"] == [
        (17.5, "2005"), (8, "2005"), (81, "2001-01/2005-12"), (43.3, "2001-01/2005-12")]


def test_a_group_of_the_regions_counties_named_by_a_chinese_numeral_is_not_the_region():
    # 沈阳 2005: the four counties' figures had answered "沈阳's investment growth in 2004" beside the city's 66.7
    found = placed("四县（市）去年完成生产总值251亿元，同比增长16.6％；完成固定资产投资76.8亿元，增长95.9％；"
                   "农民人均纯收入达到3832元，增长22.7％。全市完成固定资产投资971.4亿元，增长66.7％。",
                   date(2005, 1, 20), region_code="210100")
    assert [(t, code) for t, _, code, *_ in found] == [
        ("251亿元", None), ("16.6％", None), ("76.8亿元", None), ("95.9％", None), ("3832元", None), ("22.7％", None),
        ("971.4亿元", "fixed_asset_investment"), ("66.7％", "fixed_asset_investment")]
    # 茂名 2014: compared with the whole city, then 其中 lists the counties' own growths
    found = placed("6个县（市、区）主要经济指标增速高于全市平均水平，其中规模以上工业增加值增长28.1%，固定资产投资增长62.2%。",
                   date(2014, 1, 20), region_code="440900")
    assert [(t, code) for t, _, code, *_ in found if t.endswith("%")] == [("28.1%", None), ("62.2%", None)]
    # 新疆 2003: the 兵团's role in the region (在我区的…作用) does not turn the sentence back to the region
    found = placed("生产建设兵团是自治区的重要组成部分，要充分发挥在我区的重要作用，加快发展速度，实现国内生产总值增长12%以上。",
                   date(2003, 1, 20), region_code=XINJIANG)
    assert [code for _, _, code, *_ in found] == [None]
    # 安徽 2008: the counties compared with the province, then the province's own rate
    found = placed("县域生产总值增幅连续三年超过全省平均水平，城镇化率由30.7%提高到38.7%。", date(2008, 1, 20),
                   region_code="340000")
    assert [code for _, _, code, *_ in found] == ["urbanisation_rate", "urbanisation_rate"]


def test_the_size_of_a_ranking_is_no_count_and_no_subject():
    # 楚雄 2023: 30个 counts the ranked prefectures; the growth after the ranking is still the GDP's
    found = placed("地区生产总值达到1763.42亿元、上升至全国30个民族自治州第6位和全省第5位，增长6.7%。", date(2023, 1, 10))
    assert [(t, code) for t, _, code, *_ in found] == [("1763.42亿元", "gdp"), ("6.7%", "gdp")]
    found = placed("世界技能大赛全国选拔赛11个项目获第1名。", date(2019, 1, 20))
    assert [t for t, *_ in found] == ["11个"]  # a count of events won, not a ranking's size


def test_a_citys_zones_taken_together_are_not_the_city():
    # 郑州 2012: the zones' investment growth (62%) had answered beside the city's 24.3%
    found = placed("全市产业集聚区营业收入完成 5150亿元，增长40%；固定资产投资完成1033.5亿元，增长62%。", date(2012, 1, 20),
                   region_code="410100")
    assert [code for _, _, code, *_ in found] == [None, None, None, None]
    # (a policy for a kind of zone is no zone: 青海 2012)
    found = placed("支持建设文化产业集聚区，创新文化业态，文化产业增加值增长18%以上。", date(2012, 1, 20), region_code="630000")
    assert [code for _, _, code, *_ in found] == ["culture_va"]


def test_the_counties_named_after_a_time_word_are_the_subject_of_the_sentence():
    # 黑龙江 2010 (precision sample 28): the counties' revenue target was filed as the province's
    found = placed("今年县域规模以上工业增加值增长20%以上，财政总收入增长15%以上。", date(2010, 1, 20), "230000")
    assert [code for _, _, code, *_ in found] == [None, None]


def test_the_zones_economy_opening_a_sentence_is_theirs():
    # 丹东 2025 (precision sample 28): the zones' trade was filed as the city's
    found = placed("园区经济快速增长，规上工业企业达到364户、增长13%，实现总产值502亿元、进出口总额140亿元，均增长10%。",
                   date(2025, 1, 8), "210600")
    assert [code for _, _, code, *_ in found] == [None] * 5
    # a bare 园区 of policy is no subject
    assert placed("推进园区提质增效，全年进出口总额增长10%。", date(2025, 1, 8), "210600")[0][2] == "foreign_trade"


def test_a_counted_group_of_zones_is_no_region_whatever_their_kind():
    # 清远 2015 (precision sample 29): the four provincial parks' planned taxes were the city's
    found = placed("计划四个省级产业园区引进项目86个，完成固定资产投资73亿元，实现规上工业增加值85亿元，税收11亿元。",
                   date(2015, 1, 20), "441800")
    assert [code for _, _, code, *_ in found] == [None] * 4


def test_the_figures_within_the_cluster_zones_are_theirs():
    # 开封 2016 (found comparing this stop's answers with main's): the zones' 12.9% answered for the city's industry
    found = placed("集聚区内494家规模以上工业企业完成增加值350亿元，增长12.9%。", date(2016, 1, 20), "410200")
    assert [code for _, _, code, *_ in found] == [None, None, None]


def test_a_zone_named_as_a_task_or_a_means_is_not_the_place_of_later_figures():
    # 红河 2021, 池州 2014, 朝阳 2018 (truth tables cities_more_10 to cities_more_13)
    text = ("推动建水工业园区申报省级高新技术产业园区，加快浙江大学红河创新技术研究院建设，实施高新技术企业“三倍增”行动计划，"
            "继续实施专精特新培育工程，力争新增规上工业企业40户，确保全年规上工业增加值增长11%以上。")
    assert extract_facts(text, published=date(2021, 1, 20), region_code="532500")[-1].indicator_code == \
        "industry_va_above_scale"
    text = "以示范区建设为契机，加快工业发展，全年完成工业投资240亿元、增长27%；规模以上工业增加值140亿元、增长15.5%。"
    found = extract_facts(text, published=date(2014, 1, 20), region_code="341700")
    assert [f.indicator_code for f in found] == [
        "industrial_investment", "industrial_investment", "industry_va_above_scale", "industry_va_above_scale"]
    text = "每个经济开发区都要打造1—2个销售收入超过百亿元的产业集群。规模以上工业增加值增长7%。"
    found = extract_facts(text, published=date(2018, 1, 20), region_code="211300")
    assert found[-1].indicator_code == "industry_va_above_scale"


def test_the_years_turn_in_the_review_dates_what_follows_by_that_year():
    # 苏州 2021 (truth table cities_more_11): 在刚刚过去的一年里 was no turn, its section kept the five years
    text = ("一、“十三五”时期和2020年工作回顾\n五年来，地区生产总值年均增长6.1%。\n"
            "各位代表，在刚刚过去的一年里，面对突如其来的新冠肺炎疫情冲击，全市上下团结一心。\n"
            "6．人民生活增添新福祉。新增停车泊位14万个。居民消费价格涨幅为2.2%。\n")
    found = extract_facts(text, published=date(2021, 1, 20), region_code="320500")
    assert [(f.text, f.period) for f in found][1:] == [("14万个", "2020"), ("2.2%", "2020")]


def test_the_closing_year_of_a_plan_after_its_five_years_is_that_year():
    # 本溪 2021 and 江门 2021 (truth tables cities_more_10 and cities_more_13)
    text = ("一、“十三五”时期及2020年工作回顾\n这五年，我们聚精会神抓发展。\n"
            "2020年是“十三五”收官之年，本溪发展遇到历史上前所未有的特殊困难挑战。\n预计，全市地区生产总值同比增长1.1%。\n")
    assert extract_facts(text, published=date(2021, 1, 13), region_code="210500")[0].period == "2020"
    text = ("各位代表，2020年是“十三五”规划收官之年，我们走过一段极不平凡的历程。积极完成市十五届人大六次会议确定的目标任务。"
            "地区生产总值增长2.2%，规模以上工业增加值增长2.3%。\n")
    found = extract_facts(text, published=date(2021, 1, 20), region_code="440700")
    assert [f.period for f in found] == ["2020", "2020"]


def test_a_target_met_and_a_whole_without_its_zone_keep_the_review_and_the_city():
    # 淮南 2020 and 昆明 2015 (truth tables cities_more_14 to cities_more_17): 完成…确保目标 made the year's review
    # targets; 不含滇中产业新区为… put the new area's name on the city's figures after it
    text = ("一、2019年工作回顾\n——经济运行稳中有进。预计，地区生产总值1290亿元，增长5%以上，提前一年完成“十三五”规划确定的经济总量"
            "确保目标；社会消费品零售总额670亿元，增长10%。\n")
    found = extract_facts(text, published=date(2020, 1, 6), region_code="340400")
    assert {(f.status, f.period) for f in found} == {("estimate", "2019")}
    text = ("预计全市地区生产总值3710亿元、增长8%，不含滇中产业新区为3280亿元、增长8.2%；地方公共财政预算收入444亿元，增长8.4%；"
            "居民消费价格上涨3.1%。")
    found = extract_facts(text, published=date(2015, 1, 19), region_code="530100")
    assert [(f.text, f.indicator_code) for f in found][-3:] == [("444亿元", "general_budget_revenue"),
                                                               ("8.4%", "general_budget_revenue"), ("3.1%", "cpi")]
    # 深圳 2026: how a figure turned, said before a 、, is no part of its name
    found = extract_facts("今年主要预期目标是：全市地区生产总值增长5%，固定资产投资止跌回稳、力争增长5%。", published=date(2026, 2, 9))
    assert [f.indicator_code for f in found] == ["gdp", "fixed_asset_investment"]


def test_a_year_turned_positive_and_a_zone_accepted_name_no_subject_of_the_years_growth():
    # 铜陵 2021, 阜阳 2021, 赣州 2024 (truth tables cities_more_18 to cities_more_20)
    found = extract_facts("全市生产总值一季度下降7.2%，二季度迅速恢复到正增长，预计全年增长3.5%左右。", published=date(2021, 1, 20),
                          region_code="340700")
    assert [(f.period, f.indicator_code) for f in found] == [("2020-01/2020-03", "gdp"), ("2020", "gdp")]
    found = extract_facts("全市生产总值二季度恢复到正增长，全年增长3.8%。", published=date(2021, 1, 20), region_code="341200")
    assert found[0].indicator_code == "gdp"
    text = "稳外贸提质增效，赣州综合保税区规划调整通过国家验收。全年GDP增长5.3%，一般公共预算收入增长4.4%。"
    found = extract_facts(text, published=date(2024, 1, 20), region_code="360700")
    assert [f.indicator_code for f in found] == ["gdp", "general_budget_revenue"]
