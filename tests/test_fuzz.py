"""Fuzzing the loader, the model and the engine: whatever the text, the result is findings or input
problems, never another exception. Bounded in examples so that it runs in CI; JUESUAN_FUZZ raises it."""

from __future__ import annotations

import io
import os
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from ruamel.yaml import YAML

from conftest import ROOT
from juesuan_check.checks.engine import check
from juesuan_check.checks.loading import load_catalogue
from juesuan_check.report import model as model_module
from juesuan_check.report.loader import parse
from juesuan_check.report.problems import InputError
from juesuan_check.report.reading import read_report

CATALOGUE = load_catalogue()
SEED = (ROOT / "reports" / "2018.yaml").read_text(encoding="utf-8")
FUZZ = settings(
    max_examples=int(os.environ.get("JUESUAN_FUZZ", "150")),
    deadline=None,
    derandomize=not os.environ.get("JUESUAN_FUZZ"),  # CI: the same examples every run
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
NOISE = st.text(
    alphabet=st.sampled_from(list(":-{}[],&*!|>#'\"%\t\n 0123456789.年度合计金额占比明细名称与上年相比增减2019－１％")),
    max_size=12,
)


def pipeline(text: str) -> None:
    """Load, type and check ``text``; only input problems may be raised."""
    try:
        doc = parse(text, "<fuzz>")
        report = read_report(doc)
    except InputError as exc:
        assert exc.problems, "an input error names its problems"
        return
    for finding in check(report, doc, CATALOGUE):
        assert finding.line >= 1 and finding.message


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(SEED)), st.integers(0, 8), NOISE), min_size=1, max_size=6))
def test_edits_of_the_seed_report(edits):
    text = SEED
    for position, removed, inserted in edits:
        position = min(position, len(text))
        text = text[:position] + inserted + text[position + removed :]
    pipeline(text)


@FUZZ
@given(st.lists(st.integers(0, SEED.count("\n")), min_size=1, max_size=4), st.booleans())
def test_lines_dropped_or_doubled(lines, double):
    rows = SEED.splitlines()
    for line in sorted(set(lines), reverse=True):
        if line < len(rows):
            rows[line : line + 1] = [rows[line], rows[line]] if double else []
    pipeline("\n".join(rows) + "\n")


KEYS = sorted(
    {
        field.alias
        for model in vars(model_module).values()
        if isinstance(model, type) and issubclass(model, BaseModel) and model is not BaseModel
        for field in model.model_fields.values()
        if field.alias
    }
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-(10**6), max_value=10**6),
    st.sampled_from(["86.38%", "0%", "增加", "无变化", "2019", "中共某委", "", "1,234.56", "１２"]),
)
TREES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(KEYS), children, max_size=5),
    ),
    max_leaves=25,
)


def _dump(data) -> str:
    yaml = YAML(typ="safe")
    yaml.representer.add_representer(Decimal, lambda r, d: r.represent_scalar("tag:yaml.org,2002:float", str(d)))
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


@FUZZ
@given(st.dictionaries(st.sampled_from(KEYS), TREES, max_size=6))
def test_random_trees_of_report_keys(tree):
    base = {"单位": "某市某区网格管理中心", "年度": 2018, "金额单位": "万元", "情况说明": {}}
    pipeline(_dump({**base, **tree}))
    pipeline(_dump({**base, "情况说明": tree}))


DOCUMENT = (ROOT / "tests" / "fixtures" / "dawa-wangge-2018.txt").read_text(encoding="utf-8")


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(DOCUMENT)), st.integers(0, 12), NOISE), min_size=1, max_size=6))
def test_extracting_edited_documents(tmp_path_factory, edits):
    """The extractor drafts whatever text it is given, or says why it cannot; the draft is always YAML."""
    from juesuan_check.extract import extract

    text = DOCUMENT
    for position, removed, inserted in edits:
        position = min(position, len(text))
        text = text[:position] + inserted + text[position + removed :]
    path = tmp_path_factory.mktemp("doc") / "report.txt"
    path.write_text(text, encoding="utf-8")
    try:
        written = extract(str(path)).written
    except InputError:
        return
    parse(written.text, "<draft>")  # the draft itself is valid YAML
    pipeline(written.text)  # and checking it ends in findings or input problems
