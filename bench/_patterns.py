"""Sentence patterns for the benchmark corpus.

A pattern is a function `(c: Ctx) -> list[str | Q]` that returns one clause (or a few clauses joined
by its own punctuation). Strings are plain text; `Q` objects are fact slots whose surface text is
spliced into the sentence, so each fact's gold fields are fixed at the moment its text is written.

The patterns imitate the phrasing found in government work reports, year-end news, economic-data
news, party-plenum news and statistical communiqués (see ../shared/seeds and holdout/raw), but every
sentence is assembled here from word lists and random numbers.
"""
from __future__ import annotations

from ._facts import QUAL_INFIX, QUAL_POST, QUAL_PRE, UNITS, Q, cn_int, fmt_num, log_uniform, value_of
from . import _lexicon as L

MISSING = object()


class Ctx:
    """Per-document state the patterns read: randomness, place, and the current status/period."""

    def __init__(self, rng, province, prefecture, region, level):
        self.rng = rng
        self.province = province
        self.prefecture = prefecture
        self.region = region  # 松原市 / 乾安县
        self.level = level  # prefecture | county
        self.short = _short(region)
        if region.endswith("旗"):
            self.whole = "全旗"
        elif region.endswith("县"):
            self.whole = "全县"
        elif region.endswith("州"):
            self.whole = "全州"
        elif region.endswith("区"):
            self.whole = "全区"
        else:
            self.whole = "全市"
        self.scale = 1.0 if level == "prefecture" else rng.uniform(0.08, 0.2)
        self.status = "actual"
        self.period = None
        self.year = 2024  # the year the current section talks about
        self.plan = False
        self.plan_markers = ("力争", "确保", "全年", "计划", "", "", "努力实现")
        self.explicit_plan = False  # every plan clause carries a marker (news has no plan heading)
        self.p_dec = 0.08  # chance a growth is a decrease
        self.used: set = set()
        self.p_space = 0.0  # chance of a space between number and a 万/亿 unit
        self.emitted: set = set()  # (indicator, measure, status, period) already in the report

    # ---- randomness helpers
    def pick(self, seq):
        return seq[int(self.rng.random() * len(seq))]

    def fresh(self, seq):
        """Like pick, but prefers an item not yet used for the current status and period, so a
        report does not state two different values for one indicator."""
        for _ in range(8):
            x = seq[int(self.rng.random() * len(seq))]
            k = (x[0] if isinstance(x, tuple) else x, self.status, self.period)
            if k not in self.used:
                break
        self.used.add(k)
        return x

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # ---- fact builders
    def qual(self, allow_infix: bool, allow_post: bool = True, allow: tuple = ("approx", "at_least")):
        """Choose a qualifier and its word for the current section."""
        r = self.rng.random()
        p_q = 0.42 if self.plan else 0.2
        if r >= p_q:
            return "exact", "", ""
        q = self.pick(allow)
        pos_choices = ["pre"]
        if allow_post and q in QUAL_POST:
            pos_choices += ["post", "post"] if self.plan else ["post"]
        if allow_infix and q in QUAL_INFIX and not self.plan:
            pos_choices += ["infix", "infix"]
        pos = self.pick(pos_choices)
        if pos == "pre":
            return q, "pre", self.pick(QUAL_PRE[q])
        if pos == "post":
            return q, "post", self.pick(QUAL_POST[q])
        return q, "infix", self.pick(QUAL_INFIX[q])

    def fact(self, num: str, unit: str, ind: str, *, measure="level", sign=1, qual=None, mult=1,
             status=None, period=MISSING, optional=False, allow_infix=None, allow_post=True,
             shown_unit=None, allow=("approx", "at_least")):
        """A fact slot for `num` written in `unit`. qual=None chooses a qualifier at random;
        pass ("exact", "", "") or e.g. ("at_most", "post", "以内") to force one."""
        if allow_infix is None:
            allow_infix = not unit.startswith(("%", "个百分点", "百分点", "倍", "成"))
        if qual is None:
            qual = self.qual(allow_infix, allow_post, allow)
        q, pos, word = qual
        if q != "exact":
            num = _round2(num)  # qualified figures are round: 超300个, 近930亿元, 约5.5万人
            if pos == "infix" and "." in num:
                pos, word = "post", "以上"
        u = shown_unit if shown_unit is not None else unit
        if self.p_space and pos in ("", "pre") and u[0] in "万亿" and self.rng.random() < self.p_space:
            u = " " + u  # 484.74 亿元, as some news sites print it
        if pos == "pre":
            text = word + num + u
        elif pos == "post":
            text = num + u + word
        elif pos == "infix":
            if u[0] == "万" and len(u) > 1 and int(num) < 10:  # 2万余户, 5万多人
                text = num + u[0] + word + u[1:]
            else:  # 300余个, 60余万人, 1000余万元, 40多公里
                text = num + word + u
        else:
            text = num + u
        return Q(text, value_of(num, unit, mult, sign), UNITS[unit][0], measure, q,
                 status or self.status, ind, self.period if period is MISSING else period, optional)

    def money(self, lo_yi: float, hi_yi: float, ind: str, scale=True, **kw) -> Q:
        """An amount of money drawn log-uniformly in 亿元 (scaled for counties), written in 亿元,
        万元 or 元 as a report would."""
        x = log_uniform(self.rng, lo_yi, hi_yi) * (self.scale if scale else 1.0)
        if x >= 1:
            if x >= 1000:
                dec = self.pick((0, 1, 2))
            elif x >= 10:
                dec = self.pick((1, 2, 2, 0))
            else:
                dec = self.pick((1, 2, 2))
            return self.fact(fmt_num(x, dec), "亿元", ind, **kw)
        w = x * 10000
        if w >= 1:
            return self.fact(str(max(1, round(w))), "万元", ind, **kw)
        return self.fact(str(max(1, round(x * 1e8))), "元", ind, **kw)

    def count(self, cls: str, lo: float, hi: float, ind: str, scale=True, **kw) -> Q:
        n = log_uniform(self.rng, lo, hi) * (self.scale ** 0.6 if scale else 1.0)
        n = max(1, round(n))
        wan = "万" + cls
        if n >= 10000 and (wan in UNITS or cls in ("人", "人次")) and self.chance(0.8):
            unit = "万人次" if cls == "人次" else ("万人" if cls in ("人", "名") else wan)
            return self.fact(fmt_num(n / 10000, self.pick((1, 2))), unit, ind, **kw)
        if n >= 100 and self.chance(0.4):  # round figures as reports write them
            n = round(n, -1 if n < 1000 else -2)
        return self.fact(str(n), cls, ind, **kw)

    def measure(self, unit: str, lo: float, hi: float, ind: str, decs=(0, 1, 2), scale=True, **kw) -> Q:
        x = log_uniform(self.rng, lo, hi) * (self.scale ** 0.7 if scale else 1.0)
        dec = self.pick(decs)
        s = fmt_num(x, dec)
        if float(s) == 0:
            s = fmt_num(x, 2) if float(fmt_num(x, 2)) else "0.1"
        return self.fact(s, unit, ind, **kw)

    def area(self, lo_wanmu: float, hi_wanmu: float, ind: str, scale=True, **kw) -> Q:
        x = log_uniform(self.rng, lo_wanmu, hi_wanmu) * (self.scale ** 0.6 if scale else 1.0)
        r = self.rng.random()
        if x < 1:
            if r < 0.7:
                return self.fact(str(max(1, round(x * 10000, -1))), "亩", ind, **kw)
            return self.fact(fmt_num(x * 666.6667, 0), "公顷", ind, **kw)
        if r < 0.8:
            return self.fact(fmt_num(x, self.pick((1, 2, 0))), "万亩", ind, **kw)
        return self.fact(fmt_num(x * 0.06666667, 2), "万公顷", ind, **kw) if x > 30 else \
            self.fact(fmt_num(x * 666.6667, 0), "公顷", ind, **kw)

    def pct(self, lo: float, hi: float, ind: str, decs=(1, 1, 1, 0), **kw) -> Q:
        x = self.rng.uniform(lo, hi)
        s = fmt_num(x, self.pick(decs))
        if float(s) == 0:
            s = "0.5"
        return self.fact(s, "%", ind, **kw)

    def pp(self, lo: float, hi: float, ind: str, sign=1, **kw) -> Q:
        s = fmt_num(self.rng.uniform(lo, hi), self.pick((1, 1, 2)))
        if float(s) == 0:
            s = "0.1"
        kw.setdefault("qual", ("exact", "", ""))
        return self.fact(s, self.pick(("个百分点", "个百分点", "百分点")), ind, measure="change", sign=sign, **kw)

    # ---- phrase helpers
    def growth(self, ind: str, lo=2.0, hi=12.0, yoy=True, allow_dec=True, **kw) -> list:
        """同比增长8.5% / 下降2.4%: the word and a signed growth fact."""
        dec = allow_dec and not self.plan and self.chance(self.p_dec)
        word = self.pick(("下降", "下降", "减少")) if dec else self.pick(("增长", "增长", "增长", "增长", "增长", "增加"))
        pre = self.pick(("同比", "", "同比", "比上年")) if yoy else ""
        if dec:
            f = self.pct(0.3, max(lo, 8.0), ind, measure="growth", sign=-1, **kw)
        else:
            f = self.pct(lo, hi, ind, measure="growth", **kw)
        return [pre + word, f]

    def verb(self) -> str:
        return self.pick(("实现", "完成", "达到", "达", "为", "", "实现", "完成"))


