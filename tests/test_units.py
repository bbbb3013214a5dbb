"""The unit registry is data with a stable key, and converts as the GUIDE says."""
import pytest

from zhibiao.units import UNITS, base_surfaces, convert, load_units, lookup

GUIDE_UNITS = {"CNY", "person", "person_time", "count", "m2", "m", "kg", "W", "Wh", "m3", "percent",
               "percentage_point", "times"}


def test_codes_are_unique_and_every_guide_unit_is_covered():
    codes = [u.code for u in UNITS]
    assert len(codes) == len(set(codes))
    assert GUIDE_UNITS <= {u.unit for u in UNITS}


@pytest.mark.parametrize("value, magnitude, surface, expected, unit", [
    (692.5, "亿", "元", 69250000000, "CNY"),
    (9900, "万", "元", 99000000, "CNY"),
    (7.55, "万", "人次", 75500, "person_time"),
    (1, "万", "亩", 6666666.667, "m2"),
    (1.13, "万", "公顷", 113000000, "m2"),
    (32.8, "", "千米", 32800, "m"),
    (160, "亿", "斤", 8000000000, "kg"),
    (3.07, "万", "吨", 30700000, "kg"),
    (15, "", "兆瓦", 15000000, "W"),
    (66, "万", "千瓦", 660000000, "W"),
    (120, "亿", "千瓦时", 12000000000000, "Wh"),
    (14, "", "GW", 14000000000, "W"),
    (5, "", "成", 50, "percent"),
    (0.5, "", "个百分点", 0.5, "percentage_point"),
    (1.5, "", "倍", 1.5, "times"),
    (2, "万", "吨标准煤", 20000000, "kg"),     # standard coal is still a mass
    (50, "万", "千伏安", 500000000, "VA"),      # transformer capacity is not power
    (35, "", "微克/立方米", 35, "ug_m3"),
    (120, "万", "标箱", 1200000, "TEU"),
    (800, "", "张", 800, "count"),             # hospital beds
])
def test_converts(value, magnitude, surface, expected, unit):
    converted, row = convert(value, magnitude, surface)
    assert converted == pytest.approx(expected, rel=1e-6)
    assert row.unit == unit


def test_percent_and_percentage_point_stay_apart():
    assert lookup("%").unit == "percent"
    assert lookup("个百分点").unit == "percentage_point"
    assert lookup("百分点").unit == "percentage_point"


def test_traditional_forms_are_known():
    assert lookup("億元").code == "yi_yuan"


def test_longest_surface_first_so_kwh_beats_kw():
    forms = base_surfaces()
    assert forms.index("千瓦时") < forms.index("千瓦")
    assert forms.index("个百分点") < forms.index("个")


def test_a_duplicate_surface_form_is_an_error_naming_the_file(tmp_path):
    bad = tmp_path / "units.csv"
    bad.write_text("code,unit,dimension,factor,surface_forms,traditional_forms,needs_magnitude,description\n"
                   "a,count,count,1,个,,0,x\nb,count,count,1,个,,0,y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="units.csv"):
        load_units(bad)
