"""Status (actual / target / estimate) and period, resolved against the document's date."""
from datetime import date

from zhibiao.extract import extract_facts
from zhibiao.extract.dating import infer_date, reference

from .test_extract_support import facts, one, summary

PLACED = ("text", "status", "period")  # where a fact stands: its status and period

DEC_2023 = date(2023, 12, 14)   # a year-end plenum report: reviews 2023, plans 2024
JAN_2025 = date(2025, 1, 4)     # a government work report: reviews 2024, plans 2025


def test_review_and_plan_years():
    assert (reference("", DEC_2023).review_year, reference("", DEC_2023).plan_year) == (2023, 2024)
    assert (reference("", JAN_2025).review_year, reference("", JAN_2025).plan_year) == (2024, 2025)


def test_estimate_governs_the_rest_of_the_sentence():
    found = extract_facts("预计全市地区生产总值增长2%，固定资产投资增长7%，社会消费品零售总额增长2.8%。",
                          published=JAN_2025)
    assert [(f.status, f.period) for f in found] == [("estimate", "2024")] * 3
    one("粮食产量再创新高、有望突破160亿斤。", DEC_2023, status="estimate", period="2023", value=8e9, unit="kg",
        indicator="粮食产量")


def test_target_words():
    one("力争明年高标准农田总量达到761万亩。", date(2024, 10, 30), status="target", period="2025")
    one("确保粮食产量稳定在160亿斤以上。", DEC_2023, status="target", period="2024", qualifier="at_least")
    one("科技型中小企业要分别达到70户。", DEC_2023, status="target")


def test_review_words_are_not_targets():
    one("大力实施科技企业倍增计划,新认定高新技术企业20户。", DEC_2023, status="actual", period="2023")
    one("率先完成减排目标,136个排污口全部完成规范化建设。", DEC_2023, status="actual")


def test_section_headings_set_status_and_year():
    text = ("2023成就和经验\n新认定高新技术企业20户。\n"
            "2024目标和举措\n培育“智改数转”示范项目10个。\n")
    found = extract_facts(text, published=DEC_2023)
    assert [(f.text, f.status, f.period) for f in found] == [("20户", "actual", "2023"), ("10个", "target", "2024")]
    report = ("**一、2024年工作回顾**\n城镇新增就业1.2万人。\n"
              "**二、2025年工作总体要求**\n主要预期目标是:地区生产总值增长5%左右。\n")
    found = extract_facts(report, published=JAN_2025)
    assert [(f.status, f.period) for f in found] == [("actual", "2024"), ("target", "2025")]


def test_a_plan_document_defaults_to_target():
    text = ("会议指出,全市上下要全面贯彻。力争明年高标准农田总量达到761万亩。\n"
            "坚持“四化”举措,肉牛养殖规模达到150万头。\n")
    found = extract_facts(text, published=date(2024, 10, 30))
    assert [(f.status, f.period) for f in found] == [("target", "2025"), ("target", "2025")]


def test_periods_from_time_expressions():
    one("2024年上半年,吉林市龙潭区GDP增长速度达到新高,实现8.5%。", None, period="2024-01/2024-06",
        measure="growth", indicator="吉林市龙潭区GDP")
    one("1—11月,查干湖景区累计接待游客460万人次,", DEC_2023, period="2023-01/2023-11")
    one("1-11月份,新一代信息技术产业增加值增长37.4%", date(2024, 1, 10), period="2023-01/2023-11")
    one("截至11月,14个国考断面全部达到优良水质。", date(2024, 1, 10), period="2023")
    one("去年,岳阳市实现GDP4402.98亿元。", date(2022, 2, 11), period="2021")
    one("到2024年底,全市生猪饲养量增速达到5%。", DEC_2023, period="2024", status="target")


def test_comparison_years_are_not_periods():
    one("村均集体收入较2020年翻一番。", DEC_2023, period="2023")
    one("接待游客数量、旅游收入达到2019年的2倍。", DEC_2023, period="2023")


def test_stocks_and_capacities_have_no_period():
    one("总投资339亿元的吉化转型升级重大项目强势推进。", date(2024, 12, 31), period=None)
    one("吉林吉恩镍业股份有限公司年产6万吨硫酸镍项目主体顺利完工。", date(2024, 12, 31), period=None)
    one("兴泽食品100万只蛋鸡养殖基地等项目加快推进。", date(2024, 12, 31), period=None, indicator="兴泽食品蛋鸡养殖基地")
    one("三年内每年保持300万千瓦风光资源滚动开发规模。", date(2024, 10, 30), period=None)
    found = extract_facts("2023年,全市“放心午餐”工程由原来的29所小学增至36所。", published=date(2024, 1, 10))
    assert [(f.text, f.period) for f in found] == [("29所", None), ("36所", "2023")]


def test_a_paragraph_opening_year_overrides_cumulative():
    text = "2024年,磐石市还大力推进净美村庄建设。健全收运处置体系,累计收集转运农村生活垃圾3.07万吨。"
    one(text, None, period="2024", value=30700000, unit="kg")


def test_a_month_range_carries_through_a_run_of_growth_rates():
    text = "1-11月份,高端装备制造业增长29.9%。废弃资源综合利用业增长13.2%,上拉全市工业增速0.3个百分点。"
    found = extract_facts(text, published=date(2024, 1, 10))
    assert [f.period for f in found] == ["2023-01/2023-11"] * 3


def test_reference_date_is_inferred_from_the_text():
    assert infer_date("更新时间:2023-12-14 07:57 来源:吉林日报") == date(2023, 12, 14)
    # no year at all, but the 3rd plenum of the 20th Central Committee (July 2024) is mentioned
    assert infer_date("10月30日,中共白城市委七届八次全体会议召开,深入落实党的二十届三中全会精神") == date(2024, 10, 30)
    assert infer_date("2024这一年,磐石市坚持稳中求进。过去一年,磐石市旅游收入实现8.5亿元。").year == 2024
    assert infer_date("没有日期的文字") is None


def test_a_year_heading_after_the_reviewed_year_is_a_plan():
    text = ("2022年市十件民生实事完成情况汇总表\n筹建保障性租赁住房1517套。\n"
            "2023年市十件民生实事\n新增筹集保障性租赁住房1500套。\n")
    found = extract_facts(text, published=date(2023, 1, 5))
    assert [(f.status, f.period) for f in found] == [("actual", "2022"), ("target", "2023")]


def test_relative_year_with_a_part_of_it():
    one("确保今年上半年矿山企业复工复产3家以上。", JAN_2025, period="2025-01/2025-06", status="target")


def test_years_in_titles_and_far_horizons_are_not_periods():
    one("制定《行动方案（2022-2024年）》,全市民生支出占财政支出比重达80.9%。", date(2022, 2, 18), period="2021")
    one("制定2030年碳达峰方案,改造提升金昱元等7家重点用能企业。", date(2021, 12, 28), period="2021")


def test_work_report_without_a_date_is_dated_to_january_of_its_plan_year():
    text = "一、2023年工作回顾\n城镇新增就业1.2万人。\n二、2024年政府工作安排\n今年将重点抓好八个方面工作：\n新增高新技术企业10家。\n"
    assert infer_date(text) == date(2024, 1, 15)
    found = extract_facts(text)
    assert [(f.status, f.period) for f in found] == [("actual", "2023"), ("target", "2024")]


def test_the_nearest_cue_wins():
    found = extract_facts("预计全年地区生产总值完成92.4亿元，增长6.5%(年度目标6%以上)。", published=JAN_2025)
    assert [(f.text, f.status) for f in found] == [("92.4亿元", "estimate"), ("6.5%", "estimate"), ("6%以上", "target")]


def test_a_year_opening_sentence_scopes_the_paragraphs_after_it():
    text = ("一、过去五年工作回顾\n五年来，城镇新增就业49.42万人。特别是2021年，我们加压奋进，经济回升向好。\n"
            "一是经济运行稳中向好。全市地区生产总值突破4200亿元。\n")
    found = extract_facts(text, published=date(2022, 2, 18))
    assert [(f.text, f.period) for f in found] == [("49.42万人", "2017-01/2021-12"), ("突破4200亿元", "2021")]


def test_a_starting_value_takes_its_own_year():
    found = extract_facts("全县PM2.5平均浓度由2017年的76微克/立方米降至64微克/立方米。", published=date(2019, 1, 17))
    assert [(f.text, f.period) for f in found] == [("76微克/立方米", "2017"), ("64微克/立方米", "2018")]


def test_a_five_year_review_spans_its_years_and_states_reached_take_the_last():
    text = ("一、过去五年工作回顾\n实施市重点技改项目1825项，“四强”产业增加值占规上工业增加值比重达到48.9%，"
            "市场主体达61.4万户、增长近2倍。\n")
    found = extract_facts(text, published=date(2022, 2, 18))
    assert [(f.text, f.period) for f in found] == [
        ("1825项", "2017-01/2021-12"), ("48.9%", "2021"), ("61.4万户", "2021"), ("近2倍", "2017-01/2021-12")]


def test_five_year_goals_span_the_plan_years():
    text = "二、今后五年工作的总体思路和目标任务\nGDP年均增长7%左右，总量突破7000亿元。\n"
    assert summary(text, date(2022, 2, 18), PLACED) == [
        ("7%左右", "target", "2022-01/2026-12"), ("突破7000亿元", "target", "2026")]


def test_an_average_over_years_spans_them():
    found = extract_facts("2021年全市生产总值为1912.4亿元，比上年同期增长11.6%；两年平均增长8.8%，"
                          "分别高于全国、全省3.7个和2.5个百分点。", published=date(2022, 2, 10))
    assert [f.period for f in found] == ["2021", "2021"] + ["2020-01/2021-12"] * 3


def test_a_range_of_years_is_a_span():
    found = extract_facts("2020年煤炭消费减量83万吨，2018-2020年合计减少278万吨。", published=date(2020, 6, 6))
    assert [f.period for f in found] == ["2020", "2018-01/2020-12"]


