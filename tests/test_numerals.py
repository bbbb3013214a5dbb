"""Numbers as reports write them → values (zhibiao.numerals.parse_number)."""
import pytest

from zhibiao.numerals import parse_number


@pytest.mark.parametrize("written, value", [
    ("3,456.7", 3456.7),          # thousands separators and decimals
    ("692.5", 692.5),
    ("１２０．４８", 120.48),      # full-width digits
    ("两千万", 20000000),          # Chinese numerals through cn2an
    ("一千二百", 1200),
    ("十四", 14),
    ("三", 3),
    ("万", 10000),                # bare magnitudes that cn2an rejects: 万余场次, 千万千瓦
    ("千万", 1e7),
    ("百亿", 1e10),
    ("1.5万亿", 1.5e12),           # mixed
    ("2.78万", 27800),
    ("五成", 50),                  # tenths as percent
    ("五分之一", 20),               # fractions as percent
    ("百分之八", 8),
])
def test_parses(written, value):
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize("not_a_number", ["", "亿元", "增长", "abc", "一二三四五六七八九十百千万亿零亿"])
def test_not_a_number(not_a_number):
    assert parse_number(not_a_number) is None
