"""Misses of the society tables and of the fourth blind batches, as an analyst would meet them: the profits of
industry told after its value added, across a semicolon, and the other figures whose subject sits in the part
before.

Each example is a real report sentence behind a miss.
"""
from datetime import date

from zhibiao.extract import extract_facts


def facts(text, published=date(2021, 1, 20)):
    return [(f.value, f.measure, f.status, f.period, f.indicator_code) for f in extract_facts(text, published=published)]


def codes(text, published=date(2021, 1, 20)):
    return [(f.value, f.indicator_code) for f in extract_facts(text, published=published)]


def test_profits_after_a_semicolon_are_those_of_the_industry_before():
    # 武汉 2008: 实现利润 opens its part; the part before names the industry
    found = facts("规模以上工业实现增加值1055.18亿元，增长22.1%；实现利润235亿元，增长57%。", date(2008, 1, 20))
    assert found[2:] == [(2.35e10, "level", "actual", "2007", "industry_profits_above_scale"),
                         (57.0, "growth", "actual", "2007", "industry_profits_above_scale")]
    # 太原 2008: the index of the same industry before the semicolon
    assert codes("规模以上工业经济效益综合指数达到186.9点，比去年提高33点；实现利润93.6亿元，增长70.9%。",
                 date(2008, 1, 20))[-2:] == [(9.36e9, "industry_profits_above_scale"),
                                             (70.9, "industry_profits_above_scale")]


def test_profits_and_taxes_are_their_own_statistic():
    # 山东 2007: 利税 (profits plus taxes) and 利润 of the same firms, after their value added
    found = codes("全省规模以上工业增加值达到11122.8亿元，增长23.6%；实现利税4283.6亿元、利润2634亿元，"
                  "分别增长28.2%和26.3%。", date(2007, 1, 20))
    assert found[2:] == [(4.2836e11, "industry_profit_tax_above_scale"), (2.634e11, "industry_profits_above_scale"),
                         (28.2, "industry_profit_tax_above_scale"), (26.3, "industry_profits_above_scale")]


def test_a_part_that_names_its_own_subject_keeps_it():
    # 宁夏 2012: the profits of state firms, not of the industry named before the semicolon
    found = codes("全区生产总值、地方一般预算收入、固定资产投资、工业增加值分别是2007年的2.2倍、2.7倍、3.1倍和2.2倍；"
                  "地方国有企业资产总额3510亿元、利润120亿元，分别是2007年的8.4倍和20倍。", date(2012, 1, 20))
    assert (1.2e10, None) in found


def test_the_old_names_of_industrys_profits():
    # 青岛 1999: 限额以上 firms, the size of the 1990s; 鄂州 2020: industry's profits said without a size
    assert codes("全市限额以上工业企业完成工业增加值246.7亿元，增长15.4%，实现利润21.6亿元，增长22.4%。",
                 date(1999, 1, 20))[-2:] == [(2.16e9, "industry_profits_above_scale"),
                                             (22.4, "industry_profits_above_scale")]
    assert codes("预计工业利润增长15.1%。", date(2020, 1, 20)) == [(15.1, "industry_profits_above_scale")]
    # 承德 2014: firms "above designated size" with no industry named are the trade's the sentence is about
    # (鼓励中药产品研发生产: the medicine makers'), no code
    assert codes("鼓励中药产品研发生产，力争规模以上企业达到10家，实现销售收入25亿元。", date(2014, 1, 20))[-1] == (2.5e9, None)


def test_a_price_index_risen_by_points_is_the_prices_growth():
    # 贵阳 2009: the index on the year before (=100) up 7 points is a rise of prices of 7%
    assert facts("居民消费价格指数同比上涨7个百分点。", date(2009, 1, 20)) == [(7.0, "growth", "actual", "2008", "cpi")]
    # 东莞 2007: the same as a target
    assert facts("今年主要预期目标是：居民消费价格指数上升控制在3个百分点以内。", date(2007, 1, 20)) == [
        (3.0, "growth", "target", "2007", "cpi")]
    # a fall from an earlier figure stays a change of the rate
    assert facts("居民消费价格指数比上年回落2个百分点。", date(2009, 1, 20)) == [(-2.0, "change", "actual", "2008", "cpi")]