def test_the_value_a_change_starts_from_has_no_date():
    found = extract_facts("在三级医疗机构住院的报销比例，未成年人及在校学生从70%提高至80%。", published=date(2020, 1, 10))
    assert [(f.text, f.period) for f in found] == [("70%", None), ("80%", "2019")]
    found = extract_facts("主导推动煤炭原矿、选矿税率从2.5%、2%提高至6%、5.5%。", published=date(2025, 1, 10))
    assert [f.period for f in found] == [None, None, "2024", "2024"]


def test_standing_sets_of_chains_and_towns_have_no_date_unless_named_then():
    one("持续做大做强铝镁精深加工、高端锻造等8条市级重点产业链。", date(2024, 1, 10), period=None)
    one("13个优质产业集群列入省重点产业集群名单。", date(2024, 1, 10), period="2023")
    one("明年做强玉米、水稻、肉牛等8条产业链。", date(2023, 12, 14), period="2024", status="target")


def test_a_few_machines_are_a_count_not_a_capacity():
    found = extract_facts("2021年，关停11台燃煤机组，压减钢铁产能392万吨。", published=date(2022, 2, 18))
    assert [(f.text, f.period) for f in found] == [("11台", "2021"), ("392万吨", "2021")]


def test_a_year_scope_keeps_a_five_year_heading_from_dating_stocks():
    text = ("一、过去五年工作回顾\n特别是2021年，我们加压奋进，经济回升向好。\n"
            "三是城市承载力持续增强。累计建成5G基站5398个。新建城市绿道100公里。\n")
    found = extract_facts(text, published=date(2022, 2, 18))
    assert [(f.text, f.period) for f in found] == [("5398个", None), ("100公里", "2021")]


def test_month_ends_and_single_months():
    one("统计显示，6月末，深圳金融机构本外币存款余额119663.05亿元。", date(2022, 7, 27), period="2022")
    found = extract_facts("今年6月份，社会消费品零售总额同比增长13.0%，当月增速创今年新高；"
                          "限额以上单位商品零售额增长26.4%。", published=date(2022, 7, 27))
    assert [f.period for f in found] == ["2022-06"] * 2  # one month alone (GUIDE v2)
    found = extract_facts("深圳上半年GDP同比增长3%，增速高于深圳今年第一季度的2%。", published=date(2022, 7, 27))
    assert [f.period for f in found] == ["2022-01/2022-06", "2022-01/2022-03"]


def test_a_mid_year_text_that_opens_on_part_of_the_year_reports_that_part():
    text = "7月26日晚，深圳发布2022年上半年经济成绩单。\n其中，第一产业增加值为12.49亿元，同比下降2.4%。\n"
    found = extract_facts(text, published=date(2022, 7, 27))
    assert [f.period for f in found] == ["2022-01/2022-06"] * 2


def test_a_cue_in_closed_brackets_speaks_only_for_its_bracket():
    found = extract_facts("预计全年地区生产总值完成92.4亿元，增长6.5%(年度目标6%以上);规上工业增加值完成24.5亿元，"
                          "增长9%(年度目标6%以上)。", published=date(2025, 1, 14))
    assert [(f.text, f.status, f.period) for f in found] == [
        ("92.4亿元", "estimate", "2024"), ("6.5%", "estimate", "2024"), ("6%以上", "target", "2024"),
        ("24.5亿元", "estimate", "2024"), ("9%", "estimate", "2024"), ("6%以上", "target", "2024")]


def test_by_a_past_year_is_not_a_target():
    found = extract_facts("算力规模从2023年底的5000P增长到2024年底的5.1万P，增长10倍。", published=date(2025, 1, 10))
    assert [(f.text, f.status) for f in found] == [("5.1万P", "actual"), ("10倍", "actual")]
    one("到2025年底，全市生猪饲养量增速达到5%。", date(2025, 1, 10), status="target", period="2025")


def test_a_number_named_as_the_goal_is_a_target():
    found = extract_facts("城镇登记失业率为2.15%，控制在3.5%的目标以内。", published=date(2020, 1, 10))
    assert [(f.text, f.status) for f in found] == [("2.15%", "actual"), ("3.5%", "target")]


def test_things_already_done_are_actual_inside_a_plan():
    text = ("2024目标和举措\n全力推动已签约的241个亿元以上项目全部落地建设，确保全年开复工5000万元以上项目320个以上。\n")
    found = [(f.text, f.status, f.period) for f in extract_facts(text, published=date(2023, 12, 14))]
    assert ("241个", "actual", "2023") in found and ("320个以上", "target", "2024") in found


def test_a_list_of_states_reached_and_ratios_to_a_base_year_are_of_the_last_year():
    text = ("一、过去五年工作回顾\n城乡居民人均可支配收入预计分别超过3.23万元、1.32万元，是2016年的1.4倍和1.7倍，"
            "年均分别增长7.3%和11.4%。\n")
    found = extract_facts(text, published=date(2021, 12, 28))
    assert [f.period for f in found] == ["2021"] * 4 + ["2017-01/2021-12"] * 2


def test_a_task_column_holds_targets_and_a_progress_column_actuals():
    text = ("2022年市十件民生实事完成情况汇总表\n重点事项\t牵头单位\t实际进度\n"
            "七、筹集保障性租赁住房1500套\t市住房城乡建设局，各区政府\t筹建保障性租赁住房1517套，超额完成目标任务。\n")
    assert summary(text, date(2023, 1, 5), PLACED) == [("1500套", "target", "2022"), ("1517套", "actual", "2022")]


def test_plan_verbs_opening_a_clause_are_targets_but_programme_names_are_not():
    found = extract_facts("计划农村自来水普及率达近86%，计划改造老旧小区12个。", published=date(2023, 12, 14))
    assert [f.status for f in found] == ["target", "target"]
    one("努力实现社会消费品零售总额达到337.09亿元。", date(2023, 12, 14), status="target", period="2024")
    one("大力实施科技企业倍增计划,新认定高新技术企业20户。", date(2023, 12, 14), status="actual")


def test_a_year_scope_equal_to_the_heading_year_lets_the_heading_date_stocks():
    text = ("一、2022年工作回顾\n2022年，是党的二十大胜利召开之年，各项工作取得新成效。\n"
            "——项目建设风生水起。新签约招商引资项目总投资突破700亿元。\n")
    one(text, date(2023, 2, 1), period="2022", value=7e10)


def test_an_assigned_task_is_a_target():
    found = extract_facts("去年7月底市政府给我县下达了2万户的农村气代煤改造任务，保障了2.4万余户百姓清洁取暖。",
                          published=date(2019, 1, 17))
    assert [(f.text, f.status, f.period) for f in found] == [("2万户", "target", "2018"), ("2.4万余户", "actual", "2018")]


def test_a_month_that_modifies_a_noun_is_not_the_period():
    found = extract_facts("去年5月份和7月份空气质量考核综合得分均居全市第1，获省环保厅奖励52万元；"
                          "全县PM2.5平均浓度同比下降15.79%。", published=date(2019, 1, 17))
    assert [f.period for f in found] == ["2018", "2018"]


def test_a_forecast_in_words_does_not_govern_the_figures_after_its_semicolon():
    text = ("优势矿产已实现大幅增储，其中磷矿增储13.85亿吨，预计各类矿产资源品种和储量还将有更大突破；"
            "查实耕地后备资源潜力150.43万亩。")
    found = extract_facts(text, published=date(2025, 1, 8))
    assert [f.status for f in found] == ["actual", "actual"]
    found = extract_facts("持续保障和改善民生，努力实现新开工项目160个以上；开展招商推介活动30次。", published=date(2023, 12, 20))
    assert [f.status for f in found] == ["target", "target"]
    found = extract_facts("初步预计，全县地区生产总值增长9%；规模以上工业增加值增长10%。", published=date(2019, 1, 17))
    assert [f.status for f in found] == ["estimate", "estimate"]


def test_since_a_year_spans_from_it_to_the_year_reviewed():
    found = extract_facts("完成2.15万户农村分散燃煤供热设施改造，自2017年以来累计投入40亿元、完成11.6万户改造。",
                          published=date(2024, 1, 17))
    assert [(f.text, f.period) for f in found] == [
        ("2.15万户", "2023"), ("40亿元", "2017-01/2023-12"), ("11.6万户", "2017-01/2023-12")]
    assert found[1].indicator == "累计投入"
    # a record since a year is not the period of the number before it
    one("粮食产量达到160亿斤，是2013年以来的最好成绩。", date(2022, 2, 18), period="2021")


def test_things_already_done_after_the_number_are_actual_inside_a_plan():
    found = extract_facts("2024年工作安排\n加强与深圳对口产业协作，重点推动70宗已落地项目加快建设，新建燃气管道356公里。",
                          published=date(2024, 1, 17))
    assert [(f.text, f.status, f.period, f.indicator) for f in found] == [
        ("70宗", "actual", "2023", "已落地项目"), ("356公里", "target", "2024", "新建燃气管道")]


def test_looking_back_on_five_years_scopes_the_paragraphs_after_a_year_scope():
    text = ("一、过去五年工作回顾\n即将过去的2021年，我们扎实做好“六稳”工作，实现良好开局。\n"
            "各位代表！回望过去五年，我们取得了极不平凡的成就。主要抓了以下工作：\n"
            "（一）致力调结构提质量。培育“专精特新”企业76家，累计发放保障金36.5亿元。\n")
    found = extract_facts(text, published=date(2021, 12, 28))
    assert [(f.text, f.period) for f in found] == [("76家", "2017-01/2021-12"), ("36.5亿元", "2017-01/2021-12")]


def test_a_starting_value_under_a_span_of_years_is_the_year_before_it():
    text = "一、过去五年工作回顾\n财政支出由209亿元增加到240亿元，城镇化率从32.4%提高到43.6%。\n"
    found = extract_facts(text, published=date(2021, 12, 28))
    assert [(f.text, f.period) for f in found] == [("209亿元", "2016"), ("240亿元", "2021"), ("32.4%", "2016"),
                                                   ("43.6%", "2021")]
    found = extract_facts("城乡低保标准分别从每月653元提高到676元。", published=date(2023, 1, 5))
    assert [f.period for f in found] == [None, "2022"]


