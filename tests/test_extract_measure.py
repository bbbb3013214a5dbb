"""Measure (level, growth, share, change, ratio) and sign, from the words around the number."""
from .test_extract_support import facts, one


def measures(sentence):
    return [(f.text, f.value, f.measure) for f in facts(sentence)]


def test_level_and_growth_in_one_sentence():
    assert measures("过去一年,磐石市旅游收入实现8.5亿元,增长57.4%;") == [
        ("8.5亿元", 850000000, "level"), ("57.4%", 57.4, "growth")]


def test_decrease_is_negative_growth():
    one("群众次均住院费用下降23.2%。", value=-23.2, measure="growth")
    one("金隅冀东同质产品生产成本下降10%,", value=-10, measure="growth")
    one("单位地区生产总值能耗降低4%左右。", value=-4, measure="growth")
    one("第一产业增加值同比增长-2.4%。", value=-2.4, measure="growth")  # a written minus sign


def test_a_decrease_word_in_another_clause_does_not_flip_the_sign():
    one("预期减弱的“三重压力”，仍能保持3%的增长。", value=3, measure="growth")


def test_rate_that_goes_down_to_a_level_is_a_level():
    one("城镇调查失业率降至5.1%。", value=5.1, measure="level")


def test_share():
    one("贡献规上工业产值占规上工业总产值的9.4%。", measure="share")
    one("其中产业类项目占比57.2%", measure="share")
    one("通航飞行总量占全省90%", measure="share")


def test_rates_are_levels():
    one("农业综合机械化率达97%,连续7年领跑全省。", measure="level")
    one("普惠性幼儿园覆盖率达到84%", measure="level")
    one("环境整治行政村覆盖面保持100%。", measure="level")
    one("整体完成进度超七成;", measure="level", value=70)


def test_percentage_points_are_changes():
    one("空气优良天数比例比2022年提高0.5个百分点,", value=0.5, measure="change", unit="percentage_point")
    one("拉动投资增长12.2个百分点,", value=12.2, measure="change")
    one("餐饮收入降幅比一季度收窄5.9个百分点。", value=-5.9, measure="change")


def test_absolute_change_and_new_counts():
    assert measures("开复工5000万元以上项目297个、较去年增加30个,") == [
        ("5000万元以上", 50000000, "level"), ("297个", 297, "level"), ("30个", 30, "change")]
    one("比上年减少3家。", value=-3, measure="change")
    one("新增耕地12.6万亩。", measure="level")


def test_ratios():
    one("总量是去年的1.5倍。", value=1.5, measure="ratio", unit="times")
    one("接待游客数量达到2019年的2倍。", value=2, measure="ratio")
    one("食用菌产量增长1.7倍。", value=1.7, measure="growth", unit="times")


def test_list_items_share_the_head_measure():
    assert [f.measure for f in facts("批零住餐分别增长22.2%、6.2%、2.3%和15.2%。")] == ["growth"] * 4
