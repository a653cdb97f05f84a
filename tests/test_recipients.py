"""Recipients the trigger's own slots miss, where the text names them (issue 16, recipients).

Sentences written for this file; each is one kind: a protest against a
government's policy or at its seat, a party inside the object of a verbal act,
the holders of a banned or broken-up protest, and the cases that must keep no
recipient.
"""

from __future__ import annotations

from factories import coded_event


_one = coded_event


def _rec(ev):
    r = ev.recipient
    return None if r is None else (r.country, r.sector)


def test_protest_against_a_government_policy_is_aimed_at_that_government(coder):
    ev = _one(coder, "Taxi drivers blocked roads across Portugal on Monday in protest at new fuel levies.", "blocked")
    assert _rec(ev) == ("PRT", "GOV") and ev.recipient.span.text == "levies"
    ev = _one(coder, "Thousands rallied in Quito on Sunday against a sharp rise in bus prices.", "rallied")
    assert _rec(ev) == ("ECU", "GOV")


def test_protest_outside_parliament_is_aimed_at_the_government(coder):
    ev = _one(coder, "Hundreds of Georgian students protested outside parliament on Tuesday.", "protested")
    assert _rec(ev) == ("GEO", "GOV")


def test_protest_without_a_stated_grievance_keeps_no_recipient(coder):
    assert _one(coder, "Nurses marched in Lisbon on Saturday in solidarity with striking doctors.",
                "marched").recipient is None
    assert _one(coder, "Portuguese fans protested in Porto against the club's ticket prices.",
                "protested").recipient is None


def test_party_inside_the_object_of_a_verbal_act(coder):
    assert _rec(_one(coder, "The opposition rejected proposed Russian amendments to the peace plan.",
                     "rejected")) == ("RUS", "GOV")
    assert _rec(_one(coder, "The prime minister threatened further measures against Belarus.",
                     "threatened")) == ("BLR", "GOV")


def test_condemned_violence_against_protesters_does_not_make_the_victims_the_accused(coder):
    ev = _one(coder, "Rights groups condemned violence against protesters in Minsk.", "condemned")
    assert ev.recipient is None or ev.recipient.sector != "CVL"


def test_the_holders_of_a_banned_or_stopped_protest_are_the_recipient(coder):
    assert _one(coder, "In May the regional governor banned all opposition rallies.", "banned").recipient.sector == "OPP"
    ev = _one(coder, "Turkish police prevented the demonstration staged by students near the party offices.",
              "prevented")
    assert _rec(ev) == ("TUR", "CVL")
