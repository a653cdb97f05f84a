""""Its" after a body and a place is the place's: a village's chief, a town's residents (issue 16, session 25).

- "JNIM militants besieged the village for a week; its chief was later abducted" gave the armed group as the one
  abducted: "its chief" took the last body of the paragraph although the village stood nearer. A town's chief,
  mayor or residents are the town's (the nearest agreeing antecedent); a body's fighters and members stay the
  body's whatever place stands between.
- "Soldiers occupied the town and its residents were beaten" gave the beating no recipient: the parser read "its
  residents" as a second object of "occupied", leaving "were beaten" with no subject.
Sentences written for this file.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger", [
    ("Ansar Dine fighters encircled the village for days; its chief was later kidnapped.", "kidnapped"),
    ("Boko Haram gunmen raided the village on Tuesday. Its chief was abducted.", "abducted"),
    ("ISWAP fighters surrounded the town on Friday; its chief was later killed.", "killed"),
])
def test_a_places_chief_is_not_the_armed_group(coder, text, trigger):
    r = coded_event(coder, text, trigger).recipient
    assert r is not None and r.kind != "organisation" and r.name == "chief", r


@pytest.mark.parametrize("text, trigger, name", [
    ("Soldiers occupied the town and its residents were beaten, according to Human Rights Watch.", "beaten",
     "civilian"),
    ("Militiamen entered the village and villagers were beaten.", "beaten", "civilian"),
    ("Troops stormed the camp and its residents were detained.", "detained", "civilian"),
])
def test_a_passive_after_a_second_object_keeps_its_patients(coder, text, trigger, name):
    r = coded_event(coder, text, trigger).recipient
    assert r is not None and r.name == name and r.sector == "CVL", r


@pytest.mark.parametrize("text, noun, owned", [
    ("Al-Shabaab seized the town of Jowhar; its fighters later killed two elders.", "fighters", False),
    ("The Taliban entered the town on Monday and its members arrested three journalists.", "members", False),
    ("The Taliban entered the town on Monday and its elders fled.", "elders", True),
    ("The rebels said on Monday that its chief had been freed.", "chief", False),  # no place between
])
def test_a_bodys_fighters_and_members_stay_the_bodys(coder, text, noun, owned):
    from dotterel.actors.possessives import place_owns_possessive
    from dotterel.records import Actor

    doc = coder.nlp(text)
    head = next(t for t in doc if t.text == noun)
    poss = next(c for c in head.children if c.dep_ == "poss")
    body = Actor(span=None, name=doc[1].text, country=None, sector=None, kind="organisation", reason="test")
    assert place_owns_possessive(poss, head, body, coder.lang, coder.kb) is owned


@pytest.mark.parametrize("text, trigger, claimant", [
    ("The Islamic State overran a hamlet near Mayadin. Its spokesman later said nine soldiers had been killed.",
     "killed", "Islamic State"),
    ("Al-Shabaab fighters stormed the town of Baardheere; its spokesman said six soldiers were killed.", "killed",
     "al-Shabaab"),
])
def test_a_bodys_spokesman_stays_the_bodys_across_a_place(coder, text, trigger, claimant):
    """Review of actor25 (rev25t): a village has no spokesman, so "its spokesman" after a place is the body's."""
    att = coded_event(coder, text, trigger).attribution
    assert att is not None and att.claimant == claimant, att
