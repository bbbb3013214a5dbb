"""Numbers and units: every form a report writes, one real sentence each (zhibiao.extract.grammar)."""
from datetime import date

from zhibiao.extract import extract_facts

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


def test_communique_tables_declare_units_in_headers_and_unit_columns():
    # 国家统计局 2017/2021 communiqués: units in the header brackets, a 单位 column, a two-pane table (106476.7万吨
    # is 1.064767e12 kg: 万吨 is 1e7 kg; the GUIDE's example writes 1.064767e11, a slip of one power of ten)
    table = ("表1 2017年年末人口数及其构成\n指标\t年末数（万人）\t比重（%）\n全国总人口\t139008\t100.0\n其中：城镇\t81347\t58.52\n"
             "表3 2021年主要工业产品产量及其增长速度[23]\n产品名称\t单位\t产量\t比上年增长（%）\n粗钢\t万吨\t106476.7\t-3.0\n"
             "表6 2021年分行业固定资产投资（不含农户）增长速度\n行业\t比上年增长（%）\t行业\t比上年增长（%）\n"
             "总计\t4.9\t金融业\t1.9\n")
    found = facts(table, published=date(2022, 2, 28))
    assert [(f.text, f.value, f.unit, f.measure, f.indicator) for f in found] == [
        ("139008", 1390080000, "person", "level", "全国总人口"), ("100.0", 100, "percent", "share", "全国总人口"),
        ("81347", 813470000, "person", "level", "城镇"), ("58.52", 58.52, "percent", "share", "城镇"),
        ("106476.7", 1.064767e12, "kg", "level", "粗钢"), ("-3.0", -3.0, "percent", "growth", "粗钢"),
        ("4.9", 4.9, "percent", "growth", "总计"), ("1.9", 1.9, "percent", "growth", "金融业"),
    ]


def test_a_table_flattened_into_a_list_after_its_title():
    text = ("表2 2017年居民消费价格比上年涨跌幅度\n- 单位：%\n- 指 标 全 国\n- 城 市 农 村\n"
            "- 居民消费价格 1.6 1.7 1.3\n- 其中：食品烟酒 -0.4 -0.2 -1.1\n12月份，…\n")
    found = facts(text, published=date(2018, 2, 28))
    assert [(f.text, f.value, f.measure, f.indicator) for f in found] == [
        ("1.6", 1.6, "growth", "居民消费价格"), ("1.7", 1.7, "growth", "居民消费价格（城市）"),
        ("1.3", 1.3, "growth", "居民消费价格（农村）"), ("-0.4", -0.4, "growth", "食品烟酒价格"),
        ("-0.2", -0.2, "growth", "食品烟酒价格（城市）"), ("-1.1", -1.1, "growth", "食品烟酒价格（农村）")]
    assert [f.indicator_code for f in found][:3] == ["cpi", None, None]  # only the national column is the CPI
    # (食品烟酒 in a table of prices is the price of food, drink and tobacco)


def test_columns_that_name_what_they_count_qualify_the_row():
    table = ("表12 2021年对主要国家和地区货物进出口金额\n国家和地区\t出口额 （亿元）\t比上年增长 （%）\t进口额 （亿元）\n"
             "东盟\t31255\t17.7\t25489\n")
    found = facts(table, published=date(2022, 2, 28))
    assert [(f.text, f.measure, f.indicator) for f in found] == [
        ("31255", "level", "东盟（出口额）"), ("17.7", "growth", "东盟"), ("25489", "level", "东盟（进口额）")]


def test_a_column_headed_by_a_year_is_that_year():
    # 2002 communiqué, 表13 五年来城乡居民生活改善情况: 2210 is 1999's rural income, not a second figure of 2002
    table = ("表13. 五年来城乡居民生活改善情况\n指标\t单位\t1998\t1999\t2000\t2001\t2002\n"
             "农村居民人均纯收入\t元\t2162\t2210\t2253\t2366\t2476\n")
    found = facts(table, published=date(2003, 2, 28))
    assert [(f.text, f.period, f.indicator, f.indicator_code) for f in found] == [
        (str(v), str(y), "农村居民人均纯收入", "rural_net_income")
        for v, y in zip((2162, 2210, 2253, 2366, 2476), range(1998, 2003))]
    # and the title dates only its table: the communiqué's paragraphs after it stay of 2002
    text = "表6. 五年来全国基本建设投资新增主要生产能力\n\n" + table + "\n邮政业务总量495亿元，增长8.2%。\n"
    assert [(f.text, f.period) for f in facts(text, published=date(2003, 2, 28))][-2:] == [
        ("495亿元", "2002"), ("8.2%", "2002")]