def test_cpi_in_a_list_of_bounds_is_a_rise_of_prices():
    # 巴中 2022: CPI beside the surveyed unemployment rate, one verb for both
    found = facts("今年经济社会发展的主要预期目标是：地区生产总值增长7%左右，CPI、城镇调查失业率分别控制在3.5%和5.5%以内。",
                  date(2022, 1, 20))
    assert found[1:] == [(3.5, "growth", "target", "2022", "cpi"), (5.5, "level", "target", "2022", "unemployment_rate")]


def test_the_general_price_level_is_consumer_prices():
    # 太原 2008: 价格总水平, the older name
    assert facts("价格总水平上涨4.1%，低于全国、全省平均水平。", date(2008, 1, 20))[0] == (4.1, "growth", "actual", "2007", "cpi")


def test_industrialisation_names_no_industry():
    # 鹰潭 2014: 工业化办法 is a way of farming; the sales after it are the farm businesses'
    found = codes("加快推进农业产业化，坚持市场化理念、工业化办法，培育新型农业经营主体，力争实现销售收入70亿元以上。",
                  date(2014, 1, 20))
    assert found[-1] == (7e9, None)


def placed(text, published, title):
    return [(f.value, f.status, f.period, f.indicator_code)
            for f in extract_facts(text, published=published, title=title)]


def test_this_year_is_and_its_work_open_the_years_plans():
    # 河池 2015: plans under no heading of their own, after a paragraph on what this year is and its work
    text = ("一、2014年工作回顾\n\n全市生产总值增长8.5%。\n\n"
            "今年是全面深化改革的关键之年，也是全面完成“十二五”规划的收官之年。做好今年的工作，意义重大。\n\n"
            "进一步扩大就业。全市城镇新增就业1.8万人，城镇登记失业率控制在4.5%以内。\n")
    assert placed(text, date(2015, 2, 1), "河池市2015年政府工作报告")[1:] == [
        (18000.0, "target", "2015", "urban_new_jobs"), (4.5, "target", "2015", "registered_unemployment_rate")]
    # 山东 2007: 今年是本届政府履行职责的最后一年, then years gone by: no plans open there
    text = ("一、2006年工作回顾\n\n全省生产总值增长14.7%。\n\n各位代表，今年是本届政府履行职责的最后一年。几年来，我们认真落实"
            "各项部署。\n\n改造农村公路9.7万公里。\n")
    assert placed(text, date(2007, 2, 1), "山东省2007年政府工作报告")[-1][1:3] == ("actual", "2006")


def test_an_anniversary_is_no_figure_of_the_opening_year():
    # 葫芦岛 2021: 建党100周年 does not make the year's opening a sentence of figures
    text = ("二、“十四五”时期发展目标和2021年工作安排\n\n确定今后五年经济社会发展的主要目标是：综合实力跃上新台阶。\n\n"
            "2021年，是中国共产党建党100周年，是实施“十四五”规划、全面建设社会主义现代化国家的开局之年。\n\n"
            "（八）推进社会事业发展，持续改善民生质量\n\n完善社会保障体系。深化“全国百城就业联盟”合作，城镇新增就业1.4万人以上、"
            "登记失业率控制在5.2%以内。\n")
    assert placed(text, date(2021, 2, 1), "葫芦岛市2021年政府工作报告") == [
        (14000.0, "target", "2021", "urban_new_jobs"), (5.2, "target", "2021", "registered_unemployment_rate")]