def test_an_annual_average_since_a_base_year_spans_the_years_after_it():
    found = extract_facts("预计今年地区生产总值达到377亿元，是2016年的1.6倍，年均增长6.7%。", published=date(2021, 12, 28))
    assert [(f.text, f.period) for f in found] == [("377亿元", "2021"), ("1.6倍", "2021"), ("6.7%", "2017-01/2021-12")]


def test_a_yearly_average_level_and_a_change_since_the_base_year_keep_the_span():
    # a growth since a base year five years back is a change over those five years, not the growth of the last one
    # (an analyst asking for the 2021 growth must not get it)
    text = ("一、过去五年工作回顾\n农村劳动力转移就业年均保持在30万人以上。“三公”经费较2016年下降51.4%，"
            "到位资金773亿元，较前五年增长22%。\n")
    found = extract_facts(text, published=date(2021, 12, 28))
    assert [(f.text, f.period) for f in found] == [
        ("30万人以上", "2017-01/2021-12"), ("51.4%", "2017-01/2021-12"), ("773亿元", "2017-01/2021-12"),
        ("22%", "2017-01/2021-12")]


def test_a_quarter_in_a_plan_is_of_the_plan_year():
    text = "二、2022年工作安排\n力保80个重点建设项目一季度开复工率达到60%以上。\n"
    found = extract_facts(text, published=date(2021, 12, 28))
    assert [(f.text, f.period) for f in found][-1] == ("60%以上", "2022-01/2022-03")


def test_the_total_investment_of_a_years_projects_is_dated_but_a_projects_size_is_not():
    found = extract_facts("签约开工投产重大项目217个、总投资1241亿元，发放消费券等。", published=date(2023, 1, 5))
    assert [(f.text, f.period) for f in found] == [("217个", "2022"), ("1241亿元", "2022")]
    found = extract_facts("深汕数字科创产业园等落地，引进项目总投资超200亿元，90所中小学校与深圳学校结对。",
                          published=date(2023, 1, 5))
    assert [(f.text, f.period) for f in found] == [("超200亿元", "2022"), ("90所", "2022")]
    found = extract_facts("总投资84亿元的勒门海上风电项目动工建设，新增澄海风电海缆登陆点。", published=date(2023, 1, 5))
    assert [(f.text, f.period) for f in found] == [("84亿元", None)]


def test_turning_to_the_last_year_dates_the_paragraphs_after_it():
    # 江苏 2026: the review of the 十四五 years, then 刚刚过去的2025年 and paragraphs that open on ——
    text = ("一、“十四五”时期和2025年工作回顾\n五年来，城镇新增就业超690万人。\n"
            "各位代表，刚刚过去的2025年，全省上下着力稳就业，地区生产总值增长5.3%。\n"
            "——“向优”的质效稳步提升。一般公共预算收入增长2.1%，城镇新增就业141万人。\n")
    found = extract_facts(text, published=date(2026, 2, 9))
    assert [(f.text, f.period) for f in found] == [
        ("超690万人", "2021-01/2025-12"), ("5.3%", "2025"), ("2.1%", "2025"), ("141万人", "2025")]


def test_just_past_year_opens_its_paragraph_but_dates_no_plans():
    # 宁夏 2013: 刚刚过去的一年 under a plans heading, then the year's targets
    text = ("一、五年工作回顾\n五年来，全区生产总值年均增长12.1%。\n三、扎实抓好开局之年的各项工作\n"
            "刚刚过去的一年，我们沉着应对挑战，全区生产总值增长11.5%，全社会固定资产投资增长27.5%。\n"
            "一是着力抓好重点建设项目，新增城镇就业7.2万人。\n")
    assert summary(text, date(2013, 1, 24), PLACED) == [
        ("12.1%", "actual", "2008-01/2012-12"), ("11.5%", "actual", "2012"), ("27.5%", "actual", "2012"),
        ("7.2万人", "target", "2013")]


def test_sections_after_a_review_heading_are_plans_even_when_they_do_not_say_so():
    # 黑龙江 2015: 一、2014年工作回顾 then 二、… and 三、… with nothing but the topic in their headings
    text = ("一、2014年工作回顾\n新增就业75.7万人。\n二、大力调整产业结构，推进经济平稳健康发展\n"
            "三、切实保障和改善民生\n（二）努力保持就业稳定。实现新增就业57万人。\n")
    found = extract_facts(text, published=date(2015, 1, 28), title="2015年黑龙江省政府工作报告")
    assert [(f.text, f.status, f.period) for f in found] == [
        ("75.7万人", "actual", "2014"), ("57万人", "target", "2015")]


def test_a_heading_on_last_year_and_the_months_of_this_one_reviews_last_year():
    # 云南 2020, delivered in May: 关于去年和今年前4个月工作
    text = "一、关于去年和今年前4个月工作\n社会消费品零售总额增长10.4%。\n"
    found = extract_facts(text, published=date(2020, 6, 3))
    assert [(f.status, f.period) for f in found] == [("actual", "2019")]


def test_a_comparison_opening_a_sentence_frames_the_sentences_after_it():
    # 新疆 2013: five-year growths, not the growth of 2012
    found = extract_facts("2012年与2007年相比，全区生产总值增长66.5%。全社会固定资产投资增长2.4倍。"
                          "城镇居民人均可支配收入增长76%。", published=date(2013, 1, 20))
    assert [f.period for f in found] == ["2008-01/2012-12"] * 3


def test_a_total_over_five_years_keeps_their_span():
    text = "一、过去五年工作回顾\n全社会固定资产投资五年共达7.85万亿元，地区生产总值达到2.6万亿元。\n"
    found = extract_facts(text, published=date(2016, 1, 25))
    assert [(f.text, f.period) for f in found] == [("7.85万亿元", "2011-01/2015-12"), ("2.6万亿元", "2015")]


def test_a_target_beaten_is_a_review():
    found = extract_facts("地区生产总值达到410.61亿元，超“十三五”目标69.61亿元，是“十二五”末的1.61倍，年均增长7%。",
                          published=date(2021, 2, 1))
    assert [(f.text, f.status, f.indicator) for f in found] == [
        ("410.61亿元", "actual", "地区生产总值"), ("69.61亿元", "actual", "超“十三五”"),
        ("1.61倍", "actual", "地区生产总值"), ("7%", "actual", "地区生产总值")]


def test_the_past_year_written_with_de_turns_to_the_last_year_too():
    # 昆明 2026: 各位代表！过去的一年，… after a review of the 十四五 years
    text = ("一、“十四五”时期和2025年工作回顾\n五年来，城镇新增就业超50万人。\n"
            "各位代表！过去的一年，我们坚定不移推动发展，完成地区生产总值8637.5亿元、增长4.2%。\n")
    found = extract_facts(text, published=date(2026, 2, 2))
    assert [(f.text, f.period) for f in found] == [
        ("超50万人", "2021-01/2025-12"), ("8637.5亿元", "2025"), ("4.2%", "2025")]


def test_a_year_before_a_list_of_starting_values_holds_for_each():
    # 贵阳 2006: the second starting value was filed under 2005 and conflicted with the year's real figure
    found = extract_facts("财政总收入和地方财政收入分别由2000年的61.41亿元和24.15亿元，增加到2005年的133.15亿元和62.50亿元。",
                          published=date(2006, 2, 1))
    assert [(f.text, f.indicator, f.period) for f in found] == [
        ("61.41亿元", "财政总收入", "2000"), ("24.15亿元", "地方财政收入", "2000"),
        ("133.15亿元", "财政总收入", "2005"), ("62.50亿元", "地方财政收入", "2005")]


def test_a_second_base_year_is_no_period():
    # 广州 2007: 农村居民人均纯收入 of 2006 was filed under 2002
    found = extract_facts("2006年全市农业总产值达246.74亿元，分别比上年和2002年增长6.2%和16.9%，农村居民人均纯收入达7788.27元。",
                          published=date(2007, 2, 1))
    assert [(f.text, f.indicator, f.period) for f in found][-1] == ("7788.27元", "农村居民人均纯收入", "2006")
    assert [f.indicator for f in found[1:3]] == ["农业总产值", "农业总产值"]


def test_the_years_of_a_chronicle_date_only_their_own_paragraph():
    # 烟台 2022: a paragraph walks through 2017…2021; the five years' figures after it were filed under 2020
    text = ("一、过去五年工作回顾\n"
            "回顾五年发展历程，我们走过了极不平凡的道路。2017年，党的十九大胜利召开，我们开启了本届政府的奋斗征程。"
            "2019年，隆重庆祝新中国成立70周年。2020年，面对突如其来的新冠肺炎疫情，全市上下众志成城，“十三五”规划圆满收官。"
            "2021年，迎来了中国共产党成立100周年。\n"
            "这五年是抢抓机遇积厚成势的历程。地区生产总值跨过两个千亿台阶、达到8712亿元，一般公共预算收入达到646.6亿元。\n")
    found = extract_facts(text, published=date(2022, 2, 24))
    assert [(f.text, f.period) for f in found if "亿元" in f.text] == [("8712亿元", "2021"), ("646.6亿元", "2021")]


def test_a_base_value_compared_with_is_of_its_own_year():
    # 内蒙古 2006: 1570亿元 of 2000 was filed under 2005 and conflicted with the 2005 figure of a later report
    found = extract_facts("初步核算2005年自治区生产总值达到3822.8亿元，比2000年的1570亿元增长1.2倍。",
                          published=date(2006, 2, 1))
    assert [(f.text, f.period) for f in found][:2] == [("3822.8亿元", "2005"), ("1570亿元", "2000")]
    # 青海 2003: the same with 增加
    found = extract_facts("全省一般预算收入37亿元，比1997年的19.8亿元增加17.2亿元。", published=date(2003, 2, 1))
    assert [(f.text, f.period) for f in found][:2] == [("37亿元", "2002"), ("19.8亿元", "1997")]


def test_a_year_whose_level_is_reached_again_is_no_period():
    # 鄂州 2022: the rest of the sentence was filed under 2019 and conflicted with the 2020 report's 2019 figures
    found = extract_facts("预计地区生产总值同比增长17%左右；主要经济指标总体恢复到2019年水平，规上工业增加值增长20.3%，"
                          "固定资产投资增长25.3%。", published=date(2022, 1, 20))
    assert [(f.text, f.period) for f in found] == [("17%左右", "2021"), ("20.3%", "2021"), ("25.3%", "2021")]


