"""A running total ("As of June, 2,000 have been killed") is no event, and lends its figures to none."""

from __future__ import annotations

from dotterel.ingest import make_document

TEXT = (
    "As of June 2022, at least 2000 protesters have been killed, 14,000 arrested by the military junta. "
    "Police have arrested 50 people in Lagos so far this week. "
    "Soldiers killed 12 protesters in Mandalay on Sunday. "
    "Police have arrested 30 people in Kano on Monday."
)


def test_running_totals_abstain_and_discrete_events_stay(coder):
    (coded,) = coder.code_documents([make_document(TEXT, published="2022-07-01")])
    reasons = {(a.trigger.text, a.trigger.start): a.reason for a in coded.abstentions}
    assert reasons[("killed", 52)] == "ASSAULT: a running total ('As of' with a perfect tense), not one event"
    assert reasons[("arrested", 111)] == "COERCE: a running total ('so far' with a perfect tense), not one event"
    figures = sorted((c.kind, c.best or c.low) for e in coded.events for c in e.counts)
    assert figures == [("arrested", 30), ("killed", 12)]  # the 2,000 and 50 are credited to no event
    kano = [e for e in coded.events if e.location is not None and e.location.name == "Kano"]
    assert [(e.event_type, e.mode, e.date.value) for e in kano] == [("COERCE", "arrest", "2022-06-27")]
