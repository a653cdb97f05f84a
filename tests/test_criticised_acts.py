"""An act blamed or judged after it took place is asserted, not negated (issue 12: certainty read right).

"The police should never have arrested the students" presupposes the arrest:
the negation is the speaker's opinion of an act that happened, not a denial
that it did (PLOVER manual, auxiliary modes: negation is for acts that did not
take place). The same holds for "were wrong (right) to arrest" on a past
copula. Without the negation ("should have arrested") or with a modal or the
present on the copula ("would be wrong to arrest"), the act did not take place.
"Were able to arrest" implies the arrest the same way ("be able" in the past
implies its complement: Karttunen 1971, "Implicative verbs"), as "managed to"
does; "are able to", "will be able to" state an ability, "were not able to" a
failure (police15). Sentences written for these tests, some lower-cased as
IndiaPoliceEvents prints its news.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-06"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _by_trigger(coder, text, trigger):
    from dotterel.ingest import make_document

    coded = next(iter(coder.code_documents([make_document(text, published=PUB)])))
    return ([e for e in coded.events if e.trigger.text == trigger],
            [a.reason for a in coded.abstentions if a.trigger.text == trigger])


@pytest.mark.parametrize("text,trigger,event_type,certainty", [
    ("The police should never have arrested the students.", "arrested", "COERCE", "asserted"),
    ("The army should not have fired on the crowd, the minister said.", "fired", "ASSAULT", "reported"),
    ("Police ought not to have arrested the students.", "arrested", "COERCE", "asserted"),
    ("Police shouldn't have detained the journalists in Harare on Monday.", "detained", "COERCE", "asserted"),
    ("Police were wrong to arrest the students.", "arrest", "COERCE", "asserted"),
    ("The army was right to shoot the gunmen, the minister said.", "shoot", "ASSAULT", "reported"),
])
def test_an_act_judged_after_the_fact_took_place(coder, text, trigger, event_type, certainty):
    events, _ = _by_trigger(coder, text, trigger)
    assert [(e.event_type, e.attribution.certainty) for e in events] == [(event_type, certainty)]


@pytest.mark.parametrize("text,trigger,why", [
    ("Police should have arrested the gunmen.", "arrested", "modal"),
    ("Police should not arrest the students.", "arrest", "negated"),
    ("Police did not arrest the students.", "arrest", "negated"),
    ("Police must not have arrested anyone.", "arrested", "negated"),
    ("Police were right not to arrest the students.", "arrest", "negated"),
    ("Police would be wrong to arrest the students.", "arrest", "judged"),
    ("Police are right to arrest looters.", "arrest", "judged"),
])
def test_an_act_that_did_not_take_place_stays_out(coder, text, trigger, why):
    events, reasons = _by_trigger(coder, text, trigger)
    assert not events and any(why in r for r in reasons)


@pytest.mark.parametrize("text,trigger", [
    # the extraposed infinitive ("it ... to arrest") hangs on the copula: a judgement of an act not done
    ("It would be wrong to arrest the strikers, the minister said.", "arrest"),
    ("It is right to arrest the rioters in Lagos, the mayor said.", "arrest"),
    ("It would be wrong to shoot protesters in Harare, the UN said.", "shoot"),
])
def test_it_would_be_wrong_to_is_no_act(coder, text, trigger):
    assert not [e for e in coder.code(text, published=PUB) if e.trigger.text == trigger]


def test_it_was_wrong_to_is_a_past_act(coder):
    [ev] = [e for e in coder.code("It was wrong to arrest the journalists in Nairobi, the court ruled.",
                                  published=PUB) if e.trigger.text == "arrest"]
    assert ev.event_type == "COERCE" and ev.attribution.certainty == "asserted"


@pytest.mark.parametrize("text,trigger,event_type,mode", [
    ("the police were able to arrest 31 people involved in the rioting.", "arrest", "COERCE", "arrest"),
    ("the police have been able to arrest only two men so far in the case.", "arrest", "COERCE", "arrest"),
    ("Police were able to detain the gang leader in Nairobi on Monday.", "detain", "COERCE", "arrest"),
    ("the police were able to lathicharge the mob before it reached the mosque.", "lathicharge", "ASSAULT",
     "crowd-control"),
    # beside the denied and asked ones below: a clause that asserts, a quantifier that is no negation (rev15x)
    ("It was clear that the police were able to arrest the organisers.", "arrest", "COERCE", "arrest"),
    ("Some of the officers were able to detain the gang leader in Nairobi.", "detain", "COERCE", "arrest"),
])
def test_an_act_one_was_able_to_do_took_place(coder, text, trigger, event_type, mode):
    events, _ = _by_trigger(coder, text, trigger)
    # "It was clear that ..." is the author's stance frame: the act took place, given as opinion (attribution_stance)
    certainty = "opinion" if text.startswith("It was clear that") else "asserted"
    assert [(e.event_type, e.mode, e.actor.sector if e.actor else None, e.attribution.certainty) for e in events] \
        == [(event_type, mode, "COP", certainty)]


@pytest.mark.parametrize("text,trigger,why", [
    ("police were not able to arrest the accused.", "arrest", "negated"),
    ("the police will be able to arrest them soon.", "arrest", "ability"),
    ("under the new law police are able to arrest anyone without a warrant.", "arrest", "ability"),
    ("The army would be able to retake the town within a week.", "retake", "ability"),
    # the copula is the clause of "able to": a negative subject on it denies the act (rev15x)
    ("No one was able to arrest the gunmen who attacked the bank.", "arrest", "negated"),
    ("nobody has been able to arrest the killers of the two constables.", "arrest", "negated"),
    ("Neither the police nor the army was able to disperse the crowd in Dhaka.", "disperse", "negated"),
    # an embedded yes/no question or a condition on the copula states no act
    ("It was not clear whether the police were able to arrest the organisers.", "arrest", "condition"),
    ("Reporters asked whether troops were able to capture the bridge.", "capture", "condition"),
    ("Even if the police were able to arrest the leaders, the strike went on.", "arrest", "condition"),
])
def test_an_ability_or_a_failure_is_no_act(coder, text, trigger, why):
    events, reasons = _by_trigger(coder, text, trigger)
    assert not events and any(why in r for r in reasons)


def test_unable_to_states_no_act(coder):
    events, _ = _by_trigger(coder, "police were unable to arrest the accused.", "arrest")
    assert events == []
