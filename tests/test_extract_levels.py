"""Amounts reached, as an analyst asks for them: GDP, revenue, trade, jobs and grain levels of a region's year.

Each example is a real report sentence behind a miss of the blind truth tables of levels (levels_blind_1 to
levels_blind_4: 1,033 rows of 160 reports, 968 right on their first run).
"""
from datetime import date

from zhibiao.extract import extract_facts
from zhibiao.indicators import indicator_code


def facts(text, published=date(2016, 1, 20), region_code=None, title=None):
    return extract_facts(text, published=published, region_code=region_code, title=title)


def test_a_rise_by_an_amount_is_a_change_also_when_spaces_set_the_number_apart():
    # 楚雄 2016 writes its numbers between spaces; 天津 2007 gives the rises of two incomes after both levels
    assert [(f.value, f.measure) for f in facts("落实强农惠农政策，农村常住居民人均可支配收入增加 795 元。")] == [(795, "change")]
    found = facts("城市居民人均可支配收入14283元，农村居民人均纯收入7942元，分别增加 1644元和740元。", date(2007, 1, 20))
    assert [(f.value, f.measure, f.indicator_code) for f in found] == [
        (14283, "level", "urban_disposable_income"), (7942, "level", "rural_net_income"),
        (1644, "change", "urban_disposable_income"), (740, "change", "rural_net_income")]


def test_the_level_a_count_came_down_to_is_a_level():
    found = facts("贫困人口从49.7万人下降到25.8万人。审批事项由1309项减少到277项，减少79%。")
    assert [(f.text, f.value, f.measure) for f in found][1::2] == [("25.8万人", 258000, "level"), ("277项", 277, "level")]
    assert [(f.value, f.measure) for f in facts("减少贫困人口5万人。")] == [(-50000, "change")]


def test_points_short_of_targets_listed_with_one_unit_are_all_points():
    # 新余 2016: 3个、3.7个和3个百分点 — the 3.7个 had become a count of exports
    found = facts("规模以上工业增加值、出口总额、社会消费品零售总额等指标增幅未能实现预期目标，分别与目标增速相差3个、3.7个和3个百分点。")
    assert [(f.unit, f.measure) for f in found] == [("percentage_point", "change")] * 3


def test_a_list_that_names_trade_and_then_exports_gives_each_its_own():
    found = facts("预计全市进出口总额、出口总额分别达11000亿元和6500亿元，稳居全国大中城市第5位和第4位。", date(2017, 1, 12))
    assert [(f.value, f.indicator_code) for f in found][:2] == [(1.1e12, "foreign_trade"), (6.5e11, "exports")]
    # (城乡 shared by one name is still a pair: 和谐 is no list word)
    found = facts("城乡和谐社区达标率分别达96%和95%。")
    assert [f.indicator for f in found] == ["城镇和谐社区达标率", "农村和谐社区达标率"]


def test_grain_output_said_with_its_area_or_the_weather_it_assumes():
    text = ("今年主要预期目标是：正常年景下粮食产量达到900亿斤以上；粮食产量巩固在122.5万吨以上；完成粮播面积190.6万亩、产量82.1万吨；"
            "确保粮食种植面积和产量分别达到172万亩以上和14亿斤以上；粮食生产稳定在80万吨以上。")
    found = facts(text, date(2026, 1, 20))
    assert [(f.text, f.indicator_code) for f in found] == [
        ("900亿斤以上", "grain_output"), ("122.5万吨以上", "grain_output"), ("190.6万亩", "grain_area"),
        ("82.1万吨", "grain_output"), ("172万亩以上", "grain_area"), ("14亿斤以上", "grain_output"),
        ("80万吨以上", "grain_output")]
    # 宁夏 2016: the area of grain grown is no output of it
    found = facts("建设优质粮生产基地，粮食生产稳定在1200万亩、370万吨。")
    assert [f.indicator_code for f in found] == [None, "grain_output"]


