"""Analysts' questions across documents, answered by a warehouse of the real reports the truth tables cite.

The truth tables (tests/fixtures/truth/*.tsv) were written by reading the reports, before zhibiao was run on them:
national GDP growth, CPI, new urban jobs and grain output 1978–2025; every province's GDP growth and target
2008–2026; every municipality's and provincial capital's 2016–2026; GDP, fixed-asset investment and retail sales
growth and targets of 55 prefecture-level cities 2012–2026 (written blind, then scored); fixed-asset investment,
retail sales, budget revenue, CPI, incomes and new jobs of every province 2012–2025 (written blind: 621 of 695 right
on its first run); levels of GDP, retail sales, investment, trade, budget revenue, grain and new jobs from the national communiqués and
the provinces' 2024 reports (written blind; its first 18 rows: 11 right on their first run); investment, retail
sales, budget revenue, CPI, incomes, new jobs and GDP levels of capitals and municipalities (written blind,
first run 493 of 526); GDP, investment, retail sales, budget revenue and income growth, reviews and targets, of 64
more prefecture-level cities (written blind, first run 963 of 997), and national investment and retail sales
growth, unemployment rates, income growth and the State Council's unemployment, M2 and investment targets (written
blind, first run 138 of 165); industry value added growth (reviews and targets), trade and export growth and
urbanisation of provinces and major cities (written blind, first run 214 of 225 and 115 of 117; one row was left
out after: 甘肃's 2020 urbanisation, 50% in the 2021 report, was revised to 52.23% by the census); the same of 44
prefecture-level cities' 2016 reports, and the levels of GDP, budget revenue, investment, retail sales and incomes
in 46 cities' 2017 and 2022 reports (written blind, first run 93 of 101 and 75 of 85); GDP, investment, retail
sales, budget revenue and income growth reviews, GDP, CPI and new-jobs targets of 50 more prefecture-level city
reports of 2018–2024 (written blind, first run 330 of 341); growth reviews and one-year targets of GDP, investment,
retail sales and incomes in 45 province reports of 1990–2009, 45 major-city reports of 1995–2012 and 45
prefecture-level city reports of 2016–2026, none cited before (written blind, first run 334 of 348, 344 of 363 and
312 of 319); the same of 45 more prefecture-level city reports of 2020–2026, 42 major-city reports of 2000–2019 and
45 province and city reports of 1993–2019, none cited before (written blind, first run 317 of 320, 357 of 364 and 331
of 344), and of 45 + 45 prefecture-level city reports of 2010–2019 and 2020–2026 and 40 major-city reports (written
blind, first run 366 of 378, 342 of 344 and 295 of 309); growth reviews and targets of 45 more city reports of
2002–2026 and of the 18 State Council reports and 27 province reports no table had cited, 1956–2026 (written blind,
first run 440 of 454 and 236 of 281); the same of 38 more province and State Council reports (1985–2007) and 38
more city reports, and of 20 province reports of 1982–2007 with 20 major-city reports and of 40 prefecture-level
city reports, none cited before (written blind; first runs 264 of 291 and 365 of 396 on the code of the day's
start, 330 of 352 and 431 of 439 on that of the hour they were written); the same of the 24 province reports no
table had cited with 16 major-city reports of 1993–2005, and of 40 more prefecture-level city reports (written
blind; first runs 303 of 321 and 416 of 431 on the code of the day's start), and of 39 + 39 more major and
prefecture-level city reports (written blind; first runs 426 of 439 and 361 of 369 on the code of that hour), and of
39 prefecture-level and 40 major-city reports more (written blind; first runs 406 of 415 and 434 of 455 on the code of
that hour), and of 40 + 40 more city reports (written blind; first runs 439 of 449 and 422 of 431 on the code of the
day's start), and of 160 more (written blind; first runs 424 of 440, 414 of 418, 408 of 421 and 429 of 435 on the
code of that hour), and of the last 270 city reports no table had cited (written blind; first runs 419 of 426, 416
of 422, 420 of 434, 437 of 445, 399 of 415, 413 of 418 and 302 of 316 on the code of that hour); and the levels
(amounts reached and level targets: GDP, revenue, investment, retail sales, incomes, trade, new jobs, grain) of 160
reports drawn at random (written blind; first runs 279 of 297, 223 of 243, 201 of 214 and 265 of 279), and of 160 more
(written blind; first runs 257 of 277, 241 of 256, 250 of 267 and 204 of 221 on the code of that hour), and of 160 more
(written blind; first runs 262 of 281, 273 of 282, 242 of 250 and 243 of 258 on the code of that hour); prices, rates,
trade and foreign investment of 320 reports drawn at random (written blind; first runs 666 of 701 and 654 of 691); GDP
per head, the three industries' growth, budget spending, imports, tourism revenue, R&D intensity, deposits and loans,
population and its natural growth of 180 reports drawn at random (written blind; first run 407 of 529 as written, 425
after two codes were set to the dictionary's, on the code of the day's start); fiscal totals, all industry's growth,
household savings, consumption per head, electricity use, port cargo and freight of 120 reports drawn at random, 48 of
which give any (written blind; first run 131 of 160 on the code of that hour); taxes, industrial profits, property and
private investment, tourists, forest cover, good-air days, high-tech firms and people lifted out of poverty of 180
reports drawn at random (written blind; first run 245 of 383 on the code of the day's start); and the headline figures
of a year (GDP, local budget revenue, investment, retail sales, incomes, prices, trade, new jobs, unemployment) of 120
reports drawn at random (written blind; first run 1,586 of 1,615 on the code of that hour), and of 75 + 75 + 75 more,
with the levels of 90 + 90 + 90 + 90 more (written blind; first runs 1,002 of 1,022, 981 of 995, 937 of 962, 498 of 536,
590 of 628 and 554 of 573 on the code of the day's start, 580 of 608 on that of the hour they were written), and of 75
more with the levels of 90 more (written blind; first runs 968 of 991 and 618 of 656 on the code of the day's start, one
unit slip of the helpers corrected from its quote after), and of 75 + 90 more again (987 of 1,008 and 628 of 672), and again (989 of 999 and 575 of 599; one unit slip corrected
and, in levels_blind_34, two files holding another city's report given that city, as the helper's notes said), and a
fourth time (1,018 of 1,033 and 635 of 684). They are scored with the project's own scorer, ../shared/tools/truth_check.py, exactly as zhibiao's
hidden tables are: one value per region-year question, the true one. The warehouse here is built from the cited
files only (2,376 of the corpus’s 2,406), with the plain runner, loaded only (no package).
"""
from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from zhibiao.runner import run_pipeline

