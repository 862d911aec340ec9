"""What a sentence speaks of: the subjects of 情况说明 statements, by the names reports give them, and where each
stands in the report file.

A subject is found in a sentence's own noun phrase by its longest name (一般公共预算财政拨款基本支出 before 基本支出);
its entry says which section it belongs to, whether it is that section's total, one of its parts, or a named
part (中小企业), and — for a part of a part — which part it belongs to (公务用车购置费 under 公务用车购置及运行维护费).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from juesuan_check.names import normalize


@dataclass(frozen=True)
class Subject:
    name: str  # the name recorded in the report file when the sentence's own is not kept
    section: str  # the 情况说明 section it belongs to
    role: str  # total | part | named (a named part of the section: 中小企业 …)
    parent: Optional[str] = None  # for a part of a part: the part's name
    key: Optional[str] = None  # for a named part: its key


def _subjects() -> list[tuple[tuple[str, ...], Subject]]:
    total, part, named = "total", "part", "named"
    return [
        # 收入
        (("收入总计", "总收入", "收入合计", "收入支出总计", "收支总计", "部门收入", "部门总收入"), Subject("收入总计", "收入", total)),
        (("本年收入合计", "本年收入", "本年度收入合计"), Subject("本年收入合计", "收入", total)),
        (("财政拨款收入",), Subject("财政拨款收入", "收入", part)),
        (
            ("一般公共预算财政拨款收入", "公共预算财政拨款收入", "一般公共预算拨款收入", "一般公共预算收入"),
            Subject("一般公共预算财政拨款收入", "收入", part),
        ),
        (("政府性基金预算财政拨款收入", "政府性基金收入", "政府性基金预算拨款收入"), Subject("政府性基金预算财政拨款收入", "收入", part)),
        (("国有资本经营预算财政拨款收入", "国有资本经营收入"), Subject("国有资本经营预算财政拨款收入", "收入", part)),
        (("上级补助收入",), Subject("上级补助收入", "收入", part)),
        (("事业收入",), Subject("事业收入", "收入", part)),
        (("经营收入",), Subject("经营收入", "收入", part)),
        (("附属单位上缴收入",), Subject("附属单位上缴收入", "收入", part)),
        (("其他收入",), Subject("其他收入", "收入", part)),
        (("使用非财政拨款结余",), Subject("使用非财政拨款结余", "收入", part)),
        (("用事业基金弥补收支差额",), Subject("用事业基金弥补收支差额", "收入", part)),
        (("上年结转和结余", "年初结转和结余", "上年结转结余", "年初结转结余"), Subject("上年结转和结余", "收入", part)),
        # 支出
        (("支出总计", "总支出", "支出合计", "部门支出", "部门总支出"), Subject("支出总计", "支出", total)),
        (("本年支出合计", "本年支出", "本年度支出合计"), Subject("本年支出合计", "支出", total)),
        (("基本支出",), Subject("基本支出", "支出", part)),
        (("项目支出",), Subject("项目支出", "支出", part)),
        (("上缴上级支出",), Subject("上缴上级支出", "支出", part)),
        (("经营支出",), Subject("经营支出", "支出", part)),
        (("对附属单位补助支出",), Subject("对附属单位补助支出", "支出", part)),
        (("工资福利支出",), Subject("工资福利支出", "支出", part, parent="基本支出")),
        (("商品和服务支出",), Subject("商品和服务支出", "支出", part, parent="基本支出")),
        (("对个人和家庭的补助", "对个人和家庭补助"), Subject("对个人和家庭的补助支出", "支出", part, parent="基本支出")),
        (("资本性支出",), Subject("资本性支出", "支出", part, parent="基本支出")),
        # 结余
        (("年末结转和结余", "年末结转结余", "结转和结余", "结转结余"), Subject("年末结转和结余", "年末结转和结余", total)),
        (("结余分配",), Subject("结余分配", "结余分配", total)),
        # 财政拨款收入支出 (the 2020- template's 四)
        (("财政拨款收入支出总计", "财政拨款收支总计"), Subject("财政拨款收入支出总计", "财政拨款收入支出", total)),
        (
            ("财政拨款收入总计", "财政拨款本年收入", "财政拨款收入合计"),
            Subject("财政拨款收入总计", "财政拨款收入支出", named, key="收入"),
        ),
        (
            ("财政拨款支出总计", "财政拨款本年支出", "财政拨款支出合计"),
            Subject("财政拨款支出总计", "财政拨款收入支出", named, key="支出"),
        ),
        # 财政拨款支出 and 一般公共预算财政拨款支出
        (("财政拨款支出",), Subject("财政拨款支出", "财政拨款支出", total)),
        (("一般公共预算财政拨款支出", "一般公共预算支出"), Subject("一般公共预算财政拨款支出", "一般公共预算财政拨款支出", total)),
        # 基本支出 (一般公共预算财政拨款)
        (("一般公共预算财政拨款基本支出", "财政拨款基本支出"), Subject("一般公共预算财政拨款基本支出", "基本支出", total)),
        (("人员经费",), Subject("人员经费", "基本支出", part)),
        (("日常公用经费", "公用经费"), Subject("公用经费", "基本支出", part)),
        # 三公经费
        (("三公经费", "“三公”经费", "三公"), Subject("三公经费", "三公经费", total)),
        (("因公出国（境）费", "因公出国（境）经费", "因公出国（境）支出", "因公出国费", "因公出国（境）"), Subject("因公出国（境）费", "三公经费", part)),
        (("公务接待费", "公务接待", "公务接待支出"), Subject("公务接待费", "三公经费", part)),
        (
            ("公务用车购置及运行维护费", "公务用车购置及运行费", "公车购置及运行费", "公务用车购置及运行维护", "公车购置及运行维护费"),
            Subject("公务用车购置及运行维护费", "三公经费", part),
        ),
        (
            ("公务用车购置费", "公务用车购置支出", "公务用车购置", "车辆购置费", "公车购置费", "车辆购置"),
            Subject("公务用车购置费", "三公经费", part, parent="公务用车购置及运行维护费"),
        ),
        (
            ("公务用车运行维护费", "公务用车运行费", "公务用车运行维护支出", "公务用车运行费用", "公务用车运行维护", "公车运行费", "车辆运行费", "车辆运行"),
            Subject("公务用车运行维护费", "三公经费", part, parent="公务用车购置及运行维护费"),
        ),
        # 其他重要事项
        (("机关运行经费",), Subject("机关运行经费", "机关运行经费", total)),
        (("政府采购支出总额", "政府采购金额", "政府采购支出", "政府采购总额", "政府采购"), Subject("政府采购支出总额", "政府采购", total)),
        (("货物采购", "政府采购货物支出", "货物类", "货物"), Subject("政府采购货物支出", "政府采购", part)),
        (("工程采购", "政府采购工程支出", "工程类", "工程"), Subject("政府采购工程支出", "政府采购", part)),
        (("服务采购", "政府采购服务支出", "服务类", "服务"), Subject("政府采购服务支出", "政府采购", part)),
        (("授予中小企业合同金额", "授予中小企业的合同金额", "中小企业合同金额"), Subject("授予中小企业合同金额", "政府采购", named, key="中小企业")),
        (("授予小微企业合同金额", "授予小微企业的合同金额", "小微企业合同金额"), Subject("授予小微企业合同金额", "政府采购", named, key="小微企业")),
        (("面向中小企业预留",), Subject("面向中小企业预留的采购金额", "政府采购", named, key="预留")),
        # 政府性基金 and 国有资本经营 (the sections of their own tables)
        (("政府性基金预算财政拨款支出",), Subject("政府性基金预算财政拨款支出", "政府性基金", total)),
        (("国有资本经营预算财政拨款支出",), Subject("国有资本经营预算财政拨款支出", "国有资本经营", total)),
    ]  # fmt: skip


# Totals named by a word any section uses: after another subject's name, they are that subject's total.
_GENERIC_TOTALS = {"总支出", "支出合计", "总收入", "收入合计", "财政拨款支出", "一般公共预算财政拨款支出"}
_QUOTES = "“”\"'‘’「」 "


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` without quotes and spaces, with the index in ``text`` of each character kept."""
    kept = [(ch, index) for index, ch in enumerate(text) if ch not in _QUOTES]
    return "".join(ch for ch, _ in kept), [index for _, index in kept]