def test_the_last_year_singled_out_of_the_five_dates_the_paragraphs_after_it():
    # 宁夏 2023: 在过去五年中，2022年是… turns to 2022; its figures were filed under the five years
    text = ("一、过去五年工作回顾和2022年工作总结\n五年来，地区生产总值由3200亿元提高到5000亿元以上。\n"
            "各位代表，在过去五年中，2022年是极不平凡、极为特殊的一年。\n"
            "三是全力加快高质量发展。完成固定资产投资2008亿元，增长10.2%。\n")
    found = extract_facts(text, published=date(2023, 1, 13))
    assert [(f.text, f.period) for f in found][-2:] == [("2008亿元", "2022"), ("10.2%", "2022")]


def test_the_planned_total_of_projects_is_no_plan_cue():
    # 山西 2021: 计划总投资 describes the projects started; the year's investment growth was filed as a 2021 target
    found = extract_facts("全年新开工项目7274个，计划总投资1.24万亿元，带动全社会固定资产投资增长10.6%。",
                          published=date(2021, 1, 25))
    assert [(f.text, f.status, f.period) for f in found][-1] == ("10.6%", "actual", "2020")


def test_an_amount_under_a_span_written_in_its_sentence_is_the_spans_total():
    # 南昌 2007: 183.5亿元 over 2001–2005 was filed under 2005 and conflicted with that year's 46.3亿元
    found = extract_facts("旅游业发展较快，2001—2005年，旅游总收入183.5亿元，预计2006年实现旅游总收入55亿元。",
                          published=date(2006, 2, 1))
    assert [(f.text, f.period) for f in found] == [("183.5亿元", "2001-01/2005-12"), ("55亿元", "2006")]
    one("2001-2005年，全市生产总值达到800亿元。", date(2006, 2, 1), period="2005")  # a state reached: the last year


def test_five_years_opening_a_clause_of_a_total_is_the_span():
    # 国务院 1993: the five years' investment was filed under 1992 and conflicted with the 1992 communiqué
    found = extract_facts("国民经济持续发展。基本建设和技术改造取得新成就，五年全社会固定资产投资完成26000亿元。",
                          published=date(1993, 3, 15))
    assert [(f.text, f.period) for f in found] == [("26000亿元", "1988-01/1992-12")]
    # a programme named 五年 is no span of the figures after it (莆田 2014)
    one("按照“五年任务三年完成”的要求，改造农村公路100公里。", date(2014, 2, 1), period="2013")


def test_years_written_in_chinese_numerals_are_years():
    # 国务院 1982 (the sixth five-year plan): the 1985 targets were filed as 1982 actuals
    found = extract_facts("到一九八五年，全国粮食产量计划达到三亿六千万吨，比一九八〇年增长百分之十二点三；"
                          "棉花三百六十万吨，增长百分之三十三。", published=date(1982, 11, 30))
    assert [(f.text, f.status, f.period) for f in found if "吨" in f.text] == [
        ("三亿六千万吨", "target", "1985"), ("三百六十万吨", "target", "1985")]
    # 国务院 1983: a starting value of 1978, not of the year before the review
    found = extract_facts("我国进出口贸易总额，由一九七八年的三百五十五亿元增加到一九八二年的七百七十二亿元。",
                          published=date(1983, 6, 6))
    assert [(f.text, f.period) for f in found] == [("三百五十五亿元", "1978"), ("七百七十二亿元", "1982")]


def test_the_year_of_the_prices_a_figure_is_reckoned_in_is_no_period():
    # 宁波 1998: a plan figure was filed under 1995, the year of its prices
    found = extract_facts("到2002年，国内生产总值年均递增12%，按1995年价格计算达到1500亿元。", published=date(1998, 2, 1))
    assert [(f.text, f.period) for f in found][-1] == ("1500亿元", "2002")


def test_this_year_in_a_statistical_communique_is_the_year_it_reports_on():
    # 2010 communiqué: a table row 本年资金来源 read as a heading of 2011 made the whole 国内贸易 section 2011 targets
    text = ("中华人民共和国\n2010年国民经济和社会发展统计公报\n"
            "表6：2010年房地产开发和销售主要指标完成情况\n- 本年资金来源 亿元 72494 25.4\n\n"
            "五、国内贸易\n\n全年社会消费品零售总额156998亿元，比上年增长18.3%。\n")
    found = extract_facts(text, published=date(2011, 2, 28), title="2010年国民经济和社会发展统计公报")
    assert [(f.text, f.status, f.period) for f in found if "156998" in f.text] == [("156998亿元", "actual", "2010")]


def test_a_strived_for_figure_after_the_target_is_not_the_target():
    # 太原 2022, 西藏 2025: asked for the GDP target, the warehouse answered 7 and 7.5
    found = facts("今年主要预期指标是：地区生产总值增长7%、力争实现7.5%，固定资产投资增长9%。",
                  published=date(2022, 1, 20))
    assert [(f.text, f.status, f.indicator_code) for f in found] == [
        ("7%", "target", "gdp"), ("7.5%", "target", None), ("9%", "target", "fixed_asset_investment")]
    assert found[1].indicator == "地区生产总值（力争）"
    # 东莞 2023, 揭阳 2023, 河池 2023, 潮州 2015: the same with 争取, in brackets, or 努力争取
    for sentence in ("主要预期目标为：地区生产总值增长5.5%以上，争取达到6%。",
                     "主要预期目标是：地区生产总值增长5.5%（力争6%以上），规模以上工业增加值增长15%。",
                     "主要目标是：地区生产总值增长6.5%左右，努力争取7.5%。",
                     "主要预期目标是：生产总值增长12%、争取增长14%，地方公共财政预算收入增长15%。"):
        codes = [f.indicator_code for f in facts(sentence, published=date(2023, 1, 20))]
        assert codes[:2] == ["gdp", None], sentence


def test_a_growth_rate_that_rose_from_one_value_to_another_is_a_growth_each_time():
    # 兰州 2026: the city's growth in 2022 and 2025, told as a rise of the rate
    found = facts("全市经济增速由2022年的0.8%预计提升至2025年的5.5%。", published=date(2026, 1, 20))
    assert [(f.text, f.measure, f.period, f.indicator_code) for f in found] == [
        ("0.8%", "growth", "2022", "gdp"), ("5.5%", "growth", "2025", "gdp")]
    # 黑龙江 2018: 增速 alone is the growth of what the sentence measured before it
    found = facts("全省地区生产总值由2012年的13778.8亿元增加到2017年的16199.9亿元，增速由最低时的5.6%逐步回升到2017年的6.4%。",
                  published=date(2018, 1, 20))
    assert [(f.text, f.measure, f.period, f.indicator_code) for f in found][-1] == ("6.4%", "growth", "2017", "gdp")


def test_amounts_compared_with_a_whole_plan_period_are_totals_of_the_next():
    # 池州 2016: five years' trade and foreign investment were filed as 2015's, beside the year's own figures
    found = facts("进出口总额19.3亿美元，实际利用外资12.9亿美元，分别是“十一五”的3倍、2.4倍。"
                  "实现固定资产投资2203.74亿元，年均增长14.7%，“十二五”期间完成固定资产投资超1万亿元，是“十一五”的2倍。",
                  published=date(2016, 1, 19))
    assert [(f.text, f.period) for f in found if f.measure == "level"] == [
        ("19.3亿美元", "2011-01/2015-12"), ("12.9亿美元", "2011-01/2015-12"), ("2203.74亿元", "2015"),
        ("超1万亿元", "2011-01/2015-12")]


def test_a_bound_before_a_list_of_milestones_holds_for_each():
    # 中卫 2016: 300亿元 of 连续突破200亿元、300亿元大关 was read as the exact GDP, a conflict with 304亿元
    found = facts("地区生产总值连续突破200亿元、300亿元大关。", published=date(2016, 1, 19))
    assert [(f.text, f.qualifier) for f in found] == [("突破200亿元", "at_least"), ("300亿元", "at_least")]


def test_a_review_of_the_years_since_a_year_spans_them():
    # 济南 2012 (一、2008年以来的工作回顾): 65 figures of four years were filed under 2008
    found = facts("一、2008年以来的工作回顾\n全市生产总值达到4406.3亿元，年均增长12.5%。四年累计新增城镇就业54万人。",
                  published=date(2012, 2, 27))
    assert [(f.text, f.period) for f in found] == [
        ("4406.3亿元", "2011"), ("12.5%", "2008-01/2011-12"), ("54万人", "2008-01/2011-12")]


def test_what_a_plan_stipulates_is_a_target_of_its_year():
    # 国务院 1982: the sixth plan's 1985 figures were filed as actuals of 1982, a conflict with 1982's own output
    text = "一九八一年，我国工农业总产值达到七千四百九十亿元。第六个五年计划规定，一九八五年工农业总产值达到八千七百一十亿元。"
    found = extract_facts(text, published=date(1982, 11, 30), title="政府工作报告")
    assert [(f.text, f.status, f.period) for f in found] == [
        ("七千四百九十亿元", "actual", "1981"), ("八千七百一十亿元", "target", "1985")]


def test_a_communique_that_calls_its_year_the_close_of_a_plan_still_reports_that_year():
    # 2025 communiqué: "2025年是“十四五”规划收官之年" dated its whole body 2021-01/2025-12
    text = ("中华人民共和国2025年国民经济和社会发展统计公报\n\n2025年是“十四五”规划收官之年，是中国式现代化进程中具有重要意义的一年。\n\n"
            "一、综合\n\n初步核算，全年国内生产总值[2]1401879亿元，比上年增长5.0%。其中，第一产业增加值93347亿元，比上年增长3.9%。\n")
    found = extract_facts(text, published=date(2026, 2, 28), title="中华人民共和国2025年国民经济和社会发展统计公报")
    assert {f.period for f in found} == {"2025"}


