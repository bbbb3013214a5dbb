"""The pandera models of every zhibiao table, with field descriptions, keys and named checks.

Published in the data package: documents, facts, units, indicators, regions, rejected_files.
Warehouse only: rejects (facts that failed a check) and runs (lineage).
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import Series

from zhibiao.model import MEASURES, QUALIFIERS, STATUSES
from zhibiao.reference import canonical_units, indicator_codes

from .base import HEX16, HEX64, PERIOD, REGION_CODE, ForeignKey, TableModel

Date = pandas_engine.Date
Int = pd.Int64Dtype
REGION_LEVELS = ("country", "province", "prefecture", "county")
FORMATS = ("text", "markdown", "html")


class Documents(TableModel):
    doc_id: Series[str] = pa.Field(str_matches=HEX16, unique=True, description="Content hash of the raw file: the first 16 hex digits of its sha256 (the same in every run while the bytes are the same, wherever the file lies)")
    source_file: Series[str] = pa.Field(description="Base name of the raw file (2018.md): not unique in an archive; source_path names the document")
    source_path: Series[str] = pa.Field(unique=True, description="Path of the raw file relative to the raw folder, with / separators (政府工作报告-省自治区/广东省/2018.md): how the document is named everywhere (facts.doc, rejects.doc, conflicts, run summaries); never a local absolute path")
    sha256: Series[str] = pa.Field(str_matches=HEX64, description="sha256 of the raw bytes")
    bytes: Series[Int] = pa.Field(ge=0, description="Size of the raw file in bytes")
    encoding: Series[str] = pa.Field(description="Character encoding the raw bytes were decoded with")
    format: Series[str] = pa.Field(isin=list(FORMATS), description="How the raw file was written: text, markdown or html")
    title: Series[str] = pa.Field(nullable=True, description="Title of the report or article, where the file gives one")
    published_date: Series[Date] = pa.Field(nullable=True, description="Publication or delivery date, where the text gives it")
    outlet: Series[str] = pa.Field(nullable=True, description="Newspaper, website or office that published the text, where given")
    region: Series[str] = pa.Field(nullable=True, description="Name of the place the report is about")
    region_code: Series[str] = pa.Field(nullable=True, str_matches=REGION_CODE, description="6-digit administrative division code of that place")
    region_level: Series[str] = pa.Field(nullable=True, isin=list(REGION_LEVELS), description="country (全国: the State Council's reports, national communiqués and plans), province, prefecture or county")
    province: Series[str] = pa.Field(nullable=True, description="Province the place belongs to (empty for the country)")
    traditional: Series[bool] = pa.Field(description="True when the source was written in Traditional characters (converted to Simplified)")
    chars: Series[Int] = pa.Field(ge=1, description="Length of the cleaned text in characters")
    text: Series[str] = pa.Field(description="Cleaned Simplified-Chinese text; fact offsets point into it")

    @pa.dataframe_check(name="region_code_known")
    def region_code_known(cls, df: pd.DataFrame) -> Series[bool]:
        from zhibiao.ingest.regions import region_by_code

        return df["region_code"].map(lambda code: code is None or pd.isna(code) or region_by_code(code) is not None)

    class Config:
        metadata = {
            "name": "documents",
            "title": "Documents",
            "description": "One row per raw report file read and cleaned.",
            "primary_key": ["doc_id"],
            "foreign_keys": [ForeignKey(("region_code",), "regions", ("code",))],
        }


class Facts(TableModel):
    fact_id: Series[str] = pa.Field(unique=True, description="Stable id: doc_id, then the fact's character offsets")
    doc_id: Series[str] = pa.Field(str_matches=HEX16, description="Document the fact was read from")
    doc: Series[str] = pa.Field(description="That document's raw file: its path relative to the raw folder, with / separators (政府工作报告-省自治区/广东省/2018.md), as documents.source_path")
    seq: Series[Int] = pa.Field(ge=0, description="Order of the fact in its document")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="The quantity as it stands in the cleaned text, with a leading qualifier word if any")
    raw_value: Series[float] = pa.Field(description="The number as written, before the unit factor (692.5 in 692.5亿元)")
    raw_unit: Series[str] = pa.Field(nullable=True, description="The unit as written (亿元)")
    value: Series[float] = pa.Field(description="Value in the canonical unit; decreases are negative")
    unit: Series[str] = pa.Field(isin=list(canonical_units()), description="Canonical unit: CNY, person, person_time, count, m2, m, kg, W, Wh, m3, percent, percentage_point, times …")
    unit_code: Series[str] = pa.Field(nullable=True, description="Row of the unit registry the written unit matched (亿元 → yi_yuan)")
    measure: Series[str] = pa.Field(isin=list(MEASURES), description="level, growth, share, change or ratio")
    qualifier: Series[str] = pa.Field(isin=list(QUALIFIERS), description="exact, approx (约/近/左右), at_least (超/以上/余) or at_most (不足/以内)")
    status: Series[str] = pa.Field(isin=list(STATUSES), description="actual, target (plans, 力争, 确保) or estimate (预计, 有望)")
    indicator: Series[str] = pa.Field(nullable=True, description="Short Chinese noun phrase naming what the number measures")
    indicator_code: Series[str] = pa.Field(nullable=True, isin=list(indicator_codes()), description="Code of the matching entry in the indicators table, if any")
    period: Series[str] = pa.Field(nullable=True, str_matches=PERIOD, description="Period the number refers to: a year (2024), a month (2024-12), or a span of months (2024-01/2024-06 for 上半年, 2016-01/2020-12 for five years); empty for stocks and totals with no date")
    period_start: Series[Date] = pa.Field(nullable=True, description="First day of the period")
    period_end: Series[Date] = pa.Field(nullable=True, description="Last day of the period")
    region: Series[str] = pa.Field(nullable=True, description="The place the fact is about: the document's place unless the clause names another (全国 in 高于全国0.7个百分点, 宁波 in a Hunan news page); 全国 for national documents")
    region_code: Series[str] = pa.Field(nullable=True, str_matches=REGION_CODE, description="6-digit division code of that place; 100000 is the whole country")
    char_start: Series[Int] = pa.Field(ge=0, description="Offset of the fact's text in the document's cleaned text")
    char_end: Series[Int] = pa.Field(ge=1, description="End offset (exclusive) of the fact's text")
    sentence: Series[str] = pa.Field(description="The sentence the fact stands in")
    context: Series[str] = pa.Field(str_length={"max_value": 60}, description="The clause around the fact, at most 60 characters")
    shared_with: Series[str] = pa.Field(nullable=True, str_matches=r"^[a-z0-9_]+(\|[a-z0-9_]+)*$", description="Codes of the other indicators the same number is given for, separated by | (地区生产总值、公共财政预算收入均增长10%: the fact is gdp's and shared with general_budget_revenue); one number is one fact here, and the warehouse's facts view gives it once for each indicator")

    @pa.dataframe_check(name="shared_codes_known")
    def shared_codes_known(cls, df: pd.DataFrame) -> Series[bool]:
        known = set(indicator_codes())
        return df["shared_with"].map(lambda v: v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v))
                                     or all(c in known for c in str(v).split("|")))

    @pa.dataframe_check(name="value_is_finite")
    def value_is_finite(cls, df: pd.DataFrame) -> Series[bool]:
        return pd.Series(np.isfinite(df["value"].astype(float)), index=df.index)

    @pa.dataframe_check(name="value_plausible_magnitude")
    def value_plausible_magnitude(cls, df: pd.DataFrame) -> Series[bool]:
        # 1e16 is far above any regional quantity (China's GDP is ~1.3e14 CNY): bigger means a misparse; energy in
        # Wh is the exception (China generated 1.0e16 Wh, 100868.8亿千瓦时, in 2024)
        bound = (df["unit"] == "Wh").astype(float) * (1e18 - 1e16) + 1e16
        return df["value"].astype(float).abs() < bound

    @pa.dataframe_check(name="offsets_ordered")
    def offsets_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["char_end"] > df["char_start"]

    @pa.dataframe_check(name="share_within_0_100")
    def share_within_0_100(cls, df: pd.DataFrame) -> Series[bool]:
        share = (df["measure"] == "share") & (df["unit"] == "percent")
        return ~share | df["value"].between(0, 100)

    @pa.dataframe_check(name="decline_above_minus_100_percent")
    def decline_above_minus_100_percent(cls, df: pd.DataFrame) -> Series[bool]:
        growth = (df["measure"] == "growth") & (df["unit"] == "percent")
        return ~growth | (df["value"] >= -100)

    @pa.dataframe_check(name="ratio_positive")
    def ratio_positive(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["measure"] != "ratio") | (df["value"] > 0)

    @pa.dataframe_check(name="level_not_negative")
    def level_not_negative(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["measure"] != "level") | (df["value"] >= 0)

    @pa.dataframe_check(name="period_bounds_ordered")
    def period_bounds_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        start, end = df["period_start"], df["period_end"]
        return start.isna() | end.isna() | (start <= end)

    class Config:
        metadata = {
            "name": "facts",
            "title": "Quantity facts",
            "description": "One row per quantity fact found in a document, in canonical units.",
            "primary_key": ["fact_id"],
            "foreign_keys": [
                ForeignKey(("doc_id",), "documents", ("doc_id",)),
                ForeignKey(("indicator_code",), "indicators", ("code",)),
                ForeignKey(("unit_code",), "units", ("code",)),
                ForeignKey(("region_code",), "regions", ("code",)),
            ],
        }


class Rejects(TableModel):
    reject_id: Series[str] = pa.Field(unique=True, description="fact_id of the rejected fact, then the failing check (and :2, :3 … when one span failed more than once)")
    fact_id: Series[str] = pa.Field(description="Id the fact would have had (doc_id, then the span's character offsets)")
    doc_id: Series[str] = pa.Field(str_matches=HEX16, description="Document the fact was read from")
    doc: Series[str] = pa.Field(description="That document's raw file: its path relative to the raw folder, as documents.source_path")
    check_name: Series[str] = pa.Field(description="Name of the check the fact failed; extraction_error when the extractor raised an exception on this span (the document and its other facts are loaded)")
    column_name: Series[str] = pa.Field(nullable=True, description="Column the check looked at, when it is a column check")
    failure_case: Series[str] = pa.Field(nullable=True, description="The offending value, as text; for extraction_error the exception (type, message, file:line of the extractor)")
    text: Series[str] = pa.Field(nullable=True, description="The fact's surface text; for extraction_error the text of the span being read (at most 200 characters)")
    char_start: Series[Int] = pa.Field(nullable=True, description="Offset of the fact's text (or the failing span) in the cleaned text")
    char_end: Series[Int] = pa.Field(nullable=True, description="End offset of the fact's text (or the failing span)")
    sentence: Series[str] = pa.Field(nullable=True, description="The sentence the fact (or the failing span) stands in")
    fact_json: Series[str] = pa.Field(description="The whole fact as extracted, as JSON; for extraction_error the error record (doc, start, end, text, sentence, error)")

    class Config:
        metadata = {
            "name": "rejects",
            "title": "Rejected facts",
            "description": "Facts that failed a validation check, and spans the extractor raised an exception on, with the check's name and the source span.",
            "primary_key": ["reject_id"],
            "foreign_keys": [ForeignKey(("doc_id",), "documents", ("doc_id",))],
        }


class RejectedFiles(TableModel):
    source_path: Series[str] = pa.Field(unique=True, description="Path of the raw file relative to the raw folder")
    source_file: Series[str] = pa.Field(description="Base name of the raw file")
    bytes: Series[Int] = pa.Field(nullable=True, ge=0, description="Size in bytes, when it could be read")
    sha256: Series[str] = pa.Field(nullable=True, str_matches=HEX64, description="sha256 of the bytes, when they could be read")
    reason: Series[str] = pa.Field(description="Why the file could not become a document")

    class Config:
        metadata = {
            "name": "rejected_files",
            "title": "Rejected files",
            "description": "Raw files that could not be read as a report, with the reason.",
            "primary_key": ["source_path"],
        }


class Units(TableModel):
    code: Series[str] = pa.Field(unique=True, description="Registry code of a written unit or family of written units")
    unit: Series[str] = pa.Field(description="Canonical unit the written forms convert to (the facts table's unit)")
    dimension: Series[str] = pa.Field(description="What the unit measures: money, people, count, area, length, mass, power …")
    factor: Series[float] = pa.Field(gt=0, description="Multiply a value written in this unit by the factor to get the canonical unit")
    surface_forms: Series[str] = pa.Field(description="Simplified forms as written in reports, separated by |")
    traditional_forms: Series[str] = pa.Field(nullable=True, description="Traditional forms, separated by |")
    needs_magnitude: Series[bool] = pa.Field(description="True when the form is a unit only after 万/亿 (万度), so bare uses are not read as this unit")
    description: Series[str] = pa.Field(nullable=True, description="Notes on the unit and why this canonical unit")

    class Config:
        metadata = {
            "name": "units",
            "title": "Unit registry",
            "description": "Units as written in reports, each with its canonical unit and conversion factor; % and 百分点 kept apart.",
            "primary_key": ["code"],
        }


class Indicators(TableModel):
    code: Series[str] = pa.Field(unique=True, description="Indicator code")
    name_zh: Series[str] = pa.Field(description="Chinese name")
    name_en: Series[str] = pa.Field(description="English name")
    synonyms: Series[str] = pa.Field(nullable=True, description="Phrases in reports that name this indicator, separated by |")
    description: Series[str] = pa.Field(nullable=True, description="What the indicator measures")

    class Config:
        metadata = {
            "name": "indicators",
            "title": "Indicator dictionary",
            "description": "Canonical indicators that Chinese regional reports publish most, with their synonyms.",
            "primary_key": ["code"],
        }


class Regions(TableModel):
    code: Series[str] = pa.Field(unique=True, str_matches=REGION_CODE, description="6-digit administrative division code")
    name: Series[str] = pa.Field(description="Official name")
    level: Series[str] = pa.Field(isin=list(REGION_LEVELS), description="country, province, prefecture or county")
    parent_code: Series[str] = pa.Field(nullable=True, str_matches=REGION_CODE, description="Code of the enclosing division")
    province: Series[str] = pa.Field(nullable=True, description="Province the division belongs to (empty for the country)")

    class Config:
        metadata = {
            "name": "regions",
            "title": "Regions",
            "description": "Administrative divisions the documents are about, with their ancestors.",
            "primary_key": ["code"],
            "foreign_keys": [ForeignKey(("parent_code",), "regions", ("code",))],
        }


PUBLISHED = (Regions, Units, Indicators, Documents, Facts, RejectedFiles)


class Runs(TableModel):
    run_id: Series[str] = pa.Field(unique=True, description="Id of the zhibiao run")
    flow_run_id: Series[str] = pa.Field(nullable=True, description="Prefect flow-run id, when the run was a Prefect flow")
    started_at: Series[pandas_engine.DateTime] = pa.Field(description="When the run started (UTC)")
    ended_at: Series[pandas_engine.DateTime] = pa.Field(nullable=True, description="When the run ended (UTC)")
    code_version: Series[str] = pa.Field(description="zhibiao version and git commit of the code that ran")
    status: Series[str] = pa.Field(isin=["running", "completed", "failed"], description="completed, or failed with a message")
    files_seen: Series[Int] = pa.Field(ge=0, description="Files found in the raw folder")
    files_new: Series[Int] = pa.Field(ge=0, description="Files not loaded before")
    files_changed: Series[Int] = pa.Field(ge=0, description="Files whose content changed since they were loaded")
    files_unchanged: Series[Int] = pa.Field(ge=0, description="Files skipped because their sha256 was already loaded")
    files_removed: Series[Int] = pa.Field(ge=0, description="Files loaded before and now gone from the raw folder")
    documents: Series[Int] = pa.Field(ge=0, description="Documents loaded by this run")
    rejected_files: Series[Int] = pa.Field(ge=0, description="Files rejected by this run")
    facts: Series[Int] = pa.Field(ge=0, description="Facts loaded by this run")
    rejected_facts: Series[Int] = pa.Field(ge=0, description="Facts rejected by this run")
    message: Series[str] = pa.Field(nullable=True, description="Error message of a failed run")
    pid: Series[Int] = pa.Field(nullable=True, ge=0, description="Process id of the run: a run whose process ended "
                                "without finishing (killed, disk full) is settled as failed by the next run")

    class Config:
        metadata = {
            "name": "runs",
            "title": "Runs",
            "description": "One row per pipeline run: lineage and counts per stage.",
            "primary_key": ["run_id"],
        }


ALL = (*PUBLISHED, Rejects, Runs)