def test_a_plans_aims_announced_by_its_name_run_to_the_years_part():
    # 苏州 2016: “十三五”发展的具体目标是： the plan's aims, reached by 2020
    text = ("一、2015年工作回顾\n\n全市生产总值增长7.5%。\n\n**2.“十三五”发展的指导思想和目标定位**\n\n“十三五”发展的具体目标是：\n\n"
            "——经济保持中高速增长、产业迈向中高端水平。全社会研究与试验发展经费支出占地区生产总值比重达到3%左右，"
            "陆地森林覆盖率达到30%。\n")
    assert placed(text, date(2016, 2, 1), "苏州市2016年政府工作报告")[1:] == [
        (3.0, "target", "2020", "rd_intensity"), (30.0, "target", "2020", "forest_coverage")]
    # 儋州 2021: the aims end where the year's goals and tasks begin, numbered or not
    text = ("一、“十三五”及2020年工作回顾\n\n全市生产总值增长3.5%。\n\n二、“十四五”主要目标及2021年工作安排\n\n"
            "“十四五”时期，我市经济社会发展主要目标是：地区生产总值年均增长10%以上，森林覆盖率达到70%。\n\n"
            "2021年经济社会发展主要预期目标是：地区生产总值增长10%以上。\n\n为实现上述目标，2021年重点抓好以下工作：\n\n"
            "（一）保障改善民生，进一步增进人民福祉。始终坚持把实现人民群众对美好生活新期盼作为政府工作的出发点和落脚点。\n\n"
            "提高就业和社会保障质量。加快构建终身技能培训长效机制，城镇新增就业8500人，农村劳动力转移就业1万人。\n")
    assert placed(text, date(2021, 2, 1), "儋州市2021年政府工作报告")[1:] == [
        (10.0, "target", "2021-01/2025-12", "gdp"), (70.0, "target", "2025", "forest_coverage"),
        (10.0, "target", "2021", "gdp"), (8500.0, "target", "2021", "urban_new_jobs"),
        (10000.0, "target", "2021", "rural_labour_transfer")]


def test_new_urban_jobs_and_unemployment_in_other_words():
    # 保定 2022, 黔东南 2014, 辽阳 2018, 北海 2021; 深圳 2006's registered rate of its registered residents
    assert [c for _, c in codes("城镇实现新增就业8.9万人以上，城镇新增就业登记6.06万人，新增城镇实名制就业1.5万人，"
                                 "城镇人口就业新增1.4万人。")] == ["urban_new_jobs"] * 4
    assert codes("户籍居民登记失业率控制在2.37%的较低水平。", date(2006, 1, 20)) == [
        (2.37, "registered_unemployment_rate")]


def test_two_price_indices_in_one_list_are_their_growths():
    # 甘肃 2000, 宁波 1999: indices on the year before (=100), written without %, the list's name shared
    assert facts("居民消费和商品零售价格指数分别为98和97。", date(2000, 1, 20)) == [
        (-2.0, "growth", "actual", "1999", "cpi"), (-3.0, "growth", "actual", "1999", "retail_price_index")]
    assert codes("居民消费价格指数和商品零售价格指数分别为99.8和97.6。", date(1999, 1, 20)) == [
        (-0.2, "cpi"), (-2.4, "retail_price_index")]


def test_when_a_path_starts_and_how_long_a_level_held_are_no_part_of_the_name():
    # 陕西 2012: the year's rise after prices fell from the fourth quarter; 海南 2007: the same rise two years running
    assert facts("居民消费价格从四季度开始下降，预计全年上涨5.7%。", date(2012, 1, 20)) == [
        (5.7, "growth", "estimate", "2011", "cpi")]
    assert facts("居民消费价格总水平涨幅连续两年维持在1.5%的水平。", date(2007, 1, 20)) == [
        (1.5, "growth", "actual", "2006", "cpi")]


def test_the_levels_after_a_step_passed_measure_the_steps_subject():
    # 邵阳 2016: 由…提高到… after 突破2万元大关 (a space before the comma) or 接近万元关口 measures the same income; the
    # round step itself is the warehouse's bound of that level (bound_of: tests/test_warehouse.py)
    found = facts("五年来，城镇居民人均可支配收入突破2万元大关 ，由11686元提高到21270元 ，农民人均纯收入接近万元关口 ，"
                  "由3706元提高到8600元。", date(2016, 1, 20))
    assert [(v, c) for v, _, _, _, c in found if v not in (20000.0, 10000.0)] == [
        (11686.0, "urban_disposable_income"), (21270.0, "urban_disposable_income"),
        (3706.0, "rural_net_income"), (8600.0, "rural_net_income")]