def _round2(num: str) -> str:
    """Two significant digits, as a qualified figure is written (926.7 -> 930, 5.52 -> 5.5)."""
    x = float(num)
    if x >= 10:
        digits = len(str(int(x)))
        return str(int(round(x, 2 - digits)))
    if x >= 1:
        r = f"{x:.1f}"
        return r[:-2] if r.endswith(".0") else r
    return num


def _short(region: str) -> str:
    for suf in ("彝族自治州", "哈尼族彝族自治州", "回族自治州", "蒙古族自治县", "满族自治县",
                "满族蒙古族自治县", "土族自治县", "回族土族自治县", "哈萨克自治县", "回族自治县",
                "彝族回族苗族自治县", "自治州", "市", "县", "区", "旗"):
        if region.endswith(suf) and len(region) > len(suf) + 1:
            return region[: -len(suf)]
    return region


# --------------------------------------------------------------------------------------------
# Indicator tables.
# level + growth indicators written in money: (text name, gold name, lo 亿元, hi 亿元, g lo, g hi)
MONEY_LG = (
    ("地区生产总值", "地区生产总值", 300, 5000, 2, 9),
    ("规模以上工业总产值", "规模以上工业总产值", 200, 4000, 3, 15),
    ("规上工业营业收入", "规上工业营业收入", 200, 4000, 3, 15),
    ("社会消费品零售总额", "社会消费品零售总额", 100, 2000, 2, 10),
    ("一般公共预算收入", "一般公共预算收入", 15, 400, 1, 12),
    ("税收收入", "税收收入", 10, 300, 1, 12),
    ("一般公共预算支出", "一般公共预算支出", 50, 700, 1, 10),
    ("外贸进出口总额", "外贸进出口总额", 20, 1500, 3, 30),
    ("农林牧渔业总产值", "农林牧渔业总产值", 60, 900, 2, 7),
    ("服务业增加值", "服务业增加值", 150, 2500, 3, 9),
    ("第一产业增加值", "第一产业增加值", 30, 500, 2, 6),
    ("第二产业增加值", "第二产业增加值", 100, 2000, 3, 10),
    ("第三产业增加值", "第三产业增加值", 150, 2500, 3, 9),
    ("建筑业总产值", "建筑业总产值", 50, 800, 2, 12),
    ("旅游综合收入", "旅游综合收入", 10, 600, 5, 60),
    ("网络零售额", "网络零售额", 5, 300, 5, 40),
    ("规上服务业营业收入", "规上服务业营业收入", 30, 600, 4, 15),
    ("招商引资到位资金", "招商引资到位资金", 50, 1000, 5, 30),
)
SECTOR_OF_MONEY = {
    "地区生产总值": "macro", "规模以上工业总产值": "industry", "规上工业营业收入": "industry",
    "社会消费品零售总额": "consume", "一般公共预算收入": "fiscal", "税收收入": "fiscal",
    "一般公共预算支出": "fiscal", "外贸进出口总额": "consume", "农林牧渔业总产值": "agri",
    "服务业增加值": "macro", "第一产业增加值": "macro", "第二产业增加值": "macro",
    "第三产业增加值": "macro", "建筑业总产值": "industry", "旅游综合收入": "tourism",
    "网络零售额": "consume", "规上服务业营业收入": "consume", "招商引资到位资金": "invest",
}

