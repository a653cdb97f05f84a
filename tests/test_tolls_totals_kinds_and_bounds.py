"""Tolls a new user found wrong (their report's section E), each by kind, with sentences of our own.

- the only killed figure is one of security forces: it is the whole toll too (ACLED codebook 2023,
  fatalities: the number killed in the event);
- a list of one bounded figure and one person sums to a bound ("at least 9 militiamen and a nurse": 10);
- a participle after the killed ("villagers gathered for a wedding") does not make them a crowd;
- "lynched" kills; one person abducted is one abducted;
- "more than N" is N as a lower bound (the figure as written, ACLED's most conservative figure);
- a running total "since 2021" in a perfect tense is no event and lends its figure to none;
- "killing X and wounding Y" is one attack with both figures.
"""

from __future__ import annotations

import pytest

from dotterel.counts import extract_counts
from dotterel.lang import LanguageProfile
from dotterel.records import Span

EN = LanguageProfile.load("en")
PUB = "2025-03-01"

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _counts(coder, text):
    return [[(c.kind, c.low, c.best, c.subgroup) for c in e.counts] for e in coder.code(text, published=PUB)]


def _sentence_counts(coder, text):
    doc = coder.nlp(text)
    return [(c.kind, c.low, c.best, c.high, c.subgroup) for s in doc.sents
            for c in extract_counts(s, to_span=lambda a, b: Span(start=a, end=b, text=doc.text[a:b]), lang=EN)]


# --- 1. a lone part of security forces is the whole --------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Gunmen ambushed a convoy near Garissa on Monday, killing two soldiers.", 2),
    ("Militants stormed a base in Tillaberi on Sunday, killing 12 soldiers, the army said.", 12),
    ("One Nigerian policeman was killed when bandits attacked a checkpoint in Zamfara on Tuesday.", 1),
])
def test_the_only_killed_figure_of_security_forces_is_also_the_whole(coder, text, figure):
    (counts,) = _counts(coder, text)
    assert counts == [("killed", None, figure, None), ("killed", None, figure, "security_forces")]


@pytest.mark.parametrize("text, expected", [
    # a whole stated beside the part: nothing is added
    ("25 people, including 3 soldiers, were killed in the attack in Gao on Monday.",
     [("killed", None, 25, None), ("killed", None, 3, "security_forces")]),
    # injuries keep the part alone (shared/cases codes '14 officers were injured' as injured_security_forces)
    ("Protesters clashed with police in Arequipa on Thursday, and 14 officers were injured.",
     [("injured", None, 14, "security_forces")]),
])
def test_a_part_beside_a_whole_or_of_the_injured_gets_no_whole(coder, text, expected):
    assert [c for counts in _counts(coder, text) for c in counts] == expected


# --- 1b. a bounded figure and one person in a list ---------------------------------------------

def test_a_bounded_figure_and_a_person_sum_to_a_bound(coder):
    assert _sentence_counts(coder, "Rebels raided a village in Ituri, killing at least 9 militiamen and a nurse.") == [
        ("killed", 10, None, None, None), ("killed", 9, None, None, "militiaman"), ("killed", None, 1, None, "nurse")]


def test_a_person_named_before_the_figure_is_counted(coder):
    got = _sentence_counts(coder, "Police in Nairobi arrested the manager and three accountants of the bank on Friday.")
    assert got[0] == ("arrested", None, 4, None, None)


def test_a_thing_in_the_list_adds_nothing(coder):
    assert _sentence_counts(coder, "Gunmen killed at least 9 villagers and a cow in Zamfara on Monday.") == [
        ("killed", 9, None, None, None)]


# --- 2. a participle after the killed ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed at least 40 villagers gathered for a wedding in Plateau state on Saturday.",
     ("killed", 40, None, None, None)),
    ("A drone strike killed 23 worshippers assembled for Friday prayers in Peshawar.",
     ("killed", None, 23, None, None)),
    # a crowd that gathers of its own is still a crowd
    ("About 2,000 farmers gathered in Delhi on Monday to protest the farm laws.",
     ("participants", None, 2000, None, None)),
    ("Police said 300 students gathered outside the ministry in Dhaka.", ("participants", None, 300, None, None)),
])
def test_a_participle_on_the_killed_does_not_make_a_crowd(coder, text, expected):
    assert _sentence_counts(coder, text) == [expected]


# --- 3. tolls with no number -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("An angry crowd lynched two suspected thieves in Port-au-Prince on Sunday.", ("killed", None, 2, None)),
    ("Residents lynched a suspected kidnapper in Kano on Friday.", ("killed", None, 1, None)),
    ("Unknown men abducted an opposition journalist in Bujumbura on Monday.", ("abducted", None, 1, None)),
    ("Gunmen kidnapped a priest and a seminarian in Enugu on Sunday.", ("abducted", None, 2, None)),
])
def test_lynched_and_abducted_people_are_counted(coder, text, expected):
    assert _counts(coder, text) == [[expected]]


@pytest.mark.parametrize("text", [
    "Police arrested a journalist in Minsk on Monday.",  # an arrest is not an abduction
    "Gunmen did not abduct the journalist, police said.",  # negated: no event, no figure
])
def test_no_abducted_figure_where_none_was_abducted(coder, text):
    assert not any(c[0] == "abducted" for counts in _counts(coder, text) for c in counts)