def test_a_year_at_the_head_of_a_review_of_five_years_dates_its_levels():
    # 海南 2018: 2017年…；地方一般公共预算收入674.1亿元，是2012年的1.6倍: the level of 2017, not a five years' sum
    text = ("一、本届政府工作回顾\n\n五年来，经济社会发展取得重大成就。2017年全省实现地区生产总值4462.5亿元，五年间迈上两个千亿台阶，"
            "是2012年的1.5倍，年均增长8.1%;地方一般公共预算收入674.1亿元，是2012年的1.6倍，年均增长10.5%;"
            "固定资产投资4125.4亿元，是2012年的1.9倍，年均增长15.8%。\n")
    levels = [(v, p, c) for v, _, p, c in placed(text, date(2018, 1, 26), "海南省2018年政府工作报告") if v > 1e9]
    assert levels == [(4.4625e11, "2017", "gdp"), (6.741e10, "2017", "general_budget_revenue"),
                      (4.1254e11, "2017", "fixed_asset_investment")]


def test_whole_city_in_a_provinces_report_is_the_city_the_sentence_named():
    # 辽宁 2004: 阜新's GDP, not the province's
    found = extract_facts("在国家的支持下，阜新资源枯竭型城市经济转型试点工作取得了有效进展，全市GDP增长率连续两年超过20%。",
                          published=date(2004, 1, 20), region_code="210000")
    assert [(f.value, f.indicator_code, f.region) for f in found] == [(20.0, "gdp", "阜新市")]


def test_five_years_in_digits_are_the_five_years():
    # 大连 2001: 5年累计实现…固定资产投资1254亿元 is a sum over 1996–2000, not the investment of 2000
    found = placed("一、2000年工作回顾\n\n经过5年的努力，我市综合经济实力跃上了一个大台阶，5年累计实现国内生产总值4603亿元、"
                   "固定资产投资1254亿元、地方预算内财政收入321.4亿元。\n", date(2001, 1, 20), "大连市2001年政府工作报告")
    assert [p for _, _, p, _ in found] == ["1996-01/2000-12"] * 3


def test_the_airports_cargo_after_its_passengers():
    # 连云港 2019 (precision sample 46): 货物吞吐量 after 机场旅客 in one list is the airport's, not a port's
    assert codes("机场旅客、货物吞吐量分别增长41%、80%。", date(2019, 1, 20)) == [
        (41.0, "passenger_throughput"), (80.0, "air_cargo_throughput")]
    assert codes("港口货物、集装箱吞吐量分别增长4%、8%。", date(2019, 1, 20)) == [
        (4.0, "port_cargo_throughput"), (8.0, "container_throughput")]


def test_the_exports_of_a_group_are_not_the_countrys():
    # the 2016 communiqué: the country's goods trade, then its trade with the Belt and Road countries and their parts
    text = ("全年货物进出口总额243386亿元，比上年下降0.9%。其中，出口138455亿元，下降1.9%；进口104932亿元，增长0.6%。"
            "对“一带一路”沿线国家进出口总额62517亿元，比上年增长0.5%。其中，出口38319亿元，增长0.5%；进口24198亿元，增长0.4%。")
    levels = [(f.value, f.indicator_code) for f in extract_facts(text, published=date(2017, 2, 28))
              if f.measure == "level"]
    assert levels == [(2.43386e13, "foreign_trade"), (1.38455e13, "exports"), (1.04932e13, "imports"),
                      (6.2517e12, None), (3.8319e12, None), (2.4198e12, None)]
    # 江西 2007: an uncoded name of all the region's trade keeps its exports
    assert codes("海关外贸进出口总额61.94亿美元，增长52.6%；其中出口37.53亿美元，增长53.8%。", date(2007, 1, 20))[2:] == [
        (3.753e9, "exports"), (53.8, "exports")]