def test_the_base_of_an_exchange_rate_is_no_fact():
    assert [f.text for f in facts("全年人民币平均汇率为1美元兑6.7518元人民币，比上年贬值1.6%。")] == ["6.7518元", "1.6%"]


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


def test_damage_of_the_source_is_read_through():
    # 合肥 2009, 天津 2004, 西宁 2012: a full stop for the decimal point, a verb split by a space, a space before %
    found = extract_facts("城镇居民人均可支配收入15550元，农民人均纯收入5300元，分别增长15。8%和18%。",
                          published=date(2009, 1, 20), region_code="340100")
    assert [(f.text, f.value, f.indicator_code) for f in found if f.unit == "percent"] == [
        ("15。8%", 15.8, "urban_disposable_income"), ("18%", 18.0, "rural_net_income")]
    found = extract_facts("城市居民人均可支配收入和农民人均纯收入分别增 长10%以上。", published=date(2004, 1, 20), region_code="120000")
    assert [(f.text, f.measure, f.indicator_code) for f in found] == [("10%以上", "growth", "urban_disposable_income")]
    found = extract_facts("完成固定资产投资528亿元，增长31 %。", published=date(2012, 1, 20), region_code="630100")
    assert [(f.text, f.value, f.measure) for f in found][1:] == [("31 %", 31.0, "growth")]
    # a sentence that ends on a figure and a next one that opens on a number keep their full stop
    assert [f.text for f in extract_facts("全年新增就业5万人。8月份以来物价回落。", published=date(2009, 1, 20))] == ["5万人"]


def test_digits_spaced_out_at_the_source_read_as_one_number():
    # 甘肃 2003 (truth table provinces_1985_2007): 6 5 0亿元 was read as 50亿元 or not at all
    found = extract_facts("全社会固定资产投资规模6 5 0亿元，增长13%；农民人均纯收入1 6 5 4元，增长4.5%。",
                          published=date(2003, 1, 20), region_code="620000")
    assert [(f.text, f.value) for f in found] == [("6 5 0亿元", 65e9), ("13%", 13.0), ("1 6 5 4元", 1654.0),
                                                  ("4.5%", 4.5)]
    # thousands grouped by a space are no such damage
    assert [f.value for f in extract_facts("农村居民人均纯收入15 245元。", published=date(2013, 1, 20))] == [15245.0]


def test_a_full_stop_for_the_decimal_point_of_an_amount():
    # 山东 1997 (truth table state_provinces_more): 241。7亿元 was no number, and its growth lost its subject
    found = extract_facts("全年实现地方财政收入241。7亿元，比上年增长35%。", published=date(1997, 2, 1), region_code="370000")
    assert [(f.text, f.value, f.indicator_code) for f in found] == [
        ("241。7亿元", 24.17e9, "general_budget_revenue"), ("35%", 35.0, "general_budget_revenue")]


def test_a_decimal_split_by_a_space_before_an_amounts_unit():
    # 甘肃 1999 (truth table provinces_cities_1982_2026): 58. 38亿元 was read as 38亿元
    found = extract_facts("地方财政收入达到58. 38亿元，增长7.59%。", published=date(1999, 1, 20), region_code="620000")
    assert [(f.text, f.value, f.indicator_code) for f in found] == [
        ("58. 38亿元", 5.838e9, "general_budget_revenue"), ("7.59%", 7.59, "general_budget_revenue")]


def test_a_year_in_chinese_numerals_with_a_circle_for_zero_is_read():
    # found by the speed work of stop 28: 二○一二年 was left as words when the text held no 九, 〇 or 零
    from zhibiao.extract.grammar import normalise
    assert normalise("二○一二年全市生产总值增长8%。") == "2012年全市生产总值增长8%。"


def test_the_unit_a_rate_is_counted_per_is_no_fact_but_people_named_after_wan_are():
    # 昆明 2006, 保定 2022: 每10万人, 每1位 count nothing; 大理 2014: 6.5万 people named by the noun after them
    assert summary("全市每10万人专利拥有量位居西部城市前列。每1位名校长带领10位名师。") == [("10位", 10, "person")]
    assert summary("6.5万农村贫困人口实现脱贫。") == [("6.5万", 65000, "person")]
