"""Shared fixtures: one Coder per test session (loading the model takes seconds)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """Path under ../shared, skipping the test with a reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared is absent ({path} not found): shared-data tests skipped")
    return path


def all_spans(event) -> list:
    """Every evidence span of an event record (trigger, sentence, actors, places, date, counts, attribution)."""
    spans = [event.trigger, event.sentence, *event.restatements, *(c.span for c in event.counts)]
    for a in (event.actor, event.recipient):
        if a is not None and a.span is not None:
            spans.append(a.span)
    for p in [event.location, *event.places]:
        if p is not None and p.span is not None:
            spans.append(p.span)
    if event.date is not None and event.date.span is not None:
        spans.append(event.date.span)
    att = event.attribution
    spans.extend(s for s in (att.claimant_span, att.verb, att.cue) if s is not None)
    return spans


@pytest.fixture(scope="session")
def coder():
    from dotterel.coder import Coder

    return Coder(debug=True)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_path("corpus", "seed_kazakhstan_2022.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_events(coder, seed_text):
    return coder.code(seed_text, published="2022-02-01", doc_id="seed")


@pytest.fixture(scope="session")
def cases():
    path = shared_path("cases", "cases.jsonl")
    return {c["id"]: c for c in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)}


@pytest.fixture
def cli(coder):
    """``dotterel.cli.main`` sharing the session's coder (``main(argv, coder=...)``): no model load per call."""
    import functools

    from dotterel.cli import main

    return functools.partial(main, coder=coder)
