"""The reality of acts told with negatives, limits and habits (issue 12).

"No firing or lathi-charge was resorted to" gave an asserted lathi-charge (the "no" of the first noun of a list
is the list's: attribution_lists.noun_list_negation); "no less than a dozen arrests were made" was denied (a bound
on a number, not a negation: attribution_frames._number_bound); "nothing could stop the protesters from marching"
was kept from happening, and "could not stop the mob from setting fire" gave the fire to the police (a negative
subject fails the prevention: attribution_frames.failed; the kept one does the act: clauses._kept_from_doer).

Sentences written for these tests (wire, NGO, Indian English; active and passive; several countries).
"""

from __future__ import annotations

import pytest

from test_list_scope import _acts as _list_acts, _assert_none_done_and_abstained, _coded

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _acts(coded):
    return {(e.event_type, e.trigger.text, e.attribution.certainty) for e in coded.events}


@pytest.mark.parametrize("text, word", [
    ("No firing or lathi-charge was resorted to by the constabulary in Gaya on Monday.", "lathi-charge"),
    ("No shooting or lathi-charge took place at the rally in Ranchi on Sunday, the superintendent said.",
     "lathi-charge"),
    ("There was no gunfire or lathi-charge in Meerut on Friday, the district magistrate said.", "lathi-charge"),
])
def test_the_no_of_a_noun_list_denies_every_noun(coder, text, word):
    _assert_none_done_and_abstained(_coded(coder, text), word, "negated by")


@pytest.mark.parametrize("text, word", [
    ("Neither lathi-charge nor firing was used by the constabulary in Begusarai on Sunday, the SP said.", "firing"),
    ("Neither baton-charge nor firing was resorted to at the sit-in in Hajipur on Friday.", "firing"),
])
def test_neither_denies_the_later_noun_whatever_the_first_was_tagged(coder, text, word):
    _assert_none_done_and_abstained(_coded(coder, text), word, "negated by 'Neither'")


@pytest.mark.parametrize("text, kept", [
    ("No shooting took place, but police used batons on the marchers in Ranchi on Monday.", "used"),
    ("There was no gunfire but a lathi-charge on the students in Meerut on Friday.", "lathi-charge"),
])
def test_a_noun_or_act_of_its_own_after_a_denied_noun_stays(coder, text, kept):
    acts = _acts(_coded(coder, text))
    assert ("ASSAULT", kept, "asserted") in acts, acts


@pytest.mark.parametrize("text", [
    "No less than a dozen arrests were made in Kanpur on Monday.",
    "No fewer than 30 arrests were made in Bulawayo on Sunday.",
    "Police made no less than 40 arrests in Sylhet on Sunday.",
])
def test_no_less_than_a_number_of_acts_tells_the_acts(coder, text):
    acts = _acts(_coded(coder, text))
    assert ("COERCE", "arrests", "asserted") in acts, acts


def test_no_arrests_is_still_denied(coder):
    coded = _coded(coder, "No arrests were made in Kanpur on Monday, and no more arrests are planned.")
    assert not [e for e in coded.events if e.event_type == "COERCE"], _acts(coded)


@pytest.mark.parametrize("text, event_type, word, doer", [
    ("Nothing could stop the students from marching to the secretariat in Indore on Monday.", "PROTEST",
     "marching", "student"),
    ("No one could prevent the rioters from looting shops in Pietermaritzburg on Sunday.", "ASSAULT",
     "looting", "rioter"),
    ("Nobody stopped the gunmen from burning the village near Beni on Friday, residents said.", "ASSAULT",
     "burning", "gunm"),
])
def test_a_prevention_that_did_not_happen_tells_the_act(coder, text, event_type, word, doer):
    coded = _coded(coder, text)
    found = [e for e in coded.events if e.event_type == event_type and e.trigger.text == word]
    assert found, (_acts(coded), [(a.trigger.text, a.reason) for a in coded.abstentions])
    assert found[0].actor is not None and doer in found[0].actor.span.text.lower(), found[0].actor


@pytest.mark.parametrize("text, doer", [
    ("Police could not stop the crowd from setting fire to buses in Chittagong on Sunday.", "crowd"),
    ("Troops failed to prevent the militiamen from looting the market in Bunia on Friday.", "militiamen"),
])
def test_the_kept_one_does_the_act_not_the_one_who_keeps(coder, text, doer):
    coded = _coded(coder, text)
    found = [e for e in coded.events if e.event_type == "ASSAULT"]
    assert found and found[0].actor is not None and doer in found[0].actor.span.text.lower(), \
        [(e.trigger.text, e.actor) for e in found]


