"""The compiled extraction (zhibiao/compiled.py) gives the facts plain Python gives, and only a build made from the
sources as they are is ever used."""
import json
import os
import subprocess
import sys

import pytest

from zhibiao import compiled

from .conftest import ROOT, SHARED

CORPUS = SHARED / "corpus" / "lawgov"
# every 30th report of the real corpus (80 of them) and reports that once broke one reading or the other (西安 2014: a
# list's subjects held a None where the compiled code was told only strings come), their facts as JSON lines
_ONCE_BROKEN = ["政府工作报告-主要城市/西安市/2014.md", "政府工作报告-省自治区/广东省/2018.md", "政府工作报告-其他地市/云浮市/2018.md",
                "政府工作报告-其他地市/宣城市/2016.md", "政府工作报告-其他地市/梅州市/2020.md"]
_FACTS = """
import json, sys
from pathlib import Path
import zhibiao
from zhibiao.extract import extract_facts, fact_to_json
from zhibiao.ingest import read_document
corpus = Path(sys.argv[1])
print(json.dumps({"compiled": zhibiao.COMPILED}))
for p in sorted(x for x in corpus.rglob("*.md"))[::30] + [corpus / x for x in sys.argv[2:]]:
    d = read_document(p, raw_root=corpus)
    for f in extract_facts(d.text, published=d.published_date, title=d.title, region_code=d.region_code):
        print(json.dumps(fact_to_json(str(p.relative_to(corpus)), f), ensure_ascii=False, sort_keys=True))
"""


def _facts(plain: bool) -> tuple[bool, list[str]]:
    env = {k: v for k, v in os.environ.items() if k != "ZHIBIAO_PURE"}
    if plain:
        env["ZHIBIAO_PURE"] = "1"
    out = subprocess.run([sys.executable, "-c", _FACTS, str(CORPUS), *_ONCE_BROKEN], env=env, cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    return json.loads(out[0])["compiled"], out[1:]


def test_compiled_extraction_gives_the_facts_of_plain_python():
    if not compiled.current():
        pytest.skip("no compiled extraction is built here (no mypy or C compiler at `make install`)")
    if not CORPUS.is_dir():
        pytest.skip(f"the real corpus is not at {CORPUS}")
    used, fast = _facts(plain=False)
    unused, plain = _facts(plain=True)
    assert used and not unused
    assert len(plain) > 10000 and fast == plain


def test_a_build_made_from_other_sources_is_never_used(tmp_path, monkeypatch):
    stamp = tmp_path / "SOURCES.sha256"
    monkeypatch.setattr(compiled, "STAMP", stamp)
    monkeypatch.setattr(compiled, "BUILD", tmp_path)
    monkeypatch.delenv("ZHIBIAO_PURE", raising=False)
    path: list[str] = []
    stamp.write_text("0" * 64 + "\n")  # a module edited since the build
    assert not compiled.current() and not compiled.use(path) and path == []
    stamp.write_text(compiled.sources_hash() + "\n")
    assert compiled.use(path) and path == [str(tmp_path / "zhibiao")]
    assert str(tmp_path) not in sys.path  # (a process spawned from this one inherits sys.path)
    monkeypatch.setenv("ZHIBIAO_PURE", "1")  # asked for plain Python
    assert not compiled.use([])
