"""Remove page furniture from cleaned lines so it never produces facts, without touching report text.

Loads: normalised, Simplified lines of one document and its title (if known). Makes: the lines of the
article only. Three kinds of rules, all on whole lines:

- the **footer** is cut at its first marker (`[打印本页]`, `关闭窗口`, `免责声明：`, `分享到`, `上一篇`,
  `相关文章`, `标签：`, `责任编辑：…`, a copyright or ICP line …) when only short lines and at most a
  small share of the text follow it — a marker in the middle of a long report is not a footer;
- the **head** loses lines before the headline when the headline is among the first lines (aggregator
  breadcrumbs), runs of ≥3 menu words, datelines and `时间：… 来源：… 阅读：` lines, a `内容摘要`
  that repeats the opening, and `原标题` repeats of the title;
- **anywhere**, short lines that are only share/print/close buttons, editor or photo credits, view
  counters, copyright, ICP/公网安备 numbers, contact lines (电话, 热线, 地址, 邮箱, 主办), site links
  (网站地图, 法律声明 …), disclaimers; and a `来源：…` watermark stuck to the end of the last sentence.

Nothing is removed from a line that is longer than the rule's length limit, so a paragraph of the
report that happens to contain 版权 or 电话 stays.
"""
from __future__ import annotations

import re

_HEAD_LINES = 15
_TAIL_LINES = 20

_FOOTER_START = re.compile(
    r"[\[【]?(?:打印本页|打印本文|关闭窗口|关闭本页|返回顶部)[\]】]?|"
    r"(?:免责声明|律师提示|版权声明|特别声明)[:：].*|本站为非营利.*|"
    r"分享到[:：]?.{0,40}|(?:上一篇|下一篇)[:：]?.{0,60}|"
    r"(?:相关(?:文章|阅读|新闻|链接|评论|稿件|报道)|本栏(?:最新|推荐)|阅读排行|热门(?:文章|排行|推荐)|推荐阅读|猜你喜欢|标签云)[:：]?|"
    r"标签[:：].{0,60}|"
    r"[(（]?\s*(?:责任编辑|编辑|责编)\s*[:：/]\s*\S.{0,20}|"
    r".{0,60}(?:版权所有|Copyright|All Rights Reserved|©).{0,80}|"
    r"(?:主办单位|主办)[:：].{0,120}|.{0,40}ICP.{0,80}",
    re.I,
)

_DROP_ANYWHERE = [
    (re.compile(r"分享到[:：]?.{0,40}"), 60),
    (re.compile(r"(?:当前位置|您的位置|您现在的位置|所在位置)[:：].{0,100}"), 110),
    (re.compile(r"扫一扫.{0,20}|(?:打开|下载).{0,6}客户端.{0,10}"), 30),
    # a row of buttons: [打印本页] [关闭窗口] 【字体：大 中 小】 | 收藏
    (re.compile(r"(?:[\[\]【】|｜:：\s]|打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页|收藏|字体|字号|大|中|小|默认|我要纠错)*"
                r"(?:打印本页|关闭窗口|返回顶部|字体|字号)(?:[\[\]【】|｜:：\s]|打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页|收藏|字体|字号|大|中|小|默认|我要纠错)*"), 40),
    (re.compile(r"[\[【]?(?:打印本页|打印本文|打印|关闭窗口|关闭本页|关闭|返回顶部|返回首页|收藏本页|加入收藏|我要纠错)[\]】]?"), 12),
    (re.compile(r"(?:[\[【]?字号[:：]?)?\s*[\[【]?\s*大\s*[\]】]?\s*[\[【]?\s*中\s*[\]】]?\s*[\[【]?\s*小\s*[\]】]?"), 20),
    (re.compile(r"[(（]?\s*(?:责任编辑|编辑|责编|审核|审校|校对|监制|初审|复审|终审|编审)\s*[:：/\s]\s*[^，。；：:]{1,16}[)）]?"), 30),
    (re.compile(r"本版(?:摄影|图片|制图|编辑|统筹)[:：\s].{0,20}"), 30),
    (re.compile(r"原标题[:：\s].{0,80}"), 90),
    (re.compile(r"(?:阅读|评论|浏览|点击|阅读量|浏览量|浏览次数|点击数|点击量)[:：]\s*\d*(?:\s*次)?"), 20),
    (re.compile(r".{0,60}(?:版权所有|Copyright|All Rights Reserved|©).{0,80}", re.I), 150),
    (re.compile(r".{0,40}(?:ICP(?:备|证|\d)|备案号|备案证|公网安备|网安备|网站标识码|公安机关备案).{0,80}", re.I), 150),
    (re.compile(r"(?:ICP)?备案号?[:：]?", re.I), 10),
    (
        re.compile(
            r"(?:主办单位|主办|承办单位|承办|协办|技术支持|联系方式|联系电话|联系我们|办公电话|咨询电话|电话|热线|传真|"
            r"电子邮箱|电子邮件|邮箱|E-?mail|地址|通讯地址|邮编|邮政编码)\s*[:：].{0,120}",
            re.I,
        ),
        150,
    ),
    (re.compile(r".{0,30}(?:电话|热线|传真|联系).{0,10}(?<!\d)(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9})(?!\d).{0,20}"), 80),
    (re.compile(r"(?:法律声明|关于本站|关于我们|网站地图|联系我们|设为首页|站点地图|隐私政策|网站声明|使用帮助|网站导航|\||｜|·|Copyright|©)"), 10),
    (re.compile(r"(?:免责声明|律师提示|版权声明|特别声明)[:：].*|本站为非营利.*|.*未经(?:许可|授权|协议授权|书面授权).{0,20}(?:转载|下载|使用|复制|摘编).*"), 300),
]