@pytest.mark.parametrize("text, word", [
    ("Nothing will stop our members from marching to the governor's office in Kisumu on Friday, the union leader said.",
     "marching"),
    ("No one can prevent the students from occupying the campus in Rajshahi, their union said on Monday.", "occupying"),
    ("Nobody will stop the traders from blockading the highway near Ludhiana, the trader body said on Monday.",
     "blockading"),
    ("Nothing would have stopped the insurgents from shelling the base at Tessalit if the convoy had left, "
     "the colonel said.", "shelling"),
    ("The commissioner said officers would not stop the nurses from marching to the ministry in Kampala on Thursday.",
     "marching"),
])
def test_a_prevention_vowed_or_supposed_tells_no_act_done(coder, text, word):
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.trigger.text == word], _acts(coded)
    assert any(a.trigger.text == word and "not told as done" in a.reason for a in coded.abstentions), \
        [(a.trigger.text, a.reason) for a in coded.abstentions]


def test_a_prevention_that_happened_keeps_the_act_from_happening(coder):
    coded = _coded(coder, "Police stopped the farmers from marching to the parliament in Harare on Tuesday.")
    assert not [e for e in coded.events if e.event_type == "PROTEST"], _acts(coded)
    assert any(a.trigger.text == "marching" and "kept from happening" in a.reason for a in coded.abstentions)


@pytest.mark.parametrize("text, cue", [
    ("Not a single day passes without arrests of students in Anantnag.", "day"),
    ("Hardly a week goes by without clashes between cattle herders and growers in Plateau.", "week"),
    ("Not a week passes without police detaining bloggers in Gomel, the monitoring group said.", "week"),
    ("A month never passes without soldiers raiding villages near Tillaberi.", "month"),
])
def test_no_span_passes_without_the_act_is_a_habit(coder, text, cue):
    coded = _coded(coder, text)
    _assert_none_done_and_abstained(coded, next(a.trigger.text for a in coded.abstentions), "habitual or generic")
    assert any(f"habitual or generic ('{cue}'" in a.reason for a in coded.abstentions), \
        [(a.trigger.text, a.reason) for a in coded.abstentions]


def test_one_day_that_did_not_pass_without_an_act_tells_it(coder):
    acts = _acts(_coded(coder, "The rally did not pass without arrests: police detained 14 students in Gaya on Monday."))
    assert ("COERCE", "detained", "asserted") in acts, acts


@pytest.mark.parametrize("text, first, last", [
    ("Police tear-gassed, baton-charged and arrested students in Muzaffarpur on Tuesday.", "tear-gassed", "arrested"),
    ("Soldiers shelled, bombed and stormed the town of Kafranbel on Sunday.", "shelled", "stormed"),
    ("The gunmen abducted, tortured and killed four herders in Katsina on Sunday.", "abducted", "tortured"),
])
def test_the_first_verb_of_a_misread_list_shares_its_date(coder, text, first, last):
    dates = {e.trigger.text: e.date.value if e.date is not None else None for e in _coded(coder, text).events}
    assert dates.get(first) is not None and dates.get(first) == dates.get(last), dates


@pytest.mark.parametrize("text, first, whom", [
    ("Police tear-gassed, baton-charged and arrested students in Muzaffarpur on Tuesday.", "tear-gassed", "student"),
    ("Police tear-gassed, baton-charged and arrested farmers in Karnal on Tuesday.", "tear-gassed", "farmer"),
])
def test_the_first_verb_of_a_misread_list_shares_its_object(coder, text, first, whom):
    found = [e for e in _coded(coder, text).events if e.trigger.text == first]
    assert found and found[0].recipient is not None and whom in found[0].recipient.span.text.lower(), \
        [(e.trigger.text, e.recipient) for e in found]


@pytest.mark.parametrize("text", [
    "The militia never abducted, tortured or killed any herders in Katsina, its spokesman said.",
])
def test_the_negation_of_a_misread_list_reaches_every_verb(coder, text):
    assert _list_acts(_coded(coder, text)) == set()
