"""The place a fact is about: the document's own place, unless the clause names another.

A fact is about the place its clause names as its subject or as the other side of a comparison (GUIDE, "The place
of a fact"), else about the document's place:

- a comparison right before the number: 高于全国0.7个百分点, 比全省平均水平高…, 低于全市1.2个百分点 → 全国, the
  province, the city (the other side of the comparison);
- a subject opening the clause: 全国增长5.2%, 同期全省增长6%, 宁波增长8.2%, 其中，深圳市地区生产总值…;
- 全省/全市/全区/全州/全县 name the document's own place when it is of that level (全省 in a province's report), and
  the enclosing province or city otherwise (全省 in a city's report is its province);
- a place named as the subject is looked up among the divisions of the document's province first (宁波 is 宁波市),
  then everywhere when its name is unique; a name followed by 港, 大学, 机场, 路… names a thing, not a place.
Sub-regions (兵团, 新区, 开发区) are no division: their facts keep the document's place, and their indicators are
their own (the indicator dictionary never codes 兵团生产总值 as the region's GDP).
"""
from __future__ import annotations

import re
from functools import lru_cache

from zhibiao.extract.structure import REACH
from zhibiao.ingest.regions import COUNTRY, Region, ancestors, region_by_code, region_by_name
from zhibiao.ingest.regions import _name_index, _regions, name_at_start

# the other side of a comparison, right before the number (高于全国0.7个百分点, 比全省平均水平高0.5个百分点)
_COMPARED = re.compile(
    r"(?:高于|低于|快于|慢于|好于|超过|超出|领先|落后于?|比|较|与)(全国|全省|全区|全市|全州|全县|全盟)"
    r"(?:同期)?(?:平均水平|平均|水平|均值|增速|增幅|平均增速)?(?:高|低|快|慢|多|少)?(?:出)?了?$")
# a whole named as the subject that opens a clause (全国增长5.2%, 同期全省规模以上工业增加值增长6%)
_WHOLE_SUBJECT = re.compile(r"^(?:其中|同期|而|但|另外|此外|相比之下|与此同时)?[，,]?(全国|全省|全区|全市|全州|全县|全盟)"
                            # 全国重点实验室达8家, 全国文明城市: a title the place holds, not the whole as subject
                            r"(?!重点|文明|百强|先进|示范|优秀|首批|首个|首家|第[一二三四五六七八九十\d]|劳动模范|人大|政协|"
                            r"性|统一|一流|前列|知名|著名)")
_OPENER = re.compile(r"^(?:其中|同期|而|但|另外|此外|相比之下|与此同时)?[，,：:]?")
_OPENER_FIRST = frozenset("其同而但另此相与，,：:")  # what a match of _OPENER that is not empty opens on
# after a place name: a thing named after the place, not the place (宁波舟山港, 深圳大学, 北京路)
_THING_AFTER = re.compile(r"^(?:舟山港|港|大学|学院|机场|路|街|站|银行|集团|公司|海关|市场|中心|医院|地铁|高铁|铁路|"
                          r"高速|大道|大桥|新区|高新区|开发区|经开区|园区|片区|自贸|保税|综保|都市圈|城市群|经济圈|湾区|"
                          r"方向|籍|人|队|造|品牌|模式|经验|样板|号|段|线)")
_LEVEL_OF_WHOLE = {"全国": "country", "全省": "province", "全区": "province", "全市": "prefecture", "全州": "prefecture",
                   "全盟": "prefecture", "全县": "county"}
_SUBJECT_WINDOW = 14  # characters at the head of a clause where its subject is named


def place_of(norm: str, clause_start: int, start: int, document: Region | None,
             sentence_start: int | None = None) -> Region | None:
    """The place the number at `start` is about, given the start of its clause and the document's place; with the
    start of its sentence, a headline figure (GDP, revenue, …) of a sentence about 我国 is the country's."""
    m = _compared(norm, clause_start, start)
    if m:
        return _whole(m[1], document)
    head = norm[clause_start:min(start, clause_start + _SUBJECT_WINDOW)]
    m = _WHOLE_SUBJECT.match(head) if "全" in head else None
    if m:
        city = _city_of_its_sentence(norm, sentence_start, clause_start, document) if m[1] == "全市" else None
        return city or _whole(m[1], document)
    if document is not None and document.level == "country":
        return document
    if sentence_start is not None and _about_the_country(norm, sentence_start, clause_start, start):
        return COUNTRY  # 我国经济实力…跃上新的台阶，国内生产总值突破一百万亿元 (昌吉 2021): the country's
    named = _named_subject(head)
    if named is None:
        return document
    return _resolve(named, document) or document


