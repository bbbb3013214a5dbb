"""Administrative divisions: lookup by code, the regions table, and the place a text is about."""
from __future__ import annotations

from zhibiao.ingest import Region, all_regions, find_region, region_by_code, regions_with_ancestors
from zhibiao.ingest.regions import name_counts


def test_lookup_by_code_pads_to_six_digits():
    assert region_by_code("220203") == Region("220203", "龙潭区", "county", "220200", "吉林省")
    assert region_by_code("2202") == region_by_code("220200") == Region("220200", "吉林市", "prefecture", "220000", "吉林省")
    assert region_by_code("22") == Region("220000", "吉林省", "province", None, "吉林省")
    assert region_by_code("999999") is None


def test_levels():
    assert region_by_code("110105").level == "county"  # 朝阳区 of 北京市: a 直辖市's district
    assert region_by_code("110000").level == "province"
    assert region_by_code("513400").name == "凉山彝族自治州" and region_by_code("513400").level == "prefecture"
    assert region_by_code("419001").level == "county"  # 济源市, governed directly by 河南省
    assert region_by_code("610881").parent_code == "610800"  # 神木市 under 榆林市


def test_regions_table_is_closed_under_parents():
    rows = regions_with_ancestors(["130628", "220203", None, "nonsense", "220203"])
    assert [r.code for r in rows] == ["130000", "130600", "130628", "220000", "220200", "220203"]
    codes = {r.code for r in rows}
    assert all(r.parent_code is None or r.parent_code in codes for r in rows)
    everything = all_regions()
    assert len(everything) > 3000 and len({r.code for r in everything}) == len(everything)
    assert all(len(r.code) == 6 and r.code.isdigit() for r in everything)


def test_two_character_names_need_a_boundary():
    assert "范县" not in name_counts("打造国家级示范县")
    assert "代县" not in name_counts("涞源县人民政府代县长 薛春雷")
    assert name_counts("易县2024年政府工作报告")["易县"] == 1


def test_report_title_and_session_line_decide():
    text = "——2023年1月5日在汕头市第十五届人民代表大会第三次会议上\n我们与广州、深圳、潮州、揭阳合作。"
    assert find_region(text, "汕头市政府工作报告").code == "440500"


def test_a_county_named_by_its_short_name():
    text = "各位代表：\n新安成功跻身全省县域经济高质量发展先进县。技能洛阳建设扎实推进，新安工业增长5%，全县上下，县委县政府，现代化新安建设。"
    assert find_region(text).code == "410323"


def test_county_short_names_need_their_parent_named():
    assert find_region("要做强新兴产业，新兴产业增加值增长9%。") is None  # not 新兴县 of 广东省
    assert find_region("公安机关依法打击犯罪，公安队伍建设加强。") is None  # not 公安县 of 湖北省


def test_news_on_many_cities_of_one_province_is_about_the_province():
    text = (
        "湖南省统计局发布各市州地区生产总值。长沙13270.7亿元，岳阳4402.98亿元，常德4054.1亿元，衡阳3840.3亿元。"
        "长沙增速7.5%，岳阳增速7.8%，常德增速7.7%，衡阳增速7.9%，郴州增速8.3%，郴州第一。"
    )
    assert find_region(text, "湖南14市州GDP排行出炉").code == "430000"


def test_no_place_no_region():
    assert find_region("地区生产总值增长5%，一般公共预算收入增长3%。") is None
