"""Police as the doer (issues 12 and 16): agentless arrests, police words and ranks, police acts the lexicon names.

Sentences written for these tests, in normal and in lower case (as
lower-cased news archives print them).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-01"  # the date of every coder.code call below
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text, published=PUBLISHED):
    return coder.code(text, published=published)


def _one(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.event_type) for e in events]
    return found[0]


# -- agentless arrests take the police the document names ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Police said the town was calm on Tuesday. Over 40 people were arrested after the clashes.",
    "police said the town was calm on tuesday. over 40 people were arrested after the clashes.",
    "Over 40 people were arrested after the clashes, police sources said.",
])
def test_an_agentless_arrest_takes_the_police_the_document_names(coder, text):
    ev = _one(_events(coder, text), "arrested")
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest")
    assert ev.actor.sector == "COP" and ev.actor.how == "implied"
    assert ev.actor.span is None  # the sentence does not name them
    assert ev.actor.antecedent is not None and "police" in ev.actor.antecedent.text.lower()
    assert text[ev.actor.antecedent.start:ev.actor.antecedent.end] == ev.actor.antecedent.text


def test_the_police_named_after_the_arrest_are_its_agent_when_none_is_named_before(coder):
    text = "Twelve students were detained outside the university. The police commissioner defended the operation."
    ev = _one(_events(coder, text), "detained")
    assert ev.actor.sector == "COP" and ev.actor.how == "implied"
    assert ev.actor.antecedent.text.lower().endswith("police commissioner")


def test_a_reduced_relative_arrest_takes_the_police_too(coder):
    text = "Police patrolled the old city on Friday. The 51 people arrested for the riot were charged on Saturday."
    ev = _one(_events(coder, text), "arrested")
    assert ev.actor is not None and ev.actor.how == "implied" and ev.actor.sector == "COP"


def test_another_force_acting_in_the_document_leaves_the_arrest_without_an_actor(coder):
    text = "The governor said the army had sealed the town. Over 40 people were arrested after the clashes."
    ev = _one(_events(coder, text), "arrested")
    assert ev.actor is None


@pytest.mark.parametrize("text, trigger", [
    ("Over 40 people were arrested after the clashes in the city on Monday.", "arrested"),
    ("over 40 people were arrested after the clashes in the city on monday.", "arrested"),
    ("Five activists were taken into custody near the station on Sunday.", "taken"),
    ("Stones were thrown at a bus on Friday. Some arrests have also been made in the town.", "arrests"),
    ("Preventive arrests have been made in the town since Tuesday.", "arrests"),
])
def test_without_any_force_in_the_document_an_arrest_that_took_place_is_the_police_s(coder, text, trigger):
    ev = _one(_events(coder, text), trigger)
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest")
    assert ev.actor is not None and ev.actor.sector == "COP" and ev.actor.how == "implied"
    assert ev.actor.span is None and ev.actor.antecedent is None
    assert "police powers" in ev.actor.reason


@pytest.mark.parametrize("text, trigger", [
    ("A Japanese aid worker was captured in Fallujah in April.", "captured"),  # also a soldier's act
    ("Amnesty International announced the detention of two activists in Cairo.", "detention"),
    ("An off-duty police officer was arrested in Lagos on Monday for armed robbery.", "arrested"),
    ("Five men were detained in an area controlled by the rebels.", "detained"),
])
def test_an_arrest_another_force_may_have_made_takes_no_police_by_office(coder, text, trigger):
    for ev in _events(coder, text):
        if ev.trigger.text == trigger:
            assert ev.actor is None or ev.actor.how != "implied"


@pytest.mark.parametrize("text, trigger", [
    # not placed in the report's own story: no date near it (background told by a speaker)
    ("He said that 17000 of his followers were arrested in connection with that march.", "arrested"),
    ("Over 40 people were arrested after the clashes in the city.", "arrested"),
    # historical by its date
    ("In 1975, thousands of opposition workers were jailed during the Emergency.", "jailed"),
    # a fact about a person, in a relative clause
    ("The party's leader, who was arrested in Lucknow on Friday, addressed the rally on Sunday.", "arrested"),
    ("Shares of the firm, whose founder was detained in Tokyo on Monday, fell.", "detained"),
    # "rounded up" is also a soldier's, a militia's or a mob's act
    ("Dozens of villagers were rounded up on Monday and marched into the forest.", "rounded"),
    # a conjoined passive names the doer
    ("He said on Monday that the volunteers were being detained and harassed by the government.", "detained"),
])
def test_an_arrest_outside_the_report_s_own_story_takes_no_police_by_office(coder, text, trigger):
    for ev in _events(coder, text, published="2002-03-10"):
        if ev.trigger.text == trigger:
            assert ev.actor is None or ev.actor.how != "implied", ev.actor


@pytest.mark.parametrize("text, trigger", [
    ("So far more than 400 arrests have been made in the city since February 28.", "arrests"),
    ("The chief minister said on Monday that 29 persons have been arrested in the Naroda incident.", "arrested"),
    ("Fifty kar sevaks were arrested in Mumbai on Friday.", "arrested"),
])
def test_an_arrest_of_the_report_s_own_story_still_takes_police_by_office(coder, text, trigger):
    ev = _one(_events(coder, text, published="2002-03-10"), trigger)
    assert ev.actor is not None and ev.actor.sector == "COP" and ev.actor.how == "implied"


def test_an_active_crackdown_with_its_doer_elsewhere_takes_no_implied_police(coder):
    text = "The leadership is shying away from its promise by cracking down on the volunteers, he said."
    for ev in _events(coder, text):
        assert ev.actor is None or ev.actor.how != "implied"


@pytest.mark.parametrize("text, trigger", [
    ("Police said anyone who defies the order would be detained.", "detained"),
    ("Police were given orders to arrest anyone violating the curfew.", "arrest"),
    ("Police denied that any such arrest had been made.", "arrest"),
])
def test_an_arrest_that_did_not_take_place_gets_no_implied_police(coder, text, trigger):
    for ev in _events(coder, text):
        if ev.trigger.text == trigger:
            assert ev.actor is None or ev.actor.how != "implied"


def test_an_unresolved_by_phrase_that_names_the_police_gives_them(coder):
    text = "The two men were arrested by a team made up of personnel of the railway police."
    ev = _one(_events(coder, text), "arrested")
    assert ev.actor.sector == "COP" and ev.actor.how != "implied"
    assert "police" in ev.actor.span.text.lower()


def test_two_agentless_arrests_with_implied_police_stay_two_events(coder):
    text = ("Police said the situation was under control. Five activists were arrested near the station. "
            "Later a local leader was also arrested at his home.")
    arrests = [e for e in _events(coder, text) if e.mode == "arrest"]
    assert len(arrests) == 2
    assert all(e.actor is not None and e.actor.how == "implied" for e in arrests)


def test_a_passive_deployment_is_coded_with_the_force_it_moves(coder):
    ev = _one(_events(coder, "Security forces have been deployed in all sensitive areas of the city."), "deployed")
    assert ev.event_type == "MOBILIZE" and ev.actor.sector == "COP"
    assert ev.actor.span.text.lower() == "security forces"


# -- police words and ranks -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Cops rounded up thirty people near the market.", "rounded"),
    ("constables rounded up thirty people near the market.", "rounded"),
    ("A police team picked up three youths from the area.", "picked"),
    ("The Rapid Action Force detained twenty people on Sunday.", "detained"),
    ("the rapid action force detained twenty people on sunday.", "detained"),
])
def test_police_words_name_a_police_actor(coder, text, trigger):
    ev = _one(_events(coder, text), trigger)
    assert ev.actor is not None and ev.actor.sector == "COP"


def test_a_police_rank_as_a_title_types_the_person(coder):
    ev = _one(_events(coder, "Police Commissioner Arun Mehra banned all rallies in the city on Monday."), "banned")
    assert ev.actor.kind == "person" and ev.actor.sector == "COP"


def test_weapons_inspectors_are_not_police(kb):
    assert kb.role("weapons inspectors") is None or kb.role("weapons inspectors").sector != "COP"
    assert kb.role("sub-inspector").sector == "COP"
    assert kb.role("superintendent of police").sector == "COP"


# -- police acts the lexicon names -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The police fired in the air to scatter the crowd.",
    "the police fired in the air to scatter the crowd.",
])
def test_firing_in_the_air_is_crowd_control(coder, text):
    ev = _one(_events(coder, text), "fired")
    assert (ev.event_type, ev.mode) == ("ASSAULT", "crowd-control") and ev.actor.sector == "COP"


def test_police_firing_without_an_object_is_an_assault_with_firearms(coder):
    ev = _one(_events(coder, "The police had to fire to control the mob."), "fire")
    assert (ev.event_type, ev.mode) == ("ASSAULT", "firearms") and ev.actor.sector == "COP"


def test_a_dismissed_officer_is_no_shooting(coder):
    assert not [e for e in _events(coder, "The officer was fired last week.") if e.event_type == "ASSAULT"]


def test_bursting_tear_gas_shells_is_crowd_control(coder):
    ev = _one(_events(coder, "Police burst tear gas shells to disperse the stone-throwing mob."), "burst")
    assert (ev.event_type, ev.mode) == ("ASSAULT", "crowd-control")


@pytest.mark.parametrize("text", [
    "Police have booked 15 persons under the Arms Act.",
    "police have booked 15 persons under the arms act.",
    "The police booked the shopkeeper for rioting.",
])
def test_booking_a_person_under_a_law_is_a_formal_charge(coder, text):
    ev = _one(_events(coder, text), "booked")
    assert (ev.event_type, ev.mode) == ("ACCUSE", "allege") and ev.actor.sector == "COP"


def test_booking_a_hall_is_no_charge(coder):
    assert not [e for e in _events(coder, "The party booked a hall for the meeting.") if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "On Thursday the army held a flag march in the old city.",
    "the police took out a flag march in the walled city on thursday.",
])
def test_a_flag_march_is_a_show_of_force_not_a_protest(coder, text):
    evs = _events(coder, text)
    ev = _one(evs, "march")
    assert ev.event_type == "MOBILIZE" and ev.actor.sector in ("COP", "MIL")
    assert not [e for e in evs if e.event_type == "PROTEST"]


# -- a toll caused by a force's named act -------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Two people were killed in police firing at the market on Monday.", "killed"),
    ("two people were killed in police firing at the market on monday.", "killed"),
    ("125 persons have died in police firing.", "died"),
    ("One man was injured in the police firing, officials said.", "injured"),
])
def test_a_toll_in_police_firing_is_the_police_s_assault(coder, text, trigger):
    # one event: the toll verb's, or the firing noun's with the toll merged into it (profile force_act_nouns)
    found = [e for e in _events(coder, text) if e.trigger.text in (trigger, "firing")]
    assert len(found) == 1, [(e.trigger.text, e.event_type) for e in found]
    ev = found[0]
    assert ev.event_type == "ASSAULT" and ev.actor.sector == "COP"
    assert ev.actor.span.text.lower() == "police"
    assert {c.kind for c in ev.counts} & {"killed", "injured"}


def test_a_toll_in_firing_by_no_named_force_keeps_no_actor(coder):
    assaults = [e for e in _events(coder, "Two people were killed in the firing near the market.")
                if e.event_type == "ASSAULT"]
    assert assaults and all(e.actor is None for e in assaults)


# -- police deployments and raised alert (PLOVER MOBILIZE; CAMEO 150/151) ----------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Over 300 policemen have been positioned around the stadium.", "positioned"),
    ("over 300 policemen have been positioned around the stadium.", "positioned"),
    ("Armed constables were posted at every crossing in the old town.", "posted"),
    ("The state rushed 500 policemen to the border district on Monday.", "rushed"),
    ("About 800 policemen were deployed across the market area.", "deployed"),
])
def test_police_put_in_place_are_a_police_mobilisation(coder, text, trigger):
    ev = _one(_events(coder, text), trigger)
    assert (ev.event_type, ev.mode) == ("MOBILIZE", "police")


def test_a_passively_posted_police_unit_is_its_own_actor(coder):
    ev = _one(_events(coder, "Over 300 policemen have been positioned around the stadium."), "positioned")
    assert ev.actor.sector == "COP" and ev.actor.how != "implied"


@pytest.mark.parametrize("text", [
    "He was posted as deputy commissioner in the capital last year.",
    "the inspector posted at the station was transferred.",
    "She posted a photograph of the rally online.",
])
def test_a_posting_of_one_officer_or_a_message_is_no_mobilisation(coder, text):
    assert not [e for e in _events(coder, text) if e.event_type == "MOBILIZE"]


@pytest.mark.parametrize("text, trigger", [
    ("Police have stepped up security around the court complex.", "stepped"),
    ("police beefed up security at all bus depots on sunday.", "beefed"),
    ("The police tightened the security cordon around the shrine.", "tightened"),
    ("Police intensified patrolling in the riverside colonies.", "intensified"),
])
def test_security_stepped_up_by_the_police_is_a_raised_police_alert(coder, text, trigger):
    ev = _one(_events(coder, text), trigger)
    assert (ev.event_type, ev.mode, ev.cameo) == ("MOBILIZE", "police", "151")
    assert ev.actor.sector == "COP"


@pytest.mark.parametrize("text", [
    "Police said the night passed quietly. Security has been tightened at the railway station.",
    "security has been beefed up in the walled city, police sources said.",
])
def test_agentless_tightened_security_takes_the_police_the_report_names(coder, text):
    ev = next(e for e in _events(coder, text) if e.event_type == "MOBILIZE")
    assert ev.mode == "police" and ev.actor.sector == "COP" and ev.actor.how == "implied"


def test_agentless_tightened_security_without_police_in_the_report_keeps_no_actor(coder):
    ev = next(e for e in _events(coder, "Security has been tightened at the railway station.")
              if e.event_type == "MOBILIZE")
    assert ev.actor is None


def test_a_tightened_budget_is_no_alert(coder):
    assert not [e for e in _events(coder, "The ministry tightened the budget for roads.") if e.event_type == "MOBILIZE"]


# -- curfews and prohibitory orders (PLOVER COERCE curfew / restrict; CAMEO 1723, 172) -----------------------------
@pytest.mark.parametrize("text, mode", [
    ("Curfew was clamped on the walled city after the clashes.", "curfew"),
    ("the police commissioner clamped prohibitory orders in the city.", "restrict"),
    ("The district magistrate imposed prohibitory orders under Section 144 in the town.", "restrict"),
    ("Police have clamped restrictions on public meetings until March 25.", "restrict"),
])
def test_clamped_curfews_and_prohibitory_orders_are_coercion(coder, text, mode):
    evs = [e for e in _events(coder, text) if e.event_type == "COERCE"]
    assert evs and evs[0].mode == mode


def test_a_restriction_imposed_by_the_police_has_the_police_as_actor(coder):
    ev = next(e for e in _events(coder, "the city police have clamped prohibitory orders in the old city.")
              if e.event_type == "COERCE")
    assert ev.actor.sector == "COP"


# -- lathi (baton) charges (PLOVER ASSAULT crowd-control; CAMEO 175) -----------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Police lathicharged the protesters outside the collectorate.", "lathicharged"),
    ("the police resorted to a lathi charge to scatter the crowd.", "charge"),
    ("The police resorted to lathi-charge when the mob turned violent.", "lathi-charge"),
    # the hyphenated word kept whole (profile whole_hyphenated_words): split, "lathi" parsed as the subject
    ("police lathi-charged the mob near the collectorate.", "lathi-charged"),
    ("The police lathi-charged the crowd outside the station.", "lathi-charged"),
    ("meanwhile, the police had to lathi-charge the activists blocking the market.", "lathi-charge"),
])
def test_a_lathi_charge_is_crowd_control(coder, text, trigger):
    ev = _one(_events(coder, text), trigger)
    assert (ev.event_type, ev.mode, ev.cameo) == ("ASSAULT", "crowd-control", "175")
    assert ev.actor is not None and ev.actor.sector == "COP"


# other hyphenated verbs of crowd-control force (profile hyphenated_verb_norms): kept whole but read by the small model
# as adjectives, the list "tear-gassed, baton-charged and arrested" gave only the arrest
@pytest.mark.parametrize("text, triggers", [
    ("Riot police tear-gassed, baton-charged and detained the marchers near the stadium in Bhopal on Tuesday.",
     ["tear-gassed", "baton-charged"]),
    ("The crowd was baton-charged by the police near the bus stand.", ["baton-charged"]),
    ("Officers pepper-sprayed a group of climate activists in Hamburg on Friday, police said.", ["pepper-sprayed"]),
    ("Hundreds of farmers were tear-gassed and water-cannoned by police on the highway.", ["tear-gassed"]),
    ("Anti-riot units water-cannoned the strikers outside the refinery on Monday.", ["water-cannoned"]),
])
def test_a_hyphenated_crowd_control_verb_is_crowd_control(coder, text, triggers):
    evs = _events(coder, text)
    for trigger in triggers:
        # "tear-gassed, baton-charged and detained the marchers": sharing the list's object and date, the two
        # crowd-control acts are one record, the second its restatement (neg22)
        ev = next((e for e in evs if trigger in {r.text for r in e.restatements}), None) or _one(evs, trigger)
        assert (ev.event_type, ev.mode, ev.cameo) == ("ASSAULT", "crowd-control", "175")


def test_a_criminal_charge_is_no_lathi_charge(coder):
    evs = _events(coder, "The police filed a charge sheet against the two men.")
    assert not [e for e in evs if e.mode == "crowd-control"]


# -- jailing, remand and arrests "in connection with" (PLOVER COERCE arrest: "arrests, detains or imprisons") -------
@pytest.mark.parametrize("text, trigger", [
    ("police said the three youths were remanded in police custody till monday.", "remanded"),
    ("Police said the two men were lodged in the district jail.", "lodged"),
    ("Police said four men were held in connection with the arson.", "held"),
])
def test_jailing_and_remand_are_arrests(coder, text, trigger):
    ev = _one(_events(coder, text), trigger)
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest")
    assert ev.actor is not None and ev.actor.sector == "COP"


@pytest.mark.parametrize("text", [
    "The union sent a letter to the jail superintendent.",
    "A meeting was held in connection with the festival.",
    "She lodged a complaint with the commission.",
])
def test_letters_meetings_and_complaints_are_no_arrests(coder, text):
    assert not [e for e in _events(coder, text) if e.mode == "arrest"]


# -- police stopping people (PLOVER COERCE restrict: "restricts political freedoms or movement") --------------------
@pytest.mark.parametrize("text", [
    "The police prevented the volunteers from boarding the trains.",
    "police stopped hundreds of activists from entering the district.",
])
def test_police_stopping_people_from_moving_is_a_restriction(coder, text):
    ev = next(e for e in _events(coder, text) if e.event_type == "COERCE")
    assert ev.mode == "restrict" and ev.actor.sector == "COP"


def test_rain_that_stops_people_is_no_coercion(coder):
    assert not [e for e in _events(coder, "Heavy rain stopped farmers from reaching the market.")
                if e.event_type == "COERCE"]


# -- the police named acting in other shapes give an agentless arrest its actor -----------------------------------
@pytest.mark.parametrize("text", [
    "Security forces have been deployed in the town. Nine men were arrested on Sunday.",
    "The road was cleared after the intervention of police. The protesters were arrested.",
    "Two people were hurt in police firing. Ten men were arrested later.",
])
def test_a_deployed_force_or_a_police_act_names_the_police_of_the_report(coder, text):
    ev = _one(_events(coder, text), "arrested")
    assert ev.actor is not None and ev.actor.sector == "COP" and ev.actor.how == "implied"


@pytest.mark.parametrize("text", [
    "The police station was attacked on Friday. Ten men were arrested later.",
    "The arrest of a police officer angered residents. Ten men were arrested later.",
])
def test_a_police_building_or_a_police_victim_names_no_police_acting(coder, text):
    ev = [e for e in _events(coder, text) if e.trigger.text == "arrested"][0]
    # the arrest is still the police's (a police power), but those words are not cited as the force acting
    assert ev.actor is None or ev.actor.antecedent is None


# -- catching and intercepting people, keeping watch ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The police moved in and caught some of the looters.",
    "police caught two youths near the temple.",
])
def test_police_catching_people_is_an_arrest(coder, text):
    ev = _one(_events(coder, text), "caught")
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest") and ev.actor.sector == "COP"


@pytest.mark.parametrize("text", [
    "The old house caught fire on Monday.",
    "The boy caught the ball.",
    # a passive catch is as often a fear as a fact ("are we foolish ... to be caught by the police")
    "Why come by road only to be caught by the waiting police?",
])
def test_catching_fire_or_a_ball_is_no_arrest(coder, text):
    assert not [e for e in _events(coder, text) if e.mode == "arrest"]


def test_police_intercepting_people_restricts_their_movement(coder):
    ev = _one(_events(coder, "The volunteers were about to board a bus when police intercepted them."), "intercepted")
    assert (ev.event_type, ev.mode) == ("COERCE", "restrict") and ev.actor.sector == "COP"


@pytest.mark.parametrize("text, trigger", [
    ("Police were keeping a close watch on the trouble spots.", "keeping"),
    ("the police maintained a strict vigil at the bus terminus.", "maintained"),
    ("Police intensified combing operations in the villages.", "intensified"),
])
def test_police_vigil_and_combing_are_a_raised_police_alert(coder, text, trigger):
    ev = _one(_events(coder, text), trigger)
    assert (ev.event_type, ev.mode) == ("MOBILIZE", "police") and ev.actor.sector == "COP"


def test_a_watch_kept_by_residents_is_no_police_alert(coder):
    assert not [e for e in _events(coder, "Residents kept a watch on the lane all night.") if e.event_type == "MOBILIZE"]


def test_a_counted_reduced_relative_taken_into_custody_is_an_arrest(coder):
    ev = _one(_events(coder, "Police said 81 party workers taken into custody were released later."), "taken")
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest")


# -- a colon dateline is not part of the first sentence ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "dharwad: police arrested over 50 party workers near the bridge on thursday.",
    "This story is from March 1, 2002\n\nnew delhi: police arrested over 50 party workers near the bridge.",
    "SURAT: Police arrested over 50 party workers near the bridge on Thursday.",
    "Surat: Police arrested over 50 party workers near the bridge on Thursday.",
])
def test_a_colon_dateline_leaves_the_first_sentence_its_verb(coder, text):
    ev = _one(_events(coder, text), "arrested")
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest") and ev.actor.sector == "COP"


def test_a_speaker_before_a_colon_is_no_dateline(coder):
    from dotterel.annotate import forced_sentence_starts

    nlp = coder.nlp
    doc = nlp("Police said: the curfew will stay.\nHe added: nobody was hurt.")
    starts = forced_sentence_starts(doc)
    assert [doc[i].text for i in starts] == ["He"]
    doc = nlp("ahmedabad: the curfew will stay.")
    assert [doc[i].text for i in forced_sentence_starts(doc)] == ["the"]
    for heading in ("death toll: 45 killed; 120 injured.", "Update: soldiers killed 12 villagers."):
        assert forced_sentence_starts(nlp(heading)) == [], heading


# -- units read through their "of" phrase; investigation by the police (PLOVER ACCUSE investigate; CAMEO 091) --------
@pytest.mark.parametrize("text", [
    "About 2,000 personnel of the Rapid Action Force have been deployed in the old city.",
    "two companies of the state reserve police were posted at the shrine.",
])
def test_a_police_unit_counted_in_companies_or_personnel_is_the_mobilising_police(coder, text):
    ev = next(e for e in _events(coder, text) if e.event_type == "MOBILIZE")
    assert ev.actor is not None and ev.actor.sector == "COP"


def test_a_team_of_negotiators_is_no_mobilisation(coder):
    assert not [e for e in _events(coder, "The union deployed a team of negotiators.") if e.event_type == "MOBILIZE"]


@pytest.mark.parametrize("text, trigger", [
    ("Police have registered a case and begun an inquiry.", "registered"),
    ("the suspects were questioned by the police on tuesday.", "questioned"),
    ("Police have intensified the search for the absconding councillor.", "intensified"),
    ("Detectives interrogated the two men for six hours.", "interrogated"),
])
def test_police_investigation_is_accuse_investigate(coder, text, trigger):
    ev = _one(_events(coder, text), trigger)
    assert (ev.event_type, ev.mode, ev.cameo) == ("ACCUSE", "investigate", "091")


def test_a_question_from_a_teacher_is_no_investigation(coder):
    assert not [e for e in _events(coder, "The teacher questioned the decision of the board.") if e.event_type == "ACCUSE"]


# -- police acts named by a launched crackdown or operation, or security arrangements made (india5) ---------------
@pytest.mark.parametrize("text", [
    "Police launched a crackdown on illegal liquor dens in the city on Monday.",
    "police launched a massive combing operation against militants in the district.",
    "The police launched a search operation in the old city after the blast.",
])
def test_police_launching_a_crackdown_or_operation_coerce(coder, text):
    ev = _one(_events(coder, text), "launched")
    assert ev.event_type == "COERCE" and ev.actor is not None and ev.actor.sector == "COP"


@pytest.mark.parametrize("text, trigger", [
    ("The police made elaborate security arrangements in the trouble-prone areas.", "made"),
    ("the police is making elaborate security arrangements near vital points.", "making"),
    ("Tight security arrangements have been made for the festival.", "made"),
])
def test_security_arrangements_made_are_a_raised_police_alert(coder, text, trigger):
    ev = _one(_events(coder, text), trigger)
    assert (ev.event_type, ev.mode) == ("MOBILIZE", "police")


def test_a_sniper_shot_dead_is_a_shooting_when_the_parser_reads_a_noun(coder):
    ev = _one(_events(coder, "A sniper shot dead a policeman in Srinagar on Monday."), "shot")
    assert (ev.event_type, ev.mode) == ("ASSAULT", "firearms")


# -- "police firing": the act noun the small model tags as a verb (profile force_act_nouns) ---------------------------
@pytest.mark.parametrize("text", [
    "more members of the minority community died in the police firing.",
    "an official spokesman said 40 of these deaths took place due to police firing on violent mobs.",
    "the ward saved the lives of several persons injured in police firing and stabbing.",
])
def test_police_firing_named_by_its_noun_is_the_police_s_shooting(coder, text):
    ev = _one(_events(coder, text), "firing")
    assert (ev.event_type, ev.mode) == ("ASSAULT", "firearms")
    assert ev.actor is not None and ev.actor.sector == "COP"
