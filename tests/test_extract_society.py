"""Tourists, profits, clean air and firms, as an analyst asks for them: tourist arrivals and their growth, the profits
of industry above designated size, the share of days with good air, the number of high-tech enterprises.

Each example is a real report sentence behind a miss of the blind truth tables of society (society_blind_1 to
society_blind_6: 383 rows of 180 reports, 245 right on their first run).
"""
from datetime import date

from zhibiao.extract import extract_facts


def coded(text, published=date(2020, 1, 20)):
    return [(f.value, f.measure, f.indicator_code) for f in extract_facts(text, published=published)]


def test_tourists_received_under_their_many_names_and_in_a_list_with_the_revenue():
    # 池州 2020, 衡阳 2021, 呼和浩特 2014, 河源 2022, 赣州 2022: the count's name is no revenue's
    text = ("接待游客量、旅游总收入分别增长10.2%、12.3%。全市游客接待量、旅游总收入分别增长8%、7%。"
            "全年接待旅游人数、实现旅游收入同比分别增长18%和23%。全年接待旅游者699.15万人次，增长10%。全市旅游接待1.4亿人次。")
    assert [c for _, _, c in coded(text)] == ["tourist_arrivals", "tourism_revenue"] * 3 + ["tourist_arrivals"] * 3


def test_bare_profits_after_industry_above_designated_size_are_its_profits():
    # 石家庄 2015
    found = coded("规模以上工业增加值完成2072亿元、利润达到746亿元，分别增长8%和11%。")
    assert found[1] == (7.46e10, "level", "industry_profits_above_scale")
    assert found[3] == (11, "growth", "industry_profits_above_scale")


def test_good_air_in_percent_is_the_share_of_good_days_not_their_number():
    # 保山 2023, 乌鲁木齐 2016, 南昌 2007: 优良天数 in percent, a bare 优良率 after the days
    text = "城市空气优良天数99.9%。全年空气优良天数达313天，优良率达85.75%。空气质量优良率达92.8%。"
    assert [(v, c) for v, _, c in coded(text) if c] == [(99.9, "good_air_days"), (85.75, "good_air_days"),
                                                         (92.8, "good_air_days")]


def test_the_total_after_the_new_ones_is_the_total():
    # 海口 2020: 总数 had been read as new firms (高新技术企业新增总数)
    assert coded("高新技术企业新增140家，总数达到414家。") == [(140, "level", "high_tech_enterprises_new"),
                                                       (414, "level", "high_tech_enterprises")]


def test_people_counted_in_wan_by_the_noun_after_and_those_who_left_poverty():
    # 大理 2014, 长春 2016: 万 with no 人, the poor named after the number, and those of them who left poverty
    found = coded("6.5万农村贫困人口实现脱贫。确保5.3万名农村贫困人口脱贫。全市还有12万贫困人口。", date(2016, 1, 20))
    assert found == [(65000, "level", "poverty_reduction"), (53000, "level", "poverty_reduction"),
                     (120000, "level", "poor_population")]


def test_firms_certified_again_are_neither_all_of_them_nor_new_ones():
    # 福建 2010 (sample 39: 重新认定576家高新技术企业 had been the number of high-tech firms)
    assert coded("全省重新认定576家高新技术企业。新认定高新技术企业120家。", date(2010, 1, 20)) == [
        (576, "level", None), (120, "level", "high_tech_enterprises_new")]


def test_a_tier_said_once_before_a_list_is_each_items_tier():
    # 宣城 2016 (sample 40: the engineering centres had been all of them, not the provincial ones), 安徽 2019
    found = coded("新认定省级工业设计中心3家、企业技术中心6家、工程技术研究中心9家。", date(2016, 1, 20))
    assert [c for _, _, c in found] == [None, "provincial_enterprise_tech_centres", "provincial_engineering_centres"]


def test_people_lifted_out_of_poverty_under_the_names_of_the_second_batch():
    # 南阳 2014, 湖北 2016, 驻马店 2014, 银川 2017 (society_blind_7..9); 大庆 2020: households are no people
    text = ("稳定解决11.5万农村贫困人口脱贫问题。力争全年实现147万建档立卡贫困人口稳定脱贫。力争完成14.5万人的脱贫任务。"
            "1.4万贫困人口脱贫销号。全年减贫3210户、6686人。")
    assert [(v, c) for v, _, c in coded(text, date(2016, 1, 20))] == [
        (115000, "poverty_reduction"), (1470000, "poverty_reduction"), (145000, "poverty_reduction"),
        (14000, "poverty_reduction"), (3210, None), (6686, "poverty_reduction")]


def test_good_air_tourists_profits_and_firms_under_the_names_of_the_second_batch():
    # 嘉峪关 2023, 无锡 2008, 北京 2011 and 2012, 宣城 2014, 牡丹江 2014, 广西 2007, 广州 2001, 攀枝花 2020
    text = ("环境空气优良率87.7%。空气良好天数占比达到93％。空气质量二级和好于二级天数达到78.4%。"
            "国内外游客接待量增长18%。全市接待境内外游客人数增长21.8%。国内外旅游人数达到2.1亿人次。"
            "规模以上工业企业盈亏相抵后实现利润总额188.1亿元。经认定的高新技术企业达331家。"
            "国家高新技术企业通过认定14家、总数37家。")
    assert [c for _, _, c in coded(text)] == ["good_air_days"] * 3 + ["tourist_arrivals"] * 3 + [
        "industry_profits_above_scale", "high_tech_enterprises", "high_tech_enterprises_new", "high_tech_enterprises"]


def test_a_campaigns_people_and_other_regions_people_are_not_the_years():
    # 青海 2020: four years' total; 北京 2020: people of the regions Beijing aids; 贵港 2016: this year's share stays
    qinghai = extract_facts("四年集中攻坚任务全面完成，14.55万户、53.9万建档立卡贫困人口全部脱贫。", published=date(2020, 1, 20))
    assert [(f.value, f.period) for f in qinghai if f.indicator_code == "poverty_reduction"] == [(539000, "2016-01/2019-12")]
    beijing = coded("扎实做好东西部扶贫协作和对口支援任务，实施1839个脱贫攻坚项目，预计助力50.6万人脱贫。")
    assert [c for v, _, c in beijing if v == 506000] == [None]
    guigang = extract_facts("大力实施“五年攻坚战、共圆小康梦”脱贫攻坚行动，力争年内实现7.5万贫困人口脱贫。", published=date(2016, 1, 20))
    assert [(f.value, f.period, f.indicator_code) for f in guigang] == [(75000, "2016", "poverty_reduction")]