from .conftest import ROOT, SHARED

CORPUS = SHARED / "corpus" / "lawgov"
TRUTH = ROOT / "tests" / "fixtures" / "truth"
CHECK = SHARED / "tools" / "truth_check.py"
# right answers measured on this warehouse when the tables were last scored; a drop is a regression
# (2026-12-06, this commit: 0.99 or 1.00 each, cities_industry, cities_levels and major_cities_2002_2026 0.98;
# the script prints two decimals). state_provinces_more (stop 27) holds the State Council's reports of 1956–1988,
# whose wording of incomes, jobs and grain the dictionary reads least: 0.93 there (stop 28); the four tables of
# stop 28, read from older province reports (1982–2007) and city reports, 0.95–0.99; the six of stop 29 0.97–0.98;
# the thirteen of stop 30 0.97–1.00; the six society tables of stop 34 0.69–0.87 (poverty figures that the GUIDE's
# signs keep a fall of the poor, five-year totals, wordings still read wrong), its five headline tables 0.98–0.99;
# stop 35's six headline tables 0.97–0.98, three society tables 0.73–0.85 and three rates tables 0.92–0.96 (printed
# ratios, rounded down here)
MINIMUM = {"national.tsv": 0.98, "provinces_gdp.tsv": 0.98, "capitals_gdp.tsv": 0.98, "cities_gdp.tsv": 0.98,
           "provinces_more.tsv": 0.98, "levels.tsv": 0.98, "capitals_more.tsv": 0.98, "cities_more.tsv": 0.98,
           "national_more.tsv": 0.98, "provinces_industry.tsv": 0.98, "capitals_industry.tsv": 0.98,
           "cities_industry.tsv": 0.96, "cities_levels.tsv": 0.95, "cities_review_target.tsv": 0.98,
           "provinces_1990_2009.tsv": 0.98, "major_cities_1995_2012.tsv": 0.98, "cities_2016_2026.tsv": 0.98,
           "cities_2020_2026.tsv": 0.98, "major_cities_2000_2019.tsv": 0.98, "provinces_cities_1993_2019.tsv": 0.98,
           "cities_2010_2019.tsv": 0.98, "cities_2020_2026_more.tsv": 0.98, "major_cities_2002_2026.tsv": 0.98,
           "cities_more_2.tsv": 0.98, "state_provinces_more.tsv": 0.93, "provinces_1985_2007.tsv": 0.95,
           "cities_2002_2025.tsv": 0.97, "provinces_cities_1982_2026.tsv": 0.95, "cities_more_3.tsv": 0.99,
           "provinces_cities_1982_2007.tsv": 0.97, "cities_more_4.tsv": 0.97, "cities_more_5.tsv": 0.98,
           "cities_more_6.tsv": 0.98, "cities_more_7.tsv": 0.97, "major_cities_more.tsv": 0.97,
           "cities_more_8.tsv": 0.99, "cities_more_9.tsv": 0.99, "cities_more_10.tsv": 0.99, "cities_more_11.tsv": 0.99,
           "cities_more_12.tsv": 0.99, "cities_more_13.tsv": 0.99, "cities_more_14.tsv": 1.00, "cities_more_15.tsv": 0.99,
           "cities_more_16.tsv": 0.98, "cities_more_17.tsv": 0.98, "cities_more_18.tsv": 0.97, "cities_more_19.tsv": 0.99,
           "cities_more_20.tsv": 0.99, "levels_blind_1.tsv": 0.97, "levels_blind_2.tsv": 0.94,
           "levels_blind_3.tsv": 0.96, "levels_blind_4.tsv": 0.96, "levels_blind_5.tsv": 0.94,
           "levels_blind_6.tsv": 0.96, "levels_blind_7.tsv": 0.94, "levels_blind_8.tsv": 0.95, "levels_blind_9.tsv": 0.92,
           "levels_blind_10.tsv": 0.96, "levels_blind_11.tsv": 0.96, "levels_blind_12.tsv": 0.93,
           # stop 32's tables of prices, rates, trade and foreign investment: 0.94–0.99 on the whole corpus
           "rates_blind_1.tsv": 0.96, "rates_blind_2.tsv": 0.96, "rates_blind_3.tsv": 0.96, "rates_blind_4.tsv": 0.96,
           "rates_blind_5.tsv": 0.97, "rates_blind_6.tsv": 0.96, "rates_blind_7.tsv": 0.93, "rates_blind_8.tsv": 0.96,
           # stop 33's tables of structure, people and money: 0.89–0.94 on the whole corpus
           "structure_blind_1.tsv": 0.90, "structure_blind_2.tsv": 0.92, "structure_blind_3.tsv": 0.93,
           "structure_blind_4.tsv": 0.88, "structure_blind_5.tsv": 0.93, "structure_blind_6.tsv": 0.92,
           # and of fiscal totals, industry, consumption, savings and transport: 0.92–0.97
           "fiscal_blind_1.tsv": 0.95, "fiscal_blind_2.tsv": 0.90, "fiscal_blind_3.tsv": 0.93, "fiscal_blind_4.tsv": 0.90,
           "society_blind_1.tsv": 0.74, "society_blind_2.tsv": 0.80, "society_blind_3.tsv": 0.69,
           "society_blind_4.tsv": 0.87, "society_blind_5.tsv": 0.83, "society_blind_6.tsv": 0.76,
           "headline_blind_1.tsv": 0.99, "headline_blind_2.tsv": 0.98, "headline_blind_3.tsv": 0.98,
           "headline_blind_4.tsv": 0.98, "headline_blind_5.tsv": 0.98,
           # stop 35's second and third headline batches (first runs 0.967 and 0.979) and second society batch (0.68)
           "headline_blind_6.tsv": 0.98, "headline_blind_7.tsv": 0.98, "headline_blind_8.tsv": 0.97,
           "headline_blind_9.tsv": 0.98, "headline_blind_10.tsv": 0.98, "headline_blind_11.tsv": 0.98,
           "society_blind_7.tsv": 0.85, "society_blind_8.tsv": 0.73, "society_blind_9.tsv": 0.81,
           # and its second rates batch (first run 0.923)
           "rates_blind_9.tsv": 0.92, "rates_blind_10.tsv": 0.95, "rates_blind_11.tsv": 0.94,
           # stop 36's two headline batches (first runs 0.983 and 0.981 on the whole corpus)
           "headline_blind_12.tsv": 0.99, "headline_blind_13.tsv": 0.98, "headline_blind_14.tsv": 0.99,
           "headline_blind_15.tsv": 0.98, "headline_blind_16.tsv": 1.00, "headline_blind_17.tsv": 0.97,
           # stop 37's blind batches, a headline one and a levels one (first runs 0.977 and 0.965 on the whole corpus)
           "headline_blind_18.tsv": 0.97, "headline_blind_19.tsv": 0.98, "headline_blind_20.tsv": 0.99,
           "levels_blind_13.tsv": 0.96, "levels_blind_14.tsv": 0.98, "levels_blind_15.tsv": 0.98,
           # stop 38's blind batches, a headline one and a levels one (first runs 0.980 and 0.929 on the whole corpus)
           "headline_blind_21.tsv": 0.98, "headline_blind_22.tsv": 0.98, "headline_blind_23.tsv": 1.00,
           "levels_blind_16.tsv": 0.91, "levels_blind_17.tsv": 0.98, "levels_blind_18.tsv": 0.96,
           # and its second pair (first runs 0.986 and 0.940 on the whole corpus, on the code of the day's start)
           "headline_blind_24.tsv": 0.99, "headline_blind_25.tsv": 0.99, "headline_blind_26.tsv": 0.99,
           "levels_blind_19.tsv": 0.94, "levels_blind_20.tsv": 0.96, "levels_blind_21.tsv": 0.95,
           # and its third levels batch (first run 0.954 on the whole corpus, on the code of that hour)
           "levels_blind_22.tsv": 0.97, "levels_blind_23.tsv": 0.96, "levels_blind_24.tsv": 0.94,
           # and its last pair (first runs 0.974 and 0.967 on the whole corpus, on the code of the day's start)
           "headline_blind_27.tsv": 0.98, "headline_blind_28.tsv": 0.97, "headline_blind_29.tsv": 0.98,
           "levels_blind_25.tsv": 0.97, "levels_blind_26.tsv": 0.96, "levels_blind_27.tsv": 0.98,
           # stop 39's three headline and three levels tables (first runs 0.969-0.983 and 0.928-0.956 on a01a040)
           "headline_blind_30.tsv": 0.97, "headline_blind_31.tsv": 0.98, "headline_blind_32.tsv": 0.98,
           "levels_blind_28.tsv": 0.94, "levels_blind_29.tsv": 0.92, "levels_blind_30.tsv": 0.95,
           # and its second pair (first runs 0.979 and 0.935 on a01a040)
           "headline_blind_33.tsv": 0.97, "headline_blind_34.tsv": 0.97, "headline_blind_35.tsv": 0.99,
           "levels_blind_31.tsv": 0.92, "levels_blind_32.tsv": 0.93, "levels_blind_33.tsv": 0.97,
           # and its third (first runs 0.990 and 0.960 on a01a040)
           "headline_blind_36.tsv": 0.99, "headline_blind_37.tsv": 0.99, "headline_blind_38.tsv": 0.98,
           "levels_blind_34.tsv": 0.96, "levels_blind_35.tsv": 0.95, "levels_blind_36.tsv": 0.95,
           # and its fourth (first runs 0.985 and 0.928 on a01a040)
           "headline_blind_39.tsv": 0.98, "headline_blind_40.tsv": 0.99, "headline_blind_41.tsv": 0.98,
           "levels_blind_37.tsv": 0.94, "levels_blind_38.tsv": 0.93, "levels_blind_39.tsv": 0.94}