_INDEX: list[tuple[str, Subject]] = sorted(
    ((fold(alias)[0], subject) for aliases, subject in _subjects() for alias in aliases),
    key=lambda pair: -len(pair[0]),
)


def parts_of(whole: str) -> set[str]:
    """The names of the subjects that are parts of the subject named ``whole`` (购置费 and 运行维护费 of 公车)."""
    return {subject.name for _, subject in _INDEX if subject.parent == whole}


# What a noun phrase may carry after its name: the verb and the word for the figure (…支出决算为, …金额).
_TRAILING = re.compile(r"(?:(?:支出)?(?:决算数?|预算数?)|金额|数额)?(?:为|是|共计|达到?|约|了)?$")


def bare(phrase: str) -> str:
    """A noun phrase without the verb and the word for the figure that follow its name."""
    return _TRAILING.sub("", phrase)


def match(phrase: str) -> tuple[Optional[Subject], int]:
    """The subject a noun phrase names and where its name starts in the phrase: the entry with the longest
    name the phrase ends with, or — failing that — contains (一般公共预算财政拨款安排的“三公”经费支出 is
    三公经费, from 三公 on)."""
    for text in (phrase, bare(phrase)):
        folded, where = fold(text)
        for alias, subject in _INDEX:
            if alias and folded.endswith(alias):
                if subject.role == "total" and alias in _GENERIC_TOTALS and len(folded) > len(alias):
                    # “三公”经费总支出, 政府采购支出合计: the total of what the words before it name;
                    # 基本支出合计: the total of 基本支出
                    bare_total = re.sub(r"(?:合计|总计)$", "", text)
                    named, start = match(bare_total) if bare_total != text else (None, 0)
                    if named is None or named == subject:
                        named, start = match(text[: where[len(folded) - len(alias)]])
                    if named is not None:
                        return named, start
                return subject, where[len(folded) - len(alias)]
    folded, where = fold(bare(phrase))
    for alias, subject in _INDEX:
        if len(alias) >= 4 and alias in folded:
            return subject, where[folded.index(alias)]
    return None, 0