def _compared(norm: str, clause_start: int, start: int) -> re.Match | None:
    """The whole a comparison right before the number at `start` names (高于全省0.9个百分点)."""
    before = norm[max(clause_start, start - 16):start]
    # (both patterns of place_of name the whole with 全: tested first, as most clauses do not)
    return _COMPARED.search(before) if "全" in before else None


def compared_with_whole(norm: str, clause_start: int, start: int) -> bool:
    """True when the number at `start` is a gap to a whole named right before it (高于全省0.9个百分点)."""
    return _compared(norm, clause_start, start) is not None


# 我国 as the subject of a sentence or clause (not 我国首套…, 我国第一…): the country, in a region's report, until a
# clause names the region again
_COUNTRY_OPENS = re.compile(r"[ \t\u3000*“\"]*(?:目前|当前|同期|去年|(?:19|20)\d\d年)?[，,]?我国(?![首第唯一二三四五六七八九十\d])")
_OWN_PLACE = re.compile(r"我省|我市|我区|我州|我县|我盟|本省|本市|全省|全市|全区|全州|全县|全盟")


def _about_the_country(norm: str, sentence_start: int, clause_start: int, start: int) -> bool:
    opens = _COUNTRY_OPENS.match(norm, clause_start, start)
    if not opens and sentence_start < clause_start:
        opens = _COUNTRY_OPENS.match(norm, sentence_start, clause_start)
    return opens is not None and not _OWN_PLACE.search(norm, opens.end(), start)


def _whole(word: str, document: Region | None) -> Region | None:
    """全国 is the country; 全省/全市… is the document's own place or its enclosing division of that level."""
    level = _LEVEL_OF_WHOLE[word]
    if level == "country":
        return COUNTRY
    if document is None or document.level == "country":
        return document
    if word == "全市" and document.level == "province" and document.name.endswith("市"):
        return document  # a municipality (北京市) speaks of itself as 全市
    if word == "全区" and document.level != "province":
        province = next((a for a in ancestors(document) if a.level == "province"), None)
        # 全区 in a city of an autonomous region is the region; in a district's report, the district
        return province if province is not None and province.name.endswith("自治区") else document
    if document.level == level:
        return document
    return next((a for a in ancestors(document) if a.level == level), document)


def _city_of_its_sentence(norm: str, sentence_start: int | None, clause_start: int,
                          document: Region | None) -> Region | None:
    """In a province's report, 全市 is a city the sentence named before (阜新资源枯竭型城市经济转型试点工作取得了有效
    进展，全市GDP增长率连续两年超过20%: 辽宁 2004, 阜新's), not the province; None when none is named."""
    if sentence_start is None or document is None or document.level != "province" or document.name.endswith("市"):
        return None
    found = None
    for i in range(sentence_start, clause_start):
        name = name_at_start(norm[i:i + 12])
        if name:
            city = division_named(name, document)
            if city is not None and city.level == "prefecture":
                found = city
    return found


def _named_subject(head: str) -> str | None:
    """A place name opening the clause (after 其中/同期…), not followed by a word that makes it a thing's name."""
    # (the opener is optional: a head that opens on none of its first characters has none)
    opener = _OPENER.match(head) if head[:1] in _OPENER_FIRST else None
    rest = head[opener.end():] if opener else head
    name = name_at_start(rest)  # a name further on is no subject: only the first name, if at 0, is looked at
    if name is None or _THING_AFTER.match(rest, len(name)):
        return None
    return name


def _resolve(name: str, document: Region | None) -> Region | None:
    """The division `name` means in this document: within the document's province first, else a unique one."""
    index, _ = _name_index()
    regions = _regions()
    options = [regions[c] for c, _ in index.get(name, [])]
    if not options:
        return region_by_name(name)
    if document is not None and document.level != "country":
        province = document.province
        mine = [r for r in options if r.province == province]
        if mine:
            options = mine
    if len(options) == 1:
        return options[0]
    full = [r for r in options if r.name == name]
    return full[0] if len(full) == 1 else None


def division_named(name: str, document: Region | None) -> Region | None:
    """The division of the document's place that a sub-region's name names (滨海新区 in 天津's report), or None
    (兰州新区, a new area, is no division of 兰州市)."""
    if document is None or document.level == "country":
        return None
    index, _ = _name_index()
    if name not in index:
        return None
    found = _resolve(name, document)
    return found if found is not None and document in ancestors(found) else None


