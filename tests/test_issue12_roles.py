"""Who protests, who suffers and on whose word: three readings of issue 12, on sentences of several shapes.

- "on protesting students": the participle's people are the protesters, not the police beside them
  (Quirk et al. 1985, 17.100);
- "its residents", "its mayor" after a place and a group: a dweller belongs to a place, never to a body
  (profile ``dweller_nouns``);
- a passive report ("are said to have", "were reported to have") with "according to X" rests on X's word,
  alleged (Quirk et al. 1985, 16.52), unless X is a norm ("according to the emergency law").

Sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-12"  # the date of every coder.code call below
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published="2024-06-12")


@pytest.mark.parametrize("text,who", [
    ("MUMBAI: A baton charge by the police on protesting students at the university on Monday left ten injured.",
     "student"),
    ("Police opened fire on protesting farmers near Ambala on Tuesday.", "farmer"),
])
def test_the_people_a_protest_participle_stands_before_protest(coder, text, who):
    protest = next(e for e in _events(coder, text) if e.event_type == "PROTEST")
    assert protest.actor is not None and protest.actor.name.endswith(who) and protest.actor.sector == "CVL"


@pytest.mark.parametrize("text,event_type", [
    ("The village was captured by Wagner fighters in March and its residents were executed.", "ASSAULT"),
    ("The district was seized by M23 rebels last week and its mayor was abducted.", "ASSAULT"),
])
def test_a_dweller_after_its_is_no_member_of_the_group(coder, text, event_type):
    evs = _events(coder, text)
    doer = next(e for e in evs if e.event_type == "COERCE").actor
    victim = next(e for e in evs if e.event_type == event_type).recipient
    assert victim is not None and victim.name != doer.name and victim.how != "context"


def test_its_troops_still_name_the_body(coder):
    text = "ECOWAS deployed a force in Gambia, and its troops were attacked near Banjul on Monday."
    ev = next(e for e in _events(coder, text) if e.event_type == "ASSAULT")
    assert ev.recipient is not None and ev.recipient.how == "context"
    assert ev.recipient.name == "Economic Community of West African States"


@pytest.mark.parametrize("text,claimant", [
    ("Soldiers are said to have executed 20 prisoners near Bamenda in March, according to Human Rights Watch.",
     "Human Rights Watch"),
    ("Militiamen were alleged to have burned homes in Ituri on Sunday, according to Amnesty International.",
     "Amnesty International"),
    ("Police are said to have beaten dozens of students in Sylhet, according to witnesses.", "witnesses"),
])
def test_a_passive_report_rests_on_the_according_to_phrase(coder, text, claimant):
    ev = next(e for e in _events(coder, text) if e.event_type == "ASSAULT")
    assert (ev.attribution.claimant, ev.attribution.certainty) == (claimant, "alleged")


@pytest.mark.parametrize("text,claimant,certainty", [
    ("Police detained the activists according to the emergency law.", "author", "asserted"),
    ("The activists were said to have been detained according to the emergency law.", "unnamed source", "alleged"),
    ("Prisoners were executed according to orders from the commander.", "author", "asserted"),
])
def test_according_to_a_norm_names_no_source(coder, text, claimant, certainty):
    # "according to the law" tells in accordance with what, not on whose word (profile according_to_norm_nouns)
    ev = next(e for e in _events(coder, text) if e.event_type in ("ASSAULT", "COERCE"))
    assert (ev.attribution.claimant, ev.attribution.certainty) == (claimant, certainty)


def test_a_passive_report_with_no_source_stays_unnamed(coder):
    ev = next(e for e in _events(coder, "Soldiers are said to have executed 20 prisoners near Bamenda in March.")
              if e.event_type == "ASSAULT")
    assert (ev.attribution.claimant, ev.attribution.certainty) == ("unnamed source", "alleged")


@pytest.mark.parametrize("text,event_type,who", [
    ("Activists held in Mutare were not beaten but were tortured with electric shocks, their lawyers said.",
     "ASSAULT", "activist"),
    ("Two reporters were detained in Grodno and were beaten in custody, their editor said.", "ASSAULT", "journalist"),
    ("Protesters were dispersed with tear gas and were later arrested in Mombasa.", "COERCE", "protester"),
])
def test_a_passive_conjunct_with_its_own_auxiliary_shares_the_subject(coder, text, event_type, who):
    ev = next(e for e in _events(coder, text) if e.event_type == event_type and e.trigger.text != "Protesters")
    assert ev.recipient is not None and ev.recipient.name.endswith(who)


def test_a_passive_conjunct_with_a_number_of_its_own_keeps_its_own_group(coder):
    text = "During the riots in Osh, 40 people were injured and over 300 were arrested, officials said."
    ev = next(e for e in _events(coder, text) if e.event_type == "COERCE")
    assert ev.recipient is None or ev.recipient.span.text != "people"