def test_a_years_average_against_the_last_year_is_that_year():
    # 2010 communiqué: the national CPI of 2010 was filed as 2006-01/2010-12 under the indicator "平"
    found = extract_facts("居民消费价格四季度上涨4.7%，全年平均比上年上涨3.3%，其中食品价格上涨7.2%。",
                          published=date(2011, 2, 28), title="中华人民共和国2010年国民经济和社会发展统计公报")
    assert [(f.text, f.period, f.indicator_code) for f in found][1] == ("3.3%", "2010", "cpi")
    # State Council 2022: 城镇调查失业率平均5.1% is the unemployment rate, not "城镇调查失业率平"
    found = extract_facts("城镇新增就业1269万人，城镇调查失业率平均5.1%。", published=date(2022, 3, 5),
                          title="2022年国务院政府工作报告")
    assert [(f.text, f.indicator) for f in found][-1] == ("5.1%", "城镇调查失业率")


def test_periods_listed_before_fenbie_date_the_values_after_it_in_order():
    # 济南 2013: three quarters' GDP growth were all filed as 2012-01/2012-09
    found = extract_facts("一季度、上半年、前三季度，全市生产总值增速分别为7.5%、8.1%、8.7%，固定资产投资增速分别为20.1%、21.3%、22.5%。",
                          published=date(2013, 1, 20))
    assert [f.period for f in found] == ["2012-01/2012-03", "2012-01/2012-06", "2012-01/2012-09"] * 2
    found = extract_facts("2019年、2020年全市生产总值分别增长6.5%和3.1%。", published=date(2021, 1, 20))
    assert [(f.text, f.period) for f in found] == [("6.5%", "2019"), ("3.1%", "2020")]


def test_the_goal_a_result_is_measured_against_is_the_goal_of_the_same_year():
    # 河北 2000: "接近10%左右的预期目标" (the goal of 1999) answered the 2000 GDP target beside the real 9%
    found = extract_facts("初步统计，全省完成国内生产总值4556.6亿元，比上年增长9.1%，接近10%左右的预期目标。",
                          published=date(2000, 2, 20))
    assert [(f.text, f.status, f.period) for f in found][-1] == ("接近10%左右", "target", "1999")
    found = extract_facts("全市地区生产总值增长7.2%，超过7%的预期目标。", published=date(2000, 2, 20))
    assert [(f.status, f.period) for f in found] == [("actual", "1999"), ("target", "1999")]


def test_a_plan_period_still_ahead_opening_a_sentence_makes_it_a_target():
    # 韶关 2021: the 十四五 goal of 7% a year answered "韶关's GDP growth in 2020" beside the real 3%
    found = extract_facts("“十四五”期间，地区生产总值年均增长7%、迈上2000亿元台阶。", published=date(2021, 2, 1))
    assert [(f.status, f.period) for f in found][0] == ("target", "2021-01/2025-12")
    found = extract_facts("“十三五”期间，地区生产总值年均增长7%。", published=date(2021, 2, 1))
    assert [(f.status, f.period) for f in found] == [("actual", "2016-01/2020-12")]


def test_a_base_year_in_a_clause_of_its_own_makes_the_growth_span_the_years_since():
    # 重庆 2003: growth since 1996 answered "重庆's GDP growth in 2002" beside the real 10.3%
    found = extract_facts("据初步统计，2002年全市国内生产总值完成1971亿元，与1996年相比，增长68.9%。", published=date(2003, 1, 20))
    assert [(f.text, f.period) for f in found][-1] == ("68.9%", "1997-01/2002-12")


def test_results_that_fell_short_of_their_goals_are_results():
    # 海口 2023, end note: the missed results of 2022 were filed as the targets of 2023
    text = ("今年经济社会发展主要预期目标是：地区生产总值增长10%左右。\n\n"
            "[16]部分经济指标未达预期：地区生产总值增长1.3%，地方一般公共预算收入增长0.2%。\n")
    found = extract_facts(text, published=date(2023, 2, 1))
    assert [(f.text, f.status, f.period) for f in found][1] == ("1.3%", "actual", "2022")
    # 深圳 2022 news: a goal that names its own time keeps it
    found = extract_facts("今年上半年，深圳仍能保持3%的增长，但要实现全年增长6%的目标，压力巨大。", published=date(2022, 7, 20))
    assert [(f.status, f.period) for f in found] == [("actual", "2022-01/2022-06"), ("target", "2022")]


def test_the_steps_of_a_quarterly_path_name_no_year_only_where_it_arrived():
    # 大连 2017: seven quarters' growth answered "大连's GDP growth in 2016" with eight values
    found = extract_facts("经济连续7个季度稳步上升，实现GDP增幅从2%逐季递升至3.5%、3.8%、4.2%、4.3%、5%、5.8%和6.5%。",
                          published=date(2017, 1, 20))
    assert [f.period for f in found if f.indicator_code == "gdp"] == [None] * 6 + ["2016"]


def test_the_five_years_a_term_report_looks_back_on_date_what_was_added_in_them():
    # 福建 2016 and 杭州 2017: five years of new urban jobs answered "new urban jobs in 2015/2016" beside the year's own
    text = ("过去的五年，人民生活明显改善。城乡居民人均可支配收入年均分别增长10.9%、12.8%，"
            "累计新增城镇就业326万人、转移农村劳动力215万人。")
    found = extract_facts(text, published=date(2016, 1, 20))
    assert [(f.text, f.period) for f in found][2:] == [("326万人", "2011-01/2015-12"), ("215万人", "2011-01/2015-12")]
    text = ("——这五年，民生事业在推进共享共治中取得大成效。市区最低生活保障标准提高到每月819元。"
            "累计新增城镇就业128.29万人。")
    found = extract_facts(text, published=date(2017, 2, 20))
    assert [(f.text, f.period) for f in found] == [("819元", "2016"), ("128.29万人", "2012-01/2016-12")]
    # in a plan, these five years are the ones ahead
    found = extract_facts("这五年，我们要新增城镇就业50万人。", published=date(2017, 2, 20))
    assert [(f.status, f.period) for f in found] == [("target", "2017-01/2021-12")]


def test_a_paragraph_that_sets_the_goals_stays_a_plan_after_a_look_back_at_the_last_year():
    # 黑龙江 2009: a full stop inside the goals list made the rest of it "results of 2008"
    text = ("一、2008年工作回顾\n\n全省地区生产总值增长11.8%。\n\n"
            "二、2009年面临的形势及经济社会发展的总体要求\n\n"
            "过去的一年，我省经济社会发展虽然取得了显著成绩，但也存在不少困难。\n\n"
            "确定我省今年经济社会发展的主要预期目标是：地区生产总值增长11%以上。规模以上工业增加值增长12%，"
            "社会消费品零售总额增长15%。\n")
    assert summary(text, date(2009, 1, 20), PLACED) == [
        ("11.8%", "actual", "2008"), ("11%以上", "target", "2009"), ("12%", "target", "2009"), ("15%", "target", "2009")]


def test_an_average_growth_aimed_at_a_horizon_spans_the_years_up_to_it():
    # 广州 2016 and 宁夏 2016: "到2020年…年均增长7.5%" was dated 2020–2024
    found = extract_facts("到2020年，地区生产总值达到2.8万亿元，年均增长7.5%以上。", published=date(2016, 1, 20))
    assert [(f.status, f.period) for f in found] == [("target", "2020"), ("target", "2016-01/2020-12")]
    # 石家庄 2016: jobs added up to the horizon are added over the years up to it; a rate reached there is of it
    found = extract_facts("到2020年，全市城镇新增就业45万人，城镇登记失业率控制在4.5%以内。", published=date(2016, 1, 20))
    assert [f.period for f in found] == ["2016-01/2020-12", "2020"]
    # 怀化 2016: a base year named for another indicator is not this average's base
    found = extract_facts("主要预期目标是：地区生产总值年均增长9%以上，城乡居民人均可支配收入比2010年翻一番，"
                          "公共财政收入年均增长11%以上。", published=date(2016, 1, 20))
    assert [f.period for f in found] == ["2016-01/2020-12", "2016", "2016-01/2020-12"]


def test_a_short_heading_that_opens_on_a_plan_dates_its_section_with_the_plan():
    # 绵阳 2016 as read (the Markdown bold is gone): the five years' totals were filed under 2015
    text = ("2015年工作回顾\n全年实现地区生产总值1700.33亿元、增长8.6%。\n"
            "“十二五”发展主要成就\n城镇新增就业累计23.7万人，城镇登记失业率控制在4%以内。\n"
            "“十三五”时期总体目标任务\n森林覆盖率达到55%。\n")
    assert summary(text, date(2016, 2, 16), PLACED) == [
        ("1700.33亿元", "actual", "2015"), ("8.6%", "actual", "2015"), ("23.7万人", "actual", "2011-01/2015-12"),
        ("4%以内", "actual", "2011-01/2015-12"), ("55%", "target", "2020")]  # a bound kept in every year of the span


def test_a_term_review_heading_dates_its_section_and_a_turn_to_the_last_year_dates_what_follows():
    # 包头 2022 as read: 本届政府工作回顾 spans the term; 各位代表，一年来，… turns to 2021
    text = ("一、本届政府工作回顾\n——民生福祉持续增进。累计新增就业22.25万人，基本医保参保率达到95%以上。\n"
            "各位代表！2021年是中国共产党成立100周年，是“十四五”开局之年。\n"
            "各位代表，一年来，我们锚定“十四五”开好局、起好步的目标。\n"
            "三是坚持调结构促转型，产业体系更加健全。工业投资增长87.9%，制造业投资增长1.4倍。\n"
            "二、今后五年工作的总体要求\n地区生产总值年均增长6%。\n")
    assert summary(text, date(2022, 1, 10), PLACED) == [
        ("22.25万人", "actual", "2017-01/2021-12"), ("95%以上", "actual", "2021"), ("87.9%", "actual", "2021"),
        ("1.4倍", "actual", "2021"), ("6%", "target", "2022-01/2026-12")]


def test_a_numbered_heading_that_names_only_a_plan_dates_its_section_with_the_plan():
    # 武汉 2011: the 十二五's five-year goal of new jobs answered "武汉's new urban jobs target for 2011"
    text = ("一、“十一五”工作回顾\n五年累计新增城镇就业66万人。\n二、“十二五”目标任务\n全市城镇新增就业75万人。\n"
            "三、2011年主要工作\n确保全年新增就业15万人。\n")
    assert summary(text, date(2011, 1, 10), PLACED) == [
        ("66万人", "actual", "2006-01/2010-12"), ("75万人", "target", "2011-01/2015-12"), ("15万人", "target", "2011")]