# …，高出全省平均水平约1个百分点; not 高于全市规模以上工业增加值增速 (another figure of the whole)
_ABOVE_WHOLE = re.compile(r"[，,、]?(?:比上年)?(?:高出|高于|快于|低于|慢于|超过|超出|领先)(全省|全市|全区|全州|全县|全盟)"
                          r"(?=平均|水平|均值|同期|增速|增幅|\d|约|近|[一二两三四五六七八九十])")


def part_compared_with_whole(norm: str, end: int, document: Region | None) -> bool:
    """Whether the figure ending at `end` is compared, right after it, with the whole of the document's own place
    (…增长8.3%，高出全省平均水平约1个百分点 in the province's report): then it is some part's figure."""
    m = _ABOVE_WHOLE.match(norm, end, end + 12)
    return m is not None and document is not None and _whole(m[1], document) is document


# …固定资产投资增长7.3%，占全市比重提升1.6个百分点 (徐州 2020, of its counties): a share of the whole with no other
# statistic named (not 占全市工业产值比重)
# (郊区…预计实现地区生产总值4120亿元，增长12.3%，占全市51.5% (南京 2014): past its own growth)
_SHARE_OF_WHOLE = re.compile(r"(?:[，,、](?:比上年|同比)?增长[\d.]+%)?[，,、]?(?:占|约占|占到)(全省|全市|全区|全州|全县|全盟)的?"
                             r"(?:比重|份额|比例|[\d约近])")


def share_of_whole_after(norm: str, end: int, document: Region | None) -> bool:
    """Whether the figure ending at `end` is followed by its own share of the whole of the document's place: then
    it is a part's figure (counties, a sector), not the place's own total of that statistic."""
    m = _SHARE_OF_WHOLE.match(norm, end, end + 24)
    return m is not None and document is not None and _whole(m[1], document) is document


_TIME_OPENER = re.compile(r"(?:过去的?一年|去年|今年|(?:19|20)\d\d年)[，,]")


def division_opening(norm: str, sentence_start: int, pos: int, document: Region | None) -> Region | None:
    """The county or district of the document's place that opens the sentence, named in full (韶山市获评全国红色旅游融合
    发展试点，旅游综合收入超60亿元 in 湘潭's report), when the whole is not named again before `pos`: what the sentence is
    about. (A short form such as 天祝县 for 天祝藏族自治县 is not read.)"""
    if document is None or document.level in ("country", "county"):
        return None
    m = _OPENER.match(norm, sentence_start, sentence_start + 8)
    at = m.end() if m else sentence_start
    when = _TIME_OPENER.match(norm, at, at + 8)
    at = when.end() if when else at  # 过去的一年，枞阳县经济社会发展取得长足进步，生产总值达到195亿元 (铜陵 2016)
    head = norm[at:at + 8]
    for k in range(2, len(head) + 1):  # the shortest name first: 韶山市, not 韶山市获
        if head[k - 1] in "县区旗" or (k > 2 and head[k - 1] == "市"):
            found = division_named(head[:k], document)
            if found is not None and found is not document:
                # 泰山区域 is the mountain's area; 大名县大元重科机械、馆陶县…等项目竣工投产 lists examples of several
                if norm[at + k:at + k + 1] == "域" or "等" in norm[at + k:pos] or _whole_named_again(norm, at + k, pos):
                    return None
                return found
    return None


def opens_sentence(norm: str, sentence_start: int, name: str) -> bool:
    """Whether the sentence at `sentence_start` opens with `name` (after 其中, 同期…): its subject."""
    m = _OPENER.match(norm, sentence_start, sentence_start + 8)
    return norm.startswith(name, m.end() if m else sentence_start)


@lru_cache(maxsize=4096)
def region_of_code(code: str | None) -> Region | None:
    """The division with this code, cached: every fact of a document asks for the same one."""
    return region_by_code(code) if code else None


