"""Smoke tests: every development gold file in ../shared/gold loads with its detected format."""

from __future__ import annotations

import itertools

import pytest

from dotterel.evaluate import BadRecord, GoldRecord, evaluate_gold
from dotterel.evaluate.formats import detect

from conftest import shared_path

pytestmark = pytest.mark.shared

DEV_FILES = [
    (("gold", "plover", "PLOVER_GSR_examples.json"), "plover-gsr", 18),
    (("gold", "petrarch", "PETR.UnitTest.records.xml"), "petrarch-xml", 284),
    (("gold", "geo", "event_location_dev.jsonl"), "event-location", 9686),
    (("gold", "geo", "lgl.xml"), "geo-xml", 588),
    (("gold", "geo", "TR-News.xml"), "geo-xml", 118),
    (("gold", "timebank", "TimeBank"), "timeml", 183),
    (("gold", "india_police", "docs.jsonl"), "india-police", 754),
    (("cases", "cases.jsonl"), "dotterel-cases", 24),
]
#: Reading these whole takes most of this file's CPU: whole-file checks (slow); their first records load
#: in the quick suite (test_dev_file_first_records_load).
WHOLE_FILE_SLOW = {"event-location", "india-police"}


def _check_items(items: list) -> None:
    assert not [i for i in items if isinstance(i, BadRecord)]
    golds = [i for i in items if isinstance(i, GoldRecord)]
    assert golds and all(g.document.text for g in golds)


@pytest.mark.parametrize("parts, name, n", [
    pytest.param(*d, marks=pytest.mark.slow if d[1] in WHOLE_FILE_SLOW else ()) for d in DEV_FILES
], ids=[d[1] + ":" + d[0][-1] for d in DEV_FILES])
def test_dev_file_loads(parts, name, n):
    path = shared_path(*parts)
    fmt = detect(path)
    assert fmt.name == name
    items = list(fmt.load(path))
    assert len(items) == n          # every record read: scored, skipped or counted as bad
    _check_items(items)


@pytest.mark.parametrize("parts, name", [d[:2] for d in DEV_FILES if d[1] in WHOLE_FILE_SLOW],
                         ids=[d[1] for d in DEV_FILES if d[1] in WHOLE_FILE_SLOW])
def test_dev_file_first_records_load(parts, name):
    path = shared_path(*parts)
    fmt = detect(path)
    assert fmt.name == name
    _check_items(list(itertools.islice(fmt.load(path), 25)))


def test_india_police_sentences_are_placed():
    fmt = detect(shared_path("gold", "india_police"))
    gold = next(iter(fmt.load(shared_path("gold", "india_police"))))
    assert gold.unplaced == 0 and len(gold.sentences) > 5
    assert "â€" not in gold.document.text


@pytest.mark.parametrize("parts", [("gold", "geo", "TR-News.xml"), ("gold", "timebank", "TimeBank")])
def test_a_few_records_through_the_coder(coder, parts):
    result = evaluate_gold(shared_path(*parts), coder=coder, limit=2)
    assert result.records == 2 and result.bad_records == 0
    assert any(s.tp > 0 for s in result.scores.values())
