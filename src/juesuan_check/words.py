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
    "model.change_direction": (
        "“与上年相比”要写增减用词（增加、减少……）、带符号的金额或幅度（如表格中的 -7.03%），或上年数",
        "'与上年相比' needs a direction word (增加, 减少 …) or a signed amount or rate (as tables print -7.03%)",
    ),
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
    "extract.no_year": (
        "文档中没有印出决算年度，无法检查：请用 juesuan extract 提取草稿，写上 年度 后再检查",
        "the document prints no year of accounts, so it cannot be checked: draft it with juesuan extract, "
        "write its 年度, then check the draft",
    ),
    "extract.nothing_read": (
        "文档中没有读到情况说明的任何数字，无法检查：请用 juesuan extract 提取草稿，补录后再检查",
        "nothing of a 情况说明 was read from the document, so it cannot be checked: draft it with juesuan extract, "
        "complete the draft, then check it",
    ),
    "extract.unread_line": ("没有读懂（{place}）：{text}", "not understood ({place}): {text}"),
    "extract.summary": (
        "读懂 {read} / {total} 个含数字的句子；{count} 句没有读懂，已列在草稿的 未读 之下，请人工补录",
        "understood {read} of {total} sentences with figures; {count} were not and are listed under 未读 in the draft",
    ),
    "extract.coverage": (
        "读懂全部 {total} 个含数字的句子",
        "understood all {total} sentences with figures",
    ),
    "extract.table": (
        "《{table}》读入 {rows} 行 × {columns} 列（{where}）",
        "{table}: read {rows} rows × {columns} columns ({where})",
    ),
    "extract.table_unread": ("《{table}》未读入（{where}）：{reason}", "{table}: not read ({where}): {reason}"),
    "extract.pages": ("第 {first}–{last} 页", "pages {first}–{last}"),
    "extract.page": ("第 {first} 页", "page {first}"),
    "tables.unknown": ("模板中没有这张表", "no template has this table"),
    "tables.no_header": ("找不到表头（{place}）", "no header found ({place})"),
    "tables.column": (
        "表头“{header}”对应不到模板中这张表的列（{place}）",
        "the header “{header}” is none of the template's columns of this table ({place})",
    ),
    "tables.twice": (
        "表头“{header}”与另一列对应到同一列（{place}）",
        "the header “{header}” maps onto the same column as another ({place})",
    ),
    "tables.block": (
        "表头“{header}”不属于模板中这张表的收入、支出两栏（{place}）",
        "the header “{header}” belongs to neither block of the template's table ({place})",
    ),
    "tables.no_values": ("表头中没有数字列（{place}）", "the header has no column of figures ({place})"),
    "tables.panels": ("左右两栏的列不同（{place}）", "the panels side by side have different columns ({place})"),
    "tables.width": (
        "续表（第 {page} 页）的列数与表头不同（{place}）",
        "the continuation on page {page} has other columns than the header ({place})",
    ),
    "tables.cell": ("{place}的“{text}”不是数字或空白", "“{text}” at {place} is neither a figure nor a blank"),
    "tables.no_label": ("{place}的行有数字却没有名称", "the row at {place} has figures but no name"),
    "tables.code": ("{place}的编码“{text}”不是科目编码", "“{text}” at {place} is not a classification code"),
    "tables.transposed": (
        "按预算数、决算数分列的表只应有一行数字（{place}）",
        "a table with 预算数 and 决算数 as columns should have one row of figures ({place})",
    ),
    "note.tables": (
        "从文档读入 {read} 张决算表（{cells} 个单元格）",
        "{read} tables read from the document ({cells} cells)",
    ),
    "note.table_unread": (
        "《{table}》（{place}）未读入，不参与核对：{reason}",
        "{table} ({place}) was not read and is not checked: {reason}",
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
    "note.reading": (
        "从公开文档读懂 {read} / {total} 个含数字的句子；另 {unread} 句没有读懂，列为 EXT001 提示，其中的数字没有核对",
        "read {read} of {total} sentences with figures from the published document; the other {unread} are "
        "listed as EXT001 info and their figures are not checked",
    ),
    "note.reading_all": (
        "从公开文档读懂全部 {total} 个含数字的句子",
        "read all {total} sentences with figures from the published document",
    ),
    "note.decimals": (
        "金额按 {places} 位小数理解（金额小数位）：少印了末尾 0 的数字按补足后的位数核对",
        "amounts read to {places} decimals (金额小数位): "
        "figures printed without their trailing zeros are checked as if padded",
    ),
    "text.also": ("同一错误也见于", "the same error also at"),
    "also.list": ("（同一错误也见于 {places}）", " (the same error also at {places})"),
    "also.sep": ("、", ", "),
    "also.here": ("同一错误也见于此处：{path}", "the same error here too: {path}"),
    "also.same_as": ("与 {where} 是同一错误：{message}", "the same error as at {where}: {message}"),
    "text.count.error": ("{count} 错误", "{count} errors"),
    "text.count.warning": ("{count} 警告", "{count} warnings"),
    "text.count.info": ("{count} 提示", "{count} info"),
    "text.count.explained": ("{count} 已说明", "{count} explained"),
    # the HTML review page (--format html)
    "html.title": ("决算公开检查报告", "Final-accounts disclosure review"),
    "html.made_by": ("由 {tool} 生成", "Made by {tool}"),
    "html.summary": ("概况", "Summary"),
    "html.files": ("检查的文件", "files checked"),
    "html.fail": ("不通过", "failing"),
    "html.pass": ("通过", "passing"),
    "html.invalid": ("无法检查", "could not be checked"),
    "html.gate": (
        "有达到“{level}”级别且未说明的发现即为不通过",
        "a unit fails on an unexplained finding at level '{level}' or above",
    ),
    "html.by_rule": ("按规则统计的发现", "Findings by rule"),
    "html.by_rule_hint": ("点击一条规则，列出有此发现的单位", "Click a rule to list the units with its findings"),
    "html.rule_count": ("{count} 个发现，{units} 个单位", "findings: {count}, units: {units}"),
    "html.no_findings": ("没有发现问题", "no findings"),
    "html.units": ("各单位", "Units"),
    "html.unit": ("单位", "unit"),
    "html.year": ("年度", "year"),
    "html.status": ("状态", "status"),
    "html.search": ("按单位或文件筛选", "Filter by unit or file"),
    "html.every_status": ("全部状态", "every status"),
    "html.rule_filter": ("只看有 {code} 的单位 ×", "only units with {code} ×"),
    "html.shown": ("显示 {shown} / {total} 个单位", "{shown} of {total} units shown"),
    "html.open_hint": ("点击单位名称查看其发现和原文", "Click a unit to see its findings beside the source"),
    "html.noscript": (
        "排序、筛选和查看各单位的发现需要启用 JavaScript",
        "Sorting, filtering and each unit's findings need JavaScript",
    ),
    "html.stated": ("印出", "printed"),
    "html.expected": ("重算", "recomputed"),
    "html.off": ("相差", "off by"),
    "html.points": (" 个百分点", " pp"),
    "html.expression": ("算式", "arithmetic"),
    "html.interval": ("精确值在", "exact value in"),
    "html.related": ("相关位置", "related places"),
    "html.found_by": ("由 {rule} 发现", "found by {rule}"),
    "html.no_source": ("没有原文", "no source text"),
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
    # --- the gate that never fails silently (issue 16): output, internal errors, click's own messages ---
    "output.unwritable": ("无法写入输出文件：{reason}", "cannot write the output file: {reason}"),
    "cli.internal": (
        "juesuan 内部错误（退出码 3，与报告内容无关）：{error}。请把所用命令和这条消息报告到 {url}"
        "（加 --verbose 或设置环境变量 JUESUAN_DEBUG=1 可显示错误追踪）",
        "juesuan internal error (exit code 3, not a problem of the report): {error}. Please report the command "
        "and this message at {url} (--verbose or JUESUAN_DEBUG=1 shows the traceback)",
    ),
    "cli.interrupted": ("已中断", "interrupted"),
    "cli.severity_pair": (
        "“{value}”应写成 代码=级别（error、warning 或 info），如 BUD002=error",
        "'{value}': write CODE=LEVEL (error, warning or info), e.g. BUD002=error",
    ),
    # settings files: every problem with its file and line, in the user's language
    "config.encoding": (
        "设置文件既不是 UTF-8 也不是 GBK/GB18030 编码的文本",
        "the settings file is neither UTF-8 nor GBK",
    ),
    "config.no_table": ("设置文件中没有 [tool.juesuan] 表", "the settings file has no [tool.juesuan] table"),
    "config.not_table": (
        "tool.juesuan 应是一个表，写成 [tool.juesuan]",
        "tool.juesuan must be a table, [tool.juesuan]",
    ),
    "config.toml.table": (
        "表头缺少右方括号“]”，请写成 [tool.juesuan]：{line_text}",
        "the table header lacks its closing ']'; write [tool.juesuan]: {line_text}",
    ),
    "config.toml.equals": (
        '键后面缺少等号，请写成 键 = 值，如 fail-on = "warning"：{line_text}',
        "a key without '='; write key = value, e.g. fail-on = \"warning\": {line_text}",
    ),
    "config.toml.value": (
        '值的写法无效：文字要加半角双引号，如 fail-on = "warning"，列表写成 ["GLO001"]：{line_text}',
        'invalid value: text needs double quotes, e.g. fail-on = "warning", a list ["GLO001"]: {line_text}',
    ),
    "config.toml.string": ("文字缺少右引号：{line_text}", "a string without its closing quote: {line_text}"),
    "config.toml.unclosed": (
        "文件到此结束，但列表、表或文字还没有写完（缺少 ]、}} 或引号）：{line_text}",
        "the file ends before a list, table or string is closed (a missing ], }} or quote): {line_text}",
    ),
    "config.toml.array": ("列表缺少右方括号“]”", "a list without its closing ']'"),
    "config.toml.inline": (
        "内联表缺少右花括号“}}”：{line_text}",
        "an inline table without its closing '}}': {line_text}",
    ),
    "config.toml.twice": ("同一个键写了两次：{line_text}", "a key is set twice: {line_text}"),
    "config.toml.newline": ("一行只能写一个 键 = 值：{line_text}", "one key = value per line: {line_text}"),
    "config.toml.statement": ("无法识别这一行：{line_text}", "this line is not a TOML statement: {line_text}"),
    "config.toml.key": ("键的写法无效：{line_text}", "invalid key: {line_text}"),
    "config.toml.fullwidth": (
        "用了全角字符“{char}”，请切换到英文输入法改用半角：{line_text}",
        "full-width character '{char}'; type it in half width (an English input method): {line_text}",
    ),
    "config.setting.choice": (
        "设置“{key}”的值“{text}”不在可选范围内：{expected}",
        "setting '{key}' is '{text}', expected one of {expected}",
    ),
    "config.setting.text": ("设置“{key}”应是文字，而不是“{text}”", "setting '{key}' must be text, not '{text}'"),
    "config.setting.bool": (
        "设置“{key}”应是 true 或 false，而不是“{text}”",
        "setting '{key}' must be true or false, not '{text}'",
    ),
    "config.setting.list": (
        '设置“{key}”应是列表，如 ["GLO001"]，而不是“{text}”',
        "setting '{key}' must be a list such as [\"GLO001\"], not '{text}'",
    ),
    "config.setting.table": (
        '设置“{key}”应是表，如 {{ BUD002 = "error" }}，而不是“{text}”',
        "setting '{key}' must be a table such as {{ BUD002 = \"error\" }}, not '{text}'",
    ),
    "config.rules_missing": (
        "设置“rules”中的规则目录“{folder}”不存在（相对于设置文件所在目录）",
        "the rule folder '{folder}' in 'rules' does not exist (relative to the settings file)",
    ),
    "config.setting.unknown": ("未知的设置“{key}”（可用的设置：{known}）", "unknown setting '{key}' (known: {known})"),
    "config.setting.unknown_suggest": (
        "未知的设置“{key}”，是不是“{suggestion}”？",
        "unknown setting '{key}'; did you mean '{suggestion}'?",
    ),
    "text.hidden": (
        "（已说明的发现未列出，--show-explained 列出）",
        " (explained findings not listed: --show-explained)",
    ),
    "stats.count": ("数量", "count"),
    "stats.code": ("代码", "code"),
    "stats.name": ("名称", "name"),
    "extract.exists": (
        "文件已存在，可能是已经核对过的报告：加 --force 覆盖，或换一个文件名",
        "the file exists and may hold a reviewed report: --force overwrites it, or choose another name",
    ),
    # where an acknowledgement (审核说明) looked for its finding: the {path} of ACK001's message
    "ack.within": ("在 {place} 之内找过", "looked within {place}"),
    "ack.whole": ("在整份报告中找过", "looked in the whole report"),
    "ack.comment": ("第 {line} 行的注释只说明同一行的发现", "a comment explains findings on its own line {line}"),
    "ack.partly": (
        "位置“{place}”在报告中找不到，只找到“{reached}”",
        "the place '{place}' is not in the report; only '{reached}' is",
    ),
    "ack.nowhere": ("位置“{place}”在报告中找不到", "the place '{place}' is not in the report"),
    # input-method slips in a report file
    "slip.colon": (
        "用了全角冒号“：”：键和值之间要用半角冒号加空格，请写成“{fixed}”",
        "a full-width colon '：': write a half-width colon and a space between key and value: '{fixed}'",
    ),
    "slip.colon_space": (
        "冒号后面缺少空格：键和值之间要用半角冒号加空格，请写成“{fixed}”",
        "no space after the colon: write a colon and a space between key and value: '{fixed}'",
    ),
    "slip.comma": (
        "{{…}} 中用了全角逗号“，”分隔：请改用半角逗号加空格，写成“{fixed}”",
        "a full-width comma '，' separates the entries of {{…}}: use a half-width comma and a space: '{fixed}'",
    ),
    "slip.indent": (
        "用了全角空格缩进：YAML 只能用半角空格缩进，请把行首的全角空格换成半角空格（一个全角空格换两个）",
        "full-width spaces used for indentation: YAML indents with half-width spaces only (two for each)",
    ),
    # click's messages, by their English text (the msgid click asks gettext for)
    "click.error": ("错误：{message}", "Error: {message}"),
    "click.usage": ("用法：", "Usage:"),
    "click.try_help": ("用“{command} {option}”查看帮助。", "Try '{command} {option}' for help."),
    "click.invalid_value": ("无效的值：{message}", "Invalid value: {message}"),
    "click.invalid_value_for": ("{param_hint} 的值无效：{message}", "Invalid value for {param_hint}: {message}"),
    "click.missing_argument": ("缺少参数", "Missing argument"),
    "click.missing_option": ("缺少选项", "Missing option"),
    "click.missing_parameter": ("缺少参数", "Missing parameter"),
    "click.missing_command": ("缺少命令（check、diff、extract、rules、explain、schema）。", "Missing command."),
    "click.no_such_option": ("没有选项 {name!r}。", "No such option {name!r}."),
    "click.no_such_command": ("没有命令 {name!r}。", "No such command {name!r}."),
    "click.did_you_mean": ("是不是 {possibility}？", "Did you mean {possibility}?"),
    "click.did_you_mean_one_of": ("（是不是以下之一：{possibilities}？）", "(Did you mean one of: {possibilities}?)"),
    "click.extra_argument": ("多余的参数（{args}）", "Got unexpected extra argument ({args})"),
    "click.extra_arguments": ("多余的参数（{args}）", "Got unexpected extra arguments ({args})"),
    "click.requires_argument": ("选项 {name!r} 需要一个值。", "Option {name!r} requires an argument."),
    "click.requires_arguments": ("选项 {name!r} 需要 {nargs} 个值。", "Option {name!r} requires {nargs} arguments."),
    "click.takes_no_value": ("选项 {name!r} 不带值。", "Option {name!r} does not take a value."),
    "click.not_choice": ("{value!r} 不是 {choice}。", "{value!r} is not {choice}."),
    "click.not_one_of": ("{value!r} 不是可选值之一：{choices}。", "{value!r} is not one of {choices}."),
    "click.not_number": ("{value!r} 不是有效的{number_type}。", "{value!r} is not a valid {number_type}."),
    "click.not_in_range": ("{value} 不在范围 {range} 之内。", "{value} is not in the range {range}."),
    "click.path_missing": ("{name} {filename!r} 不存在。", "{name} {filename!r} does not exist."),
    "click.path_is_file": ("{name} {filename!r} 是文件。", "{name} {filename!r} is a file."),
    "click.path_is_directory": ("{name} {filename!r} 是目录。", "{name} {filename!r} is a directory."),
    "click.path_unreadable": ("{name} {filename!r} 无法读取。", "{name} {filename!r} is not readable."),
    "click.path_unwritable": ("{name} {filename!r} 无法写入。", "{name} {filename!r} is not writable."),
    "click.file": ("文件", "file"),
    "click.directory": ("目录", "directory"),
    "click.path": ("路径", "path"),
    "click.aborted": ("已中断！", "Aborted!"),
    "click.options": ("选项", "Options"),
    "click.commands": ("命令", "Commands"),
    "click.show_help": ("显示此帮助并退出。", "Show this message and exit."),
    "click.show_version": ("显示版本并退出。", "Show the version and exit."),
}


class _Defaulting(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def say(key: str, lang: str, params: dict[str, Any] | None = None) -> str:
    """The words under ``key`` in ``lang`` (zh unless en), with ``params`` filled in."""
    zh, en = WORDS[key]
    return (en if lang == "en" else zh).format_map(_Defaulting(params or {}))