# Parts of a region that are no division of it: new areas, development zones, parks, the 兵团, its counties taken
# together at the head of a clause (县域经济综合实力不断增强，实现生产总值增长13.7%). A figure whose
# sentence (or the one before, in the same paragraph) is about one of them belongs to it, not to the region. (The
# lookahead names the first characters of the zones' words: each of the eight characters the name may run before
# its word is passed at once where it tried twenty words; tested.)
_SUB_REGION = re.compile(r"((?:(?<![\u4e00-\u9fff])|(?<=年))县域(?=经济|工业|规模以上|地区生产总值|生产总值|财政|固定资产)|[\u4e00-\u9fff]{0,8}?(?=[产保兵合园工开新生示经综自试高])(?:新区|新片区|经济区|高新区|高新技术产业开发区|经济技术开发区|开发区|经开区|工业园区|产业园区|园区|"
                         r"生产建设兵团|兵团|保税区|综合保税区|自贸区|自由贸易试验区|示范区|试验区|合作区)"
                         # 全市产业集聚区营业收入完成5150亿元 (郑州 2012): the zones taken together (产业集聚区 alone is as
                         # often a policy: 支持建设文化产业集聚区)
                         r"|(?<=全市|全省)产业集聚区"
                         # 集聚区内494家规模以上工业企业完成增加值350亿元 (开封 2016): within the zones
                         r"|(?<![\u4e00-\u9fff])集聚区(?=内)"
                         # 2005年67个县规模以上工业增加值…, 山区5市生产总值: a group of the region's counties or cities, not the region
                         # (四县（市）去年完成生产总值…, 6个县（市、区）主要经济指标增速高于全市…)
                         r"|(?:山区|沿海)?(?:\d+|[两三四五六七八九十]{1,3})\s*个?(?:山区|贫困|欠发达|地级|(?:国家)?扶贫开发重点)?(?:县|市)"
                         r"(?:（市、区）|\(市、区\)|（市）|\(市\)|（区）|\(区\)|市区|区|市)?"
                         r"(?=(?:去年|今年|全年)?(?:完成|实现)?(?:规模|生产|地区|财政|地方|一般|工业|农业|固定|全社会|社会|城镇|农村|居民|"
                         r"人均|经济|GDP|主要经济指标)))")
# Cheap tests first: a named sub-region holds one of these words (地区, 全区 and 自治区 do not), a counted group
# of places (5市, 67个县, 5个山区县) the other pattern.
SUB_REGION_WORDS = re.compile(r"新区|新片区|经济区|开发区|经开区|园区|兵团|县域|保税区|自贸区|试验区|示范区|合作区|集聚区")
_COUNTED_GROUP = re.compile(r"[\d两三四五六七八九十]+个")
_COUNTED_PLACES = re.compile(r"[\d两三四五六七八九十]\s*个?(?:山区|贫困|欠发达|地级|(?:国家)?扶贫开发重点)?[县市]")
# 发展建设共同富裕示范区 (a verb first) is a policy for the whole province, not a place within it
_GENERIC_AREA = re.compile(r"一流|国家级|省级|市级|全国|各类|各个|各|每个|每一个|标杆|先进|这些|这个|该|等|一批|多个|重点|"
                           r"^(?:发展|建设|打造|创建|争创|加快|获批|申建|申报|设立|筹建|培育|规划|筑牢|强化|(?:突出)?抓好|做强|做大|壮大|"
                           # 争取获批设立综合保税区，全年实现进出口总额180亿美元 (合肥 2013); 充分发挥贵阳综合保税区功能 (贵阳 2015)
                           # 更好发挥滨海新区对外开放龙头作用，…，全年实际使用外资50亿美元 (天津 2024); 建立主抓园区的项目推进机制 (泰州 2020)
                           r"争取|(?:充分|更好|更好地|进一步)?发挥|结合|建立|指导|引导|鼓励|帮助|"
                           # 深入推进园区制造业提升行动: the object of a verb of policy
                           r"(?:深入|加快|大力|全力|纵深|持续|积极|着力)?(?:推进|加强|优化|提升|完善|实施|深化))")
