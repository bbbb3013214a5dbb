"""Numbers that are not facts (GUIDE, "Which numbers are facts"), each in a real sentence."""
from datetime import date

import pytest

from zhibiao.extract import extract_facts

from .test_extract_support import facts, summary


@pytest.mark.parametrize("sentence", [
    "12月12日,松原市委召开七届七次全体会议,深入总结即将过去的2023年的工作",     # dates, session numbers
    "更新时间:2023-12-14 07:57   来源:吉林日报",                                 # clock time
    "1—11月,查干湖景区游客创历史新高",                                           # month range
    "在连续3年高基数情况下",                                                      # streaks and durations
    "实现连续19个月保持两位数增长",
    "开展治本攻坚“三年行动”",
    "举办第六届“乌拉满族过大年”等活动",                                           # ordinals and ranks
    "种业企业居全省第3位",
    "核算服务业营业收入居全省前3位",
    "连续两年居全省首位",
    "深入贯彻落实党的二十大和二十届三中全会精神",                                  # names with numbers
    "纵深推进“1145”发展战略",
    "持续落实“5+3”项目清单",
    "确保成功创建5A级景区",
    "查干湖水质连续3年保持在Ⅳ类",
    "密集出台“工业十条”、惠企“62条”等系列“政策包”",
    "以“五高工程”加快构建高质量发展新格局,发展壮大“一区三园”",
    "统筹建设绿电园区、百亿级氢能产业园区,加快建设千万千瓦级园区",                 # magnitude labels
    "扎实推进电商主体“百千万”工程,学习运用“千万工程”经验",
    "大型满族新城戏《洒下一米阳光》在北京展演",                                    # titles
    "一个个实干故事,一座座设备在自主运行,坚持一张蓝图绘到底",                       # idioms
    "实现连续19个月保持两位数增长",
    "千方百计稳定经济运行,惠及千家万户",
    "统筹盐碱地治理、高标准农田建设、科技应用三项重点任务",                          # small Chinese-numeral counts
    "推进吉林石化至吉林油田CO2长输管道建设",                                        # codes
    "主办单位:忻州日报社 晋ICP10003702 热线:0350-3336505",                         # ICP and phone
    "地址:山西省忻州市长征西街31号",
    "7项指标居全省前3位",                                                          # counts of the report's indicators
    "2023成就和经验",                                                              # 成 of 成就 is not tenths
])
def test_not_a_fact(sentence):
    assert summary(sentence) == []


def test_a_real_count_next_to_a_name_survives():
    assert [f.text for f in facts("新增规上工业企业24户,二十届三中全会精神主题宣讲活动150余场次。")] == ["24户", "150余场次"]


def test_counting_a_quoted_noun_is_a_fact():
    assert [f.text for f in facts("打通双朝线吉昌至双阳段等“断头路”6条59.7公里;")] == ["6条", "59.7公里"]


def test_places_in_a_ranking_are_not_people():
    assert summary("广州全球创新集群百强排名由上年的32位提升到21位。") == []
    assert summary("40位市县领导包保重点企业项目。") == [("40位", 40, "person")]


def test_illustrations_are_not_facts():
    text = "“比如去年和今年一个城市同样挖100吨煤炭，价格上涨20%，名义GDP上涨20%，但实际GDP并没有变化。”"
    assert summary(text) == []
    assert summary("如果按照名义GDP增速计算，晋城也超过30%。") == [("超过30%", 30, "percent")]


def test_cases_are_counted_with_qi():
    assert summary("办结涉黑涉恶线索19条，审结涉恶案件3起，化解各类矛盾纠纷9762起。") == [
        ("19条", 19, "count"), ("3起", 3, "count"), ("9762起", 9762, "count")]
    assert summary("一起推动，从零起步。") == []


def test_article_counts_of_named_policies_and_tenths_opening_a_phrase_are_not_facts():
    assert summary("出台“六保”23条等一揽子措施，清欠民营企业账款19.2亿元。") == [("19.2亿元", 1920000000, "CNY")]
    assert summary("会议汇报工作做到三成说清现状、六成表述问题、一成提出对策。") == []
    assert summary("规模以上工业总产值占吉林市比重超五成。") == [("超五成", 50, "percent")]


def test_ge_before_gong_is_a_count_unless_it_is_working_days():
    assert summary("县内30个工作专班迅速与安新县对接，3个工业园区晋位升级。") == [
        ("30个", 30, "count"), ("3个", 3, "count")]
    assert summary("企业开办实现2个工作日完成。") == []


def test_a_count_before_xiao_is_a_count_unless_hours():
    assert [f.text for f in facts("新建燃气管道356公里，完成60个小区“瓶改管”，连续工作3个小时。")] == ["356公里", "60个"]


def test_an_average_per_head_may_be_a_fraction_of_a_count():
    assert [f.text for f in facts("万人发明专利量23.8件，新建学校2.5所。")] == ["23.8件"]


def test_a_few_machines_each_of_a_size_written_next_are_counted():
    found = extract_facts("加快建设华能海门电厂两台100万千瓦发电机组。", published=date(2023, 1, 5))
    assert [(f.text, f.value, f.unit) for f in found] == [("两台", 2, "count"), ("100万千瓦", 1e9, "W")]
    assert extract_facts("建设两台发电机组。", published=date(2023, 1, 5)) == []
    found = extract_facts("争取二批、三批290万千瓦新能源项目建成。", published=date(2023, 1, 5))
    assert [f.text for f in found] == ["290万千瓦"]


def test_a_small_chinese_count_after_its_noun_closing_the_clause_is_counted():
    found = extract_facts("打造太行步道120.62公里、建成精品线路两条，吸引游客打卡体验。", published=date(2025, 1, 14))
    assert [(f.text, f.value, f.unit) for f in found] == [("120.62公里", 120620, "m"), ("两条", 2, "count")]
    # before its noun, a phase, a vague count or after a verb it stays out
    for sentence in ("统筹盐碱地治理、高标准农田建设、科技应用三项重点任务，争取粮食产量增长。",
                     "建设江北污水处理厂二期，提升污水处理设施效能。",
                     "牵引落地链条企业数十家，形成产业集聚。",
                     "坚定不移抓好八方面，奋力跑出加速度。"):
        assert extract_facts(sentence, published=date(2024, 1, 5)) == [], sentence


def test_moves_in_a_ranking_are_not_people():
    assert summary("全市实现地区生产总值518.75亿元，增长10.5%，增速居全省第11位，比上年提升2位。") == [
        ("518.75亿元", 51875000000, "CNY"), ("10.5%", 10.5, "percent")]
    assert summary("来安、全椒、定远、明光分别前移21位、18位、11位、10位。") == []
    assert summary("空气质量排名力争退出全国168个重点城市后30位。") == [("168个", 168, "count")]
    assert summary("在国家级开发区考核中，晋城经济技术开发区由119位上升到102位。") == []
    assert summary("新晋5位两院院士，总数达到81位。") == [("5位", 5, "person"), ("81位", 81, "person")]
    assert summary("引进12位博士。") == [("12位", 12, "person")]


def test_places_listed_after_an_ordinal_are_not_people():
    # 2024 city report: "5位" and "6" were counted as people under fixed-asset investment and industry
    assert summary("全年地区生产总值、规模工业增加值、固定资产投资分别增长5.1%、5.9%、6.1%，分别居全省第4、6、5位。") == [
        ("5.1%", 5.1, "percent"), ("5.9%", 5.9, "percent"), ("6.1%", 6.1, "percent")]
