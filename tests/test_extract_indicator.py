"""Indicator phrases taken from the text, and their dictionary codes."""
from .test_extract_support import facts, one


def indicators(sentence):
    return [(f.text, f.indicator) for f in facts(sentence)]


def test_subject_before_the_verb():
    one("过去一年,磐石市旅游收入实现8.5亿元。", indicator="磐石市旅游收入", indicator_code="tourism_revenue")
    one("城镇新增就业3331人,", indicator="城镇新增就业", indicator_code="urban_new_jobs")
    one("空气优良天数比例比2022年提高0.5个百分点,", indicator="空气优良天数比例")


def test_noun_after_the_quantity():
    one("磐石建龙智造中心等5个技改升级项目全面投入运行。", indicator="技改升级项目")
    one("提拔重用68名实绩突出的干部。", indicator="提拔重用干部")


def test_examples_before_a_category_are_dropped_when_long():
    one("打通双朝线吉昌至双阳段等“断头路”13条。", indicator="打通“断头路”")
    one("新建口袋公园等绿化项目11个。", indicator="新建口袋公园等绿化项目")


def test_growth_after_a_level_takes_its_indicator():
    assert indicators("新登记经营主体4.8万户、同比增长26.8%,") == [
        ("4.8万户", "新登记经营主体"), ("26.8%", "新登记经营主体")]


def test_investment_of_a_named_project():
    one("投资260亿元的京能集团风光互补项目签约。", indicator="京能集团风光互补项目投资")
    found = indicators("统筹实施总投资80.7亿元的49个城市基础设施项目。")
    assert found == [("80.7亿元", "城市基础设施项目总投资"), ("49个", "城市基础设施项目")]


def test_parallel_lists_with_fenbie():
    assert [i for _, i in indicators("全市肉牛、生猪、家禽、梅花鹿出栏量分别增长44.8%、11.6%、7.2%和20.7%。")] == [
        "肉牛出栏量", "生猪出栏量", "家禽出栏量", "梅花鹿出栏量"]
    assert [i for _, i in indicators("批零住餐分别增长22.2%、6.2%、2.3%和15.2%。")] == [
        "批发业", "零售业", "住宿业", "餐饮业"]
    assert [i for _, i in indicators("原油、煤炭、天然气产量分别达到1215万吨、904万吨、9.1亿立方米。")] == [
        "原油产量", "煤炭产量", "天然气产量"]
    found = indicators("全年接待游客突破2000万人次、实现旅游收入突破200亿元，分别增长53%、76%。")
    assert [i for _, i in found[2:]] == [found[0][1], found[1][1]]


def test_region_and_acronym_subjects_map_to_codes():
    f = one("2024年上半年,吉林市龙潭区GDP增长速度达到新高,实现8.5%。", None)
    assert f.indicator_code == "gdp"


def test_a_modifier_that_reads_like_a_verb_stays_in_the_noun():
    one("全力推进区内4个签约项目落地建设。", indicator="签约项目")
    one("扎实推进空中草原等4个A级景区基础设施改造。", indicator="A级景区基础设施改造")