# Where a clause before the number's names a sub-region that is not its subject: as the object of a verb
# (获批进口贸易促进创新示范区，…社会消费品零售总额增长3.6%) or as one of the examples of a list (高新区新材料产业园等22个
# 项目竣工投用，…全社会固定资产投资增长10%).
_CLAUSE_MARKS = "，,；;：:。！!？?\n"
_CLAUSE_END = re.compile(f"[{_CLAUSE_MARKS}]")
_EXAMPLES_AFTER = re.compile(r"[^，,；;。]{0,12}?等")
_WHOLE_AGAIN = re.compile(r"全省|全市|全区|全县|全州|我省|我市|我区|我县")
# 发挥在我区的重要作用 and 为我区…做出了新的贡献 name the area's role in the whole; 6个县（市、区）主要经济指标增速高于全市平均水平，其中… compares
# the area with the whole and goes on about the area's figures: neither turns back to the whole
_COMPARED_WITH = ("高于", "低于", "快于", "慢于", "超过")
_CONTRIBUTION = re.compile(r"[^，,。；;]{0,16}?(?:做出|作出)[^，,。；;]{0,8}贡献")
_PARTS_AFTER = re.compile(r"[^，,。；;]*[，,]其中")
_ROLE_IN_WHOLE = re.compile(r"[^，,。；;\d]{0,10}?(?:增长极|排头兵|桥头堡|引擎|主引擎)")
_RANK_IN_WHOLE = re.compile(r"(?:首个|首家|首批|唯一|第[一二三四五六七八九十\d]+[个家批位名])")


def _whole_named_again(text: str, pos: int, end: int | None = None) -> bool:
    """Whether the region as a whole is named again in text[pos:end], turning back from a sub-region to it."""
    for m in _WHOLE_AGAIN.finditer(text, pos, len(text) if end is None else end):
        before = text[max(0, m.start() - 2):m.start()]
        if before.endswith("在") and text.startswith("的", m.end()):
            continue
        if before.endswith(("为", "对")) and _CONTRIBUTION.match(text, m.end()):
            continue  # 为我区改革发展稳定做出了新的贡献: what the area gave the whole
        if before.endswith(_COMPARED_WITH) and _PARTS_AFTER.match(text, m.end()):
            continue
        if _ROLE_IN_WHOLE.match(text, m.end()):
            continue  # 滇中新区…，全省经济重要增长极的作用不断显现，地区生产总值… (昆明 2022): the area's role in the whole
        if _RANK_IN_WHOLE.match(text, m.end()):
            continue  # 三江新区获批全省首个省级新区 (宜宾 2022, precision sample 37): the area's rank, not the whole again
        return True
    return False


@lru_cache(maxsize=256)  # once per sentence: its facts share the stretch, and the text keeps its hash, so keys are cheap
def _may_name_sub_region(norm: str, lo: int, hi: int) -> bool:
    """Whether norm[lo:hi] holds a sub-region word or a counted group of places. The patterns look neither behind
    nor ahead, so when the stretch up to the end of a sentence holds none, no part of it before a number does."""
    return bool(SUB_REGION_WORDS.search(norm, lo, hi) or _COUNTED_PLACES.search(norm, lo, hi))


_YEAR_DIGITS = re.compile(r"^(?:19|20)\d\d$")


def _subject_of_its_clause(window: str, m: re.Match) -> bool:
    """Whether the sub-region matched at `m`, in a clause before the number's, opens its clause and names no
    examples after it."""
    before = window[:m.start()]  # (the match may open on a lead word, 发挥兰州新区…作用: still the clause's subject)
    cut = max(before.rfind(c) for c in _CLAUSE_MARKS + "—")  # …省级新区——宜宾三江新区成功获批: the dash opens it
    # (其中，2021年洋浦经济开发区主要经济指标…: the year, read into the match, opens the clause)
    # (今年县域规模以上工业增加值增长20%以上，财政总收入增长15%以上: a time word opens it as well)
    if _YEAR_DIGITS.sub("", before[cut + 1:].strip(" *“\"")) not in ("", "其中", "全市", "全区", "同时", "此外", "今年",
                                                                     "明年", "全年", "预计", "预计全年"):
        return False
    return not _EXAMPLES_AFTER.match(window, m.end())


# What a sub-region's own clause says when it only reports an event about it (…经济区正式运行, …园区成为国家…试点园区)
_EVENT = re.compile(r"(?:获批(?:设立|建设)?|获准(?:设立|建设)?|正式运行|投入运行|投入运营|投入使用|建成运营|揭牌(?:成立|运行)?|挂牌(?:成立|运行)?|"
                    r"成立|设立|开园|启用|全面实施|(?:有序|扎实|稳步|加快|积极|顺利)推进|加快建设|"
                    r"取得(?:了)?(?:新的?|重大|积极|明显|显著|阶段性|实质性)?(?:进展|突破|成效)|通过(?:国家|省)?(?:级)?验收)$|"
                    r"^(?:成功)?(?:成为|入选|获评|被评为|获得|列入)")