GROWTH_ONLY = (
    ("规模以上工业增加值", "industry"), ("规上工业增加值", "industry"), ("固定资产投资", "invest"),
    ("工业投资", "invest"), ("民间投资", "invest"), ("制造业投资", "invest"),
    ("基础设施投资", "invest"), ("房地产开发投资", "invest"), ("高技术制造业增加值", "industry"),
    ("装备制造业增加值", "industry"), ("实际使用外资", "consume"), ("出口总额", "consume"),
    ("批发业销售额", "consume"), ("零售业销售额", "consume"), ("住宿业营业额", "consume"),
    ("餐饮业营业额", "consume"), ("工业用电量", "energy"), ("全社会用电量", "energy"),
    ("快递业务量", "consume"), ("货物运输量", "consume"), ("限额以上单位消费品零售额", "consume"),
)

# level + growth indicators in other units: (text, gold, unit family, lo, hi, decs, g lo, g hi, sector)
OTHER_LG = (
    ("接待游客", "接待游客", "万人次", 200, 6000, (1, 2, 0), 5, 60, "tourism"),
    ("粮食总产量", "粮食总产量", "万吨", 50, 600, (1, 2), 0.5, 5, "agri"),
    ("发电量", "发电量", "亿千瓦时", 20, 800, (1, 2), 3, 25, "energy"),
    ("全社会用电量", "全社会用电量", "亿千瓦时", 30, 500, (1, 2), 2, 12, "energy"),
    ("快递业务量", "快递业务量", "万件", 500, 40000, (0, 1, 2), 5, 40, "consume"),
    ("货物运输量", "货物运输量", "万吨", 1000, 40000, (0, 1), 2, 15, "consume"),
    ("机场旅客吞吐量", "机场旅客吞吐量", "万人次", 20, 900, (1, 2), 5, 80, "tourism"),
    ("港口货物吞吐量", "港口货物吞吐量", "万吨", 500, 30000, (0, 1), 2, 15, "consume"),
    ("生猪出栏", "生猪出栏", "万头", 20, 400, (1, 2), 1, 8, "agri"),
    ("肉牛饲养量", "肉牛饲养量", "万头", 5, 150, (1, 2), 3, 15, "agri"),
    ("新能源装机", "新能源装机", "万千瓦", 50, 2000, (0, 1, 2), 8, 40, "energy"),
    ("天然气产量", "天然气产量", "亿立方米", 5, 200, (1, 2), 2, 15, "energy"),
    ("市场主体总量", "市场主体", "万户", 5, 80, (1, 2), 3, 12, "industry"),
)

INCOME = (("城镇居民人均可支配收入", 25000, 60000, 3, 7), ("农村居民人均可支配收入", 10000, 30000, 5, 9))

# percent levels: (text, gold, lo, hi)
PCT_LEVELS = (
    ("森林覆盖率", 20, 70, "ecology"), ("常住人口城镇化率", 35, 75, "urban"),
    ("空气质量优良天数比例", 75, 98, "ecology"), ("农业综合机械化率", 60, 97, "agri"),
    ("普惠性幼儿园覆盖率", 80, 96, "social"), ("生活垃圾无害化处理率", 95, 100, "urban"),
    ("城市污水集中处理率", 90, 99, "ecology"), ("农作物秸秆综合利用率", 85, 96, "agri"),
    ("县域内就诊率", 85, 95, "social"), ("基本养老保险参保率", 90, 99, "social"),
    ("农村自来水普及率", 85, 99.5, "urban"), ("建成区绿化覆盖率", 35, 46, "urban"),
    ("研发经费投入强度", 1, 3.2, "tech"), ("高标准农田占耕地面积比重", 40, 70, "agri"),
)

# part, whole, lo, hi, sector
SHARES = (
    ("高新技术产业增加值", "规上工业增加值", 20, 55, "industry"),
    ("民生支出", "一般公共预算支出", 70, 86, "fiscal"),
    ("服务业增加值", "地区生产总值", 40, 60, "macro"),
    ("民营经济增加值", "地区生产总值", 45, 65, "macro"),
    ("税收收入", "一般公共预算收入", 55, 80, "fiscal"),
    ("数字经济核心产业增加值", "地区生产总值", 5, 15, "tech"),
    ("战略性新兴产业产值", "规上工业总产值", 15, 45, "industry"),
    ("新能源装机", "电力总装机", 30, 70, "energy"),
    ("产业项目投资", "固定资产投资", 40, 70, "invest"),
)

