"""Numbers and units: every form a report writes, one real sentence each (zhibiao.extract.grammar)."""
from datetime import date

from .test_extract_support import facts, one, summary

P2024 = date(2024, 12, 20)


def test_the_guide_example():
    one("前三季度,规模以上工业总产值实现692.5亿元,", published=date(2024, 11, 1), text="692.5亿元",
        value=69250000000, unit="CNY", raw_value=692.5, raw_unit="亿元", measure="level", qualifier="exact",
        status="actual", period="2024-01/2024-09", indicator="规模以上工业总产值")


def test_offsets_point_into_the_text():
    text = "过去一年,磐石市旅游收入实现8.5亿元,增长57.4%;接待游客170万人次,增长41.6%。"
    for f in facts(text):
        assert text[f.start:f.end] == f.text


def test_thousands_separator_and_full_width_digits():
    assert summary("实现营业收入3,456.7万元。") == [("3,456.7万元", 34567000, "CNY")]
    assert summary("完成投资１２０．４８亿元，增长８．５％。") == [("１２０．４８亿元", 12048000000, "CNY"),
                                                         ("８．５％", 8.5, "percent")]


def test_chinese_numerals():
    one("发放消费券两千万元。", value=20000000, unit="CNY")
    one("实现年产风机整机一千二百台。", value=1200, unit="count")
    one("占吉林市比重超五成", value=50, unit="percent", qualifier="at_least", measure="share")


def test_mixed_magnitudes():
    one("深圳上半年GDP为1.5万亿元。", value=1.5e12, unit="CNY")
    one("累计提供零工岗位0.96万个。", value=9600, unit="count")
    one("开展“七讲七进”活动万余场次,", value=10000, unit="count", qualifier="at_least", text="万余场次")
    one("新能源装机突破千万千瓦。", value=1e10, unit="W", qualifier="at_least", text="突破千万千瓦")


def test_products():
    one("“等容量替代”新建2×350MW燃煤热电联产项目有序推进", value=700000000, unit="W", text="2×350MW")
    one("抓好2×66万千瓦燃煤保供机组项目", value=1320000000, unit="W", text="2×66万千瓦")


def test_fractions_and_doubling():
    one("民营经济占比超过五分之一。", value=20, unit="percent", qualifier="at_least")
    one("村均集体收入较2020年翻一番。", value=2, unit="times", measure="ratio", text="翻一番")


def test_lists_sharing_a_unit():
    assert summary("全市生猪、肉羊、肉牛饲养量增速分别达到5%、10%、3%") == [
        ("5%", 5, "percent"), ("10%", 10, "percent"), ("3%", 3, "percent")]
    assert summary("一二三产业增加值分别增长5.2、6.1和7.3个百分点。") == [
        ("5.2", 5.2, "percentage_point"), ("6.1", 6.1, "percentage_point"), ("7.3个百分点", 7.3, "percentage_point")]
    # 个 cut short by the list: the first item is percentage points too
    assert summary("佛山、合肥GDP增速分别高于长沙0.8个、1.7个百分点。") == [
        ("0.8个", 0.8, "percentage_point"), ("1.7个百分点", 1.7, "percentage_point")]


def test_ranges_are_one_fact_at_their_lower_bound():
    one("3A级和4A级景区增加2-3个,", text="2-3个", value=2, unit="count", qualifier="at_least")
    one("培训补贴标准提高10%-20%。", text="10%-20%", value=10, unit="percent", qualifier="at_least")
    one("年均增长5%—8%。", text="5%—8%", value=5, qualifier="at_least", measure="growth")


def test_qualifiers_and_their_text():
    one("投资额超100亿元,", text="超100亿元", qualifier="at_least")
    one("新增产值近12亿元。", text="近12亿元", qualifier="approx")
    one("维修路面约17万平方米,", text="约17万平方米", qualifier="approx", value=170000, unit="m2")
    one("帮助企业解决问题300余个,", text="300余个", qualifier="at_least", value=300)
    one("惠及群众160余万人次,", text="160余万人次", qualifier="at_least", value=1600000, unit="person_time")
    one("食药用菌加工业产值达到6亿元以上;", text="6亿元以上", qualifier="at_least")
    one("确保全市优良天数比例不低于94%,", text="不低于94%", qualifier="at_least", measure="level")
    one("城镇调查失业率控制在5.5%以内。", text="5.5%以内", qualifier="at_most")
    one("地区生产总值增长5%左右,", text="5%左右", qualifier="approx")
    one("距离建龙钢铁40多公里,", text="40多公里", qualifier="at_least", value=40000, unit="m")


def test_units_beyond_the_guide_list():
    one("新增变电容量50万千伏安。", value=500000000, unit="VA")
    one("PM2.5平均浓度降至35微克/立方米。", value=35, unit="ug_m3")
    one("集装箱吞吐量达到120万标箱。", value=1200000, unit="TEU")
    one("节约标准煤2万吨标准煤。", value=20000000, unit="kg")
    one("新增医疗床位800张。", value=800, unit="count")
    assert ("5.1万P", 51000, "PFLOPS") in summary("新增算力5.1万P，增长10倍。")


def test_money_in_other_currencies_keeps_its_currency():
    one("实际利用外资2.3亿美元。", value=230000000, unit="USD")


