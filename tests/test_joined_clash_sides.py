"""Police joined to the subject of a fight are its other side, as in "X clashed with police".

ACLED Codebook 2023: Armed clash needs organised armed groups on both sides; demonstrators or followers
who fight state forces are a Violent demonstration, a crowd outside a demonstration Mob violence. The
joined subject "Football fans and police clashed" read the whole subject, police included, as the
unresolved actor's words, so both sides looked armed (Armed clash); "Supporters of the opposition and
police clashed" (police misattached to the "of" phrase) had no recipient at all. Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _fight(coder, text):
    return next(e for e in coder.code(text, published="2024-03-10") if e.event_type in ("ASSAULT", "PROTEST"))


@pytest.mark.parametrize("joined, with_form", [
    ("Supporters of the opposition and police clashed in Ndola on Tuesday.",
     "Supporters of the opposition clashed with police in Ndola on Tuesday."),
    ("Followers of the PTI and police scuffled outside the court in Multan on Sunday.",
     "Followers of the PTI scuffled with police outside the court in Multan on Sunday."),
    ("Football fans and police clashed outside the stadium in Split on Saturday.",
     "Football fans clashed with police outside the stadium in Split on Saturday."),
    ("Students and police clashed outside the university in Chittagong on Monday.",
     "Students clashed with police outside the university in Chittagong on Monday."),
])
def test_the_joined_form_agrees_with_the_with_form(coder, joined, with_form):
    a, b = _fight(coder, joined), _fight(coder, with_form)
    assert a.sub_event_type == b.sub_event_type
    assert a.sub_event_type in ("Violent demonstration", "Mob violence")
    assert a.recipient is not None and a.recipient.sector == "COP"
    assert (a.actor.name if a.actor else None) == (b.actor.name if b.actor else None)


@pytest.mark.parametrize("text, sub", [
    ("Supporters of the opposition and police clashed in Ndola on Tuesday.", "Violent demonstration"),
    ("Followers of the PTI and police scuffled outside the court in Multan on Sunday.", "Violent demonstration"),
    ("Football fans and police clashed outside the stadium in Split on Saturday.", "Mob violence"),
])
def test_unarmed_side_and_police_are_no_armed_clash(coder, text, sub):
    assert _fight(coder, text).sub_event_type == sub


def test_armed_sides_joined_stay_a_battle_and_parties_are_not_split(coder):
    battle = _fight(coder, "Soldiers and militants clashed near Menaka on Sunday.")
    assert battle.sub_event_type == "Armed clash" and battle.recipient is not None
    # a party named in the "of" phrase is what is supported, never the other side
    party = _fight(coder, "Supporters of the opposition and the ruling party clashed in Masvingo on Tuesday.")
    assert party.sub_event_type != "Armed clash"


@pytest.mark.parametrize("text", [
    "Wives of soldiers and police clashed over pensions in Bamenda on Monday.",
    "Families of soldiers and policemen scuffled outside the ministry in Lviv on Tuesday.",
    "Relatives of soldiers and policemen clashed with guards outside the ministry in Odesa on Monday.",
])
def test_forces_inside_the_of_phrase_are_whose_kin_not_the_other_side(coder, text):
    fight = _fight(coder, text)
    # the kin of soldiers and police fought; the police are not their opponents
    assert fight.recipient is None or fight.recipient.sector != "COP"


def test_an_of_phrase_of_the_crowd_still_leaves_police_the_other_side(coder):
    fight = _fight(coder, "Relatives of the victims and police clashed outside the morgue in Eldoret on Monday.")
    assert fight.recipient is not None and fight.recipient.sector == "COP"