# A clause that opens on a verb has no subject of its own: it goes on about the subject before it
# (市经开区发展提速，产值过亿元企业达40家 is not; …园区三期扩区获批，落地重大产业项目超过100个 is)
_VERB_LED = re.compile(r"(?:预计|全年|共|累计|当年|年内|力争|新)?(?:实现|完成|新增|达到|达|落地|引进|招引|拥有|培育|建成|入驻|集聚|聚集|吸纳|带动|"
                       r"签约|开工|新建|改建|建设|实施)")


_TOOK_SHAPE = re.compile(r"(?:基本|初步)形成$")
_AREA_WIDENED = re.compile(r"(?:规划)?面积(?:扩大|扩展|拓展|增加)(?:到|至)[\d.]+(?:平方公里|万亩|亩)$")


def _only_an_event_of_its_own(window: str, m: re.Match, sentence_at: int) -> bool:
    """Whether the sub-region at `m` is only the subject of an event, in a numberless clause, and the number's clause
    has a subject of its own: an event in a list of the region's (…，鹰潭国际综合港经济区正式运行，外贸进出口额增长
    34.9%; 河北自贸区正定片区建设有序推进，…。全年外贸进出口增长8.6%), not the subject the text goes on about
    (宜宾三江新区成功获批。新区发展总体规划正式印发，预计…地区生产总值增长20%以上). `sentence_at` is where the
    number's sentence starts in `window`."""
    end = _CLAUSE_END.search(window, m.end())
    if not end:
        return False
    own = window[m.end():end.start()].strip(" ”\"")
    # (曲靖经开区获批省级外贸转型升级基地，培育…，预计外贸进出口总额增长18%: 曲靖 2023; 无锡高新区获批中日韩…示范园区。
    # 成功举办…，全年实际使用外资38亿美元: 无锡 2022. But 今年是兰州新区获批国家级新区十周年。预计全年生产总值增长
    # 13.5% goes on about the area: an anniversary is what the paragraph is about)
    approved = own.startswith("获批") and not own.endswith("周年")
    # (前海合作区面积扩大到120.56平方公里 (深圳 2022): the zone's area widened is an event too, not its economy; so is a
    # system taking shape in a sentence of its own, 转型发展示范区支撑体系基本形成。经济总量由374亿元… (乌海 2021), not
    # 高新区…发展格局初步形成，实现生产总值120亿元 (兰州 2010), which goes on about the zone)
    took_shape = m.start() < sentence_at and _TOOK_SHAPE.search(own) is not None
    if not _AREA_WIDENED.match(own) and (any(c.isdigit() for c in own) or not (approved or took_shape or _EVENT.search(own))):
        return False
    if m.start() < sentence_at:
        # the number's sentence names the area again, or the event closed a sentence of its own (东部教育园区加快建设。
        # 出台稳就业20条措施，城镇新增就业7.85万人: 沧州 2024)
        return not SUB_REGION_WORDS.search(window, sentence_at)
    number_clause = _last_clause_at(window)
    # a clause led by a verb goes on about the area only while no clause between has a subject of its own (吉隆边境
    # 经济合作区建设有序推进，完成投资2.8亿元，里孜口岸开放获国家批准，…，实现外贸进出口总额43.4亿元: 日喀则 2020)
    between = _CLAUSE_END.split(window[end.end():number_clause])
    return not all(_VERB_LED.match(c.lstrip(" *“\"")) for c in [*between, window[number_clause:]] if c.strip())


# 园区经济快速增长; 园区营收、税收年均分别增长29.1%和24.3% (海口 2026, precision sample 31): the zones' own figures
_ZONES_OWN = ("经济", "营收", "营业收入", "税收", "总产值", "工业总产值", "产值", "规上工业", "规模以上工业")


# 以…为契机, 坚持以…为重点: a sub-region inside such a frame is a means
_BY_MEANS_OF = re.compile(r"(?:坚持|着力|继续|要)?以")


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


# Clause ends after a sub-region led by a verb of a task (推动, 支持, 依托 …) from which a number is no longer its: the
# sentence is a list of tasks, each with its own object
_TASKS_APART = 4


