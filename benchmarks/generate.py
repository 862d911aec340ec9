"""Generate a folder of varied, realistic report files for the benchmark.

Each file is one of the two 2018 reports of this repository with its amounts scaled by a random factor
(so its figures no longer agree exactly and the rules have something to find), some 功能分类 classes
repeated or dropped, the glossary sometimes left out, and the unit renamed to one of a district's
offices (wherever the report names it): files from about 4 KB to about 20 KB.
"""

from __future__ import annotations

import random
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "reports" / "2018.yaml", ROOT / "examples" / "2018-corrected.yaml"]
AMOUNT = re.compile(r"((?:金额|合计): )([0-9]+\.[0-9]+)")
UNIT = "网格管理中心"  # the seed's unit, 盘锦市大洼区网格管理中心, as its texts name it
OFFICES = [
    "网格管理中心", "财政局", "教育局", "卫生健康局", "民政局", "住房和城乡建设局", "交通运输局", "农业农村局",
    "水利局", "自然资源局", "生态环境分局", "市场监督管理局", "人力资源和社会保障局", "退役军人事务局",
    "应急管理局", "审计局", "统计局", "司法局", "文化旅游和广播电视局", "医疗保障局", "城市管理综合行政执法局",
    "档案馆", "图书馆", "疾病预防控制中心", "政务服务中心",
]  # fmt: skip
EXTRA_CLASS = """        - 名称: 住房保障支出
          金额: {amount}
          明细:
            - {{名称: 住房公积金, 金额: {amount}, 说明: 主要是住房公积金等支出, 年初预算完成率: 100%}}
"""


def _scaled(text: str, factor: Decimal) -> str:
    def scale(match: re.Match) -> str:
        value = (Decimal(match.group(2)) * factor).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return f"{match.group(1)}{value}"

    return AMOUNT.sub(scale, text)


def report(rng: random.Random) -> str:
    text = rng.choice(SOURCES).read_text(encoding="utf-8").replace(UNIT, rng.choice(OFFICES))
    text = _scaled(text, Decimal(rng.randint(50, 5000)) / 100)
    anchor = "  # 三公经费"
    if rng.random() < 0.6 and anchor not in text:
        anchor = "\n  # 三、"
    extra = "".join(
        EXTRA_CLASS.format(amount=f"{rng.randint(100, 99999) / 100:.2f}") for _ in range(rng.randint(0, 30))
    )
    if extra and anchor in text:
        text = text.replace(anchor, extra + anchor, 1)
    if rng.random() < 0.3:
        text = text.split("\n名词解释:")[0] + "\n"
    return text


def generate(folder: Path, count: int, seed: int = 2018) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"report-{index:05d}.yaml"
        path.write_text(report(rng), encoding="utf-8")
        paths.append(path)
    return paths