def test_a_plans_heading_glued_to_the_paragraph_before_still_opens_the_plans():
    # 沈阳 2005 has no date; its 二、2005年政府工作安排 follows a sentence on the same line
    text = ("一、2004年政府工作回顾\n\n全市地区生产总值实现1900.7亿元，同比增长15.5％。我们要高度重视这些问题，切实加以解决。"
            "二、2005年政府工作安排\n\n（四）加大对外开放力度\n\n利用外商直接投资要力争达到32亿美元，外贸出口力争达到30亿美元。\n\n"
            "全市粮食播种面积稳定在550万亩，粮食产量稳定在280万吨。\n")
    found = facts(text, None, "210100", "沈阳市2005年政府工作报告")
    assert [(f.text, f.status, f.period) for f in found][-3:] == [
        ("30亿美元", "target", "2005"), ("550万亩", "target", "2005"), ("280万吨", "target", "2005")]
    assert (found[0].status, found[0].period) == ("actual", "2004")


def test_the_closing_year_of_a_plan_is_reviewed_apart_from_the_five_years_after_it():
    # 吉林 2026: 2025年是“十四五”收官之年 opens the year's review; the five years have a paragraph of their own after it
    text = ("政府工作报告（2026年1月27日在吉林省第十四届人民代表大会第五次会议上）\n\n**一、工作回顾**\n\n"
            "2025年是“十四五”收官之年，习近平总书记再次踏上吉林大地。我们牢记嘱托，地区生产总值增长5%。\n\n主要做了以下工作。\n\n"
            "六是倾力保障和改善民生。城镇新增就业22.89万人，农村劳动力转移就业294.21万人。\n\n"
            "“十四五”时期是吉林高质量发展攻坚克难、砥砺奋进的五年。城镇新增就业124.27万人。\n\n**二、2026年工作安排**\n")
    found = facts(text, date(2026, 1, 27), "220000")
    assert [(f.text, f.period) for f in found] == [
        ("5%", "2025"), ("22.89万人", "2025"), ("294.21万人", "2025"), ("124.27万人", "2021-01/2025-12")]


def test_a_zone_whose_event_closed_a_sentence_or_a_clause_before_is_not_what_the_figures_after_are_about():
    # 沧州 2024, 马鞍山 2016, 日喀则 2020, 文山 2022
    text = "新改扩建学校25所，东部教育园区加快建设。出台稳就业20条措施，城镇新增就业7.85万人。"
    assert facts(text, date(2024, 1, 20), "130900")[-1].indicator_code == "urban_new_jobs"
    text = ("综合保税区申建扎实推进，马鞍山口岸郑蒲港对外扩大开放获得国务院批准，进口粮食指定口岸获准筹建。"
            "实现外贸进出口29亿美元，完成外经营业额3.8亿美元。")
    assert facts(text, region_code="340500")[0].indicator_code == "foreign_trade"
    text = ("吉隆边境经济合作区建设有序推进，完成投资2.8亿元，里孜口岸开放获国家批准，陈塘、日屋口岸开放积极推进，"
            "实现外贸进出口总额43.4亿元，增长10%。")
    assert [f.indicator_code for f in facts(text, date(2020, 1, 20), "540200")][-2:] == ["foreign_trade"] * 2
    text = ("推动现代农业示范区建设取得新进展。坚决遏制耕地“非农化”，完成14.5万亩高标准农田建设，实现粮食总产量173万吨，"
            "抓好粮食储备管理。")
    assert facts(text, date(2022, 1, 20), "532600")[-1].indicator_code == "grain_output"
    # (a zone that goes on in the clauses after it keeps its figures: 兰州新区新引进产业项目136个，…，预计生产总值增长18.5%)
    text = "兰州新区新引进产业项目136个，到位资金175亿元，预计生产总值增长18.5%。"
    assert facts(text, region_code="620100")[-1].indicator_code is None