# (verb + object as written, gold indicator, classifier choices, lo, hi, sector)
COUNTS = (
    ("新增规上工业企业", "新增规上工业企业", ("户", "家"), 10, 120, "industry"),
    ("新登记经营主体", "新登记经营主体", ("户",), 3000, 60000, "industry"),
    ("新认定高新技术企业", "新认定高新技术企业", ("家", "户"), 5, 80, "tech"),
    ("新增专精特新中小企业", "新增专精特新中小企业", ("家", "户"), 3, 40, "tech"),
    ("新增国家科技型中小企业", "新增国家科技型中小企业", ("家", "户"), 10, 200, "tech"),
    ("新增发明专利授权", "新增发明专利授权", ("件",), 50, 3000, "tech"),
    ("建成省级以上研发平台", "省级以上研发平台", ("个", "家"), 3, 40, "tech"),
    ("引进高层次人才", "引进高层次人才", ("名", "人"), 20, 800, "tech"),
    ("实施重点项目", "重点项目", ("个",), 30, 500, "invest"),
    ("新开工项目", "新开工项目", ("个",), 20, 300, "invest"),
    ("建成投产项目", "建成投产项目", ("个",), 10, 200, "invest"),
    ("签约招商项目", "签约招商项目", ("个",), 20, 300, "invest"),
    ("开展招商推介活动", "招商推介活动", ("次", "场"), 20, 400, "invest"),
    ("改造老旧小区", "改造老旧小区", ("个",), 10, 200, "urban"),
    ("改造棚户区", "改造棚户区", ("套", "户"), 300, 8000, "urban"),
    ("新改建农村公路", "新改建农村公路", ("公里",), 50, 1200, "urban"),
    ("新建改建城市道路", "新建改建城市道路", ("公里",), 5, 80, "urban"),
    ("改造燃气管网", "改造燃气管网", ("公里", "千米"), 10, 300, "urban"),
    ("改造供热管网", "改造供热管网", ("公里",), 5, 200, "urban"),
    ("新建口袋公园", "新建口袋公园", ("个", "处"), 5, 60, "urban"),
    ("新建5G基站", "新建5G基站", ("个", "座"), 300, 5000, "tech"),
    ("建成公共充电桩", "公共充电桩", ("个", "台"), 200, 6000, "energy"),
    ("新增停车泊位", "新增停车泊位", ("个",), 500, 20000, "urban"),
    ("新建改扩建中小学和幼儿园", "新建改扩建中小学和幼儿园", ("所",), 3, 40, "social"),
    ("新增公办学位", "新增公办学位", ("个",), 1000, 20000, "social"),
    ("新增养老床位", "新增养老床位", ("张",), 200, 3000, "social"),
    ("建成社区食堂", "社区食堂", ("个", "家"), 5, 60, "social"),
    ("建成农村养老助餐点", "农村养老助餐点", ("个", "处"), 10, 200, "social"),
    ("城镇新增就业", "城镇新增就业", ("人",), 2000, 90000, "social"),
    ("农村劳动力转移就业", "农村劳动力转移就业", ("人次", "人"), 20000, 500000, "social"),
    ("开展职业技能培训", "职业技能培训", ("人次",), 3000, 100000, "social"),
    ("举办招聘活动", "招聘活动", ("场", "场次"), 20, 300, "social"),
    ("发放创业担保贷款", "发放创业担保贷款", ("MONEY",), 0.2, 20, "social"),
    ("发放消费券", "发放消费券", ("MONEY",), 0.03, 1, "consume"),
    ("撬动消费", "撬动消费", ("MONEY",), 1, 30, "consume"),
    ("减税降费", "减税降费", ("MONEY",), 1, 60, "fiscal"),
    ("争取中央预算内投资", "争取中央预算内投资", ("MONEY",), 1, 40, "fiscal"),
    ("争取地方政府专项债券资金", "争取地方政府专项债券资金", ("MONEY",), 5, 200, "fiscal"),
    ("新增贷款", "新增贷款", ("MONEY",), 20, 800, "fiscal"),
    ("整改安全隐患", "整改安全隐患", ("处", "项"), 300, 20000, "social"),
    ("化解信访积案", "化解信访积案", ("件",), 20, 600, "social"),
    ("举办文化惠民活动", "文化惠民活动", ("场次", "场"), 100, 3000, "tourism"),
    ("承办各类赛事", "承办赛事", ("场次", "项"), 10, 200, "tourism"),
    ("新增A级旅游景区", "新增A级旅游景区", ("家", "个"), 1, 12, "tourism"),
    ("推出精品旅游线路", "精品旅游线路", ("条",), 5, 40, "tourism"),
    ("建设高标准农田", "高标准农田", ("AREA",), 3, 80, "agri"),
    ("实施保护性耕作", "保护性耕作", ("AREA",), 20, 1000, "agri"),
    ("完成造林绿化", "造林绿化", ("AREA",), 1, 50, "ecology"),
    ("改造盐碱地", "改造盐碱地", ("AREA",), 1, 30, "agri"),
    ("新增耕地", "新增耕地", ("AREA",), 0.05, 15, "agri"),
    ("治理水土流失面积", "治理水土流失面积", ("平方公里",), 50, 800, "ecology"),
    ("修复湿地", "修复湿地", ("AREA",), 0.5, 20, "ecology"),
    ("新增城市绿地", "新增城市绿地", ("万平方米",), 5, 300, "urban"),
    ("清运处置固体废物", "清运处置固体废物", ("万吨",), 0.5, 50, "ecology"),
    ("建成农村户厕", "建成农村户厕", ("座", "户"), 1000, 30000, "agri"),
    ("新增供水能力", "新增供水能力", ("万立方米",), 1, 30, "urban"),
    ("新增储气能力", "新增储气能力", ("万立方米",), 10, 2000, "energy"),
    ("新增光伏装机", "新增光伏装机", ("万千瓦",), 5, 300, "energy"),
    ("新增风电装机", "新增风电装机", ("万千瓦",), 5, 300, "energy"),
    ("新建充换电站", "新建充换电站", ("座",), 3, 80, "energy"),
    ("培育农民合作社", "培育农民合作社", ("家", "个"), 20, 400, "agri"),
    ("创建省级示范家庭农场", "省级示范家庭农场", ("家", "个"), 5, 80, "agri"),
    ("举办集中轮训", "集中轮训", ("期",), 5, 60, "party"),
    ("开展宣讲活动", "宣讲活动", ("场次", "场"), 50, 3000, "party"),
    ("培训党员干部", "培训党员干部", ("人次",), 1000, 60000, "party"),
    ("整治软弱涣散村党组织", "整治软弱涣散村党组织", ("个",), 10, 120, "party"),
    ("立案审查调查", "立案审查调查", ("件",), 100, 1500, "party"),
    ("处分党员干部", "处分", ("人", "名"), 80, 1200, "party"),
    ("提拔重用干部", "提拔重用干部", ("名", "人"), 20, 300, "party"),
    ("完成审计项目", "完成审计项目", ("个", "项"), 20, 200, "party"),
)

COUNTS_COUNTABLE = tuple(x for x in COUNTS if x[2][0] in ("个", "户", "家", "件", "所"))

# sentence-final follow-ups for some counts: (count gold indicator -> follow-up builder)
PROJECT_KINDS = ("风电", "光伏", "风光储一体化", "抽水蓄能", "生物质发电", "分布式光伏")


def _cls_fact(c: Ctx, cls, lo, hi, ind, **kw):
    if cls == "MONEY":
        return c.money(lo, hi, ind, **kw)
    if cls == "AREA":
        return c.area(lo, hi, ind, **kw)
    if cls in ("公里", "千米", "平方公里", "万平方米", "万吨", "万立方米", "万千瓦"):
        decs = (0, 1) if cls in ("公里", "千米", "平方公里") else (1, 2, 0)
        return c.measure(cls, lo, hi, ind, decs=decs, **kw)
    return c.count(cls, lo, hi, ind, **kw)


# --------------------------------------------------------------------------------------------
# Clause patterns. Each returns a list of str | Q.

def p_money_lg(c: Ctx, item=None):
    name, gold, lo, hi, glo, ghi = item or c.fresh(MONEY_LG)
    parts = [c.pick(("", c.whole, "")) + name, c.verb(), c.money(lo, hi, gold)]
    if c.chance(0.8):
        parts += [c.pick(("，", "、", "，")), *c.growth(gold, glo, ghi)]
    return parts


def p_growth_only(c: Ctx, sector=None):
    pool = [x for x in GROWTH_ONLY if x[1] == sector] or GROWTH_ONLY
    name, _ = c.fresh(pool)
    return [name, *c.growth(name, 1, 15)]