_META_KEYS = (
    r"(?:发布时间|更新时间|发文时间|时间|日期|发布日期|成文日期|来源|文章来源|信息来源|稿源|作者|信息发布人|发布人|发布者|"
    r"浏览次数|点击数|阅读|评论|字号|编辑|索引号|主题分类|发文机关|发文字号|发布机构|公开方式|公开范围|文号)"
)
_META_LINE = re.compile(rf"(?:\s*{_META_KEYS}\s*[:：]\s*[^\s:：]*(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*)+")
_DATELINE = re.compile(
    r"(?:\d{4}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}[时:]\d{1,2}分?(?::\d{2})?)?|"
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)(?:\s+[^\s，。；：,;:]{2,15})?"
)
_NAV_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}")
_SUMMARY = re.compile(r"内容(?:摘要|提要|简介)[:：]?(.*)")
_ELLIPSIS_END = re.compile(r"(?:\.{3,}|…+|。{3,})\s*$")
_TAIL_WATERMARK = re.compile(r"(?<=[。！？!?”」）)])\s*(?:来源|来自|转自|稿源)\s*[:：][^。！？\n]{1,30}$")
_COUNTER_KEY = re.compile(r".*(?:阅读|评论|浏览|点击)[:：]\s*$")


def _matches(rx: re.Pattern, line: str, limit: int) -> bool:
    return len(line) <= limit and rx.fullmatch(line) is not None


def drop_reason(line: str) -> bool:
    """True when a single line is page furniture wherever it stands."""
    return any(_matches(rx, line, limit) for rx, limit in _DROP_ANYWHERE)


def _footer_start(lines: list[str]) -> int | None:
    """Index of the first footer marker after which only a little, short-lined text follows."""
    total = sum(len(x) for x in lines)
    after = total
    start = None
    # Walk backwards so "what follows" is known for each candidate; keep the earliest valid one.
    longest_after = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        after -= len(line)
        if len(line) <= 200 and _FOOTER_START.fullmatch(line):
            tail = total - after
            # a marker in the page's first lines (a 分享到 bar above the headline) does not start the
            # footer, however short the article's paragraphs are
            article_before = after >= min(200, 0.2 * total)
            if article_before and longest_after <= 200 and tail - len(line) <= max(1500, 0.3 * total):
                start = i
        longest_after = max(longest_after, len(line))
        if longest_after > 200:
            break
    return start


def _norm_title(s: str) -> str:
    return re.sub(r"[\s:：_,，、“”\"'‘’《》]", "", s)


def _head_start(lines: list[str], title: str | None) -> int:
    """Index where the article begins: its headline when that is among the first lines."""
    if not title:
        return 0
    key = _norm_title(title)
    if len(key) < 4:
        return 0
    for i, line in enumerate(lines[:8]):
        if _norm_title(line) == key:
            return i
    return 0


def strip_boilerplate(lines: list[str], title: str | None = None) -> tuple[list[str], list[str]]:
    """Return (article lines, notes)."""
    notes: list[str] = []
    if not lines:
        return lines, notes
    end = _footer_start(lines)
    if end is not None:
        notes.append(f"cut {len(lines) - end} footer line(s) from {lines[end][:20]!r}")
        lines = lines[:end]
    begin = _head_start(lines, title)
    if begin:
        notes.append(f"dropped {begin} line(s) before the headline")
        lines = lines[begin:]
    kept: list[str] = []
    dropped = 0
    n = len(lines)
    skip_next_number = skip_summary = False
    nav_run: list[str] = []
    for i, line in enumerate(lines):
        in_head, in_tail = i < _HEAD_LINES, i >= n - _TAIL_LINES
        if skip_next_number and line.isdigit():
            skip_next_number = False
            dropped += 1
            continue
        skip_next_number = False
        if skip_summary:
            skip_summary = False
            if _ELLIPSIS_END.search(line):
                dropped += 1
                continue
        if in_head:
            sm = _SUMMARY.fullmatch(line)
            if sm:
                dropped += 1
                skip_summary = not sm.group(1).strip()
                continue
            if _NAV_WORD.fullmatch(line) and i > 0:
                nav_run.append(line)
                kept.append(line)
                continue
            if len(nav_run) >= 3:
                del kept[-len(nav_run) :]
                dropped += len(nav_run)
            nav_run = []
        if (in_head or in_tail) and (_META_LINE.fullmatch(line) or (in_head and _DATELINE.fullmatch(line))):
            dropped += 1
            skip_next_number = bool(_COUNTER_KEY.match(line))
            continue
        if drop_reason(line):
            dropped += 1
            skip_next_number = bool(_COUNTER_KEY.match(line))
            continue
        kept.append(line)
    if len(nav_run) >= 3:
        del kept[-len(nav_run) :]
        dropped += len(nav_run)
    if kept:
        last = _TAIL_WATERMARK.sub("", kept[-1])
        if last != kept[-1]:
            notes.append(f"removed a trailing watermark {kept[-1][len(last):].strip()!r}")
            kept[-1] = last
    if dropped:
        notes.append(f"dropped {dropped} boilerplate line(s)")
    return kept, notes