def last_named(text: str, section: str) -> Optional[Subject]:
    """The subject of ``section`` that ``text`` names last (因公出国（境）1个团组8人次: 因公出国（境）费)."""
    folded, _ = fold(text)
    best: tuple[int, int, Optional[Subject]] = (-1, 0, None)
    for alias, subject in _INDEX:
        if subject.section != section or len(alias) < 4:
            continue
        at = folded.rfind(alias)
        if at >= 0 and (at + len(alias), len(alias)) > best[:2]:
            best = (at + len(alias), len(alias), subject)
    return best[2]


def subject_of(phrase: str) -> Optional[Subject]:
    return match(phrase)[0]


# A functional class (类) as a sentence prints it: 社会保障和就业支出（类）, or its 款 and 项 after it.
FUNCTIONAL = re.compile(r"^(?P<cls>.+?)（类）(?:(?P<section>.+?)（款）)?(?:(?P<item>.+?)（项）)?$")


def same_name(a: str, b: str) -> bool:
    """Whether two printed names name the same thing (运行费 and 运行维护费, 因公出国(境)经费 and …费)."""
    left, right = _loose(a), _loose(b)
    if not left or not right:
        return False
    if left == right:
        return True
    short, long = sorted((left, right), key=len)
    # 运行费 and 运行费用 are one name; 公务用车购置 and 公务用车购置及运行费 are a part and its whole
    return len(short) >= 4 and long.startswith(short) and not re.match(r"[及和与、]", long[len(short) :])


def _loose(name: str) -> str:
    return normalize(name).replace("维护", "").replace("经费", "费").replace("费用", "费")