def p_growth_list(c: Ctx):
    k = c.pick((2, 3, 3, 4))
    names = []
    pool = [n for n, _ in GROWTH_ONLY]
    while len(names) < k:
        n = c.fresh(pool)
        if n not in names:
            names.append(n)
    parts = ["、".join(names) + "分别增长"]
    for i, n in enumerate(names):
        if i:
            parts.append("、")
        parts.append(c.pct(1, 16, n, measure="growth", qual=("exact", "", "")))
    return parts


def p_other_lg(c: Ctx, item=None):
    name, gold, unit, lo, hi, decs, glo, ghi, _ = item or c.fresh(OTHER_LG)
    parts = [name, c.pick(("", "达到", "实现", "")), c.measure(unit, lo, hi, gold, decs=decs)]
    if c.chance(0.7):
        parts += ["，", *c.growth(gold, glo, ghi)]
    return parts


def p_income(c: Ctx):
    k1 = (INCOME[0][0], c.status, c.period)
    k2 = (INCOME[1][0], c.status, c.period)
    if k1 in c.used and k2 in c.used:
        return p_growth_only(c)
    if c.chance(0.5) and k1 not in c.used and k2 not in c.used:
        c.used.update((k1, k2))
        (n1, lo1, hi1, g1, h1), (n2, lo2, hi2, g2, h2) = INCOME
        a = c.fact(str(round(c.rng.uniform(lo1, hi1))), "元", n1, qual=("exact", "", ""))
        b = c.fact(str(round(c.rng.uniform(lo2, hi2))), "元", n2, qual=("exact", "", ""))
        ga = c.pct(g1, h1, n1, measure="growth", qual=("exact", "", ""))
        gb = c.pct(g2, h2, n2, measure="growth", qual=("exact", "", ""))
        return ["城镇、农村居民人均可支配收入分别达到", a, "和", b, "，分别增长", ga, "和", gb]
    name, lo, hi, g, h = c.fresh(INCOME)
    return [name, c.pick(("达到", "达", "")), c.fact(str(round(c.rng.uniform(lo, hi))), "元", name),
            "，", *c.growth(name, g, h, allow_dec=False)]


def p_pct_level(c: Ctx, sector=None):
    pool = [x for x in PCT_LEVELS if sector is None or x[3] == sector] or PCT_LEVELS
    name, lo, hi, _ = c.fresh(pool)
    decs = (2, 2, 1) if hi < 5 else (1, 1, 1, 0)
    f = c.pct(lo, hi, name, decs=decs, allow=("approx", "at_least"))
    parts = [name, c.pick(("达到", "达", "提高到", "为", "")), f]
    if c.chance(0.5):
        up = not c.chance(0.1)
        parts += [c.pick(("，比上年", "，同比", "，较上年")) + ("提高" if up else "下降"),
                  c.pp(0.1, 4.0, name, sign=1 if up else -1)]
    return parts


def p_share(c: Ctx, sector=None):
    pool = [x for x in SHARES if sector is None or x[4] == sector] or SHARES
    part, whole, lo, hi, _ = c.fresh(pool)
    ind = f"{part}占{whole}比重"
    r = c.rng.random()
    if r < 0.12:  # 成 written in Chinese numerals
        n = max(1, min(9, round(c.rng.uniform(lo, hi) / 10)))
        q = c.pick((("exact", "", ""), ("at_least", "pre", "超"), ("approx", "pre", "近"),
                    ("at_least", "post", "以上")))
        f = c.fact(str(n), "成", ind, measure="share", qual=q)
        f.text = f.text.replace(str(n), cn_int(n))
        return [part, "占", whole, "比重", f]
    f = c.pct(lo, hi, ind, measure="share", allow=("approx", "at_least"))
    if r < 0.5:
        return [part, "占", whole, c.pick(("的比重达到", "比重为", "的比重达")), f]
    if r < 0.75:
        return [part, "占", whole, "的", f]
    return [part, "占比", f]


def p_share_province(c: Ctx, sector=None):
    pool = [x for x in OTHER_LG if x[8] == sector] or OTHER_LG
    name, gold, unit, lo, hi, decs, _, _, _ = c.fresh(pool)
    a = c.measure(unit, lo, hi, gold, decs=decs)
    s = c.pct(3, 40, f"{gold}占全省比重", measure="share", qual=("exact", "", ""))
    return [name, c.pick(("达到", "")), a, "，占全省的", s]


def p_count(c: Ctx, item=None, prefix=""):
    verb_obj, gold, clss, lo, hi, _ = item or c.fresh(COUNTS)
    cls = c.pick(clss)
    return [prefix + verb_obj, _cls_fact(c, cls, lo, hi, gold)]


def p_count_pair(c: Ctx, sector=None):
    pool = [x for x in COUNTS if sector is None or x[5] == sector] or COUNTS
    a = c.fresh(pool)
    b = c.fresh(pool)
    if a is b:
        return p_count(c, a)
    return [*p_count(c, a), c.pick(("、", "，", "；")), *p_count(c, b)]


def p_count_change(c: Ctx, sector=None):
    pool = [x for x in COUNTS_COUNTABLE if x[5] == sector] or COUNTS_COUNTABLE
    verb_obj, gold, clss, lo, hi, _ = c.fresh(pool)
    cls = clss[0]
    f = c.count(cls, lo * 2, hi * 3, gold, qual=("exact", "", ""))
    up = not c.chance(0.15)
    d = c.count(cls, max(1, lo / 5), max(2, hi / 4), gold, measure="change", sign=1 if up else -1,
                qual=("exact", "", ""))
    return [verb_obj, c.pick(("达到", "")), f, c.pick(("，比上年", "，较去年", "，同比")) +
            ("增加" if up else "减少"), d]


def p_ratio(c: Ctx):
    name, gold, lo, hi, _, _ = c.fresh(MONEY_LG)
    y0 = c.year - c.pick((3, 4, 5, 5, 10))
    lvl = c.money(lo, hi, gold)
    r = c.rng.random()
    if r < 0.25:
        w = c.pick(("翻一番", "翻一番", "翻两番"))
        f = Q(w, 2 if w == "翻一番" else 4, "times", "ratio", "exact", c.status, gold, c.period)
        return [name, c.pick(("达到", "")), lvl, f"，较{y0}年", f]
    x = fmt_num(c.rng.uniform(1.2, 3.5), c.pick((1, 1, 2)))
    f = c.fact(x, "倍", gold, measure="ratio", qual=("exact", "", ""))
    return [name, c.pick(("达到", "")), lvl, f"，是{y0}年的", f]


