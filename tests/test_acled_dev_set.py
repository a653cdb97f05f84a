"""Our own ACLED-typed development set (``benchmarks/gold/acled_subevents_dev.tsv``) is well formed.

The file ships with the repository, so nothing here skips: it loads as ``case-tsv`` with no unreadable
row, every label is one of the 25 ACLED sub-event types (none of the task's non-ACLED labels), each
type has at least 12 snippets, and no snippet or id appears twice. No model is loaded.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from dotterel.evaluate.base import BadRecord
from dotterel.evaluate.formats import detect
from dotterel.evaluate.formats.case_tsv import CaseGold
from dotterel.evaluate.report import read_json_report
from dotterel.ontology import Ontology

REPO = Path(__file__).resolve().parents[1]
DEV = REPO / "benchmarks" / "gold" / "acled_subevents_dev.tsv"
MIN_PER_LABEL = 12

ACLED_LABELS = {
    "ARMED_CLASH", "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER",
    "CHEM_WEAP", "AIR_STRIKE", "SUIC_BOMB", "ART_MISS_ATTACK", "REM_EXPLOS", "GRENADE",
    "SEX_VIOL", "ATTACK", "ABDUCT_DISSAP",
    "PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST",
    "VIOL_DEMONSTR", "MOB_VIOL",
    "AGREEMENT", "ARREST", "CHANGE_TO_GROUP_ACT", "DISR_WEAP", "HQ_ESTABLISHED", "PROPERTY_DISTRUCT",
    "NON_VIOL_TERRIT_TRANSFER", "OTHER",
}
"""The CASE 2021 task 2 names of ACLED's 25 sub-event types (6 event types)."""


@pytest.fixture(scope="module")
def ontology():
    return Ontology.load()


@pytest.fixture(scope="module")
def records(ontology):
    fmt = detect(DEV)
    assert fmt.name == "case-tsv"
    return list(fmt.load(DEV, ontology=ontology))


def test_every_row_loads(records):
    bad = [r for r in records if isinstance(r, BadRecord)]
    assert not bad, f"unreadable rows: {bad[:5]}"
    assert len(records) >= MIN_PER_LABEL * len(ACLED_LABELS)


def test_every_label_is_an_acled_sub_event_type_with_enough_snippets(records, ontology):
    assert len(ACLED_LABELS) == 25
    counts = Counter(r.label for r in records if isinstance(r, CaseGold))
    assert set(counts) == ACLED_LABELS, f"missing {ACLED_LABELS - set(counts)}, unexpected {set(counts) - ACLED_LABELS}"
    thin = {label: n for label, n in counts.items() if n < MIN_PER_LABEL}
    assert not thin, f"fewer than {MIN_PER_LABEL} snippets: {thin}"
    subs = {r.sub_event_type for r in records}
    assert None not in subs
    assert len(subs) == 25
    for sub in subs:  # a name ACLED knows: it has a disorder type
        assert ontology.acled_disorder_type(sub)


def test_no_duplicate_snippet_or_id(records):
    def norm(text: str) -> str:
        return re.sub(r"\W+", " ", text).strip().lower()

    texts = Counter(norm(r.document.text) for r in records)
    assert not [t for t, n in texts.items() if n > 1]
    ids = Counter(r.record_id for r in records)
    assert not [i for i, n in ids.items() if n > 1]


def test_snippets_are_short():
    """1 to 3 sentences each, as in the CASE 2021 task 2 format (a rough count by sentence-final stops)."""
    lines = DEV.read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        text = line.split("\t")[1]
        sentences = re.findall(r"[.!?](?:\"|')?(?=\s+[A-Z\"]|\s*$)", text)
        assert 1 <= len(sentences) <= 3, line


def test_saved_report_reads_back():
    """The saved JSON report behind the README row is readable (its class table carries macro P and R)."""
    [result] = read_json_report(REPO / "benchmarks" / "results" / "accuracy-acled.json")
    assert result.format == "case-tsv" and result.records == len(DEV.read_text(encoding="utf-8").splitlines()) - 1
    table = result.tables["sub_event_type"]
    assert table.macro_precision is not None and table.macro_recall is not None