def test_lead_qualifier_letters_inside_a_word_are_not_qualifiers():
    assert [(f.text, f.qualifier) for f in facts("全年签约亿元以上项目25个。")] == [("亿元以上", "at_least"), ("25个", "exact")]
    one("引导就近5万人就业。", text="5万人", qualifier="exact")


def test_compound_rates_are_not_facts():
    # GUIDE v2: a compound rate is not one of its parts until it has a unit of its own
    assert facts("调增3700万吨/年煤炭产能获得批复。") == []
    assert facts("新增污水处理能力8万立方米/日。") == []
    assert facts("隔离用房达到140间/万人。") == []   # a ratio of two quantities


def test_turnover_and_per_mille_have_their_own_units():
    one("全年货物运输周转量226161亿吨公里。", value=22616100000000, unit="t_km")
    one("旅客运输周转量12000亿人公里。", value=1200000000000, unit="person_km")
    one("人口出生率6.39‰。", value=6.39, unit="permille", measure="level")


def test_compound_counters():
    one("为全市适龄女生免费接种HPV疫苗3.7万剂次。", text="3.7万剂次", value=37000, unit="count")


def test_a_table_with_a_declared_unit():
    table = ("金融\n单位：亿元\n指标\t3月末\t比年初增减额\n金融机构本外币存款余额\t2291.6\t34.8\n非金融企业存款\t417.3\t-26.3\n"
             "外贸\n单位：万美元\n指标\t1-3月\t增长（%）\n出口\t6939.2\t-39.5\n")
    found = facts(table, published=None)
    assert [(f.text, f.value, f.unit, f.measure, f.indicator) for f in found] == [
        ("2291.6", 229160000000, "CNY", "level", "金融机构本外币存款余额"),
        ("34.8", 3480000000, "CNY", "change", "金融机构本外币存款余额"),
        ("417.3", 41730000000, "CNY", "level", "非金融企业存款"),
        ("-26.3", -2630000000, "CNY", "change", "非金融企业存款"),
        ("6939.2", 69392000, "USD", "level", "出口"),
        ("-39.5", -39.5, "percent", "growth", "出口"),
    ]
    for f in found:
        assert table[f.start:f.end] == f.text


def test_a_table_without_a_declared_unit_gives_nothing():
    assert facts("指标\t2023年\t2024年\n户数\t12\t15\n") == []


def test_a_qualifier_after_the_last_value_of_a_list_holds_for_all():
    found = facts("城乡居民人均可支配收入分别增长7%、8%左右。")
    assert [(f.text, f.qualifier) for f in found] == [("7%", "approx"), ("8%左右", "approx")]
    found = facts("分别增长5.2、6.1和7.3个百分点。")
    assert [f.qualifier for f in found] == ["exact"] * 3


def test_highest_and_goal_bounds():
    found = facts("医疗救助标准最高为15000元。")
    assert [(f.text, f.qualifier) for f in found] == [("最高为15000元", "at_most")]
    found = facts("城镇登记失业率为2.15%，控制在3.5%的目标以内。")
    assert [(f.text, f.qualifier) for f in found] == [("2.15%", "exact"), ("3.5%", "at_most")]


def test_one_space_between_digits_and_a_chinese_unit():
    assert summary("1-11月，全市财政总收入484.74 亿元，同比增长73.7%。") == [
        ("484.74 亿元", 48474000000, "CNY"), ("73.7%", 73.7, "percent")]
    assert summary("2024 年，全市") == []


def test_greater_and_smaller_than_are_bounds():
    found = facts("可透水地面面积比例大于40%，雨水管网漏损率小于5%。")
    assert [(f.text, f.value, f.qualifier) for f in found] == [("大于40%", 40, "at_least"), ("小于5%", 5, "at_most")]


def test_stepping_over_a_threshold_is_at_least():
    found = facts("做大做强石化能源新材料产业集群，集群规模迈上4000亿元台阶。")
    assert [(f.text, f.qualifier, f.indicator) for f in found] == [("迈上4000亿元", "at_least", "集群规模")]


def test_bee_colonies_spindles_and_a_bracketed_second_counter():
    assert summary("林鸡、林蜂、林花分别达到100万只、10万群和10万亩。", fields=("text", "unit")) == [
        ("100万只", "count"), ("10万群", "count"), ("10万亩", "m2")]
    found = facts("纺纱产能达到30万锭、家纺服装达到2000万件（套）以上。", date(2021, 12, 28))
    assert [(f.text, f.value, f.unit, f.qualifier) for f in found] == [
        ("30万锭", 300000, "count", "exact"), ("2000万件（套）以上", 2e7, "count", "at_least")]
    assert summary("惠及10万群众，关爱特殊群体。") == []  # 群众 is no counter


def test_a_bound_before_the_first_value_of_a_fenbie_list_holds_for_all():
    found = facts("城乡居民人均可支配收入预计分别超过3.23万元、1.32万元。", date(2021, 12, 28))
    assert [(f.text, f.qualifier) for f in found] == [("超过3.23万元", "at_least"), ("1.32万元", "at_least")]
    found = facts("两项收入超过3亿元、1.3亿元。", date(2021, 12, 28))  # without 分别 each value speaks for itself
    assert [f.qualifier for f in found] == ["at_least", "exact"]
