"""The pandera models are the one source of truth: Frictionless schemas and DuckDB tables follow them."""
import json

import duckdb
import frictionless
import pandas as pd
import pytest

from schemas.base import foreign_keys, primary_key
from schemas.ddl import create_table
from schemas.table_schema import table_schema
from schemas.models import ALL, PUBLISHED, Documents, Facts
from zhibiao.rows import frame, period_bounds

GOOD_FACT = {
    "fact_id": "0123456789abcdef-120-127", "doc_id": "0123456789abcdef", "doc": "001.txt", "seq": 0,
    "text": "692.5亿元", "raw_value": 692.5, "raw_unit": "亿元", "value": 69250000000.0, "unit": "CNY",
    "unit_code": "yi_yuan", "measure": "level", "qualifier": "exact", "status": "actual",
    "indicator": "规模以上工业总产值", "indicator_code": None, "period": "2024-01/2024-09",
    "period_start": "2024-01-01", "period_end": "2024-09-30", "char_start": 120, "char_end": 127,
    "sentence": "前三季度,规模以上工业总产值实现692.5亿元", "context": "规模以上工业总产值实现692.5亿元",
}
# one column-level mistake per row: each must be refused by pandera AND by frictionless
BAD_FACTS = {
    "unit not canonical": {"unit": "亿元"},
    "unknown measure": {"measure": "stock"},
    "unknown status": {"status": "planned"},
    "bad doc id": {"doc_id": "XYZ"},
    "period malformed": {"period": "2024H1"},
    "negative offset": {"char_start": -1},
    "missing text": {"text": None},
    "context too long": {"context": "长" * 61},
}


def pandera_accepts(model, row: dict) -> bool:
    try:
        model.validate(frame(model, [row]), lazy=True)
        return True
    except Exception:
        return False


def frictionless_accepts(model, row: dict, tmp_path) -> bool:
    frame(model, [row]).to_csv(tmp_path / "rows.csv", index=False)
    schema = table_schema(model)
    schema.pop("foreignKeys", None)  # a lone resource has no tables to look keys up in
    resource = frictionless.Resource(path="rows.csv", basepath=str(tmp_path), schema=frictionless.Schema.from_descriptor(schema))
    errors = frictionless.validate(resource).flatten(["type"])
    # only cell-level verdicts count: a resource error would make this test pass for the wrong reason
    assert all(e[0] in {"constraint-error", "type-error", "missing-cell"} for e in errors), errors
    return not errors


def test_good_fact_passes_both():
    assert pandera_accepts(Facts, GOOD_FACT)


@pytest.mark.parametrize("mistake", sorted(BAD_FACTS))
def test_pandera_and_frictionless_refuse_the_same_rows(mistake, tmp_path):
    row = {**GOOD_FACT, **BAD_FACTS[mistake]}
    assert not pandera_accepts(Facts, row), mistake
    assert not frictionless_accepts(Facts, row, tmp_path), mistake
    assert frictionless_accepts(Facts, GOOD_FACT, tmp_path)


def test_frame_level_checks_name_the_rule():
    row = {**GOOD_FACT, "measure": "share", "unit": "percent", "value": 120.0, "unit_code": "percent"}
    with pytest.raises(Exception) as info:
        Facts.validate(frame(Facts, [row]), lazy=True)
    assert "share_within_0_100" in str(info.value)


@pytest.mark.parametrize("model", ALL, ids=lambda m: m.__name__)
def test_every_column_is_described_and_keys_exist(model):
    schema = table_schema(model)
    names = {f["name"] for f in schema["fields"]}
    assert all(f.get("description") for f in schema["fields"])
    assert set(primary_key(model)) <= names
    for fk in foreign_keys(model):
        assert set(fk.fields) <= names


def test_foreign_keys_point_at_published_tables():
    published = {m.Config.metadata["name"]: m for m in PUBLISHED}
    for model in PUBLISHED:
        for fk in foreign_keys(model):
            target = published[fk.resource]
            assert list(fk.reference) == primary_key(target)


def test_generated_ddl_creates_tables_with_keys():
    con = duckdb.connect()
    con.execute(create_table(Documents, "documents"))
    con.execute(create_table(Facts, "facts", references={"documents": "documents"}))
    doc = {c: None for c in Documents.to_schema().columns}
    con.execute("INSERT INTO documents (doc_id, source_file, source_path, sha256, bytes, encoding, format, traditional, chars, text) "
                "VALUES ('0123456789abcdef', 'a.txt', 'a.txt', ?, 1, 'utf-8', 'text', false, 1, 'x')", ["0" * 64])
    fact = {**GOOD_FACT}
    con.register("f", frame(Facts, [fact]))
    con.execute("INSERT INTO facts SELECT * FROM f")
    orphan = frame(Facts, [{**fact, "fact_id": "x", "doc_id": "ffffffffffffffff"}])
    con.register("orphan", orphan)
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO facts SELECT * FROM orphan")
    assert doc  # the documents model has columns


def test_period_bounds():
    assert period_bounds("2024") == (pd.Timestamp("2024-01-01").date(), pd.Timestamp("2024-12-31").date())
    assert period_bounds("2024-01/2024-06")[1] == pd.Timestamp("2024-06-30").date()
    assert period_bounds("2023-12/2024-02")[1] == pd.Timestamp("2024-02-29").date()
    assert period_bounds(None) == (None, None)
    assert period_bounds("garbage") == (None, None)


def test_table_schema_is_json():
    json.dumps([table_schema(m) for m in ALL], ensure_ascii=False)


def test_a_nations_power_output_is_plausible_and_a_misparse_is_not():
    power = {**GOOD_FACT, "text": "100868.8亿千瓦时", "raw_value": 100868.8, "raw_unit": "亿千瓦时",
             "value": 1.008688e16, "unit": "Wh", "unit_code": "yi_kwh"}
    assert pandera_accepts(Facts, power)
    assert not pandera_accepts(Facts, {**GOOD_FACT, "value": 4.000007e16})
