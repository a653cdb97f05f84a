"""A running total ("As of June, 2,000 have been killed") is no event, and lends its figures to none."""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_each_document_once")  # several tests code TEXT

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


# Running totals after an incident, in shapes written for this test: the incident keeps its own figure,
# the total stays on it as context (``aggregate``), and linking never takes the total as its figure.
TOTALS = {
    "minsk": "Police arrested 300 people in Minsk on Sunday, bringing the total number of arrests this week to 1,200.",
    "khartoum": "Security forces shot dead 4 protesters in Khartoum on Monday, taking the death toll since October to 120.",
    "gao": "Soldiers killed 12 villagers in Gao on Friday, raising the number of civilians killed this month to 60.",
    "mopti": "Gunmen killed 7 villagers near Mopti on Friday, taking the total killed in the region this year to 60.",
    "dhaka": "Riot police detained 40 students in Dhaka on Sunday, bringing the number of arrests since the protests "
             "began to 900.",
    "since": "At least 2,300 people have been detained since the demonstrations started, a rights group said.",
    "strike": "Police have arrested 310 people since the strike started, the interior ministry said.",
    "toll": "The death toll has risen to 45 since the protests began.",
}


def _coded_totals(coder):
    docs = [make_document(text, doc_id=key, published="2024-05-01") for key, text in TOTALS.items()]
    return {coded.document.doc_id: coded for coded in coder.code_documents(docs)}


def test_a_running_total_after_an_incident_is_context_on_it_never_its_figure(coder):
    from dotterel.dedup import MentionRef, link_mentions

    coded = _coded_totals(coder)
    expected = {
        "minsk": ("COERCE", "arrested", 300, 1200, "bringing the total number of arrests this week to"),
        "khartoum": ("ASSAULT", "killed", 4, 120, "taking the death toll since October to"),
        "gao": ("ASSAULT", "killed", 12, 60, "raising the number of civilians killed this month to"),
        "mopti": ("ASSAULT", "killed", 7, 60, "taking the total killed in the region this year to"),
        "dhaka": ("COERCE", "arrested", 40, 900, "bringing the number of arrests since the protests began to"),
    }
    for key, (event_type, kind, own, total, cue) in expected.items():
        (event,) = [e for e in coded[key].events if e.event_type == event_type]
        figures = [(c.kind, c.best, c.aggregate) for c in event.counts]
        # the incident's own figure carries no period cue ("since the protests began" dates the 900, not the 40)
        assert figures == [(kind, own, None), (kind, total, cue)], (key, figures)
        (linked,) = [x for x in link_mentions([MentionRef.of(event, coded[key].document)])]
        assert [(c.kind, c.value) for c in linked.conservative] == [(kind, own)], key
        assert [c.aggregate for c in linked.counts] == [None, cue]


def test_a_total_since_something_began_in_the_perfect_is_no_event(coder):
    coded = _coded_totals(coder)
    for key, trigger in (("since", "detained"), ("strike", "arrested")):
        assert not [e for e in coded[key].events if e.event_type == "COERCE"], key
        reasons = [a.reason for a in coded[key].abstentions if a.trigger.text == trigger]
        assert reasons and reasons[0].startswith("COERCE: a running total ('since the "), (key, reasons)
    # a toll over the period is kept as a sum: never the figure of the protest it names
    from dotterel.dedup import MentionRef, link_mentions

    (protest,) = coded["toll"].events
    assert [(c.kind, c.best, c.aggregate) for c in protest.counts] == [("killed", 45, "since the protests began")]
    (linked,) = link_mentions([MentionRef.of(protest, coded["toll"].document)])
    assert linked.conservative == []


def test_an_incident_that_gives_a_running_total_still_links_with_other_reports_of_it(coder):
    from dotterel.dedup import MentionRef, link_mentions

    texts = [TOTALS["minsk"], "Police arrested 300 people in Minsk on Sunday, a rights group said."]
    docs = [make_document(t, doc_id=f"r{i}", published="2024-05-01", source=f"Outlet {i}") for i, t in enumerate(texts)]
    refs = [MentionRef.of(e, c.document) for c in coder.code_documents(docs) for e in c.events if e.event_type == "COERCE"]
    (linked,) = link_mentions(refs)
    assert len(linked.mentions) == 2 and [(c.kind, c.value) for c in linked.conservative] == [("arrested", 300)]


def test_tables_and_pages_show_a_running_total_as_context(coder):
    from dotterel.render import render_table

    coded = _coded_totals(coder)
    table = render_table([coded["minsk"]], width=400)
    assert "arrested 300; arrested 1200 (sum: bringing the total number of arrests this week to)" in table
    assert ("counts '(sum: words)': a running total or a sum over a country or a period, kept as context; "
            "never the event's own figure") in table