def test_the_city_proper_and_the_trade_a_project_brought_are_parts_of_the_city():
    text = "——市本级经济社会快速发展。公共财政预算收入8.5亿元，是2010年的2.1倍。规模以上工业增加值6.9亿元。"
    assert [f.indicator_code for f in facts(text, region_code="231200")][::2] == [None, None]
    found = facts("中欧班列（西安）开行6037列、增长21.1％，带动陕西进出口415.4亿元、增长11.7％。", date(2026, 1, 20), "610000")
    assert found[2].indicator_code is None
    # the whole that the projects helped to its level, and the year's new jobs, are the whole's
    found = facts("246宗重点项目完成投资1411亿元，带动全市固定资产投资完成3407.5亿元、增长5.3%。", date(2024, 1, 20), "441300")
    assert [f.indicator_code for f in found if f.text == "3407.5亿元"] == ["fixed_asset_investment"]
    found = facts("实施“10+N”就业服务活动，带动新增就业6000人，城镇登记失业率2.87%。", date(2023, 1, 20), "620200")
    assert found[0].indicator_code == "urban_new_jobs"


def test_the_countrys_figures_in_a_prefectures_report_are_the_countrys():
    # 昌吉 2021 reviews the nation's 十三五 before its own
    text = "我国经济实力、科技实力、综合国力跃上新的台阶，国内生产总值突破一百万亿元，人均国内生产总值超过一万美元。"
    assert {(f.region, f.indicator_code) for f in facts(text, date(2021, 1, 20), "652300")} == {
        ("全国", "gdp"), ("全国", "gdp_per_capita")}
    # a first of the country's is the region's count (大连 2020)
    found = facts("强力推进装备制造业向中高端迈进，我国首套年产35万吨聚丙烯挤压造粒机组下线。", date(2020, 1, 20), "210200")
    assert found[0].region == "大连市"


def test_a_figure_restated_in_dollars_is_not_asked_again():
    found = facts("人均生产总值8.06万元（折合1.18万美元），增长11%。", date(2010, 1, 20), "440600")
    assert [(f.value, f.indicator_code) for f in found][:2] == [(80600, "gdp_per_capita"), (11800, None)]


def test_a_bare_value_added_and_incomes_compared_with_growth_find_their_names():
    # 宿迁 2014: the firms counted; 河池 2015: the zones', not industry's; 兰州 2018: how the incomes' growth compared
    found = facts("规模以上工业企业净增525户、累计达2547户，完成增加值730亿元、增长18.3%。", date(2014, 1, 20))
    assert [f.indicator_code for f in found][-2:] == ["industry_va_above_scale"] * 2
    found = facts("全市11个工业园区（集中区）完成总产值215亿元，增长10.7%，完成增加值57亿元，增长10%。", date(2015, 1, 20))
    assert found[2].indicator_code is None
    found = facts("城乡居民人均可支配收入增速快于经济增长，预计分别达到32478元和11274元。", date(2018, 1, 20))
    assert [f.indicator_code for f in found] == ["urban_disposable_income", "rural_disposable_income"]
    found = facts("对外贸易稳步增长，广州地区完成进出口总值820亿美元，增长11.5%。", date(2009, 1, 20), "440100")
    assert [f.indicator_code for f in found] == ["foreign_trade"] * 2


def test_old_names_of_industry_above_size_retail_sales_and_a_basis_said_after_the_name():
    assert indicator_code("2000万元以上工业增加值") == "industry_va_above_scale"  # 黔东南 2014
    assert indicator_code("2000万元以上规模工业增加值") == "industry_va_above_scale"
    assert indicator_code("商品零售总额") == "retail_sales"  # 海口 2006
    assert indicator_code("人均生产总值按当年价格计算") == "gdp_per_capita"  # 甘肃 2013