def test_a_section_on_the_next_five_years_and_the_year_gives_its_tasks_the_year():
    # 北京 2023: under 今后五年工作思路和2023年重点任务 the year's tasks were dated 2023-2027 (its job target missed)
    text = ("二、今后五年工作思路和2023年重点任务\n\n今后五年是北京率先基本实现社会主义现代化的关键时期。\n\n"
            "今后五年的奋斗目标是：地区生产总值年均增长5%左右，城乡居民收入增长与经济增长基本同步。\n\n"
            "今年经济社会发展主要预期目标是：地区生产总值增长4.5%以上。\n\n重点做好以下十二个方面工作：\n\n"
            "（十）紧扣“七有”要求和“五性”需求，着力增进民生福祉\n\n"
            "促进城乡居民增收。抓实落细就业优先政策，实现全市城镇新增就业26万人，帮助城乡就业困难人员就业。")
    found = extract_facts(text, published=date(2023, 1, 15))
    assert [(f.text, f.status, f.period) for f in found] == [
        ("5%左右", "target", "2023-01/2027-12"), ("4.5%以上", "target", "2023"), ("26万人", "target", "2023")]


def test_a_years_headline_figures_in_a_five_year_review_are_the_last_years():
    # 十堰 2022: GDP, budget revenue, investment and retail sales of 2021 were filed as five-year totals
    found = extract_facts("**一、本届政府工作回顾**\n——这五年，综合实力明显增强。规模总量持续提升。预计实现地区生产总值2200亿元，"
                          "地方一般公共预算收入115亿元，固定资产投资1479亿元。\n", published=date(2022, 1, 6))
    assert [(f.text, f.period) for f in found] == [("2200亿元", "2021"), ("115亿元", "2021"), ("1479亿元", "2021")]
    # a total or an increase over the years stays the span (中山 2016, 合肥 2011)
    found = extract_facts("一、跨越赶超，“十一五”成就辉煌\n全社会固定资产投资累计完成9509.3亿元。地方公共财政预算收入同口径增加108.2亿元，"
                          "年均增长7%。县域规模以上工业企业由171户增加至958户。高新技术企业发展到710户。\n",
                          published=date(2011, 1, 20))
    assert [(f.text, f.period) for f in found] == [
        ("9509.3亿元", "2006-01/2010-12"), ("108.2亿元", "2006-01/2010-12"), ("7%", "2006-01/2010-12"),
        ("171户", "2005"), ("958户", "2010"), ("710户", "2010")]


def test_the_five_years_aims_announced_after_a_review_heading_of_the_plan_gone_by():
    # 六安 2016: "二、奋力拼搏，全面建成小康六安" names no years; its aims for 2020 were filed as the actuals of 2015
    text = ("**一、团结奋斗，“十二五”发展迈上新台阶**\n这五年，综合实力显著增强。生产总值达到1143亿元。\n"
            "**二、奋力拼搏，全面建成小康六安**\n在市委《建议》指导下，市政府编制了《“十三五”规划纲要》（草案）。综合考虑，"
            "提出今后五年全市经济社会发展的主要目标（以下数据均不含寿县）：\n——综合实力再上台阶。生产总值年均增长8.5%左右，"
            "经济总量超过1500亿元。\n——城乡发展统筹协调。城镇化率达到48.4%。\n三、开拓创新，扎实抓好2016年各项工作\n")
    found = extract_facts(text, published=date(2016, 1, 26), title="六安市政府工作报告")
    assert [(f.text, f.status, f.period) for f in found] == [
        ("1143亿元", "actual", "2015"), ("8.5%左右", "target", "2016-01/2020-12"),
        ("超过1500亿元", "target", "2020"), ("48.4%", "target", "2020")]


def test_a_change_after_the_step_its_subject_reached():
    # 宿迁 2022: the GDP of 2016 and 2021 had no indicator
    found = extract_facts("一、过去五年工作回顾\n地区生产总值再上一个千亿台阶，从2375亿元增至3719亿元，年均增长7%。\n",
                          published=date(2022, 1, 20))
    assert [(f.text, f.indicator_code, f.period) for f in found] == [
        ("2375亿元", "gdp", "2016"), ("3719亿元", "gdp", "2021"), ("7%", "gdp", "2017-01/2021-12")]


def test_what_the_year_can_reach_is_an_estimate_and_a_forecast_indicator_a_target():
    # 兰州's report of 2016-12-15 reviews 2016 before the year ends; 北京 2005 lists its goals as 预测指标
    found = extract_facts("今年接待国内外游客可达5150万人次。“昂可达”草果被评为名品，19个草果系列产品上市销售。",
                          published=date(2016, 12, 15))
    assert [(f.text, f.status) for f in found] == [("5150万人次", "estimate"), ("19个", "actual")]
    found = extract_facts("主要调控目标是：城镇登记失业率控制在2.3%以内；主要预测指标是：北京市生产总值增长9%。",
                          published=date(2005, 1, 20))
    assert [(f.text, f.status, f.period) for f in found] == [("2.3%以内", "target", "2005"), ("9%", "target", "2005")]


def test_a_result_measured_against_its_target_is_a_review():
    # 深圳 2002: after 高出预期目标, the rest of the review had become 2002's targets
    found = extract_facts("全年实现国内生产总值1908亿元，增长13.2%，高出预期目标1.2个百分点；规模以上工业总产值2880亿元，增长17.4%；"
                          "全社会固定资产投资673亿元，增长8.7%。", published=date(2002, 3, 3))
    assert {(f.status, f.period) for f in found} == {("actual", "2001")}


def test_a_span_said_inside_an_earlier_part_dates_only_its_own_clause():
    # 哈尔滨 2016: 近四年来 in the part before does not make 381.5亿元 the value of 2011
    text = ("一、过去五年工作回顾\n过去五年，我们团结奋斗。新兴服务业发展势头强劲，新设立创业投资引导资金成功撬动各类基金30亿元，"
            "近四年来新上市、挂牌企业38家，金融支撑实体经济能力进一步增强；旅游总收入由381.5亿元提高到907.9亿元，品牌活动精彩纷呈。\n")
    found = extract_facts(text, published=date(2016, 1, 20))
    assert [(f.text, f.period) for f in found][-2:] == [("381.5亿元", "2010"), ("907.9亿元", "2015")]


def test_a_numbering_that_starts_again_after_the_review_is_the_plans():
    # 四川 2004 (delivered January 2005): **2004年工作回顾** 一、… then the 2005 goals and 一、加强经济调节… with no
    # word of a plan in its heading
    text = ("2004年工作回顾\n一、宏观调控取得阶段性成果，经济持续快速增长\n全省生产总值增长12.7%。\n"
            "综合各方面因素，省政府拟定2005年经济社会发展的主要预期目标为：生产总值增长9%。\n"
            "一、加强经济调节，保持经济发展良好势头\n继续加大投资力度。积极争取国债支持，鼓励民间投资，确保全社会固定资产投资增长12%。\n")
    found = extract_facts(text, title="2004年四川省人民政府工作报告")
    assert [(f.text, f.status, f.period) for f in found] == [
        ("12.7%", "actual", "2004"), ("9%", "target", "2005"), ("12%", "target", "2005")]


def test_only_where_an_estimated_change_got_to_is_an_estimate():
    # 广西 2011: 预计 dates 2010's figure; 2005's, where the change started, is the revised actual
    found = extract_facts("预计2010年全区生产总值由2005年的3984亿元增加到9500亿元，年均增长13.9%。", published=date(2011, 1, 20))
    assert [(f.text, f.status, f.period) for f in found][:2] == [("3984亿元", "actual", "2005"),
                                                                  ("9500亿元", "estimate", "2010")]


def test_an_earlier_milestone_lends_its_year_to_nothing_after_it():
    # 鄂尔多斯 2023: 继2021年迈过4000亿元台阶后 had dated every figure after it 2021
    text = ("各位代表：\n一、过去一年工作总结\n2022年，是鄂尔多斯极具考验的一年。预计完成地区生产总值5400亿元、增长6.2%，"
            "继2021年迈过4000亿元台阶后，突破5000亿元大关；一般公共预算收入842.8亿元、增长52.7%，固定资产投资增长25%。\n")
    found = extract_facts(text, published=date(2023, 1, 2))
    assert {(f.indicator_code, f.period) for f in found if f.indicator_code} == {
        ("gdp", "2022"), ("general_budget_revenue", "2022"), ("fixed_asset_investment", "2022")}


def test_a_remark_before_the_year_a_paragraph_opens_on_does_not_hide_it():
    # 广西 2006 and 江苏 2003: in the five-year review, 特别需要指出的是，刚刚过去的2005年，… is about 2005 alone
    text = ("各位代表：\n一、过去五年工作回顾\n五年来，全区生产总值年均增长10.4%。\n"
            "特别需要指出的是，刚刚过去的2005年，是我区改革开放和现代化建设取得重大进展的一年。财政收入475.39亿元，增长17.7%。\n")
    found = extract_facts(text, published=date(2006, 1, 20))
    assert [(f.text, f.period) for f in found][-2:] == [("475.39亿元", "2005"), ("17.7%", "2005")]
    # 各位代表！“十二五”期间，… (厦门 2016) opens on the plan's five years
    found = extract_facts("各位代表：\n一、2015年工作回顾\n各位代表！“十二五”期间，全社会固定资产投资累计7277.7亿元。\n",
                          published=date(2016, 1, 20))
    assert [f.period for f in found] == ["2011-01/2015-12"]


