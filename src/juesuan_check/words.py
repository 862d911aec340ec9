"""Every word a user reads, in Chinese and English, except the rules' own texts (which live with each rule
in rules/*.yaml): input problems, severities, the labels of the outputs, the rule documentation and the
command line. A key that is not here is a programming error (KeyError), and a test looks for every key
the code uses.
"""

from __future__ import annotations

from typing import Any

WORDS: dict[str, tuple[str, str]] = {
    "file.missing": ("找不到文件", "no such file"),
    "file.directory": ("这是一个目录，不是报告文件", "is a directory, not a report file"),
    "file.unreadable": ("无法读取：{reason}", "cannot read: {reason}"),
    "file.too_large": ("文件超过 {limit} KB，不像是一份报告", "file is larger than {limit} KB, not a report"),
    "file.binary": ("这是二进制文件，不是 YAML 文本", "binary data, not YAML text"),
    "file.not_utf8": (
        "既不是 UTF-8 也不是 GBK/GB18030 编码的文本",
        "neither UTF-8 nor GBK/GB18030 text",
    ),
    "file.empty": ("文件是空的", "the file is empty"),
    "yaml.syntax": ("不是有效的 YAML：{detail}", "not valid YAML: {detail}"),
    "yaml.tab": (
        "YAML 不允许用制表符（Tab）缩进，请改用空格",
        "YAML does not allow tab characters for indentation; use spaces",
    ),
    "yaml.several_documents": (
        "一个文件只能有一份报告（发现多个 YAML 文档）",
        "one report per file (found several YAML documents)",
    ),
    "yaml.too_deep": ("嵌套超过 {limit} 层，不像是一份报告", "nested deeper than {limit} levels, not a report"),
    "yaml.anchor": (
        "不支持 YAML 锚点和别名（&{anchor}）：每个数字都要按报告原样写出",
        "YAML anchors and aliases (&{anchor}) are not allowed: write every figure as the report prints it",
    ),
    "yaml.complex_key": ("键必须是简单的文字", "keys must be plain text"),
    "yaml.duplicate_key": (
        "键“{key}”重复（第一次出现在第 {first} 行）",
        "duplicate key '{key}' (first at line {first})",
    ),
    "yaml.number_form": (
        "数字“{text}”的写法不受支持，请写成普通十进制数",
        "number '{text}' is not a plain decimal number",
    ),
    "yaml.not_finite": ("“{text}”不是有限的数字", "'{text}' is not a finite number"),
    "yaml.exponent": (
        "数字“{text}”用了指数写法，请按报告原样写出",
        "number '{text}' uses exponent notation; write it as printed",
    ),
    "yaml.tag": ("不支持的 YAML 标签 {tag}", "unsupported YAML tag {tag}"),
    "report.not_mapping": (
        "报告文件的顶层必须是键值映射（单位、年度、金额单位……）",
        "the top level must be a mapping (单位, 年度, 金额单位, …)",
    ),
    "model.extra_forbidden": ("未知的键“{key}”（可用的键：{known}）", "unknown key '{key}' (known keys: {known})"),
    "model.extra_forbidden_suggest": (
        "未知的键“{key}”，是不是“{suggestion}”？",
        "unknown key '{key}'; did you mean '{suggestion}'?",
    ),
    "model.extra_number": (
        "“{key}”被当成了键：{{…}} 中的千位分隔符（,）把数字拆开了，请去掉千位分隔符",
        "'{key}' was read as a key: a thousands separator (,) inside {{…}} split the number; remove it",
    ),
    "model.bool_parsing": ("“{key}”应是 true 或 false，而不是“{text}”", "'{key}' must be true or false, not '{text}'"),
    "model.missing": ("缺少必填的键“{key}”", "missing required key '{key}'"),
    "model.money_string": (
        "“{key}”的金额“{text}”写成了文字，请去掉引号写成数字",
        "amount '{text}' of '{key}' is written as text; write it as a number without quotes",
    ),
    "model.money_fullwidth": (
        "“{key}”的金额“{text}”用了全角字符，请写成半角：{fixed}",
        "amount '{text}' of '{key}' uses full-width characters; write {fixed}",
    ),
    "model.money_separators": (
        "“{key}”的金额“{text}”带千位分隔符，请写成 {fixed}",
        "amount '{text}' of '{key}' has thousands separators; write {fixed}",
    ),
    "model.money_not_finite": ("“{key}”的“{text}”不是有限的数字", "'{text}' of '{key}' is not a finite number"),
    "model.money_too_large": (
        "“{key}”的金额 {text} 大得不像真实金额，请检查单位和小数点",
        "amount {text} of '{key}' is too large to be real; check the unit and the decimal point",
    ),
    "model.money_decimals": (
        "“{key}”的金额 {text} 有 {places} 位小数，以{unit}为单位最多 {allowed} 位（到分）",
        "amount {text} of '{key}' has {places} decimals; in {unit} at most {allowed} (to the fen)",
    ),
    "model.percent_fullwidth": (
        "“{key}”的百分比“{text}”用了全角字符，请写成半角：{fixed}",
        "percentage '{text}' of '{key}' uses full-width characters; write {fixed}",
    ),
    "model.percent_separators": (
        "“{key}”的百分比“{text}”带千位分隔符，请写成 {fixed}",
        "percentage '{text}' of '{key}' has separators; write {fixed}",
    ),
    "model.percent_not_finite": ("“{key}”的“{text}”不是有限的数字", "'{text}' of '{key}' is not a finite number"),
    "model.money_type": (
        "“{key}”应是金额（数字），而不是“{text}”",
        "'{key}' must be an amount (a number), not '{text}'",
    ),
    "model.percent_sign": (
        "“{key}”的百分比“{text}”缺少 %，请写成如 86.38%",
        "percentage '{text}' of '{key}' lacks %; write e.g. 86.38%",
    ),
    "model.percent_type": (
        "“{key}”应是百分比（如 86.38%），而不是“{text}”",
        "'{key}' must be a percentage such as 86.38%, not '{text}'",
    ),
    "model.count_type": ("“{key}”应是非负整数，而不是“{text}”", "'{key}' must be a whole number ≥ 0, not '{text}'"),
    "model.year_type": ("“{key}”应是四位年份，而不是“{text}”", "'{key}' must be a four-digit year, not '{text}'"),
    "model.cell_type": (
        "“{key}”的单元格应是数字、名称或空白（~ 或 -），而不是“{text}”",
        "a cell of '{key}' must be a number, a name or a blank (~ or -), not '{text}'",
    ),
    "model.dict_type": (
        "“{key}”应是键值映射（如 表名: {{列: […], 行: […]}}），而不是“{text}”",
        "'{key}' must be a mapping (such as name: {{列: […], 行: […]}}), not '{text}'",
    ),
    "model.code_type": (
        "“{key}”应是功能分类编码（3、5 或 7 位数字），而不是“{text}”",
        "'{key}' must be a classification code of 3, 5 or 7 digits, not '{text}'",
    ),
    "model.text_type": ("“{key}”应是非空文字，而不是“{text}”", "'{key}' must be non-empty text, not '{text}'"),
    "model.string_type": ("“{key}”应是文字，而不是“{text}”", "'{key}' must be text, not '{text}'"),
    "model.bool_type": ("“{key}”应是 true 或 false，而不是“{text}”", "'{key}' must be true or false, not '{text}'"),
    "model.literal_error": (
        "“{key}”的值“{text}”不在可选范围内：{expected}",
        "'{key}' is '{text}', expected one of {expected}",
    ),
    "model.enum": ("“{key}”的值“{text}”不在可选范围内：{expected}", "'{key}' is '{text}', expected one of {expected}"),
    "model.one_of": ("“{first}”和“{second}”只能写一个", "give either '{first}' or '{second}', not both"),
    "model.model_type": ("“{key}”下面应是键值映射", "'{key}' must be a mapping"),
    "model.model_attributes_type": ("“{key}”下面应是键值映射", "'{key}' must be a mapping"),
    "model.tuple_type": ("“{key}”应是列表", "'{key}' must be a list"),
    "model.list_type": ("“{key}”应是列表", "'{key}' must be a list"),
    "rules.family": (
        "规则 {code} 的代码应以本文件的族前缀 {family} 开头",
        "rule {code}: its code must start with this file's family {family}",
    ),
    "rules.kind": (
        "规则 {code} 的类型“{kind}”不存在（可用：{known}）",
        "rule {code}: unknown kind '{kind}' (known: {known})",
    ),
    "rules.engine": (
        "规则 {code} 的引擎规则“{kind}”不存在（可用：{known}）",
        "rule {code}: unknown engine rule '{kind}' (known: {known})",
    ),
    "rules.message_field": (
        "规则 {code} 的消息模板用了类型不提供的字段 {fields}（可用：{known}）",
        "rule {code}: the message uses fields its kind does not give: {fields} (known: {known})",
    ),
    "rules.duplicate": (
        "规则代码或名称 {code} 重复（先见于 {first}）",
        "rule code or name {code} is used twice (first at {first})",
    ),
    "profile.extends": (
        "模板 {name} 继承的模板 {base} 不存在或循环继承",
        "profile {name} extends {base}, which does not exist or loops",
    ),
    "profile.order": (
        "模板 {name} 的 order 必须恰好列出它的每张表（{tables}）",
        "the order of profile {name} must list each of its tables exactly once ({tables})",
    ),
    "profile.duplicate": ("模板名称 {name} 重复", "profile name {name} is used twice"),
    "profile.unknown": ("没有模板 {name}（可用：{known}）", "no profile {name} (known: {known})"),
    "config.unreadable": ("无法读取设置文件：{reason}", "cannot read the settings file: {reason}"),
    "config.syntax": ("设置文件不是有效的 TOML：{detail}", "the settings file is not valid TOML: {detail}"),
    "config.setting": ("设置“{key}”有误：{msg}", "setting '{key}' is invalid: {msg}"),
    "config.code": (
        "设置“{key}”中的“{code}”不是任何规则的代码或前缀",
        "'{code}' in '{key}' names no rule code or prefix",
    ),
    "extract.library": ("读取此类文档需要 {library}", "reading this kind of document needs {library}"),
    "extract.unreadable": ("无法读取文档：{reason}", "cannot read the document: {reason}"),
    "extract.no_text": (
        "PDF 没有文字层（{pages} 页都是图像，可能是扫描件）：请用带文字的 PDF、Word 文档或文本",
        "the PDF has no text layer ({pages} pages are images, probably a scan): use a text PDF, Word or text",
    ),
    "extract.unread": ("没有读懂（{place}）：", "not understood ({place}): "),
    "extract.summary": (
        "{count} 个含数字的句子没有读懂，已列在草稿末尾，请人工补录",
        "{count} sentences with numbers were not understood; they are listed at the end of the draft",
    ),
    "model.value_error": ("“{key}”有误：{msg}", "'{key}' is invalid: {msg}"),
    "model.other": ("“{key}”有误：{msg}", "'{key}' is invalid: {msg}"),
    # severities, as every output names them
    "severity.error": ("错误", "error"),
    "severity.warning": ("警告", "warning"),
    "severity.info": ("提示", "info"),
    "severity.explained": ("已说明", "explained"),
    # the text output
    "text.clean": ("没有发现问题", "no findings"),
    "text.invalid": ("无法检查", "could not be checked"),
    "text.files": ("个文件", "files"),
    "text.total": ("合计", "total"),
    "text.year": ("{year}年度", "{year}"),
    "text.sep": ("，", ", "),
    "text.colon": ("：", ": "),
    "text.whole": ("报告整体", "the report as a whole"),
    "text.count.error": ("{count} 错误", "{count} errors"),
    "text.count.warning": ("{count} 警告", "{count} warnings"),
    "text.count.info": ("{count} 提示", "{count} info"),
    "text.count.explained": ("{count} 已说明", "{count} explained"),
    # juesuan diff as a table
    "diff.title": (
        "比较 {old}（{old_year}年度）→ {new}（{new_year}年度）",
        "Comparing {old} ({old_year}) → {new} ({new_year})",
    ),
    "diff.previous-year": (
        "上一年度的报告：新报告的“与上年相比”已按旧报告的数字核对。",
        "Last year's report: the new report's changes on last year are checked against it.",
    ),
    "diff.same-year": (
        "同一年度的两个版本：以下是修改之处。",
        "Two versions of the same year: these are the corrections.",
    ),
    "diff.swapped": (
        "旧报告的年度晚于新报告：是否把两个文件的顺序写反了？（juesuan diff 旧 新）",
        "The old report is the later one: did you swap the files? (juesuan diff OLD NEW)",
    ),
    "diff.other": (
        "两份报告不是相邻年度：只列出差异，不核对“与上年相比”。",
        "The reports are not of consecutive years: differences only, changes on last year not checked.",
    ),
    "diff.column.place": ("位置", "place"),
    "diff.column.old": ("旧", "old"),
    "diff.column.new": ("新", "new"),
    "diff.column.change": ("变化", "change"),
    "diff.column.percent": ("变化率", "change %"),
    "diff.added": ("{label}（新增）", "{label} (added)"),
    "diff.removed": ("{label}（删除）", "{label} (removed)"),
    "diff.summary": (
        "{changed} 处修改，{added} 处新增，{removed} 处删除",
        "{changed} changed, {added} added, {removed} removed",
    ),
    "diff.none": ("两份报告没有差异", "the reports do not differ"),
    "diff.unit": (
        "注意：两份报告的单位不同（{old} → {new}）",
        "Note: the reports are of different units ({old} → {new})",
    ),
    "diff.money": (
        "注意：金额单位不同（{old} → {new}），金额未换算",
        "Note: the money units differ ({old} → {new}); amounts are not converted",
    ),
    "diff.findings": ("与上年报告对照的发现", "Findings against last year's report"),
    "diff.points": (" 个百分点", " pp"),
    "diff.yes": ("是", "yes"),
    "diff.no": ("否", "no"),
    # rule documentation: juesuan rules, juesuan explain
    "docs.column.code": ("代码", "code"),
    "docs.column.name": ("名称", "name"),
    "docs.column.severity": ("级别", "severity"),
    "docs.column.title": ("说明", "title"),
    "docs.why": ("为什么重要", "Why it matters"),
    "docs.explainable": ("可在 审核说明 中书面说明。", "May be acknowledged under 审核说明."),
    "docs.engine": ("由检查引擎在其他规则的发现上报告。", "Reported by the engine on the findings of other rules."),
    "docs.pass": ("通过的示例", "Passing example"),
    "docs.fail": ("不通过的示例", "Failing example"),
    # the command line
    "cli.no_files": ("没有找到 .yaml 报告文件", "no .yaml report files found"),
    "cli.no_rule": ("没有规则 {code}（juesuan rules 列出全部规则）", "no rule {code} (juesuan rules lists them all)"),
    "cli.command_line": ("命令行", "the command line"),
}


class _Defaulting(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def say(key: str, lang: str, params: dict[str, Any] | None = None) -> str:
    """The words under ``key`` in ``lang`` (zh unless en), with ``params`` filled in."""
    zh, en = WORDS[key]
    return (en if lang == "en" else zh).format_map(_Defaulting(params or {}))