def p_growth_times(c: Ctx):
    name = c.pick(("新能源汽车产量", "跨境电商进出口额", "工业机器人产量", "集成电路产量", "锂电池产量",
                   "光伏电池产量", "直播电商交易额"))
    x = fmt_num(c.rng.uniform(1.1, 3.0), 1)
    q = c.pick((("exact", "", ""), ("approx", "pre", "近")))
    return [name, "增长", c.fact(x, "倍", name, measure="growth", qual=q)]


def p_pull(c: Ctx):
    name, _ = c.fresh(GROWTH_ONLY[:6])
    ind = c.pick(("新入统项目", "工业投资", "新投产企业", "重点项目"))
    return [ind, "拉动", name, "增长", c.pp(0.5, 15, f"{ind}拉动{name}增长")]


def p_project_money(c: Ctx):
    brand = c.fresh(L.BRANDS)
    ind_word = c.pick(L.INDUSTRIES)
    name = f"{brand}{ind_word}" + c.pick(("产业园", "项目", "基地", "一期项目", "生产线"))
    m = c.money(1, 300, f"{brand}{ind_word}项目总投资", period=None)
    verb = c.pick(("开工建设", "建成投产", "加快建设", "主体完工", "顺利落地", "签约落地")) if not c.plan else \
        c.pick(("开工建设", "建成投产", "加快建设", "落地见效"))
    return [c.pick(("总投资", "投资")), m, "的", name, verb]


def p_project_capacity(c: Ctx):
    r = c.rng.random()
    brand = c.fresh(L.BRANDS)
    if r < 0.35:
        prod = c.pick(L.PRODUCTS_T)
        n = c.measure("万吨", 1, 120, f"年产{prod}", decs=(0, 0, 1), scale=False, period=None,
                      qual=("exact", "", ""))
        return [f"{brand}", "年产", n, f"{prod}项目", c.pick(("开工建设", "顺利投产", "主体完工", "加快推进"))]
    if r < 0.5:
        prod, cls = c.pick(L.PRODUCTS_COUNT)
        n = c.measure("万" + cls if "万" + cls in UNITS else cls, 5, 500, f"年产{prod}", decs=(0,),
                      scale=False, period=None, qual=("exact", "", ""))
        return [f"{brand}", "年产", n, f"{prod}项目", c.pick(("开工建设", "建成投产", "加快推进"))]
    kind = c.pick(PROJECT_KINDS)
    rr = c.rng.random()
    if rr < 0.45:
        cap = c.measure("万千瓦", 5, 200, f"{brand}{kind}项目装机容量", decs=(0, 0, 1), scale=False,
                        period=None, qual=("exact", "", ""))
    elif rr < 0.7:
        cap = c.measure(c.pick(("兆瓦", "MW")), 10, 500, f"{brand}{kind}项目装机容量", decs=(0,),
                        scale=False, period=None, qual=("exact", "", ""))
    elif rr < 0.8:
        cap = c.measure("GW", 1, 20, f"{brand}{kind}项目产能", decs=(0, 1), scale=False, period=None,
                        qual=("exact", "", ""))
    else:  # 2×350MW, 2×66万千瓦
        k = c.pick((2, 2, 3, 4))
        if c.chance(0.5):
            per = c.pick(("350", "660", "100", "300"))
            unit = "MW"
        else:
            per = c.pick(("66", "35", "100", "30"))
            unit = "万千瓦"
        cap = Q(f"{k}×{per}{unit}", value_of(per, unit, k), "W", "level", "exact", c.status,
                f"{brand}{kind}机组装机容量", None)
        kind = c.pick(("燃煤热电联产", "燃气发电", "煤电机组"))
    lead = [c.pick(("投资", "总投资")), c.money(5, 200, f"{brand}{kind}项目投资", scale=False, period=None,
                                                qual=("exact", "", "")), "的"] if c.chance(0.5) else []
    tail = []
    if kind in PROJECT_KINDS and c.chance(0.35):  # 年发电量2.6亿千瓦时 / 5800万千瓦时 / 3亿度
        unit = c.pick(("亿千瓦时", "万千瓦时", "亿度"))
        lo, hi = (0.5, 30) if unit != "万千瓦时" else (800, 9000)
        tail = ["，年发电量", c.measure(unit, lo, hi, f"{brand}{kind}项目年发电量", decs=(0, 1, 2), scale=False,
                                       period=None, qual=c.pick((("exact", "", ""), ("approx", "pre", "约"))))]
    return [*lead, brand, cap, kind, "项目", c.pick(("并网发电", "开工建设", "全容量并网", "加快建设")), *tail]


def p_projects_total(c: Ctx):
    n = c.count("个", 10, 400, "重点项目")
    m = c.money(20, 2000, "重点项目总投资")
    r = c.rng.random()
    if r < 0.4:
        return ["实施", c.pick(("市级", "县级", "省市", "")) + "重点项目", n, "、总投资", m]
    if r < 0.7:
        thr = Q("亿元以上", 100000000, "CNY", "level", "at_least", c.status, "项目投资规模门槛", c.period, True)
        cnt = c.count("个", 10, 300, "新签约亿元以上项目")
        return [c.pick(("新签约", "引进")), thr, "项目", cnt, "，", "协议投资", c.money(30, 1500, "新签约项目协议投资")]
    thr_n = c.pick(("5000", "3000", "1000"))
    thr = c.fact(thr_n, "万元", "项目投资规模门槛", qual=("at_least", "post", "以上"), optional=True)
    cnt = c.count("个", 20, 400, f"开复工{thr_n}万元以上项目")
    return ["开复工", thr, "项目", cnt, "，", "完成投资", c.money(20, 800, "开复工项目完成投资")]


def p_tourism(c: Ctx):
    a = c.measure("万人次", 100, 5000, "接待游客", decs=(1, 2, 0))
    b = c.money(5, 500, "旅游收入")
    ga = c.pct(5, 60, "接待游客", measure="growth", qual=("exact", "", ""))
    gb = c.pct(5, 70, "旅游收入", measure="growth", qual=("exact", "", ""))
    return ["接待游客", a, "、实现旅游收入", b, "，分别增长", ga, "和", gb]


def p_old_community(c: Ctx):
    a = c.count("个", 10, 200, "改造老旧小区")
    b = c.count("户", 1000, 40000, "惠及居民")
    return ["改造老旧小区", a, "，惠及居民", b]


def p_road(c: Ctx):
    n = c.count("条", 3, 30, "打通断头路")
    km = c.measure("公里", 3, 80, "打通断头路里程", decs=(1, 1, 0), qual=("exact", "", ""))
    return ["打通“断头路”", n, km]