# a sentence opening on a verb of a task: a new task of a list, no longer about the area of the sentence before
_TASK_OPENS = re.compile(r"[ \t\u3000*“\"]*(?:切实|进一步|全面|继续|深入)?(?:出台|制定|建立|健全|落实|开展|引导|鼓励|加强|加快|推进|推动|扩大|深化|实施|坚持|完善|提升|强化|着力|大力|积极|全力)")
# a count right after the area's name (…示范园区（基地）2家): areas counted, not the subject of what follows
# (建设现代农业示范区100万亩，大灾之年粮食总产128亿斤 (大庆 2014): an area built, measured right after its name)
_COUNTED_AFTER = re.compile(r"(?:[（(][^）)]{0,8}[）)])?\s*[\d一二两三四五六七八九十][\d.一二两三四五六七八九十]*\s*万?\s*"
                            r"(?:家|个|处|座|亩|公顷)")
# ——市本级经济社会快速发展。公共财政预算收入8.5亿元 (绥化 2016): the city proper's own budget, a part of the city's
_OPENS_ON_OWN_LEVEL = re.compile(r"[ \t\u3000*“\"—-]*市本级")


# Verbs of applying for a zone or its new rank (申建综合保税区, 争创国家高新区), or of holding an event named
# after zones (举办四期开发区项目建设“三个一批”活动): the zone is the object, not what the sentence is about
_SOUGHT = re.compile(r"申建|申报|申请|申创|争创|创建|争取(?:设立|获批)|举办|召开|承办")
# Verbs of a task that may lead a sub-region's name (its object), as `sub_region_before` takes them off
_TASK_LEADS = ("发挥", "加快把", "把", "推动", "支持", "建设", "围绕", "依托")


def _last_clause_at(window: str) -> int:
    """Where the last clause of `window` (the number's own) starts."""
    return max(window.rfind(c) for c in _CLAUSE_MARKS) + 1


def sub_region_before(norm: str, lay, start: int) -> str | None:
    """The sub-region the sentence of the number at `start` is about, named before it in that sentence or in the
    sentence before it (same paragraph), unless the region as a whole (全市…) is named again after it."""
    para = lay.paragraph(start)
    sent = lay.period_sentence(start)
    lo = lay.period_sentence(sent.start - 2).start if sent.start - 2 > para.start else sent.start
    lo = max(lo, para.start, start - REACH)  # in a text without sentence ends, the sentence before is no bound
    # (a paragraph opening on a sub-region in the window is found below, except 市本级, which is none of its words)
    own_level = para.start == lo and _OPENS_ON_OWN_LEVEL.match(norm, para.start) is not None
    if not _may_name_sub_region(norm, lo, sent.end):
        return _paragraph_subject(norm, para.start, start) if para.start < lo or own_level else None  # (once a sentence)
    window = norm[lo:start]
    if not SUB_REGION_WORDS.search(window) and not _COUNTED_PLACES.search(window):
        # no sub-region can be named here; _SUB_REGION itself is slow (it may start anywhere)
        return _paragraph_subject(norm, para.start, start) if para.start < lo or own_level else None
    found = None
    number_sentence = lay.sentence(start).start
    for m in _SUB_REGION.finditer(window):
        name = m[1]
        for lead in (*_TASK_LEADS, "其中", "与此同时", "同时", "计划"):
            if name.startswith(lead):
                name = name[len(lead):]
        clauses_after = len(_CLAUSE_END.findall(window, m.end())) if name != m[1] else 0
        if clauses_after >= _TASKS_APART:
            continue  # 推动建水工业园区申报…，加快…，实施…，…，确保全年规上工业增加值增长11%: one task of a list
        if (clauses_after >= 2 and m[1].startswith(_TASK_LEADS)
                and not _VERB_LED.match(window[_last_clause_at(window):].lstrip(" *“\"\u3000"))):
            # 建设跨境电商综合试验区，培育…，外贸进出口总额增长10%以上 (鄂尔多斯 2023): another task between, and the
            # number's clause has its own subject (推动经济技术开发区跨越发展，年内生产总值突破千亿元 is the zone's: 烟台 2012)
            continue
        if _BY_MEANS_OF.match(name) and "为" in window[m.end():_clause_end(window, m.end())]:
            continue  # 以示范区建设为契机, 坚持以地上园区建设…为投资重点: the means of a policy, not what it is about
        if (lo + m.end() <= number_sentence and _TASK_OPENS.match(norm, number_sentence)
                and not SUB_REGION_WORDS.search(norm, number_sentence, start)):
            continue  # 医药高新区地区生产总值增长30%以上…。加强出口基地建设，…，实现外贸进出口总额6.2亿美元 (通化 2014)
        if _SOUGHT.search(name):
            continue  # 积极申建大庆综合保税区。…力争进出口总额增长6% (大庆 2023)
        if _COUNTED_AFTER.match(window, m.end()):
            continue  # 新建创业孵化示范园区（基地）2家，…，新增城镇就业8500人 (固原 2022): zones counted, not a subject
        if name.startswith(("不含", "不包括", "扣除", "剔除")):
            continue  # 不含滇中产业新区为3280亿元 (昆明 2015): the whole without the zone, and the figures after it the whole's
        if name[0] == "年" and window[m.start() - 1:m.start()].isdigit():
            name = name[1:]  # 2021年洋浦经济开发区
        if lo + m.end() <= sent.start and m.end() - len(name) > 20:
            continue  # deep in a long sentence before (…“四区四园”建设等重大战略布局全面铺开): not what it is about
        if name == "县域" and lo + m.start() < lay.sentence(start).start:
            continue  # the counties are the subject of their own sentence only (县域经济…，实现生产总值增长13.7%)
        if (SUB_REGION_WORDS.search(name) and _CLAUSE_END.search(window, m.end())
                and not _subject_of_its_clause(window, m)):
            continue  # named in a clause before the number's, but not as what that clause is about
        if _only_an_event_of_its_own(window, m, lay.sentence(start).start - lo):
            continue
        # not a bare 新区 (新区引领), nor 对标全国一流新区, 国家级开发区: a kind of area
        # 8个国家扶贫开发重点县, 四个省级产业园区: a group of counties or zones, whatever its kind
        counted = not SUB_REGION_WORDS.search(name) or bool(_COUNTED_GROUP.match(name))
        # (a bare 园区 is as often a policy; 园区经济快速增长，…实现总产值502亿元 is the zones' economy)
        if ((len(name) >= 3 or name in ("兵团", "县域", "集聚区") or (name == "园区" and window.startswith(_ZONES_OWN, m.end())))
                and (counted or not _GENERIC_AREA.search(name))):
            found = (m.end(), name)
    if found is None and para.start < lo:
        return _paragraph_subject(norm, para.start, start)
    if found is None or _whole_named_again(window, found[0]):
        return None
    return found[1]


