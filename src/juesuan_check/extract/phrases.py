"""The phrases of a 情况说明 as the statement reader recognises them: the patterns of amounts, shares, changes,
budgets, reasons, lists and counts, and the pure functions on a clause's words (the name a noun phrase prints,
a reason's extent, a clause cut after its amounts). Nothing here holds state; ``statements`` reads with it."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, Optional

from juesuan_check.extract.subjects import bare, match, subject_of
from juesuan_check.report.values import BUDGET_SIGN, DIRECTION_SIGN

NUMBER = r"(?<![0-9.])-?[0-9]+(?:\.[0-9]+)?"
UNIT = r"亿元|万元|元|万(?![人次户件个辆台批])"
AMOUNT = re.compile(rf"(?P<value>{NUMBER})(?P<unit>{UNIT})")
PERCENT = re.compile(rf"(?P<value>{NUMBER})%")
YEAR = re.compile(r"(?:19|20)[0-9]{2}(?=年)")

WORDS = sorted((w for w in BUDGET_SIGN if w), key=len, reverse=True)
DIRECTION = "|".join(re.escape(w) for w in WORDS)
# Against last year: 与上年相比, 比上年, 较2020年度决算数, 与2019年相比, 同比, 比上年同期, 按同口径.
YEAR_BASE = re.compile(
    r"(?:与|比|较|同)(?:上年|去年|上一年度|上年度|上年同期|(?:19|20)[0-9]{2}年度?)(?:决算数?)?(?:同期)?(?:同口径)?(?:数据)?"
    r"(?:相比|比较|对比)?|同比|按同口径"
)
# Against the budget: 与年初预算相比, 较年初预算数, 比预算数, 与2021年度预算相比.
BUDGET_BASE = re.compile(r"(?:与|比|较|同|对比)(?:(?:19|20)[0-9]{2}年度?)?(?:年初)?预算(?:数)?(?:相比|比较)?")
BUDGET_WORD = re.compile(r"决算数?(?P<word>大于|小于|等于|超出|低于|高于|同)(?:年初)?预算数?(?P<flat>持平)?")
FLAT = re.compile(r"无变化|持平|不变|相同")
# 完成年初预算的 p%; not 完成调整预算/全年预算 (another budget, with no key)
COMPLETION = re.compile(rf"完成(?:年初)?预算(?:数)?的?(?P<value>{NUMBER})%")
# Budgets other than the 年初预算, which have no key: a text that names one may mean it by 预算数.
OTHER_BUDGET = re.compile(r"全年预算|调整预算|调整后预算|追加预算")
# 年初预算为 A万元; not 追加预算, 调整预算, 超预算, 全年预算 (other budgets and overruns)
BUDGET = re.compile(rf"(?<![追加调超增减节结年])(?:年初)?预算(?:数)?(?:为|是|：)?(?P<value>{NUMBER})(?P<unit>{UNIT})")
ACTUAL = re.compile(rf"决算(?:数)?(?:为|是|：)?(?P<value>{NUMBER})(?P<unit>{UNIT})")
GAP = re.compile(rf"差值(?:为|是)?(?P<value>{NUMBER})(?P<unit>{UNIT})")
SHARE = re.compile(rf"占(?P<base>[^0-9%，；：]*?)(?:的)?(?P<value>{NUMBER})%")
REASON = re.compile(
    r"(?:(?:主要原因|原因主要|的原因|原因)(?:(?:主要)?(?:是|为|在于|如下)|：|:|$)|的主要原因(?![是为在如：:])(?=[\u4e00-\u9fff]{4})"
    r"|(?<=[减增加少长降])的[\u4e00-\u9fff]{0,4}?是(?:因为|由于))"
    r"(?P<text>.*)$"
)
LOOSE_REASON = re.compile(r"^主要(?:是由于|是因为|由于|因为|是)(?P<text>.+)$")
NOTE = re.compile(r"主要(?:用于|包括|是|为)[：]?(?P<text>.+)$")
LIST = re.compile(r"(?:其中|(?<!主要)包括|具体包括|具体如下|主要用于以下方面|分别为|分别是)[：]?$")
LIST_START = re.compile(r"^(?:其中|包括|具体包括|主要用于以下方面|分别为)[：]?")
NUMBERING = re.compile(
    r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]"
    r"|(?P<arabic>[0-9]+)[.．、](?![0-9])|[（(](?P<paren>[0-9]+)[)）]|(?P<circled>[①②③④⑤⑥⑦⑧⑨⑩]))"
)
LEAD = re.compile(
    r"^(?:其中|包括|具体包括|主要用于以下方面|以及|和|及|、|即|另外|此外)*[：]?"
    r"(?:(?:19|20)[0-9]{2}(?:年度?)?(?![0-9])|本年度?|今年|全年|当年)?"
    r"(?:本部门|本单位|我[院局委处所站队馆镇乡校]|本级)?"
)
# A word that qualifies a known name as part of its own (教育事业收入), not a unit or a year before it.
QUALIFIER = re.compile(r"(?![^的年度本我中其各全该]*[的年度本我中其各全该])[\u4e00-\u9fff]{2,4}")
NOTHING = re.compile(r"(?:^|[^0-9])(?:无|没有|未发生)(?P<name>[^，；。0-9]{2,30}?)$")
# A clause: up to a ，；： outside parentheses. A parenthesis that lists amounts, and what stands in its place
# while the clause around it is read.
CLAUSE = re.compile(r"(?:（[^（）]*）|[^，；：,;:（]|（(?![^（）]*）))+[，；：,;:]?")
LISTED = re.compile(r"[^，；：,;:、]+[，；：,;:、]?")  # the items a parenthesis lists
PARENTHESES = re.compile(r"（(?P<list>[^（）]*)）")
FILLER = "\u3000"
# A figure the template leaves to be filled in: XXX万元, XX%, XX个.
NOTE_OPENS = re.compile(r"主要(?:包括|用于)[：:]?")  # …，主要包括：A、B、C: the items follow
PLACEHOLDER_FIGURE = re.compile(r"[XＸ×]{2,}\s*(?:万元|万|元|%|个|辆|批次|人次|台)")
# A figure after a direction word or 占 with neither % nor unit: a misprint, recorded as printed.
BARE = re.compile(rf"(?P<value>{NUMBER})(?=[，。；,;）]|$)")
BARE_SHARE = re.compile(rf"占[^0-9%，；：]{{0,12}}?(?P<value>{NUMBER})(?=[，。；,;）]|$)")
SHARE_AFTER = re.compile(rf"[，,]占(?P<base>[^0-9%，；：]+?)的?(?P<value>{NUMBER})%")
# What the 政府采购 sentences on small firms print, and the key each amount goes to.
SMALL_FIRMS = [
    (
        re.compile(
            rf"(?P<name>面向(?P<who>中小企业|小微企业)预留(?:的)?政府采购项目(?:预算)?金额)(?:为)?(?P<value>{NUMBER})(?P<unit>{UNIT})"
        ),
        {"中小企业": "预留"},
    ),
    (
        re.compile(
            rf"(?P<name>在面向(?P<who>中小企业|小微企业)预留(?:的)?政府采购项目中，由(?:中小企业|小微企业)供应商中标或成交的，"
            rf"采购金额)(?:为)?(?P<value>{NUMBER})(?P<unit>{UNIT})"
        ),
        {"中小企业": "中小企业", "小微企业": "小微企业"},
    ),
    (
        re.compile(
            rf"(?P<name>授予(?P<who>中小企业|小微企业)合同金额)(?:为|是|共)?(?P<value>{NUMBER})(?P<unit>{UNIT})"
        ),
        {"中小企业": "中小企业", "小微企业": "小微企业"},
    ),
]
# 收、支总计各是A、B万元 or 各A万元 (one figure for both), and their changes; 财政拨款 before them names the totals
# of 财政拨款收入支出.
PAIR = re.compile(
    rf"(?P<fiscal>财政拨款)?收、支(?:总计)?各(?:是|为)?(?P<a>{NUMBER})(?:[，、](?P<b>{NUMBER}))?(?P<unit>{UNIT})"
)
PAIR_CHANGE = re.compile(
    rf"(?P<fiscal>财政拨款)?收、支(?:总计)?各(?P<word>{DIRECTION})(?P<a>{NUMBER})(?:[，、](?P<b>{NUMBER}))?(?P<unit>{UNIT})"
    rf"(?:[，,]各?(?P<pword>{DIRECTION})(?P<p>{NUMBER})%(?:[，、](?P<q>{NUMBER})%)?)?"
)
# A noun phrase that names no subject of its own: the statement speaks of the node being read.
GENERIC = {"支出", "收入", "金额", "共计", "合计", "决算数", "支出决算", "累计支出", "共支出", "实际支出"}
WITHIN = re.compile(r"在(?P<name>[\u4e00-\u9fff“”（）]{2,20}?)(?:当)?中")
ORG_END = re.compile(
    r"(?:委员会|纪检委|中心|办公室|管理局|人民政府|政府|办事处|检察院|法院|医院|学校|公司|局|委|办|院|所|站|队|馆|厅|部|镇|乡)$"
)
COUNTS = {  # each figure not preceded by a digit: a long run of digits is tried once, not at every one
    "groups": re.compile(
        r"团组(?:数)?(?:共)?(?<![0-9])(?P<n>[0-9]+)(?:个|次)|(?<![0-9])(?P<m>[0-9]+)个(?:出国)?(?:（境）)?团组"
    ),
    "batches": re.compile(r"(?<![0-9])(?P<n>[0-9]+)批次?|批次(?:数)?(?<![0-9])(?P<m>[0-9]+)"),
    "persons": re.compile(
        r"(?<![0-9])(?P<n>[0-9]+)人次|人次(?:数)?(?<![0-9])(?P<m>[0-9]+)|(?<![0-9])(?P<k>[0-9]+)人(?![次员民])"
    ),
    "bought": re.compile(r"购置(?:公务用车|车辆)?(?:数)?(?<![0-9])(?P<n>[0-9]+)辆|(?<![0-9])(?P<m>[0-9]+)辆公务用车"),
    "held": re.compile(r"保有量(?:为)?(?<![0-9])(?P<n>[0-9]+)辆"),
}
# 公务用车购置数及保有量分别为1辆和130辆: two counts in one.
BOUGHT_AND_HELD = re.compile(
    r"购置(?:数|量)?(?:及|和|、)保有量分别(?:为|是)(?P<bought>[0-9]+)辆(?:和|、|，)(?P<held>[0-9]+)辆"
)


def number(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the patterns only give numbers
        return Decimal(0)


def printed_name(phrase: str) -> str:
    """The name a noun phrase prints, without what leads into it (numbering, 其中, the year, the unit) and the
    verb after it."""
    return split_phrase(phrase)[1]


def split_phrase(phrase: str) -> tuple[str, str]:
    """(what leads into the name — the year, the unit —, the name) of a noun phrase."""
    text = NUMBERING.sub("", phrase.replace(FILLER, "").strip("，；：。 "))
    text = re.sub(r"（[^（）]*(?:为准|口径|含|不含)[^（）]*）", "", text)
    subject, start = match(text)
    if subject is not None:  # 本年收入合计 is a name of its own, not 收入合计 of 本年
        lead, name = text[:start], text[start:]
        qualifier = lead[LEAD.match(lead).end() :]  # type: ignore[union-attr]
        if QUALIFIER.fullmatch(qualifier) and unit_in(qualifier) is None:
            lead, name = lead[: len(lead) - len(qualifier)], qualifier + name  # 教育事业收入: its own name
    else:
        found = LEAD.match(text)
        lead, name = (text[: found.end()], text[found.end() :]) if found else ("", text)
    name = bare(name).strip("，；：、。 ") if name else name
    return lead, name


CLASSES = (
    "一般公共服务",
    "外交",
    "国防",
    "公共安全",
    "教育",
    "科学技术",
    "文化体育与传媒",
    "文化旅游体育与传媒",
    "社会保障和就业",
    "医疗卫生与计划生育",
    "卫生健康",
    "节能环保",
    "城乡社区",
    "农林水",
    "交通运输",
    "资源勘探信息等",
    "资源勘探工业信息等",
    "商业服务业等",
    "金融",
    "援助其他地区",
    "国土海洋气象等",
    "自然资源海洋气象等",
    "住房保障",
    "粮油物资储备",
    "灾害防治及应急管理",
    "预备费",
    "其他",
    "转移性",
    "债务还本",
    "债务付息",
    "债务发行费用",
    "抗疫特别国债安排的",
    "国有资本经营预算",
)


def is_class(name: str) -> bool:
    """Whether ``name`` is a functional class (类) of any year: 一般公共服务支出, 卫生健康支出 …"""
    text = name.removesuffix("（类）")
    return text.endswith("支出") and text[:-2] in CLASSES


def is_subject(node: Any, subject_name: str) -> bool:
    """Whether a recorded node is the subject of that name."""
    found = subject_of(str(node.get("名称", ""))) if isinstance(node, dict) else None
    return found is not None and found.name == subject_name


def reason_rest(rest: str) -> str:
    """What of the sentence after a reason's first clause still belongs to the reason: up to the ；that starts
    a new statement of figures (；其中：因公出国（境）支出0万元…), all of it when none does."""
    kept = ""
    for part in re.split(r"(?<=；)", rest):
        if kept and (AMOUNT.search(part) or PERCENT.search(part) or LIST_START.match(part)):
            break
        if not kept and (AMOUNT.search(part) and part.startswith("；")):
            break
        kept += part
    return kept


def after_amount(clause: str) -> list[str]:
    """A clause cut after each amount that a 、 follows (货物采购金额1万元、工程采购金额2万元)."""
    parts, start, depth = [], 0, 0
    for index, ch in enumerate(clause):
        depth += {"（": 1, "）": -1}.get(ch, 0)
        if ch == "、" and depth == 0 and re.search(r"(?:[0-9](?:万元|亿元|元)|%)$", clause[start:index]):
            parts.append(clause[start : index + 1])
            start = index + 1
    return [*parts, clause[start:]] if clause[start:] else parts


def foreign(before: str) -> bool:
    """Whether the receptions a count follows are foreign ones: the last kind named before it (国内公务接待…；
    外事接待2批次，9人次)."""
    closed = re.sub(r"（[^（）]*）", "", before)  # (其中外事接待0批次) said of the count before it
    kinds = list(re.finditer(r"国内|外事|外宾|国（境）外|境外", closed))
    return bool(kinds) and kinds[-1].group(0) != "国内"


def share_word(a: str, b: str) -> bool:
    """Whether two names share a word of two characters (收入拨款 and 财政拨款收入)."""
    return any(a[i : i + 2] in b for i in range(len(a) - 1))


def outer(style: str) -> str:
    """The numbering style an item of ``style`` is nested in: (1) under 1., 1. under the section."""
    return "arabic" if style in ("paren", "circled") else "none"


def sign(word: str) -> Optional[int]:
    return BUDGET_SIGN.get(word, DIRECTION_SIGN.get(word))


def as_money(match: re.Match) -> tuple[Decimal, str]:
    unit = match.group("unit")
    return number(match.group("value")), ("万元" if unit == "万" else unit)


def unit_in(text: str) -> Optional[str]:
    """An organisation's name that leads a statement (中共某某纪检委, 大洼区网格管理中心), if any."""
    text = re.sub(r"(?:一般公共预算)?(?:财政拨款)?(?:安排|开支)?的?$", "", text.strip("，、 "))
    if len(text) >= 3 and ORG_END.search(text):
        return text
    return None


def agree(recorded: Any, value: Any) -> bool:
    """Whether a value read again says what was recorded: the same number, or a word of the same direction."""
    if isinstance(recorded, Decimal) or isinstance(value, Decimal):
        try:
            return Decimal(str(recorded)) == Decimal(str(value))
        except InvalidOperation:
            return False
    left, right = str(recorded).strip(), str(value).strip()
    if left.endswith("%") or right.endswith("%"):
        try:
            return Decimal(left.rstrip("%")) == Decimal(right.rstrip("%"))
        except InvalidOperation:
            return False
    return left == right or (sign(left) is not None and sign(left) == sign(right))