def p_employment(c: Ctx):
    a = c.count("人", 2000, 90000, "城镇新增就业")
    b = c.count("人次", 20000, 500000, "农村劳动力转移就业")
    return ["城镇新增就业", a, "，农村劳动力转移就业", b]


def p_pct_decrease(c: Ctx):
    name = c.pick(("单位地区生产总值能耗", "PM2.5平均浓度", "群众次均住院费用", "企业综合融资成本",
                   "单位工业增加值用水量", "生产安全事故起数", "刑事案件发案数"))
    f = c.pct(1, 25, name, measure="growth", sign=-1, qual=("exact", "", ""))
    return [name, c.pick(("下降", "降低", "同比下降")), f]


def p_cn_count(c: Ctx):
    n = c.pick((2, 3, 3, 4, 5, 6, 8, 9, 12))
    what, gold, cls = c.pick((("新建乡镇卫生院", "新建乡镇卫生院", "所"), ("建成区域性养老服务中心", "区域性养老服务中心", "所"),
                              ("创建省级特色小镇", "省级特色小镇", "个"), ("新增国家级农业产业化龙头企业", "国家级农业产业化龙头企业", "家"),
                              ("新建县级公共实训基地", "县级公共实训基地", "个")))
    f = c.fact(str(n), cls, gold, qual=("exact", "", ""))
    f.text = ("两" if n == 2 else cn_int(n)) + cls
    return [what, f]


def p_cn_money(c: Ctx):
    n = c.pick((2, 3, 5, 6, 8))
    ind = c.pick(("奖补资金", "专项扶持资金", "产业引导基金", "以工代赈资金"))
    f = c.fact(str(n), "万元", ind, mult=1000, qual=("exact", "", ""))
    f.text = ("两" if n == 2 else cn_int(n)) + "千万元"
    return ["落实", ind, f]


def p_optional_count(c: Ctx):
    r = c.rng.random()
    if r < 0.35:
        n = c.pick((10, 12, 15, 20, 22, 30))
        f = c.fact(str(n), "条", "优化营商环境举措", qual=("exact", "", ""), optional=True)
        return ["出台优化营商环境", f, "举措"]
    if r < 0.7:
        n = c.pick((10, 12, 15, 20, 30))
        f = c.fact(str(n), c.pick(("件", "项")), "民生实事", qual=("exact", "", ""), optional=True)
        return ["扎实办好", f, "民生实事"]
    n = c.pick((8, 12, 15, 20, 27))
    f = c.fact(str(n), "个", "走访省市", qual=("exact", "", ""), optional=True)
    return ["党政代表团先后走访全国", f, "省市"]


def p_rank(c: Ctx, sector=None):
    """A fact followed by a rank distractor (居全省第3位, 连续5年领跑全省)."""
    k = c.pick((1, 2, 3, 3, 4, 5, 6))
    counts = [x for x in COUNTS if x[5] == sector]
    others = [x for x in OTHER_LG if x[8] == sector]
    if others and (not counts or c.chance(0.5)):
        base = p_other_lg(c, c.fresh(others))
        tail = c.pick((f"，增速位列全省第{k}", f"，总量居全省第{k}位", f"，排名全省第{k}"))
    else:
        base = p_count(c, c.fresh(counts or COUNTS))
        tail = c.pick((f"，居全省第{k}位", f"，排名全省第{k}", "，连续两年居全省首位",
                       f"，连续{c.pick((3, 5, 7))}年领跑全省", f"，数量居全省第{k}位"))
    return [*base, tail]


def p_5g(c: Ctx):
    a = c.count(c.pick(("个", "座")), 300, 5000, "新建5G基站")
    return ["新建5G基站", a, "，实现乡镇以上区域5G网络全覆盖"]


def p_park(c: Ctx):
    park = c.short + c.pick(L.PARKS)
    a = c.count("家", 5, 200, f"{park}入驻企业")
    b = c.money(10, 800, f"{park}产值")
    return [park, "入驻企业", a, "，实现产值", b]


def p_grain(c: Ctx):
    if c.chance(0.5):
        f = c.measure("亿斤", 10, 200, "粮食产量", decs=(0, 1), allow=("at_least", "approx"))
    else:
        f = c.measure("万吨", 50, 900, "粮食产量", decs=(0, 1, 2), allow=("at_least", "approx"))
    a = c.area(50, 1500, "粮食播种面积")
    return ["粮食播种面积", c.pick(("稳定在", "达到", "")), a, "，总产量", f]


def p_agri_mix(c: Ctx):
    a = c.area(3, 80, "高标准农田")
    b = c.pct(60, 97, "农业综合机械化率", qual=("exact", "", ""))
    return ["建设高标准农田", a, "，农业综合机械化率达", b]


def p_wanyu(c: Ctx):
    """万余场次: a round ten-thousand with no digits."""
    what, ind = c.pick((("开展“学习宣讲进基层”活动", "学习宣讲进基层活动"), ("组织志愿服务活动", "志愿服务活动"),
                        ("开展普法宣传活动", "普法宣传活动")))
    cls = c.pick(("场次", "次", "场"))
    return [what, Q("万余" + cls, 10000, "count", "level", "at_least", c.status, ind, c.period)]


# Target-only sentences for the plan section, one per kind of 主要预期目标.
def targets_main(c: Ctx, word: str = "今年") -> list:
    """主要预期目标是：地区生产总值增长6%左右，……，城镇调查失业率控制在5.5%以内。
    `word` names the plan year relative to the report's date (今年, or 明年 in a December report)."""
    parts: list = [c.pick((f"{word}经济社会发展的主要预期目标是：", "主要预期目标是：",
                           f"{word}{c.whole}经济社会发展的主要目标是："))]
    items = []
    items.append(["地区生产总值增长", c.pct(4.5, 8.5, "地区生产总值", measure="growth", decs=(1, 0, 0),
                                        qual=c.pick((("approx", "post", "左右"), ("at_least", "post", "以上"), ("exact", "", ""))))])
    for name in c.rng.sample(["规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "一般公共预算收入",
                              "外贸进出口总额"], c.pick((2, 3, 4))):
        items.append([name + "增长", c.pct(3, 12, name, measure="growth", decs=(1, 0, 0),
                                         qual=c.pick((("approx", "post", "左右"), ("at_least", "post", "以上"), ("exact", "", ""))))])
    if c.chance(0.7):
        items.append(["城乡居民人均可支配收入分别增长", c.pct(4, 7, "城镇居民人均可支配收入", measure="growth", decs=(1, 0),
                                                     qual=("exact", "", "")),
                      "和", c.pct(5, 9, "农村居民人均可支配收入", measure="growth", decs=(1, 0),
                                  qual=("exact", "", ""))])
    if c.chance(0.6):
        items.append(["城镇调查失业率控制在", c.pct(4.5, 6, "城镇调查失业率", decs=(1, 0),
                                               qual=("at_most", "post", "以内"))])
    if c.chance(0.5):
        items.append(["单位地区生产总值能耗降低", c.pct(2, 3.5, "单位地区生产总值能耗", measure="growth", sign=-1,
                                                decs=(1,), qual=("exact", "", ""))])
    items.append(["粮食播种面积和产量完成上级下达任务"])
    for it in items:
        for x in it:
            if isinstance(x, Q):
                c.used.add((x.indicator, c.status, c.period))
    sep = c.pick(("，", "；"))
    for i, it in enumerate(items):
        if i:
            parts.append(sep)
        parts += it
    return parts