def cited_files() -> set[str]:
    files = set()
    for table in TRUTH.glob("*.tsv"):
        with open(table, encoding="utf-8") as fh:
            files.update(row["file"] for row in csv.DictReader(fh, delimiter="\t"))
    return files


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    if not CORPUS.is_dir() or not CHECK.exists():
        pytest.skip(f"the real corpus or truth_check.py is not at {SHARED}")
    base = tmp_path_factory.mktemp("truth")
    raw = base / "raw"
    for rel in cited_files():
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CORPUS / rel, raw / rel)
    # the questions need the warehouse only; publishing is tested on the corpus sample (test_corpus_sample)
    summary = run_pipeline(raw, base / "zhibiao.duckdb", base / "package", load_only=True)
    assert summary.ok and summary.rejected_files == 0 and not (base / "package" / "datapackage.json").exists()
    return base / "zhibiao.duckdb"


@pytest.mark.parametrize("table", sorted(MINIMUM))
def test_truth_table_questions_are_answered_right(warehouse, table):
    out = subprocess.run([sys.executable, str(CHECK), str(warehouse), str(TRUTH / table), "--min-right", "0"],
                         capture_output=True, text=True, check=True).stdout
    right = float(re.search(r"right \((\d\.\d+)\)", out).group(1))
    assert right >= MINIMUM[table], out


def test_national_gdp_growth_is_one_value_a_year(warehouse):
    # 国家统计局 communiqués and the State Council's reports agree; per-capita GDP, regions and GNP stay apart
    with duckdb.connect(str(warehouse), read_only=True) as con:
        series = dict(con.execute(
            "SELECT period, value FROM indicator_panel WHERE region = '全国' AND indicator_code = 'gdp' "
            "AND measure = 'growth' AND period BETWEEN '2015' AND '2021' AND length(period) = 4").fetchall())
    assert series == {"2015": 6.9, "2016": 6.7, "2017": 6.9, "2018": 6.6, "2019": 6.1, "2020": 2.3, "2021": 8.1}


def test_a_province_target_beside_what_it_achieved(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(
            "SELECT DISTINCT target_value, target_qualifier, actual_value FROM targets_vs_actuals WHERE region = '广东省' "
            "AND indicator_code = 'gdp' AND measure = 'growth' AND period = '2018'").fetchall()
    # 2018 report: 地区生产总值增长7%左右; 2019 report: 全省地区生产总值…同比增长6.8%
    assert rows == [(7.0, "approx", 6.8)]