# --- 4. bounds are the figures as written ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Security forces killed more than 1,200 people in Tigray last week.", ("killed", 1200, None, None, None)),
    ("Police detained over 300 protesters in Nairobi on Tuesday.", ("arrested", 300, None, None, None)),
    ("Fewer than 50 people were arrested in Lagos on Monday.", ("arrested", None, None, 50, None)),
])
def test_a_bound_is_the_figure_as_written(coder, text, expected):
    assert _sentence_counts(coder, text) == [expected]


# --- 5. running totals since a year ------------------------------------------------------------

def test_a_running_total_since_a_year_is_no_event(coder):
    assert coder.code("The insurgency has killed more than 5,000 people since 2019.", published=PUB) == []
    assert coder.code("Police have arrested 1,200 opposition supporters since March 2022, the group said.",
                      published=PUB) == []


@pytest.mark.parametrize("text, expected", [
    ("Rioters torched a police station in Guayaquil on Tuesday, leaving at least 12 dead, in a wave of violence "
     "that has killed more than 300 people since 2021.", [[("killed", 12, None, None)]]),
    ("Inmates rioted at a prison in Quito on Monday, leaving 9 dead, the latest in a series of riots that have "
     "killed more than 200 prisoners since 2020.", [[("killed", None, 9, None)]]),
])
def test_the_incident_keeps_its_toll_and_not_the_running_total(coder, text, expected):
    assert _counts(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'since 2020' is on another clause: the killing is one dated event
    ("Police killed 3 protesters in Lagos on Monday, where protests have continued since 2020.",
     ("killed", None, 3, None)),
    # no perfect tense: an event of 2021
    ("Soldiers killed 4 militants in Borno in 2021.", ("killed", None, 4, None)),
])
def test_a_year_that_is_not_a_running_total_keeps_the_event(coder, text, expected):
    assert _counts(coder, text)[0] == [expected]


# --- 6. killing and wounding in one act --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("A landmine hit a military truck in Kidal on Sunday, killing an officer and injuring two soldiers.",
     [("killed", None, 1, None), ("injured", None, 2, "security_forces")]),
    ("Gunmen killed five civilians and wounded two others in Mopti on Sunday.",
     [("killed", None, 5, None), ("injured", None, 2, None)]),
])
def test_the_killed_and_the_wounded_of_one_act_are_one_event(coder, text, expected):
    events = [e for e in coder.code(text, published=PUB) if e.event_type == "ASSAULT"]
    assert len(events) == 1
    assert [(c.kind, c.low, c.best, c.subgroup) for c in events[0].counts] == expected


@pytest.mark.parametrize("text", [
    "Soldiers killed two militants and arrested five others in Mopti on Sunday.",  # another kind of act
    "Gunmen killed two villagers on Monday, and on Tuesday police wounded three of the attackers.",  # own subject
])
def test_other_acts_stay_apart(coder, text):
    assert len(coder.code(text, published=PUB)) == 2


# --- 1c. the dead of both sides told by two verbs ----------------------------------------------

def test_the_dead_of_both_sides_of_one_fight_sum_to_the_toll(coder):
    (counts,) = _counts(coder, "Gunmen attacked a police post in Kidal on Monday, killing one officer; two assailants "
                               "died in the exchange of fire.")
    assert counts == [("killed", None, 3, None), ("killed", None, 1, "security_forces"), ("killed", None, 2, "assailant")]


@pytest.mark.parametrize("text", [
    # civilians are not a side of the fight the rule knows: left as stated
    "Gunmen attacked a police post in Kidal on Monday, killing one officer; two civilians died in the crossfire.",
    # another sentence: another statement, never summed
    "Police killed 3 militants in Gao on Monday. One officer was killed.",
])
def test_no_sum_outside_one_sentence_of_two_armed_sides(coder, text):
    counts = [c for cs in _counts(coder, text) for c in cs]
    assert not any(c[3] == "assailant" or (c[3] is None and c[2] == 4) for c in counts)
    assert ("killed", None, 1, "security_forces") in counts


# --- 1d. a mixed group is no part of the security forces --------------------------------------

def test_a_figure_on_soldiers_and_civilians_is_the_whole(coder):
    assert _sentence_counts(coder, "Jihadists raided a village near Djibo on Sunday, killing 30 soldiers and civilians.") \
        == [("killed", None, 30, None, None)]


def test_a_figure_on_soldiers_and_police_stays_security_forces(coder):
    assert _sentence_counts(coder, "Jihadists raided a base near Djibo on Sunday, killing 30 soldiers and police.") \
        == [("killed", None, 30, None, "security_forces")]


# --- 3b. one object of two verbs ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Militiamen beat and abducted a student activist in Gitega on Monday.", ("abducted", None, 1, None)),
    ("Soldiers beat and killed a farmer in Kayanza on Sunday.", ("killed", None, 1, None)),
])
def test_the_object_of_the_first_verb_is_the_victim_of_the_second(coder, text, expected):
    assert expected in [c for cs in _counts(coder, text) for c in cs]