def p_estimate(c: Ctx):
    """有望突破…: used only where estimates make sense (the current year)."""
    name, gold, lo, hi, glo, ghi = c.fresh(MONEY_LG)
    f = c.money(lo, hi, gold, qual=("at_least", "pre", "突破"))
    return [name, "有望", f]


# Weighted pattern tables by sector. Sectors pick the pattern families that make sense there.
def _sector_patterns():
    def money_of(sector):
        items = [m for m in MONEY_LG if SECTOR_OF_MONEY[m[0]] == sector]
        return (lambda c: p_money_lg(c, c.fresh(items))) if items else None

    def other_of(sector):
        items = [m for m in OTHER_LG if m[8] == sector]
        return (lambda c: p_other_lg(c, c.fresh(items))) if items else None

    def count_of(sector):
        items = [m for m in COUNTS if m[5] == sector]
        return (lambda c: p_count(c, c.fresh(items))) if items else None

    def pair_of(sector):
        return lambda c: p_count_pair(c, sector)

    def pct_of(sector):
        return lambda c: p_pct_level(c, sector)

    def share_of(sector):
        return lambda c: p_share(c, sector)

    table = {}
    for s in L.SECTOR_HEADINGS_REVIEW:
        pats = [(count_of(s), 5), (pair_of(s), 4)] if count_of(s) else []
        if money_of(s):
            pats.append((money_of(s), 4))
        if other_of(s):
            pats.append((other_of(s), 3))
        if any(x[3] == s for x in PCT_LEVELS):
            pats.append((pct_of(s), 2))
        if any(x[4] == s for x in SHARES):
            pats.append((share_of(s), 2))
        table[s] = pats
    def sec(f, s):
        return lambda c: f(c, s)

    table["macro"] += [(p_growth_list, 4), (sec(p_growth_only, "industry"), 2), (sec(p_growth_only, "invest"), 2),
                       (p_ratio, 1), (p_income, 3), (p_share, 1), (p_growth_times, 0.5)]
    table["industry"] += [(sec(p_growth_only, "industry"), 2), (p_park, 2), (p_project_capacity, 2),
                          (sec(p_rank, "industry"), 1), (sec(p_count_change, "industry"), 1), (p_growth_times, 0.5)]
    table["invest"] += [(p_project_money, 3), (p_projects_total, 3), (p_pull, 1), (sec(p_growth_only, "invest"), 2),
                        (p_optional_count, 0.5), (sec(p_count_change, "invest"), 1)]
    table["consume"] += [(p_growth_list, 1), (sec(p_growth_only, "consume"), 3), (sec(p_share_province, "consume"), 1),
                         (p_cn_money, 0.5)]
    table["agri"] += [(p_grain, 2), (p_agri_mix, 2), (sec(p_rank, "agri"), 1), (p_project_capacity, 0.3),
                      (sec(p_count_change, "agri"), 1)]
    table["urban"] += [(p_old_community, 3), (p_road, 2), (p_5g, 1), (p_pct_decrease, 0.5)]
    table["ecology"] += [(p_pct_decrease, 2), (sec(p_pct_level, "ecology"), 1)]
    table["social"] += [(p_employment, 3), (p_cn_count, 1), (p_optional_count, 0.5), (p_pct_decrease, 0.5),
                        (p_income, 1), (sec(p_count_change, "social"), 1)]
    table["tech"] += [(p_5g, 1), (sec(p_count_change, "tech"), 1), (sec(p_rank, "tech"), 0.5)]
    table["tourism"] += [(p_tourism, 3), (sec(p_share_province, "tourism"), 1), (sec(p_rank, "tourism"), 0.5)]
    table["energy"] += [(p_project_capacity, 4), (sec(p_share_province, "energy"), 1), (sec(p_growth_only, "energy"), 1)]
    table["fiscal"] += [(sec(p_growth_only, "fiscal"), 1), (p_cn_money, 0.5)]
    table["party"] += [(p_optional_count, 0.5), (p_wanyu, 1), (sec(p_count_change, "party"), 0.5)]
    out = {}
    for s, pats in table.items():
        pats = [(f, w) for f, w in pats if w > 0]
        fs = [f for f, _ in pats]
        cum, t = [], 0.0
        for _, w in pats:
            t += w
            cum.append(t)
        out[s] = (fs, cum, t)
    return out


SECTOR_PATTERNS = _sector_patterns()
ANNUAL_ONLY = frozenset((p_ratio,))
SECTORS = tuple(L.SECTOR_HEADINGS_REVIEW)


def sector_clause(c: Ctx, sector: str) -> list:
    """A clause from the sector's patterns that states nothing the report has already stated: no
    second value for the same (indicator, measure, status, period)."""
    fs, cum, total = SECTOR_PATTERNS[sector]
    for attempt in range(6):
        r = c.rng.random() * total
        lo, hi = 0, len(cum) - 1
        while lo < hi:  # bisect
            mid = (lo + hi) // 2
            if cum[mid] < r:
                lo = mid + 1
            else:
                hi = mid
        f = fs[lo]
        if c.period and "/" in c.period and f in ANNUAL_ONLY:
            continue  # 是2019年的1.5倍 compares whole years
        parts = f(c)
        keys = [(q.indicator, q.measure, q.status, q.period) for q in parts if isinstance(q, Q)]
        if len(set(keys)) == len(keys) and not c.emitted.intersection(keys):
            c.emitted.update(keys)
            return parts
    return ["，".join(c.rng.sample(L.FILLER_CLAUSES, 2))]
