"""The warehouse as an analyst relies on it: idempotent, incremental, keyed, and never half written."""
import shutil

import duckdb
import pytest

from zhibiao.runner import run_pipeline
from zhibiao.warehouse import WarehouseBusy, connect

from .conftest import RAW

DATA_TABLES = {
    "documents": "SELECT doc_id, source_path, sha256, title, published_date, region_code, text FROM documents",
    "facts": "SELECT fact_id, doc_id, text, value, unit, measure, qualifier, status, indicator, period, run_id FROM marts.fct_facts",
    "rejects": "SELECT reject_id, check_name FROM rejects",
    "rejected_files": "SELECT source_path, reason FROM rejected_files",
}


def snapshot(warehouse, tables=DATA_TABLES) -> dict[str, list[tuple]]:
    with connect(warehouse, read_only=True) as con:
        return {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in tables.items()}


@pytest.fixture
def work(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    return tmp_path, raw, tmp_path / "warehouse" / "zhibiao.duckdb", tmp_path / "package"


def test_first_run_loads_every_sample_report(work):
    _, raw, warehouse, package = work
    summary = run_pipeline(raw, warehouse, package)
    assert summary.files_seen == 5 and summary.documents == 5 and summary.rejected_files == 0
    assert summary.facts > 300 and summary.published
    with connect(warehouse, read_only=True) as con:
        units = dict(con.execute("SELECT unit, count(*) FROM facts GROUP BY 1").fetchall())
        assert {"CNY", "percent", "percentage_point", "count", "m2"} <= set(units)
        orphans = con.execute("SELECT count(*) FROM marts.fct_facts f ANTI JOIN marts.dim_documents d USING (doc_id)").fetchall()
        assert orphans == [(0,)]


def test_second_run_changes_nothing(work):
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    before = snapshot(warehouse)
    package_before = (package / "datapackage.json").read_bytes()
    again = run_pipeline(raw, warehouse, package)
    assert (again.files_read, again.files_unchanged, again.facts) == (0, 5, 0)
    assert snapshot(warehouse) == before
    assert (package / "datapackage.json").read_bytes() == package_before
    assert not again.package_changed


def test_adding_one_report_adds_only_its_rows(work):
    _, raw, warehouse, package = work
    added = raw / "004_6f975af08b79b82e.txt"
    kept_aside = added.read_bytes()
    added.unlink()
    run_pipeline(raw, warehouse, package)
    before = snapshot(warehouse)
    added.write_bytes(kept_aside)
    summary = run_pipeline(raw, warehouse, package)
    after = snapshot(warehouse)
    assert summary.files_read == 1 and summary.documents == 1
    assert set(before["facts"]) <= set(after["facts"])  # old rows untouched, run_id included
    new_rows = set(after["facts"]) - set(before["facts"])
    assert new_rows and {row[1] for row in new_rows} == {summary_doc_id(warehouse, added.name)}


def summary_doc_id(warehouse, name):
    with connect(warehouse, read_only=True) as con:
        return con.execute("SELECT doc_id FROM documents WHERE source_file = ?", [name]).fetchall()[0][0]


def test_changed_file_replaces_its_document_and_facts(work):
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    target = raw / "000_52e83b58d529340d.txt"
    old_id = summary_doc_id(warehouse, target.name)
    target.write_text(target.read_text(encoding="utf-8") + "\n全年新增市场主体1200户。\n", encoding="utf-8")
    summary = run_pipeline(raw, warehouse, package)
    assert summary.files_read == 1
    new_id = summary_doc_id(warehouse, target.name)
    assert new_id != old_id
    with connect(warehouse, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM facts WHERE doc_id = ?", [old_id]).fetchall() == [(0,)]
        assert con.execute("SELECT count(*) FROM facts WHERE doc_id = ? AND text = '1200户'", [new_id]).fetchall() == [(1,)]


def test_removed_file_is_marked_and_leaves_the_marts(work):
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    (raw / "003_3b3bfd8559e18818.txt").unlink()
    summary = run_pipeline(raw, warehouse, package)
    assert summary.files_removed == 1 and summary.current_documents == 4
    with connect(warehouse, read_only=True) as con:
        assert con.execute("SELECT source_path, removed_run_id FROM removed_files").fetchall() == [
            ("003_3b3bfd8559e18818.txt", summary.run_id)]
        assert con.execute("SELECT count(*) FROM facts WHERE doc = '003_3b3bfd8559e18818.txt'").fetchall() == [(0,)]


def test_duplicate_and_bad_files_are_accounted_for(work):
    _, raw, warehouse, package = work
    shutil.copy(raw / "002_36b52232be349280.txt", raw / "copy of 002.txt")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.dat").write_bytes(bytes(range(256)) * 8)
    summary = run_pipeline(raw, warehouse, package)
    assert summary.files_seen == 8 and summary.documents == 5 and summary.rejected_files == 3
    with connect(warehouse, read_only=True) as con:
        reasons = dict(con.execute("SELECT source_path, reason FROM rejected_files").fetchall())
    assert reasons["copy of 002.txt"] == "duplicate: same bytes as 002_36b52232be349280.txt"
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.dat"]


def test_lineage_every_fact_knows_its_run(work):
    _, raw, warehouse, package = work
    summary = run_pipeline(raw, warehouse, package)
    with connect(warehouse, read_only=True) as con:
        runs = con.execute("SELECT run_id, status, files_seen, documents, facts FROM runs").fetchall()
        assert runs == [(summary.run_id, "completed", 5, 5, summary.facts)]
        assert con.execute("SELECT DISTINCT run_id FROM marts.fct_facts").fetchall() == [(summary.run_id,)]


def test_reader_gets_a_clear_message_while_a_run_writes(work):
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    import subprocess
    import sys
    import time

    holder = subprocess.Popen([sys.executable, "-c",
                               f"import duckdb, time; c = duckdb.connect({str(warehouse)!r}); print('locked', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(WarehouseBusy, match=rf"being written by process {holder.pid} \(.*python"):
            with connect(warehouse, read_only=True, wait=0):
                pass
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    with connect(warehouse, read_only=True) as con:  # and readable again afterwards
        assert con.execute("SELECT count(*) FROM documents").fetchall() == [(5,)]


def test_marts_declare_keys(work):
    _, raw, warehouse, package = work
    run_pipeline(raw, warehouse, package)
    with connect(warehouse, read_only=True) as con:
        constraints = con.execute(
            "SELECT table_name, constraint_type FROM duckdb_constraints() WHERE schema_name = 'marts'").fetchall()
    assert ("fct_facts", "FOREIGN KEY") in constraints and ("dim_documents", "PRIMARY KEY") in constraints
    con = duckdb.connect(str(warehouse))
    try:
        with pytest.raises(duckdb.ConstraintException):
            con.execute("INSERT INTO marts.fct_facts SELECT * REPLACE ('ffffffffffffffff' AS doc_id, 'x' AS fact_id) "
                        "FROM marts.fct_facts LIMIT 1")
    finally:
        con.close()


def ask(tmp_path, documents: dict[str, str], sql: str) -> list[tuple]:
    """Run the documents (file name -> text) into a fresh warehouse and return the answer to an analyst's SQL."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in documents.items():
        (raw / name).write_text(text, encoding="utf-8")
    run_pipeline(raw, tmp_path / "w.duckdb", tmp_path / "pkg")
    with connect(tmp_path / "w.duckdb", read_only=True) as con:
        return con.execute(sql).fetchall()


def conflicts_of(tmp_path, documents: dict[str, str], columns: str) -> list[tuple]:
    return ask(tmp_path, documents, f"SELECT {columns} FROM conflicts")


def test_a_milestone_passed_is_no_second_figure(tmp_path):
    """上海 2023 and the State Council's report: 突破4万亿元大关 beside 预计达到4.45万亿元, and 超过1.2万亿斤 beside the
    communiqué's 60194万吨, are bounds the figures meet; asked for the value, the warehouse gives the figure alone.
    A bound with no figure beside it (迈上3万亿元台阶 in 2021) stays the answer."""
    rows = ask(tmp_path, {
        "report-2023.txt": "上海市政府工作报告\n发布时间：2023-01-15\n一、2022年工作回顾\n"
                           "全市生产总值突破4万亿元大关，预计达到4.45万亿元。\n",
        "report-2022.txt": "上海市政府工作报告\n发布时间：2022-01-20\n一、2021年工作回顾\n全市生产总值迈上3万亿元台阶。\n"},
        "SELECT period, value, qualifier, indicator_code, bound_of FROM facts WHERE indicator = '生产总值' "
        "ORDER BY period, value")
    assert rows == [("2021", 3e12, "at_least", "gdp", None),
                    ("2022", 4e12, "at_least", None, "gdp"), ("2022", 4.45e12, "exact", "gdp", None)]


def test_a_looser_bound_gives_way_to_a_tighter_one(tmp_path):
    """深圳 2011: the review says the registered unemployment rate was held within 3% and, later, within 2.45%; the
    second implies the first, so asked for the rate the warehouse gives 2.45% alone, the 3% keeping its code in
    bound_of."""
    rows = ask(tmp_path, {
        "report-2011.txt": "深圳市政府工作报告\n发布时间：2011-01-15\n一、2010年工作回顾\n"
                           "城镇居民登记失业率始终控制在3%以内，零就业家庭户数保持动态归零。"
                           "实施积极就业政策，城镇登记失业率控制在2.45%以内。\n"},
        "SELECT value, indicator_code, bound_of FROM facts WHERE period = '2010' AND measure = 'level' "
        "AND coalesce(indicator_code, bound_of) = 'registered_unemployment_rate' ORDER BY value")
    assert rows == [(2.45, "registered_unemployment_rate", None), (3.0, None, "registered_unemployment_rate")]


def test_a_national_figure_quoted_by_a_city_gives_way_to_the_countrys_own(tmp_path):
    """广州 2008 compares its prices with an early national figure (低于全国4.5%); the 2007 communiqué gives 4.8%. Asked
    for the country's CPI of 2007, the warehouse gives the communiqué's alone; the quotation keeps its code in
    quoted_of, and `conflicts` still shows the two documents disagree."""
    files = {"guangzhou-2008.txt": "广州市政府工作报告\n发布时间：2008-01-20\n一、2007年工作回顾\n"
                                   "维护市场价格秩序，城市居民消费价格指数上涨3.4%，低于全国4.5%和全省3.7%的水平。\n",
             "bulletin-2007.txt": "中华人民共和国2007年国民经济和社会发展统计公报\n发布时间：2008-02-28\n"
                                  "全年居民消费价格比上年上涨4.8%。\n"}
    rows = ask(tmp_path, files, "SELECT value, indicator_code, quoted_of FROM facts WHERE region = '全国' "
                                "AND period = '2007' AND coalesce(indicator_code, quoted_of) = 'cpi' ORDER BY value")
    assert rows == [(4.5, None, "cpi"), (4.8, "cpi", None)]
    with connect(tmp_path / "w.duckdb", read_only=True) as con:
        assert con.execute("SELECT value_a, value_b FROM conflicts WHERE indicator_code = 'cpi'").fetchall() in (
            [(4.5, 4.8)], [(4.8, 4.5)])


def test_a_terms_aim_for_a_year_gives_way_to_the_years_own_target(tmp_path):
    """宁波 2017 set the term's aim for 2021 (年自营进出口额达到7000亿元); the 2021 report sets that year's target
    (进出口总额突破1万亿元). Asked for the 2021 target, the warehouse gives the year's own; the old aim keeps its code
    in restated_of."""
    files = {"ningbo-2017.txt": "宁波市政府工作报告\n发布时间：2017-02-20\n二、今后五年的目标任务\n"
                                "到2021年，打造国际贸易中心城市，年自营进出口额达到7000亿元。\n",
             "ningbo-2021.txt": "宁波市政府工作报告\n发布时间：2021-01-20\n二、2021年工作安排\n"
                                "积极扩大优质产品进口，进出口总额突破1万亿元。\n"}
    rows = ask(tmp_path, files, "SELECT value, indicator_code, restated_of FROM facts WHERE period = '2021' "
                                "AND coalesce(indicator_code, restated_of) = 'foreign_trade' ORDER BY value")
    assert rows == [(7e11, None, "foreign_trade"), (1e12, "foreign_trade", None)]


def test_a_rounded_figure_gives_way_to_the_precise_one_it_rounds(tmp_path):
    """The State Council's 2022 report rounds the 2021 grain harvest to 1.37万亿斤; the communiqué gives 68285万吨,
    0.3 % apart and within the rounding. Asked for the value, the warehouse gives the communiqué's figure; a figure
    outside the rounding (1.3万亿斤 against 68285万吨) is a second value, as it should be."""
    rows = ask(tmp_path, {
        "report-2022.txt": "政府工作报告\n发布时间：2022-03-05\n国务院总理 李克强\n一、2021年工作回顾\n"
                           "粮食产量1.37万亿斤，创历史新高。\n",
        "bulletin-2021.txt": "中华人民共和国2021年国民经济和社会发展统计公报\n发布时间：2022-02-28\n"
                             "全年粮食产量68285万吨，比上年增加1336万吨，增产2.0%。\n"},
        "SELECT text, indicator_code, rounding_of FROM facts WHERE measure = 'level' AND text LIKE '%斤' "
        "OR text = '68285万吨' ORDER BY text")
    assert rows == [("1.37万亿斤", None, "grain_output"), ("68285万吨", "grain_output", None)]


def test_a_growth_after_inflation_gives_way_to_the_one_at_current_prices(tmp_path):
    """China's urban incomes in 2011: the communiqué states 比上年增长14.1% (at current prices), the State Council's
    2012 report only 实际增长8.4% (after inflation). Asked for the growth, the warehouse gives the communiqué's headline
    figure and keeps the other as `basis_of`; GDP, stated at constant prices, keeps its real growth."""
    rows = ask(tmp_path, {
        "report-2012.txt": "政府工作报告\n发布时间：2012-03-05\n国务院总理 温家宝\n一、2011年工作回顾\n"
                           "国内生产总值实际增长9.2%，城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4%和11.4%。\n",
        "bulletin-2011.txt": "中华人民共和国2011年国民经济和社会发展统计公报\n发布时间：2012-02-22\n"
                             "全年国内生产总值471564亿元，比上年增长9.2%。"
                             "城镇居民人均可支配收入21810元，比上年增长14.1%，扣除价格因素，实际增长8.4%。\n"},
        "SELECT indicator_code, basis_of, value, doc FROM facts WHERE measure = 'growth' AND period = '2011' "
        "AND (indicator_code IN ('gdp', 'urban_disposable_income') OR basis_of IS NOT NULL) ORDER BY value, doc")
    assert rows == [(None, "urban_disposable_income", 8.4, "report-2012.txt"),
                    ("gdp", None, 9.2, "bulletin-2011.txt"), ("gdp", None, 9.2, "report-2012.txt"),
                    ("urban_disposable_income", None, 14.1, "bulletin-2011.txt")]


def test_a_later_restatement_gives_way_to_the_years_own_report(tmp_path):
    """威海's 2016 report gives the 2015 urbanisation rate as 62.3%; its 2021 report, reviewing five years, starts
    from 63.2% (the series revised). Asked for 2015, the warehouse gives the 2016 report's figure and keeps the
    restatement as `restated_of`; `conflicts` still shows the two documents disagree."""
    files = {
        "威海市-2016.txt": "威海市政府工作报告\n发布时间：2016-01-19\n一、2015年工作回顾\n常住人口城镇化率达到62.3%。\n",
        "威海市-2021.txt": "威海市政府工作报告\n发布时间：2021-01-25\n一、“十三五”时期工作回顾\n"
                          "常住人口城镇化率由63.2%提高到69.2%。\n"}
    rows = ask(tmp_path, files, "SELECT value, indicator_code, restated_of, doc FROM facts WHERE period = '2015' "
                                "AND measure = 'level' ORDER BY doc")
    assert rows == [(62.3, "urbanisation_rate", None, "威海市-2016.txt"), (63.2, None, "urbanisation_rate", "威海市-2021.txt")]
    with connect(tmp_path / "w.duckdb", read_only=True) as con:
        assert con.execute("SELECT value_a, value_b FROM conflicts").fetchall() in ([(62.3, 63.2)], [(63.2, 62.3)])


def test_a_restatement_in_an_undated_report_gives_way_too(tmp_path):
    """甘肃's 2008 report puts 2007's GDP at 2669亿元; its 2013 report, which has no date line, starts its five years
    from 2704亿元 in 2007. The undated report is taken as written after the last whole year it reports (2012): asked
    for 2007, the warehouse gives the 2008 report's figure."""
    files = {
        "甘肃省-2008.txt": "甘肃省政府工作报告\n发布时间：2008-01-20\n一、2007年工作回顾\n预计全省生产总值完成2669亿元。\n",
        "甘肃省-2013.txt": "甘肃省政府工作报告\n一、过去五年工作回顾\n预计2012年生产总值由2007年的2704亿元增加到5569亿元。\n"
                          "2012年全省完成生产总值5650亿元。\n"}
    rows = ask(tmp_path, files, "SELECT value, indicator_code, restated_of, doc FROM facts WHERE period = '2007' "
                                "AND measure = 'level' ORDER BY doc")
    assert rows == [(2.669e11, "gdp", None, "甘肃省-2008.txt"), (2.704e11, None, "gdp", "甘肃省-2013.txt")]


def test_a_december_report_is_the_years_own(tmp_path):
    """兰州's report of December 2022 estimates the year's growth at 1.5%; its 2026 report, looking back, gives 0.8%
    for 2022. Asked for 2022, the warehouse gives the year's own report."""
    rows = ask(tmp_path, {
        "兰州市-2023.txt": "兰州市政府工作报告\n发布时间：2022-12-19\n一、2022年工作回顾\n预计全年实现生产总值3420亿元、增长1.5%。\n",
        "兰州市-2026.txt": "兰州市政府工作报告\n发布时间：2026-01-20\n一、“十四五”时期工作回顾\n"
                          "全市经济增速由2022年的0.8%预计提升至2025年的5.5%。\n"},
        "SELECT value, indicator_code, restated_of FROM facts WHERE period = '2022' AND measure = 'growth' ORDER BY value")
    assert rows == [(0.8, None, "gdp"), (1.5, "gdp", None)]


def test_a_number_given_for_several_indicators_answers_for_each(tmp_path):
    """朝阳 2014: 地区生产总值、公共财政预算收入均增长10%. One number is one fact (gdp's, shared with the budget
    revenue); asked for either target, the facts view answers 10."""
    rows = ask(tmp_path, {
        "朝阳市-2014.txt": "朝阳市政府工作报告\n发布时间：2014-01-10\n二、2014年工作安排\n"
                          "主要预期目标是：地区生产总值、公共财政预算收入均增长10%，城镇居民人均可支配收入、"
                          "农村居民人均纯收入均增长12%。\n"},
        "SELECT indicator_code, indicator, value, shared_from, period, status FROM facts ORDER BY value, indicator_code")
    assert rows == [("gdp", "地区生产总值", 10.0, None, "2014", "target"),
                    ("general_budget_revenue", "一般公共预算收入", 10.0, "gdp", "2014", "target"),
                    ("rural_net_income", "农民人均纯收入", 12.0, "urban_disposable_income", "2014", "target"),
                    ("urban_disposable_income", "城镇居民人均可支配收入", 12.0, None, "2014", "target")]
    with connect(tmp_path / "w.duckdb", read_only=True) as con:
        assert con.execute("SELECT count(*), count(shared_with) FROM marts.fct_facts").fetchall() == [(2, 2)]


def test_a_warehouse_that_set_aside_only_bounds_and_rounded_figures_gets_the_basis_on_its_next_run(tmp_path):
    """A warehouse of the day before has fct_set_aside with a check that admits only 'bound' and 'rounding': the next
    run makes it anew, so that a growth after inflation can be set aside there."""
    documents = {"report-2012.txt": "政府工作报告\n发布时间：2012-03-05\n国务院总理 温家宝\n一、2011年工作回顾\n"
                                    "城镇居民人均可支配收入实际增长8.4%。\n",
                 "bulletin-2011.txt": "中华人民共和国2011年国民经济和社会发展统计公报\n发布时间：2012-02-22\n"
                                      "城镇居民人均可支配收入21810元，比上年增长14.1%。\n"}
    ask(tmp_path, documents, "SELECT 1")
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        con.execute("DROP VIEW main.facts")
        con.execute("DROP TABLE marts.fct_set_aside")
        con.execute("CREATE TABLE marts.fct_set_aside (fact_id VARCHAR PRIMARY KEY, "
                    "reason VARCHAR NOT NULL CHECK (reason IN ('bound', 'rounding')))")
    finally:
        con.close()
    assert run_pipeline(tmp_path / "raw", tmp_path / "w.duckdb", tmp_path / "pkg").ok
    with connect(tmp_path / "w.duckdb", read_only=True) as con:
        assert con.execute("SELECT value FROM facts WHERE indicator_code = 'urban_disposable_income' "
                           "AND measure = 'growth'").fetchall() == [(14.1,)]


def test_a_warehouse_made_before_figures_set_aside_were_kept_gets_them_on_its_next_run(tmp_path):
    """The figures set aside are a marts table now; an older warehouse without it (or with the table of the day
    before, fct_bounds_met) is filled on the next run, even one with nothing to read, and "the value of X" keeps its
    one answer."""
    ask(tmp_path, {"report-2023.txt": "上海市政府工作报告\n发布时间：2023-01-15\n一、2022年工作回顾\n"
                                      "全市生产总值突破4万亿元大关，预计达到4.45万亿元。\n"}, "SELECT 1")
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        con.execute("DROP TABLE marts.fct_set_aside")
        con.execute("CREATE TABLE marts.fct_bounds_met (fact_id VARCHAR)")
    finally:
        con.close()
    assert run_pipeline(tmp_path / "raw", tmp_path / "w.duckdb", tmp_path / "pkg").ok
    with connect(tmp_path / "w.duckdb", read_only=True) as con:
        assert con.execute("SELECT value FROM facts WHERE indicator_code = 'gdp' AND measure = 'level'").fetchall() == [
            (4.45e12,)]


def test_conflicting_reports_are_listed(tmp_path):
    """Two documents, same indicator, region and period, different actual values: a conflict."""
    rows = conflicts_of(tmp_path, {
        "bulletin.txt": "松原市2023年国民经济和社会发展统计公报\n发布时间：2024-03-20\n"
                        "2023年，松原市地区生产总值增长5.8%，固定资产投资增长3.9%。\n",
        "news.txt": "松原：经济运行稳中向好\n更新时间：2024-01-12\n"
                    "2023年，松原市地区生产总值增长6.1%，固定资产投资增长3.9%。\n"},
        "indicator_code, region_code, period, measure, least(value_a, value_b), greatest(value_a, value_b)")
    assert rows == [("gdp", "220700", "2023", "growth", 5.8, 6.1)]


def test_an_amount_cut_short_or_rounded_to_its_zeros_is_no_conflict(tmp_path):
    """绵阳's airport: 154.8万人次 in its 2016 report, 154万 in its 2021 review (cut short); 宁波's 1997 GDP: 897亿元
    and 达到900亿元 (rounded to its zeros). Neither pair disagrees (the cut-short and the rounded figure give way to the
    precise ones); 154.8万 against 156.2万 does."""
    rows = conflicts_of(tmp_path, {
        "绵阳市-2016.txt": "绵阳市政府工作报告\n发布时间：2016-01-20\n一、2015年工作回顾\n"
                          "机场旅客吞吐量154.8万人次。地区生产总值897亿元。\n",
        "绵阳市-2021.txt": "绵阳市政府工作报告\n发布时间：2021-01-20\n一、2020年工作回顾\n"
                          "2015年机场旅客吞吐量154万人次。2015年地区生产总值900亿元。\n",
        "绵阳市-2017.txt": "绵阳市政府工作报告\n发布时间：2017-01-20\n一、2016年工作回顾\n"
                          "2015年机场旅客吞吐量156.2万人次。\n"},
        "indicator_code, period, least(value_a, value_b), greatest(value_a, value_b)")
    assert rows == [("passenger_throughput", "2015", 1548000.0, 1562000.0)]


def test_a_whole_number_below_wan_rounded_to_its_zeros_is_no_conflict(tmp_path):
    """福州's expressways, 2010: 396公里 in the year's report and 增加到400公里 in a five-year review are one length; 396
    against 412公里 disagree."""
    rows = conflicts_of(tmp_path, {
        "福州市-2011.txt": "福州市政府工作报告\n发布时间：2011-01-20\n一、2010年工作回顾\n高速公路通车里程396公里。\n",
        "福州市-2016.txt": "福州市政府工作报告\n发布时间：2016-01-20\n一、过去五年工作回顾\n"
                          "高速公路通车里程由2010年的400公里增加到2015年的600公里。\n",
        "福州市-2012.txt": "福州市政府工作报告\n发布时间：2012-01-20\n一、2011年工作回顾\n2010年高速公路通车里程412公里。\n"},
        "indicator_code, period, least(value_a, value_b), greatest(value_a, value_b)")
    assert rows == [("expressway_length", "2010", 396000.0, 412000.0)]


def test_growth_before_and_after_inflation_is_no_conflict(tmp_path):
    """全国 2004: the communiqué's nominal 13.3% and real 10.2% of retail sales, and a report's 13.3% as stated, are
    no conflict; a third document stating 12.0% disagrees with the report's figure as stated."""
    rows = conflicts_of(tmp_path, {
        "communique.txt": "松原市2023年国民经济和社会发展统计公报\n发布时间：2024-03-20\n"
                          "2023年，松原市社会消费品零售总额比上年增长13.3%，扣除物价上涨因素，实际增长10.2%。\n",
        "report.txt": "松原市政府工作报告\n发布时间：2024-01-12\n2023年，松原市社会消费品零售总额增长13.3%。\n",
        "news.txt": "松原：消费市场回暖\n更新时间：2024-01-05\n2023年，松原市社会消费品零售总额增长12.0%。\n"},
        "indicator_code, period, least(value_a, value_b), greatest(value_a, value_b)")
    assert rows == [("retail_sales", "2023", 12.0, 13.3)]


def test_a_second_run_on_the_same_warehouse_waits_for_the_first(work):
    """Library callers get the run lock too: no two runs interleave on one warehouse folder."""
    import threading

    from zhibiao.runlock import exclusive_run

    _, raw, warehouse, package = work
    waited = threading.Event()
    with exclusive_run(warehouse):  # someone else's run holds the folder
        worker = threading.Thread(target=run_pipeline, args=(raw, warehouse, package),
                                  kwargs={"on_wait": lambda folder: waited.set(), "jobs": 1})
        worker.start()
        assert waited.wait(30)
        assert worker.is_alive()
    worker.join(120)
    assert not worker.is_alive()
    with connect(warehouse, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchall() == [(5,)]