# 生产建设兵团紧紧围绕…的工作目标，…。预计全年完成国内生产总值260亿元，…。完成固定资产投资118亿元; 二是抓金普新区开放型
# 经济新体制综合试点试验。…经济总量达到2296亿元; 十、兵团经济快速发展。…进出口总额30亿美元 (新疆 2006): a paragraph that opens on 兵团 or on a zone by its own name as its
# subject goes on about it, unless the region as a whole is named again. (Not a zone of a kind, 筑牢产业园区…,
# 强化工业园区…: that is the region's policy for its zones.)
_PARAGRAPH_OPENS_ON = re.compile(r"[ \t\u3000*“\"—-]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、]\s*)?"
                                 r"(?:[一二三四五六七八九十]是)?(?:抓好|抓|推进|加快|做强)?"
                                 r"((?:新疆)?生产建设兵团|兵团|市本级|[\u4e00-\u9fff]{2,4}(?:新区|经济技术开发区|经济开发区|经开区|高新区|"
                                 r"综合保税区|自贸区))(?=[\u4e00-\u9fff])(?![的和与、])")
_KIND_OF_ZONE = re.compile(r"^(?:产业|工业|经济|高新|开发|国家级?|省级|市级|县级|各类|各|全市|全省|沿边|重点|特色|现代|国际)|"
                           r"推进|推动|加快|建设|打造|发展|着力|支持|做强|做大|提升|深化|实施|培育|创建|争创|围绕|依托|发挥|突出|坚持|统筹|"
                           r"抓好|聚焦|全力|强化|筑牢")
# 红河综合保税区正式获得国务院批准，…: a zone's news opening its paragraph is not what the paragraph goes on about
_EVENT_WORDS = re.compile(r"获批|批准|获准|设立|揭牌|挂牌|成立|成为|入选|获评|被评为|列入|开园|启用|正式运行")


def _paragraph_subject(norm: str, para_start: int, start: int) -> str | None:
    m = _PARAGRAPH_OPENS_ON.match(norm, para_start)
    if (not m or (_KIND_OF_ZONE.search(m[1]) and not m[1].endswith("兵团"))
            or _whole_named_again(norm, m.end(), start)):
        return None
    end = _CLAUSE_END.search(norm, m.end(), start)
    if _EVENT_WORDS.search(norm, m.end(), end.start() if end else start):
        return None
    return m[1]