def test_codes_of_precision_sample_34_read_as_a_reader_does():
    # a count of two kinds; three meats summed; each park's minimum; the total of market entities after the new ones
    found = facts("145件人大代表议案、建议和306件政协提案全部办复。")
    assert [f.indicator_code for f in found] == ["npc_motions_suggestions", "cppcc_proposals"]
    assert facts("猪、牛、羊肉总产量1260.9万吨。")[0].indicator_code is None
    assert facts("每个载体至少引进5亿元以上工业项目5个、10亿元以上项目2个。")[-1].indicator_code is None
    found = facts("新登记市场主体18.5万户，总数达82.1万户。")
    assert [f.indicator_code for f in found] == ["market_entities_new", "market_entities"]
    assert indicator_code("建议、提案") is None  # (建议 is no verb before a name when a list goes on after it)
    # (a numbering is no item of a list: 一、市镇两级财政投入8000万元)
    assert facts("二、全市新增公交线路47条，增加运力300辆。")[0].indicator_code == "bus_routes_new"


def test_the_years_of_a_five_year_review_and_of_the_five_years_ahead():
    # tables levels_blind_5 to _8: 大连 2006, 北京 2018, 青岛 2003, 湖北 2021, 池州 2021
    text = ("五年间，全市累计实现地区生产总值8526亿元，年均增长14.3％。完成地方财政一般预算收入573亿元，"
            "全社会固定资产投资3000多亿元。")
    assert {f.period for f in facts(text, date(2006, 1, 20))} == {"2001-01/2005-12"}
    found = facts("初步统计，地区生产总值年均增长7.1%、2017年达到2.8万亿元，一般公共预算收入年均增长10.4%、达到5430.8亿元。",
                  date(2018, 1, 20))
    assert [(f.text, f.period, f.indicator_code) for f in found][1::2] == [
        ("2.8万亿元", "2017", "gdp"), ("5430.8亿元", "2017", "general_budget_revenue")]
    assert facts("地区生产总值2017年达到2.8万亿元。", date(2018, 1, 20))[0].indicator_code == "gdp"
    found = facts("国内生产总值由1997年的797.7亿元增加到去年的1518.2亿元。", date(2003, 1, 20))
    assert [(f.period, f.indicator_code) for f in found] == [("1997", "gdp"), ("2002", "gdp")]
    found = facts("城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元。", date(2026, 1, 20))
    assert [(f.period, f.indicator_code) for f in found][2:] == [
        ("2025", "urban_disposable_income"), ("2025", "rural_disposable_income")]
    found = facts("这是改革开放大突破的五年。机构改革全面完成。这是民生福祉大提高的五年。累计新增城镇就业441.8万人。",
                  date(2021, 1, 25))
    assert (found[-1].period, found[-1].indicator_code) == ("2016-01/2020-12", "urban_new_jobs")
    text = ("全面开启新征程\n\n《纲要草案》明确了今后五年“增速居前列、人均争上游”的奋斗目标，重点抓好六项战略任务：\n\n"
            "（六）突出增进民生福祉，加快提升社会建设水平。强化就业优先政策，城镇新增就业7万人以上，城乡居民收入较快增长。\n\n"
            "奋力实现“十四五”良好开局\n")
    found = facts(text, date(2021, 1, 17), "341700")
    assert [(f.status, f.period) for f in found] == [("target", "2021-01/2025-12")]


def test_grain_output_named_by_the_clause_or_the_area_before_it():
    text = ("完成农作物播种面积407.4万亩，粮食生产再获丰收，总产达128万吨。大灾之年粮食总产达到63.3万吨。粮豆总产量完成342.7万吨。"
            "粮食播种254.3万亩，产粮121万吨。全力保障粮食安全，种植粮食918万亩、产量235万吨。"
            "粮食作物播种面积2700万亩以上，产量要实现220亿斤以上。")
    assert [(f.text, f.indicator_code) for f in facts(text, date(2021, 1, 20)) if f.unit == "kg"] == [
        ("128万吨", "grain_output"), ("63.3万吨", "grain_output"), ("342.7万吨", "grain_output"),
        ("121万吨", "grain_output"), ("235万吨", "grain_output"), ("220亿斤以上", "grain_output")]


