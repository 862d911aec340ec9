"""Writing the 部门决算表 of a recorded report as a document prints them, for the table reader's tests: as a
PDF (ruled tables drawn by reportlab, a table crossing a page without its header repeated), a Word .docx,
an Excel workbook (.xlsx, .xls) and a web page, in the layouts of published reports — merged headers of two
and three levels, codes whole or split in 类 | 款 | 项 columns, the two blocks of the summary tables side by
side, 表六's two panels, the 三公 table with 预算数 | 决算数 under each item, blank cells beside 0.00,
thousands separators, the unit line and the empty-table sentence.

The figures are a recorded file's (examples/): what a test reads back is compared with it cell for cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from itertools import zip_longest
from pathlib import Path
from typing import Any, Optional

Span = tuple[str, int, int]  # text, rows, columns


@dataclass
class Printed:
    title: str
    header: list[list[Optional[Span]]]  # None: a position covered by a span above or to the left
    rows: list[list[str]]
    under: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max(len(row) for row in self.rows + [[0] * len(self.header[0])])


def _shown(value: Any, separators: bool, blank: str) -> str:
    if value is None:
        return blank
    if isinstance(value, Decimal):
        return f"{value:,}" if separators else str(value)
    return str(value)


def _levels(columns: list[str]) -> list[list[Optional[Span]]]:
    """The header rows over ``columns`` (levels joined by /), a level shared by neighbours merged."""
    depth = max(len(c.split("/")) for c in columns)
    rows: list[list[Optional[Span]]] = [[None] * len(columns) for _ in range(depth)]
    index = 0
    while index < len(columns):
        levels = columns[index].split("/")
        if len(levels) == 1:
            rows[0][index] = (levels[0], depth, 1)
            index += 1
            continue
        end = index
        while end < len(columns) and columns[end].split("/")[0] == levels[0]:
            end += 1
        rows[0][index] = (levels[0], 1, end - index)
        for position in range(index, end):
            rows[1][position] = (columns[position].split("/", 1)[1], depth - 1, 1)
        index = end
    return rows


def printed(name: str, table: dict, split_codes: bool = False, separators: bool = False, blank: str = "") -> Printed:
    """A recorded table as a document prints it."""
    under = [f"说明：某区某局本年度没有{name[:-3]}，故本表无数据。"] if table.get("空表说明") else []
    under.insert(0, "注：本表反映部门本年度的情况。")
    if "收入" in table:  # two blocks side by side
        left, right = table["收入"], table["支出"]
        head: list[Optional[Span]] = [("收入", 1, 1 + len(left["列"])), *[None] * len(left["列"])]
        head += [("支出", 1, 1 + len(right["列"])), *[None] * len(right["列"])]
        second = [("项目", 1, 1), *[(c, 1, 1) for c in left["列"]], ("项目", 1, 1), *[(c, 1, 1) for c in right["列"]]]
        rows = []
        for a, b in zip_longest(left["行"], right["行"]):
            a = a or [""] + [None] * len(left["列"])
            b = b or [""] + [None] * len(right["列"])
            rows.append([_shown(v, separators, blank) for v in [*a, *b]])
        return Printed(name, [head, second], rows, under)
    columns = list(table["列"])
    recorded = [list(r) for r in table.get("行") or []]
    if name.endswith("基本支出决算表"):  # two panels: 人员经费 on the left, 公用经费 on the right
        left = [r for r in recorded if str(r[0]).startswith(("301", "303"))] + [
            r for r in recorded if r[0] == "人员经费合计"
        ]
        right = [r for r in recorded if str(r[0]).startswith(("302", "310"))] + [
            r for r in recorded if r[0] == "公用经费合计"
        ]
        head = [("经济分类科目编码", 1, 1), ("科目名称", 1, 1), ("决算数", 1, 1)] * 2
        rows = []
        for a, b in zip_longest(left[:-1], right[:-1]):
            cells = []
            for r in (a, b):
                cells += ["", "", ""] if r is None else [str(r[0]), r[1], _shown(r[2], separators, blank)]
            rows.append(cells)
        rows.append(
            [
                left[-1][0],
                "",
                _shown(left[-1][1], separators, blank),
                right[-1][0],
                "",
                _shown(right[-1][1], separators, blank),
            ]
        )
        header: list[list[Optional[Span]]] = [list(head)]
        return Printed(name, header, rows, under)
    if "“三公”" in name:  # the items as columns, 预算数 | 决算数 under each: one row of figures
        items = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"]
        header = [
            [("财政拨款“三公”经费", 1, 12), *[None] * 11],
            [("合计", 2, 2), None, ("因公出国（境）费", 2, 2), None, ("公务用车购置及运行维护费", 1, 6)]
            + [None] * 5
            + [("公务接待费", 2, 2), None],
            [None] * 4
            + [("小计", 1, 2), None, ("公务用车购置费", 1, 2), None, ("公务用车运行维护费", 1, 2), None]
            + [None] * 2,
            [("预算数", 1, 1), ("决算数", 1, 1)] * 6,
        ]
        del items
        if recorded:
            budget, actual = recorded[0][1:], recorded[1][1:]
            rows = [[_shown(v, separators, blank) for pair in zip(budget, actual, strict=True) for v in pair]]
        else:
            rows = [[""] * 12]
        return Printed(name, header, rows, under)
    label = 4 if split_codes else 2
    levels = _levels(columns)
    depth = max(len(levels), 2)
    while len(levels) < depth:
        levels.append([None] * len(columns))
    top: list[Optional[Span]] = [("项目", 1, label), *[None] * (label - 1)]
    second: list[Optional[Span]] = (
        [("类", 1, 1), ("款", 1, 1), ("项", 1, 1), ("科目名称", depth - 1, 1)]
        if split_codes
        else [("功能分类科目编码", depth - 1, 1), ("科目名称", depth - 1, 1)]
    )
    header = [top + levels[0], second + levels[1]] + [[None] * label + level for level in levels[2:]]
    rows = []
    for r in recorded:
        if isinstance(r[0], str) and not str(r[0]).isdigit():
            labels = [r[0]] + [""] * (label - 1)
            values = r[1:]
        else:
            code = str(r[0])
            parts = [code[:3], code[3:5], code[5:7]] if split_codes else [code]
            labels = parts + [""] * (label - 1 - len(parts)) + [r[1]]
            values = r[2:]
        rows.append(labels + [_shown(v, separators, blank) for v in values])
    if not rows:
        rows = [[""] * (label + len(columns))]
    return Printed(name, header, rows, under)


def tables_of(report: dict, **options: Any) -> list[Printed]:
    return [printed(name, table, **options) for name, table in report["部门决算表"].items()]


TITLE = "某区某局2024年度部门决算"


# -- writers ------------------------------------------------------------------------------------------------


def write_html(tables: list[Printed], target: Path) -> Path:
    parts = [f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"]
    for table in tables:
        parts.append(f"<p>{table.title}</p><p>单位：万元</p><table border='1'>")
        for row in table.header:
            parts.append(
                "<tr>" + "".join(f"<th rowspan='{s[1]}' colspan='{s[2]}'>{s[0]}</th>" for s in row if s) + "</tr>"
            )
        for row in table.rows:
            parts.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
        parts.append("</table>" + "".join(f"<p>{line}</p>" for line in table.under))
    parts.append("</body></html>")
    target.write_text("\n".join(parts), encoding="utf-8")
    return target


def _grid(table: Printed) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """The table as a plain grid of texts and its merges (first row, first column, last row, last column)."""
    width = table.width
    texts = [[""] * width for _ in range(len(table.header) + len(table.rows))]
    merges = []
    for r, row in enumerate(table.header):
        for c, span in enumerate(row):
            if span is None:
                continue
            texts[r][c] = span[0]
            if span[1] > 1 or span[2] > 1:
                merges.append((r, c, r + span[1] - 1, c + span[2] - 1))
    for r, row in enumerate(table.rows, start=len(table.header)):
        for c, text in enumerate(row):
            texts[r][c] = text
    return texts, merges


def write_docx(tables: list[Printed], target: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    for table in tables:
        document.add_paragraph(table.title)
        document.add_paragraph("单位：万元")
        texts, merges = _grid(table)
        grid = document.add_table(rows=len(texts), cols=table.width)
        for r, row in enumerate(texts):
            for c, text in enumerate(row):
                if text:
                    grid.cell(r, c).text = text
        for r0, c0, r1, c1 in merges:
            merged = grid.cell(r0, c0).merge(grid.cell(r1, c1))
            merged.text = texts[r0][c0]
        for line in table.under:
            document.add_paragraph(line)
    document.save(str(target))
    return target


def _number(text: str) -> Any:
    plain = text.replace(",", "")
    try:
        return float(plain) if "." in plain else text
    except ValueError:
        return text


def write_xlsx(tables: list[Printed], target: Path, one_sheet: bool = False) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    sheet = None
    row = 1
    for index, table in enumerate(tables):
        if sheet is None or not one_sheet:
            sheet = book.create_sheet(f"表{index + 1}")
            row = 1
            sheet.cell(row, 1, TITLE)
            row += 2
        sheet.cell(row, 1, table.title)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=table.width)
        sheet.cell(row + 1, table.width, "单位：万元")
        row += 2
        texts, merges = _grid(table)
        for r, line in enumerate(texts):
            for c, text in enumerate(line):
                if not text:
                    continue
                value = _number(text) if r >= len(table.header) else text
                cell = sheet.cell(row + r, c + 1, value)
                if isinstance(value, float):
                    cell.number_format = "#,##0.00"
        for r0, c0, r1, c1 in merges:
            sheet.merge_cells(start_row=row + r0, start_column=c0 + 1, end_row=row + r1, end_column=c1 + 1)
        row += len(texts)
        for line in table.under:
            sheet.cell(row, 1, line)
            row += 1
        row += 1
    book.save(str(target))
    return target


def write_xls(tables: list[Printed], target: Path) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    money = xlwt.easyxf(num_format_str="#,##0.00")
    for index, table in enumerate(tables):
        sheet = book.add_sheet(f"表{index + 1}")
        sheet.write(0, 0, TITLE)
        sheet.write_merge(2, 2, 0, table.width - 1, table.title)
        sheet.write(3, table.width - 1, "单位：万元")
        texts, merges = _grid(table)
        merged = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in merges}
        covered = {(r, c) for r0, c0, r1, c1 in merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for r, line in enumerate(texts):
            for c, text in enumerate(line):
                if (r, c) in merged:
                    r1, c1 = merged[(r, c)]
                    sheet.write_merge(4 + r, 4 + r1, c, c1, text)
                elif (r, c) not in covered and text:
                    value = _number(text) if r >= len(table.header) else text
                    if isinstance(value, float):
                        sheet.write(4 + r, c, value, money)
                    else:
                        sheet.write(4 + r, c, value)
        for offset, line in enumerate(table.under):
            sheet.write(4 + len(texts) + offset, 0, line)
    book.save(str(target))
    return target


def write_pdf(tables: list[Printed], target: Path, rows_per_page: Optional[int] = None) -> Path:
    """Each table on a page of its own under its title and unit line, ruled; a long table runs on to the next
    page without its header (``rows_per_page`` makes every table long enough to)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("cjk", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK")
    story: list[Any] = [Paragraph(TITLE, style), PageBreak()]
    for table in tables:
        texts, merges = _grid(table)
        commands = [
            ("FONT", (0, 0), (-1, -1), "STSong-Light", 7),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        commands += [("SPAN", (c0, r0), (c1, r1)) for r0, c0, r1, c1 in merges]
        heights = [None] * len(texts)
        if rows_per_page:
            heights = [None] * len(table.header) + [440 / rows_per_page] * len(table.rows)
        ruled = Table(texts, rowHeights=heights, repeatRows=0)
        ruled.setStyle(TableStyle(commands))
        story += [Paragraph(table.title, style), Paragraph("单位：万元", style), ruled]
        story += [Paragraph(line, style) for line in table.under]
        story.append(PageBreak())
    document = SimpleDocTemplate(str(target), pagesize=landscape(A4), topMargin=30, bottomMargin=30)
    document.build(story)
    return target