def test_a_record_in_n_years_and_a_group_named_since_a_year_date_nothing_after_them():
    # 河源 2023: 53年来最强“龙舟水” had dated the year's GDP growth 1970–2022
    text = ("各位代表：\n一、2022年工作回顾\n克服疫情冲击影响及53年来最强“龙舟水”袭击，实现地区生产总值1294.57亿元、增长1%。\n"
            "市区两级筹集资金，将1983年以来被征地人员纳入城保体系；城市居民人均可支配收入达3.22万元，增长13.7%。\n")
    found = extract_facts(text, published=date(2023, 1, 20))
    assert [(f.text, f.period) for f in found if f.indicator_code] == [
        ("1294.57亿元", "2022"), ("1%", "2022"), ("3.22万元", "2022"), ("13.7%", "2022")]


def test_a_growth_over_a_second_base_spans_the_years_since_it():
    # 广州 2007: 48.3% had answered "广州's urban income growth in 2006" beside 8.5%
    found = extract_facts("各位代表：\n一、2006年工作回顾\n城镇居民年人均可支配收入为19850.66元，分别比上年和2002年增长8.5%和48.3%。\n",
                          published=date(2007, 1, 20))
    assert [(f.text, f.period) for f in found][1:] == [("8.5%", "2006"), ("48.3%", "2003-01/2006-12")]


def test_figures_a_note_calls_estimates_are_estimates_to_the_next_heading():
    # 益阳 2016: （预计数，下同）; its 2015 urbanisation 46.2% had been set against the 2021 report's revised 46.4%
    text = ("各位代表：\n一、过去五年工作回顾\n2015年，全市实现生产总值1353亿元（预计数，下同），是2010年的1.7倍，年均增长11%。"
            "城镇化率由39.9%提高到46.2%。\n二、今后五年的主要任务\n到2020年，城镇化率达到55%。\n")
    found = {f.text: (f.period, f.status) for f in extract_facts(text, published=date(2016, 1, 20))}
    assert found["1353亿元"] == ("2015", "estimate") and found["46.2%"] == ("2015", "estimate")
    assert found["11%"] == ("2011-01/2015-12", "actual") and found["39.9%"][1] == "actual"  # other years' figures
    assert found["55%"] == ("2020", "target")  # (after the next heading)


def test_a_report_delivered_before_the_year_is_out_estimates_its_paragraph_of_headlines():
    # 怀化 (2015年12月29日), conflicts sample 27: the income was filed as 2015's actual beside the final figure
    text = ("**政府工作报告**\n——2015年12月29日在怀化市第四届人民代表大会第四次会议上\n\n"
            "2015 年，我们在市委坚强领导下，奋力追赶全省经济发展步伐。预计全年实现生产总值1280亿元，增长8.6%。"
            "城、乡居民人均可支配收入分别达到20940元、7130元，增长9%和10%。新增高新技术企业9家。\n")
    found = extract_facts(text, published=date(2015, 12, 29), region_code="431200")
    assert [(f.text, f.status) for f in found if f.text in ("20940元", "9%")] == [("20940元", "estimate"), ("9%", "estimate")]
    assert [f.status for f in found if f.text == "9家"] == ["actual"]  # done by December: no statistic to estimate
    # a report of the next year: the figures after the estimated one are preliminary actuals
    found = extract_facts(text.replace("2015年12月29日", "2016年1月29日"), published=date(2016, 1, 29), region_code="431200")
    assert [f.status for f in found if f.text == "20940元"] == ["actual"]


def test_what_was_striven_for_and_then_done_is_a_review():
    # 上海 2010 (truth table cities_more_2): the 2009 incomes were targets of a review, for the 力求 opening the sentence
    text = ("（三）努力解决人民群众最关心的利益问题。越是经济形势严峻，越要高度关注改善民生。力求把保发展与惠民生更好结合起来，"
            "实现了居民收入与经济同步增长，城市和农村居民家庭人均可支配收入分别比上年增长8.1%和8.2%。")
    found = extract_facts(text, published=date(2010, 1, 25), region_code="310000")
    assert [(f.text, f.status, f.period) for f in found] == [("8.1%", "actual", "2009"), ("8.2%", "actual", "2009")]


def test_each_clause_of_a_heading_is_a_conjunct_and_the_first_that_speaks_leads():
    # 山东 1997 (truth table state_provinces_more): the 1996 review was read as 1997's targets for its heading's 计划
    text = ("**一、1996年全省两个文明建设取得显著成绩，实施“九五”计划开局良好**\n"
            "宏观调控取得显著成效。居民消费价格上涨9.6%，涨幅回落8个百分点。全社会固定资产投资完成1562亿元，增长18.1%。\n")
    found = extract_facts(text, published=date(1997, 2, 15), region_code="370000")
    assert [(f.text, f.status, f.period) for f in found][::3] == [("9.6%", "actual", "1996"), ("18.1%", "actual", "1996")]


def test_the_sentences_after_the_years_goals_are_announced_are_goals_too():
    # 山东 2000 (truth table state_provinces_more): the investment target read as 1999's actual
    text = ("各位代表！我们已进入世纪交替的2000年。今年全省经济和社会发展的主要预期目标为：国内生产总值增长9%，"
            "其中第一产业增长4%。全社会固定资产投资增长14%，社会消费品零售总额增长9%，地方财政收入增长10%。\n")
    found = extract_facts(text, published=date(2000, 2, 20), region_code="370000")
    assert [(f.text, f.indicator_code, f.status, f.period) for f in found if f.text == "14%"] == [
        ("14%", "fixed_asset_investment", "target", "2000")]
    found = extract_facts("全社会完成投资2500亿元，增长9.2%。", published=date(2000, 2, 20), region_code="370000")
    assert [f.indicator_code for f in found] == ["fixed_asset_investment", "fixed_asset_investment"]


def _placed(text, published, region_code):
    return [(f.text, f.status, f.period) for f in extract_facts(text, published=published, region_code=region_code)]


def test_the_growth_said_after_a_years_amount_in_a_review_of_five_years_is_that_years():
    # 惠州 2022 (truth table cities_2002_2025): the budget revenue's and the incomes' growths took the five years
    text = ("**过去五年工作回顾**\n\n五年来，我们保持战略定力，坚定不移发展实体经济，综合实力迈上新台阶\n\n"
            "地方一般公共预算收入455.4亿元，增长10.5%。城镇和农村居民人均可支配收入分别达49243元和27580元，"
            "分别提高8.3%和10.7%。\n")
    assert _placed(text, date(2022, 1, 10), "441300") == [
        ("455.4亿元", "actual", "2021"), ("10.5%", "actual", "2021"), ("49243元", "actual", "2021"),
        ("27580元", "actual", "2021"), ("8.3%", "actual", "2021"), ("10.7%", "actual", "2021")]
    # 河北 2018: a paragraph that says it speaks of the five years gives growths over them
    text = ("**一、过去五年工作回顾**\n\n五年来，我们落实以人民为中心的发展思想。全省城乡居民人均可支配收入达到30548元和"
            "12881元，分别增长51.1%和57.9%。\n")
    assert [p for _, _, p in _placed(text, date(2018, 1, 25), "130000")][2:] == ["2013-01/2017-12"] * 2
    # 济南 2012: a growth against a base year is over the years since
    text = "**一、过去五年工作回顾**\n\n经济实力大幅提升。全市完成生产总值4406.3亿元，比2007年增长58%。\n"
    assert "/" in _placed(text, date(2012, 1, 10), "370100")[1][2]


def test_the_years_goals_listed_one_a_line_after_their_lead_are_that_years():
    # 惠州 2022 (truth table cities_2002_2025): the goals took the five years of the heading
    text = ("**未来五年目标任务及2022年工作安排**\n\n今后五年政府工作的总体目标是：到2026年，不断做大经济总量。\n\n"
            "综合各方面因素，2022年全市经济社会发展主要预期目标是：\n\n地区生产总值增长8.5%，规模以上工业增加值增长12%；\n\n"
            "地方一般公共预算收入增长6%；\n\n完成上述目标任务，必须坚持稳中求进。\n\n到2026年，全市地区生产总值达到7000亿元。\n")
    assert _placed(text, date(2022, 1, 10), "441300") == [
        ("8.5%", "target", "2022"), ("12%", "target", "2022"), ("6%", "target", "2022"),
        ("7000亿元", "target", "2026")]


def test_a_turn_to_the_year_just_gone_after_the_five_years_dates_what_follows():
    # 无锡 2017 and 青岛 2008 (truth table cities_2002_2025): the year's growths took the five years
    text = ("**过去五年工作回顾**\n\n过去五年，全市经济发展经历了起伏变化过程。特别是刚刚过去的2016年，我们积极应对各种困难"
            "和挑战，基本完成了全年各项目标任务。一是综合实力稳步提升。地区生产总值增长7.5%，同比提高0.4个百分点。\n")
    assert _placed(text, date(2017, 2, 14), "320200")[0] == ("7.5%", "actual", "2016")
    text = ("**一、五年的工作回顾**\n\n各位代表！回顾五年，刚刚过去的2007年，是青岛发展史上特殊而重要的一年。"
            "预计全市生产总值突破3700亿元，比上年增长16%。\n")
    assert _placed(text, date(2008, 1, 5), "370200")[1] == ("16%", "estimate", "2007")


def test_a_review_of_the_term_since_its_first_session_spans_its_years():
    # 邢台 2021-08 (conflicts sample 28): the term's figures were dated to the last year alone
    text = ("各位代表：\n一、十五届人大一次会议以来工作回顾\n我们坚持补短板、强弱项。"
            "全员核酸检测3轮，省市重点项目完成投资357.2亿元。\n")
    assert _placed(text, date(2021, 8, 23), "130500")[-1] == ("357.2亿元", "actual", "2016-01/2020-12")


def test_a_table_column_over_five_years_is_dated_to_them(tmp_path):
    # 无锡 2017's appendix (truth table cities_2002_2025): 五年平均　　增长 7.3 answered for the revenue's growth in 2016
    from zhibiao.ingest import read_document
    text = ("各位代表：\n一、过去五年工作回顾\n地区生产总值年均增长8.4%。\n\n附录二：数据汇总表\n\n"
            "| 序号 | 指标 | 单位 | 2011年 | 2016年 | 五年累计 | 五年平均　　增长（%） |\n| --- | --- | --- | --- | --- | --- | --- |\n"
            "| 2 | 一般公共预算收入 | 亿元 | 615.00 | 875.00 | 3841.95 | 7.3 |\n"
            "| 6 | 农村常住居民人均可支配收入 | 元 | - | 26158 | - | 10.1 |\n")
    (tmp_path / "wuxi_2017.md").write_text("——2017年2月14日在无锡市第十六届人民代表大会第一次会议上\n" + text, encoding="utf-8")
    doc = read_document(tmp_path / "wuxi_2017.md", raw_root=tmp_path)
    found = [(f.text, f.period) for f in extract_facts(doc.text, published=doc.published_date, title=doc.title,
                                                        region_code="320200")][1:]
    assert found == [("615.00", "2011"), ("875.00", "2016"), ("3841.95", "2012-01/2016-12"), ("7.3", "2012-01/2016-12"),
                     ("26158", "2016"), ("10.1", "2012-01/2016-12")]


