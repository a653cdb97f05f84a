"""Coding with n_process > 1: forked workers code whole documents and give the same records, in order."""

from __future__ import annotations

import pytest

from dotterel.coder_processes import can_fork
from dotterel.ingest import make_document

pytestmark = pytest.mark.skipif(not can_fork(), reason="workers are forked only where fork is available")

TEXTS = [
    "Police detained 27 people in Tbilisi on Tuesday.",
    "Gunmen abducted 287 pupils from a school in Kaduna on Thursday, residents said.",
    "The central bank raised interest rates by half a point on Wednesday.",
    "Thousands of protesters rallied in Almaty on Wednesday against the rise in fuel prices.",
    "Soldiers fired live rounds to disperse a sit-in outside the army headquarters in Khartoum, killing 12 people.",
    "Israeli air strikes killed 12 people in Gaza on Friday, health officials said.",
    "Riot police fired tear gas at students marching on parliament in Nairobi.",
]


def _documents():
    return [make_document(t, doc_id=f"d{i}", published="2024-03-08") for i, t in enumerate(TEXTS)]


def test_two_processes_give_the_records_of_one_in_order(coder):
    one = list(coder.code_documents(_documents()))
    before = coder.stage_times.documents
    two = list(coder.for_config(coder.config.with_overrides(batch_size=2)).code_documents(_documents(), n_process=2))
    assert [c.document.doc_id for c in two] == [f"d{i}" for i in range(len(TEXTS))]
    assert [[e.model_dump() for e in c.events] for c in two] == [[e.model_dump() for e in c.events] for c in one]
    assert sum(len(c.events) for c in two) >= 5
    assert [p.model_dump() for c in two for p in c.places] == [p.model_dump() for c in one for p in c.places]
    assert coder.stage_times.documents == before  # the twin counted them, not this coder


def test_the_workers_timers_are_added_to_the_parents(coder):
    twin = coder.for_config(coder.config.with_overrides(batch_size=3))
    twin.stage_times.reset()
    list(twin.code_documents(_documents(), n_process=2))
    assert twin.stage_times.documents == len(TEXTS)
    assert twin.stage_times.seconds["spacy.pipe"] > 0 and twin.stage_times.sentences >= len(TEXTS)


def test_a_worker_failure_is_raised_in_the_caller(coder, monkeypatch):
    twin = coder.for_config(coder.config.with_overrides(batch_size=2))

    def broken(documents, n_process):
        raise RuntimeError(f"cannot code {documents[0].doc_id}")

    monkeypatch.setattr(twin, "_code_chunk", broken)  # forked workers inherit the patched coder
    with pytest.raises(RuntimeError, match="cannot code d0"):
        list(twin.code_documents(_documents(), n_process=2))
