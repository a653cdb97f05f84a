"""Actors and recipients must come from words that name them in that role (review of implied agents,
named causes, last-word links, reaction doers, investigation hosts and merged same-words events).

Sentences written for these tests: for each family the wrong reading is gone and a right reading of
the same family stays.
"""

from __future__ import annotations

import pytest

from dotterel.events.merge import _same_words

PUBLISHED = "2024-05-01"  # the date of every coder.code call below
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published=PUBLISHED)


def _one(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.event_type) for e in events]
    return found[0]


# -- 1. implied police: a force named acting, near the act, in its place -----------------------------------------
@pytest.mark.parametrize("text, trigger", [
    # the arrested officer is the patient, not the force that arrests him
    ("An off-duty police officer was arrested in Lagos on Monday for armed robbery.", "arrested"),
    ("Two police constables were detained in Patna on Friday for taking bribes.", "detained"),
    # another report, after the act
    ("Eleven UN staff members were detained in Sanaa on Thursday, in an area controlled by Houthi rebels. "
     "Separately, police in Aden said a car bomb killed two people.", "detained"),
    # another country's police
    ("Kenyan police said on Monday that they had arrested three suspects in Nairobi.\n\n"
     "In Kampala, forty opposition supporters were detained on Tuesday.", "detained"),
    # the police of another city
    ("Police in Mumbai said the strike was peaceful. In Delhi, twenty students were detained on Friday.",
     "detained"),
])
def test_no_implied_police_from_a_patient_another_report_or_another_place(coder, text, trigger):
    ev = _one(_events(coder, text), trigger)
    assert ev.actor is None or ev.actor.how != "implied", ev.actor


@pytest.mark.parametrize("text, trigger, country", [
    ("Kenyan police said on Monday that the city was calm.\n\nIn Nairobi, forty opposition supporters were "
     "detained on Tuesday.", "detained", "KEN"),
    ("Over 40 people were arrested in Kisumu after the clashes, Kenyan police said.", "arrested", "KEN"),
    ("Police said the town was calm on Tuesday. Over 40 people were arrested after the clashes.", "arrested", None),
    ("According to police, over 30 people were arrested in Lucknow on Sunday.", "arrested", None),
    ("Over 30 people were arrested in Lucknow on Sunday, the Superintendent of Police said.", "arrested", None),
    ("Dozens of people were detained when security forces broke up a student march in Dhaka on Friday.",
     "detained", None),
])
def test_implied_police_named_acting_in_the_same_story_stay(coder, text, trigger, country):
    ev = _one(_events(coder, text), trigger)
    assert ev.actor is not None and ev.actor.how == "implied" and ev.actor.sector == "COP"
    assert country is None or ev.actor.country == country


# -- 2. a toll's named cause: the state word must modify the cause noun ------------------------------------------
@pytest.mark.parametrize("text", [
    "Five soldiers were killed in rebel shelling of an army base near Goma on Monday.",
    "Three people were killed in a raid on a police post in Zamfara on Sunday.",
    "Four people were killed in Maoist firing on a police patrol in Sukma on Monday.",
])
def test_a_state_word_past_the_cause_or_beside_another_doer_gives_no_actor(coder, text):
    ev = _one(_events(coder, text), "killed")
    assert ev.actor is None or ev.actor.sector not in ("COP", "MIL"), ev.actor


@pytest.mark.parametrize("text, sector", [
    ("Two protesters were killed in police firing in Srinagar on Monday.", "COP"),
    ("Two protesters were killed in firing by the police in Srinagar on Monday.", "COP"),
    ("Four villagers were killed in army shelling near Goma on Monday.", "MIL"),
])
def test_a_state_word_modifying_the_cause_gives_the_force(coder, text, sector):
    ev = _one(_events(coder, text), "killed")
    assert ev.actor is not None and ev.actor.sector == sector


# -- 3. last-word links: a role noun is not a rebel body named again ---------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("The Free Syrian Army attacked a checkpoint near Idlib on Monday.\n\n"
     "On Tuesday, the Army shelled the village of Kafr Nabl, residents said.", "Free Syrian Army"),
    ("The Arakan Army attacked a police post in Rakhine on Monday. On Tuesday, the Army shelled the town "
     "of Paletwa, residents said.", "Arakan Army"),
])
def test_the_army_is_not_the_rebel_army_named_before(coder, text, body):
    ev = _one(_events(coder, text), "shelled")
    assert ev.actor is None or ev.actor.name != body


def test_an_international_body_is_still_named_again_by_its_last_word(coder):
    events = _events(coder, "The European Parliament adopted a resolution on Belarus on Thursday. "
                            "Parliament condemned the arrests.")
    ev = _one(events, "condemned")
    assert ev.actor.name == "European Parliament" and ev.actor.span.text == "Parliament"


# -- 4. the doer of the act a reaction names: its "of" patient must match ----------------------------------------
def test_the_killing_of_its_soldiers_is_the_rebels_act_not_the_later_police_shooting(coder):
    text = ("Rebels killed three soldiers in Kidal on Monday. On Tuesday, police shot dead a protester in Bamako. "
            "The army condemned the killing of its soldiers.")
    ev = _one(_events(coder, text), "condemned")
    assert ev.recipient is None or ev.recipient.sector != "COP", ev.recipient
    # the rebels take Mali, the one country of the text's places (Kidal, Bamako)
    assert ev.recipient is not None and ev.recipient.name == "MLI rebel"


def test_two_earlier_doers_of_the_same_act_leave_the_reaction_without_one(coder):
    text = ("Rebels killed two soldiers in Kidal on Monday. Jihadists killed three soldiers in Gao on Tuesday. "
            "The army condemned the killing of its soldiers.")
    ev = _one(_events(coder, text), "condemned")
    assert ev.recipient is None or ev.recipient.how != "context", ev.recipient


def test_the_killing_of_the_protester_names_the_police_who_shot_him(coder):
    text = ("Rebels killed three soldiers in Kidal on Monday. On Tuesday, police shot dead a protester in Bamako. "
            "The opposition condemned the killing of the protester.")
    ev = _one(_events(coder, text), "condemned")
    assert ev.recipient is not None and ev.recipient.sector == "COP"


# -- 5. an investigation has a recipient only when the country is what is investigated ---------------------------
@pytest.mark.parametrize("text", [
    "The International Criminal Court is investigating war crimes in Ukraine.",
    "UN investigators are investigating the killings of civilians in Sudan.",
])
def test_the_country_where_crimes_were_is_not_the_one_investigated(coder, text):
    ev = next(e for e in _events(coder, text) if e.mode == "investigate")
    assert ev.recipient is None or ev.recipient.how != "destination", ev.recipient


def test_a_country_investigated_as_the_object_is_the_recipient(coder):
    ev = next(e for e in _events(coder, "The International Criminal Court is investigating Russia over the "
                                        "deportation of children.") if e.mode == "investigate")
    assert ev.recipient is not None and ev.recipient.country == "RUS"


# -- 6. merging: span-less actors are not the same words ---------------------------------------------------------
def test_implied_actors_are_not_the_same_words(coder):
    ev = _one(_events(coder, "Police arrested five activists in Lagos on Monday."), "arrested")
    implied = ev.model_copy(update={"actor": ev.actor.model_copy(update={"span": None})})
    assert _same_words(ev, ev)
    assert not _same_words(implied, implied)
    assert not _same_words(ev, implied)