def test_people_who_did_something_zones_counted_or_aimed_at_and_tasks_after_a_zone():
    found = facts("农村居民人均纯收入9323元；新增城镇就业3.64万人；6.5万人实现脱贫。", date(2014, 1, 20))
    assert found[-1].indicator_code != "urban_new_jobs"  # 眉山 2014
    text = "新建创业孵化示范园区（基地）2家，发放创业担保贷款2亿元以上，新增城镇就业8500人。"  # 固原 2022
    assert facts(text, date(2022, 1, 20), "640400")[-1].indicator_code == "urban_new_jobs"
    text = "加快出口加工区建设，争取获批设立综合保税区，全年实现进出口总额180亿美元。"  # 合肥 2013
    assert facts(text, date(2013, 1, 20), "340100")[0].indicator_code == "foreign_trade"
    text = ("医药高新区地区生产总值增长30%以上，开工、投产超亿元项目40项以上。加强出口基地建设，扩大对外贸易，"
            "实现外贸进出口总额6.2亿美元。")  # 通化 2014
    found = facts(text, date(2014, 1, 20), "220500")
    assert (found[0].indicator_code, found[-1].indicator_code) == (None, "foreign_trade")
    # (a sentence that names the zone again stays the zone's: 来宾 2023)
    text = "大力推动工业园区提质升级。抓好市工业园区经济运行，规上工业总产值、规上工业增加值分别增长13%、8%以上。"
    assert [f.indicator_code for f in facts(text, date(2023, 1, 20), "451300")] == [None, None]


def test_dollars_beside_yuan_and_more_names_of_trade_and_jobs():
    found = facts("人均地区生产总值达91400元（约14600美元）。", date(2013, 1, 20))  # 长沙 2013
    assert [f.indicator_code for f in found] == ["gdp_per_capita", None]
    assert indicator_code("市外贸出口总值") == "exports"  # 广州 1997
    assert indicator_code("城镇就业新增") == "urban_new_jobs"  # 甘肃 2007


def test_codes_of_precision_sample_35_and_the_jobs_cities_publish_as_new_posts():
    # 普及率 holds 及, no list word: each rate its own name (新疆 2015)
    found = facts("城市燃气普及率、生活垃圾无害化处理率、绿化覆盖率分别达90.5%、84.2%和33.8%。")
    assert [f.indicator_code for f in found] == ["gas_penetration", "garbage_treatment_rate", "green_coverage_built_up"]
    # 上海 2024 reviews 新增就业岗位60.6万个 and plans 城镇新增就业55万人以上: one statistic under two names
    found = facts("新增就业岗位60.6万个。今年城镇新增就业55万人以上。", date(2024, 1, 23), "310000")
    assert [f.indicator_code for f in found] == ["urban_new_jobs", "urban_new_jobs"]
    assert indicator_code("提供就业岗位") == "jobs_offered"


def test_the_third_four_tables_a_plan_met_posts_added_and_a_zone_only_combined_with():
    # 江西 2022: a percentage of the year's plan is a ratio, not a level of jobs
    found = facts("城镇新增就业48万人，新增农村转移劳动力60.4万人，分别完成年计划126.4%、116.1%。", date(2022, 1, 20))
    assert [f.measure for f in found] == ["level", "level", "ratio", "ratio"]
    # 上海 2017: the posts the year adds; 青岛 2021: the year's trade
    assert facts("今年新增50万个就业岗位。", date(2017, 1, 20))[0].indicator_code == "urban_new_jobs"
    assert indicator_code("年度进出口总额") == "foreign_trade" and indicator_code("年度固投") is None
    # 云浮 2022: zones only combined with in the sentence before are not the subject of the jobs target
    text = "结合园区经济、镇域经济发展需求，加强就业岗位开发。今年计划新增城镇就业1.8万人，城镇登记失业率控制在3.5%以内。"
    assert facts(text, date(2022, 1, 20), "445300")[0].indicator_code == "urban_new_jobs"