def test_the_five_years_aims_announced_at_a_paragraphs_end_are_the_five_years():
    # 重庆 2011 (truth table conflicts): 城镇居民人均可支配收入增长75% answered for the year's income target
    text = ("二、今后五年的奋斗目标和2011年的工作\n根据《建议》，做好今后五年的工作，我们要以科学发展为主题。其主要标志是：\n"
            "——经济总量和居民收入同步增长。城镇新增就业150万人，城镇居民人均可支配收入增长75%。\n")
    assert _placed(text, date(2011, 1, 20), "500000") == [("150万人", "target", "2011-01/2015-12"),
                                                          ("75%", "target", "2011-01/2015-12")]


def test_a_growth_against_five_years_ago_spans_the_five_years():
    # 甘肃 2003 (truth table provinces_1990_2009): 分别比五年前增长了71.19%和30.83% answered for 2002's growth
    text = ("一、2002年工作回顾\n城镇居民人均可支配收入增加2558元，农民人均纯收入增加373元，分别比五年前增长了71.19%和30.83%。\n")
    assert _placed(text, date(2003, 1, 20), "620000")[2:] == [("71.19%", "actual", "1998-01/2002-12"),
                                                             ("30.83%", "actual", "1998-01/2002-12")]


def test_a_growth_joined_to_a_change_from_a_base_year_spans_the_years_after_it():
    # 三明 2021 (truth table cities_more_4): 增长18.65% over five years answered for 2020's revenue growth
    text = ("一、2020年和“十三五”时期工作回顾\n“十三五”期间，全市生产总值从2015年的1712.99亿元提高到2020年的2702.19亿元，"
            "增长40.7%；地方一般公共预算收入从2015年的93.68亿元增加到111.16亿元、增长18.65%。\n")
    assert _placed(text, date(2021, 1, 20), "350400")[-1] == ("18.65%", "actual", "2016-01/2020-12")


def test_a_heading_that_presses_on_a_task_is_no_plans_heading():
    # 西藏 2007 (truth table provinces_cities_1982_2007): the review's sections were read as the year's plans
    text = ("2006年工作回顾\n2006年，我们坚持以邓小平理论为指导。\n一、狠抓首要任务，新农村建设扎实推进\n"
            "完成全社会固定资产投资231.1亿元，增长17.8%。\n")
    assert _placed(text, date(2007, 1, 12), "540000") == [("231.1亿元", "actual", "2006"), ("17.8%", "actual", "2006")]


def test_a_year_opening_a_sentence_of_the_plans_aims_is_its_period():
    # 广州 2001 (truth table provinces_cities_1982_2007): 2005's aims were dated 2001, against the year's CPI target
    text = ("二、“十五”时期的奋斗目标和主要任务\n（六）人民生活整体迈向比较富裕阶段。2005年，城镇居民人均可支配收入达到"
            "22200元，扣除价格因素实际年均增长5.5%;居民消费价格指数上升4%左右。\n")
    assert _placed(text, date(2001, 2, 20), "440100") == [("22200元", "target", "2005"),
                                                          ("5.5%", "target", "2001-01/2005-12"),
                                                          ("4%左右", "target", "2005")]


def test_a_paragraph_that_opens_on_an_estimate_estimates_what_it_reports():
    # 甘肃 2013 (conflicts sample 30): 1910亿元, estimated in January, stood as 2012's actual against the later 1877
    text = ("一、过去五年工作回顾\n——经济发展实现新跨越。预计2012年生产总值由2007年的2704亿元增加到5569亿元。"
            "社会消费品零售总额由854亿元增加到1910亿元，年均增长17.5%。\n全省城镇新增就业15万人。\n")
    assert [(t, st) for t, st, _ in _placed(text, date(2013, 1, 24), "620000")] == [
        ("2704亿元", "actual"), ("5569亿元", "estimate"), ("854亿元", "actual"), ("1910亿元", "estimate"),
        ("17.5%", "estimate"), ("15万人", "actual")]


def test_a_year_inside_a_basis_is_no_period():
    # 大连 2020 (truth table cities_more_5): 扣除2018年…因素影响 dated the incomes after it to 2018
    text = ("一、2019年政府工作回顾\n——振兴发展开创新局面。固定资产投资下降19.8%，扣除2018年恒力、英特尔项目投资基数较大"
            "因素影响，可比增长11%；城乡居民人均可支配收入分别增长6.7%和10.3%。\n")
    assert [p for _, _, p in _placed(text, date(2020, 5, 14), "210200")] == ["2019"] * 4


def test_a_plain_growth_among_the_five_years_aims_is_over_them():
    # 合肥 2008 (truth table cities_more_5): 城镇居民人均可支配收入增长12%以上 stood as 2012's target
    text = ("二、今后五年的指导思想和主要奋斗目标\n未来五年主要奋斗目标是，到2012年，地区生产总值年均增长16%以上，人均生产总值"
            "达到6万元；城镇居民人均可支配收入增长12%以上，农民人均纯收入年均增长13%。\n")
    assert _placed(text, date(2008, 1, 20), "340100") == [
        ("16%以上", "target", "2008-01/2012-12"), ("6万元", "target", "2012"), ("12%以上", "target", "2008-01/2012-12"),
        ("13%", "target", "2008-01/2012-12")]


def test_the_notes_on_the_figures_after_the_plans_report_what_was():
    # 厦门 2007 (whole-corpus answers): the appendix's 2006年…增长16.7% stood as a target beside the year's 16%
    text = ("二、2007年工作安排\n主要预期目标为：生产总值增长13%。\n数据说明\n"
            "1、2006年厦门市生产总值总量1162.4亿元，按可比价格比上年增长16.7%。\n")
    assert _placed(text, date(2007, 2, 5), "350200")[1:] == [("1162.4亿元", "actual", "2006"), ("16.7%", "actual", "2006")]


def test_a_term_report_of_october_reviews_the_five_full_years_before_it():
    # 南昌 2021-10 (conflicts samples 28-31): 从29714件增加到90554件 was dated 2016 to 2021 against the reports of
    # January 2017 and 2022
    text = ("——2021年10月26日在南昌市第十六届人民代表大会第一次会议上\n一、本届政府工作总结\n本届政府任期的五年，"
            "地区生产总值年均增长7.6%。专利授权总量从29714件增加到90554件。\n")
    assert [p for _, _, p in _placed(text, date(2021, 10, 26), "360100")] == ["2016-01/2020-12", "2015", "2020"]


def test_a_paragraph_of_the_plans_that_opens_on_the_years_tasks_done_reports_that_year():
    # 天津 2006 (truth table major_cities_more): the 2005 figures after 七、做好2006年工作 stood as 2006's targets
    text = ("七、做好2006年工作，实现“十一五”良好开局\n各位代表，在全市人民的共同努力下，2005年市十四届人大三次会议确定的经济社会"
            "发展的各项任务已圆满完成。全市生产总值在上年增长 15.7%的基础上又增长14.5%。全社会固定资产投资增长20.5%。城 市居民"
            "人均可支配收入增长10.2%。\n今年经济社会发展的主要预期目标是：全社会固定资产投资增长20%。\n")
    found = extract_facts(text, published=date(2006, 1, 15), region_code="120000")
    assert [(f.text, f.status, f.period, f.indicator_code) for f in found][1:] == [
        ("14.5%", "actual", "2005", "gdp"), ("20.5%", "actual", "2005", "fixed_asset_investment"),
        ("10.2%", "actual", "2005", "urban_disposable_income"), ("20%", "target", "2006", "fixed_asset_investment")]


def test_an_estimate_under_a_review_of_five_years_is_of_the_last_year():
    # 白城 2022 (truth table cities_more_7): 预计社零额增长8% took the five years of its section
    text = ("各位代表：\n一、过去五年工作回顾\n2021年喜迎建党百年。预计全市地区生产总值增长7%。\n（一）切实加强调度分析，经济运行稳中有进。"
            "消费市场持续恢复向好，预计社零额增长8%，进出口总额增长15%。去年，社会消费品零售总额预计实现695亿元，比2016年增长"
            "63.7%。\n")
    found = [(t, p) for t, _, p in _placed(text, date(2022, 1, 20), "220800")]
    assert found[1] == ("8%", "2021") and found[-1] == ("63.7%", "2017-01/2021-12")


def test_the_best_year_since_a_year_is_no_span_of_years():
    # 乐山 2023 (truth table cities_more_7): 是2004年以来高于全省增速最多的一年 dated the growths after it 2004-2022
    text = ("2022年工作回顾\n2022年，规模以上工业增加值增长10.1%、高于全省6.3个百分点，是2004年以来高于全省增速最多的一年；"
            "全社会固定资产投资增长11%。\n")
    assert _placed(text, date(2023, 2, 22), "511100")[-1] == ("11%", "actual", "2022")


def test_a_heading_of_the_plan_and_the_long_range_vision_dates_the_plans_years():
    # 青海 2021: 城镇新增就业30万人 is the five years' aim, not 2021's (6万人以上, set for 2021 further on)
    text = ("**二、“十四五”主要目标任务和二〇三五年远景目标**\n\n实施就业优先政策，城镇新增就业30万人。\n\n"
            "**三、2021年工作安排**\n\n今年的主要预期目标是：城镇新增就业6万人以上。")
    found = extract_facts(text, published=date(2021, 1, 28))
    assert [(f.value, f.period) for f in found] == [(300000, "2021-01/2025-12"), (60000, "2021")]