# Fact-box tallies, in shapes written for this test: the figures listed under a heading and a colon
# sum a whole crisis and are no event; a heading followed by a full sentence, or a colon after another
# word, leaves the event alone.
TALLIES = {
    "box": "Casualties and losses: 1,373 injured including children; 4+ dead; 32,000+ arrested.",
    "toll": "Death toll: at least 45 killed; 120 injured; 3,000 displaced.",
    "arrests": "Arrests: more than 600 detained in the capital; 200 arrested in the provinces.",
    "sentence": "Casualties: police shot dead three men in Kano on Monday.",
    "update": "Update: soldiers killed 12 villagers in Gao on Friday.",
    # a qualifier in brackets before the colon (the tokenizer keeps "):" together), and a figure with a plus sign
    # the recogniser may read as a date ("9,900+")
    "side": "Casualties (side 1): 238 killed, 9,900+ arrested.",
    "official": "Casualties (official figures): 12 killed; 40 injured.",
    "dated": "Casualties (side 1): 12 killed in Osh on Monday when police opened fire.",
    # an item whose figure is a vague quantity ("a few", "dozens of", "several") is still an item
    "vague": "Casualties: 310 injured; at least a few reporters wounded; dozens of medics beaten; several killed.",
}


def test_a_tally_under_a_heading_is_no_event_and_a_sentence_after_one_is(coder):
    docs = [make_document(text, doc_id=key, published="2024-05-01") for key, text in TALLIES.items()]
    coded = {c.document.doc_id: c for c in coder.code_documents(docs)}
    for key, heading in (("box", "Casualties and losses:"), ("toll", "Death toll:"), ("arrests", "Arrests:"),
                         ("side", "Casualties (side 1):"), ("official", "Casualties (official figures):"),
                         ("vague", "Casualties:")):
        assert coded[key].events == [], key
        reasons = [a.reason for a in coded[key].abstentions]
        assert reasons and all(f"a running total ('{heading}' heading a tally)" in r for r in reasons), (key, reasons)
    assert [(e.event_type, e.trigger.text) for e in coded["sentence"].events] == [("ASSAULT", "shot")]
    assert [(e.event_type, e.trigger.text) for e in coded["update"].events] == [("ASSAULT", "killed")]
    assert [e.event_type for e in coded["dated"].events] == ["ASSAULT"]  # the killing, told by "opened fire"


@pytest.mark.parametrize("text, trigger, cue", [
    # a period in the perfect tense sums many incidents (session 9: "this year" and abductions were not read)
    ("Gangs have kidnapped more than 200 people in Haiti this year.", "kidnapped", "this year"),
    ("Police have arrested 1,200 people in recent weeks.", "arrested", "in recent weeks"),
    ("Gunmen have abducted 90 travellers on the highway over the past month.", "abducted", "over the past month"),
    ("Gunmen have kidnapped 300 people this year, including 12 on Monday.", "kidnapped", "this year"),
    ("As of Monday, 2,000 people have been killed in the fighting this month.", "killed", "As of"),
])
def test_a_period_total_in_the_perfect_is_no_event(coder, text, trigger, cue):
    (coded,) = coder.code_documents([make_document(text, published="2025-04-10")])
    assert not [e for e in coded.events if e.trigger.text == trigger]
    assert any(a.trigger.text == trigger and f"'{cue}' with a perfect tense" in a.reason for a in coded.abstentions)


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen kidnapped 20 students in Kaduna on Monday.", "kidnapped"),
    ("Gunmen have kidnapped a priest in Enugu, police said on Monday.", "kidnapped"),
    ("Police arrested 40 protesters this month in a single raid on Tuesday.", "arrested"),
    ("Gunmen have kidnapped three aid workers in Kidal earlier this month, the agency said.", "kidnapped"),
    ("Police have arrested 30 activists late this month.", "arrested"),
    # the act dated to one day inside the period is one incident (review of session 9)
    ("Gunmen have kidnapped 15 students in Kaduna on March 3 this year.", "kidnapped"),
    ("Police have arrested 40 protesters in Lagos on Monday this month.", "arrested"),
    ("This year, gunmen have abducted a priest in Enugu on Sunday.", "abducted"),
    ("At least 30 people have been killed this year on 3 June in an attack on a market in Borno.", "killed"),
])
def test_an_incident_with_its_own_time_stays_an_event(coder, text, trigger):
    (coded,) = coder.code_documents([make_document(text, published="2025-04-10")])
    assert [e for e in coded.events if e.trigger.text == trigger]
