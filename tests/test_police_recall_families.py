"""Police acts found in more shapes (issue 12, branches india7, india8), and their words' other senses left alone.

Sentences written for these tests, in normal and in lower case (as
lower-cased news archives print them). Each family has police sentences of
several shapes and sentences of other kinds of news (business, sport,
health, politics) that must stay as they were.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-01"  # the date of every coder.code call below
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published=PUBLISHED)


def _find(events, event_type, trigger):
    return [e for e in events if e.event_type == event_type and e.trigger.text == trigger]


def _one(events, event_type, trigger):
    found = _find(events, event_type, trigger)
    assert found, [(e.event_type, e.mode, e.trigger.text) for e in events]
    return found[0]


# -- retorts: a target phrase under "back" keeps the shooting --------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The U.S. military shot back at the attackers near the base on Monday.", "shot"),
    ("the border guards fired back at the smugglers on tuesday night.", "fired"),
    ("Soldiers shot back at the gunmen who had ambushed their convoy.", "shot"),
])
def test_shooting_back_at_a_target_is_an_assault_wherever_the_parser_hangs_the_target(coder, text, trigger):
    ev = _one(_events(coder, text), "ASSAULT", trigger)
    assert ev.recipient is not None or ev.actor is not None


@pytest.mark.parametrize("text, trigger", [
    ("The bench shot back: the state had no case at all.", "shot"),
    ("Asked about the losses, the chief executive fired back on Tuesday.", "fired"),
    ("the coach shot back after the defeat, saying the referee was wrong.", "shot"),
])
def test_a_retort_with_no_target_is_still_no_shooting(coder, text, trigger):
    assert not _find(_events(coder, text), "ASSAULT", trigger)


# -- a "that" clause hung on a march belongs to the verb of saying: the march stands ---------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The acharya explained as he marched that the temple would be built.", "marched"),
    ("the leader told reporters as he marched that the protest would go on.", "marched"),
])
def test_a_march_keeps_its_event_when_a_that_clause_is_misattached_to_it(coder, text, trigger):
    ev = _one(_events(coder, text), "PROTEST", trigger)
    assert ev.mode == "demo"


@pytest.mark.parametrize("text, trigger", [
    ("The recent events demonstrate how little we have understood his methods.", "demonstrate"),
    ("The quarterly figures demonstrated that sales have recovered.", "demonstrated"),
])
def test_a_verb_that_takes_a_clause_still_means_show(coder, text, trigger):
    assert not _find(_events(coder, text), "PROTEST", trigger)


# -- "we" in a police speaker's quote is the speaker's force --------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ('"We have arrested five persons who broke the curfew orders," the police commissioner said on Monday.',
     "arrested"),
    ('"we have detained 40 people since friday," said the superintendent of police.', "detained"),
    ('The police commissioner said on Monday: "We have arrested five men who broke the curfew."', "arrested"),
])
def test_we_in_a_police_speakers_quote_is_the_police(coder, text, trigger):
    ev = _one(_events(coder, text), "COERCE", trigger)
    assert ev.mode == "arrest"
    assert ev.actor is not None and ev.actor.sector == "COP" and ev.actor.how == "pronoun"
    assert ev.actor.span is not None and ev.actor.span.text.lower() == "we"
    assert text[ev.actor.span.start:ev.actor.span.end].lower() == "we"
    assert ev.actor.antecedent is not None
    assert any(w in ev.actor.antecedent.text.lower() for w in ("police", "commissioner"))


@pytest.mark.parametrize("text, trigger", [
    ('"We have arrested the men," the minister said on Monday.', "arrested"),
    ('"We arrested nobody, we only talked to them," the club chairman said on Sunday.', "arrested"),
])
def test_we_in_anyone_elses_quote_takes_no_police(coder, text, trigger):
    for ev in _find(_events(coder, text), "COERCE", trigger):
        assert ev.actor is None or ev.actor.sector != "COP"


# -- party expulsions with a numeral object ------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The BJP has expelled the six, who it suspects of having cross-voted.", "expelled"),
    ("the party expelled the two on friday for anti-party activities.", "expelled"),
    ("The ruling party on Monday expelled all three for indiscipline.", "expelled"),
])
def test_an_expulsion_of_a_bare_number_is_a_sanction_not_a_deportation(coder, text, trigger):
    events = _events(coder, text)
    ev = _one(events, "SANCTION", trigger)
    assert ev.mode == "expel"
    assert not _find(events, "COERCE", trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Thailand expelled 109 Uighurs to China on Thursday.", "expelled"),
    ("The government expelled hundreds of migrants across the border last week.", "expelled"),
])
def test_an_expulsion_of_named_people_stays_a_deportation(coder, text, trigger):
    ev = _one(_events(coder, text), "COERCE", trigger)
    assert ev.mode == "deport"


# -- passive deployments of counted or collective units ------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Thousands of paramilitary and police personnel have been deployed in the city since Monday.", "deployed"),
    ("a heavy posse of security personnel has been deployed near the temple since friday.", "deployed"),
    ("Four teams of the rapid action force have been posted in the old city since Sunday.", "posted"),
])
def test_a_counted_or_collective_force_deployed_is_a_mobilisation_by_that_force(coder, text, trigger):
    ev = _one(_events(coder, text), "MOBILIZE", trigger)
    assert ev.actor is not None and ev.actor.sector in ("COP", "MIL")


@pytest.mark.parametrize("text, trigger", [
    ("Teams of doctors have been deployed to the flooded villages.", "deployed"),
    ("Thousands of new servers have been deployed in the data centre this year.", "deployed"),
    ("Two teams of engineers were posted to the new plant in March.", "posted"),
])
def test_teams_of_civilians_or_machines_deployed_are_no_force(coder, text, trigger):
    for ev in _find(_events(coder, text), "MOBILIZE", trigger):
        assert ev.actor is None or ev.actor.sector not in ("COP", "MIL")


# -- agentless police acts: held for a crime, picked up for questioning, booked -------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Four persons were held in Surat on Tuesday for looting.", "held"),
    ("two youths were held in vadodara on monday for questioning.", "held"),
    ("Two youths were picked up for questioning in Vadodara on Monday.", "picked"),
    ("five men were picked up in connection with the blast on sunday.", "picked"),
])
def test_an_agentless_arrest_for_a_crime_is_the_police_s(coder, text, trigger):
    ev = _one(_events(coder, text), "COERCE", trigger)
    assert ev.mode == "arrest"
    assert ev.actor is not None and ev.actor.sector == "COP" and ev.actor.how == "implied"


@pytest.mark.parametrize("text, trigger", [
    ("Three people were booked for rioting in Godhra on Tuesday.", "booked"),
    ("sixty people have been booked under poto since friday.", "booked"),
    ("The shopkeeper was booked under the Arms Act on Monday.", "booked"),
])
def test_an_agentless_booking_is_a_charge_by_the_police(coder, text, trigger):
    ev = _one(_events(coder, text), "ACCUSE", trigger)
    assert ev.mode == "allege"
    assert ev.actor is not None and ev.actor.sector == "COP" and ev.actor.how == "implied"


@pytest.mark.parametrize("text", [
    "Shares of the company were picked up by investors on Monday.",
    "The children were picked up from school at noon on Friday.",
    "The team held on for a draw on Saturday.",
    "The meeting was held for two hours on Monday.",
    "She booked a flight to Delhi on Monday.",
    "The hotel room was booked under a false name on Friday.",
    "The player was booked for a late tackle on Saturday.",
    "The patients were held for observation overnight at the hospital.",
])
def test_other_senses_of_picked_up_held_and_booked_are_no_police_act(coder, text):
    for ev in _events(coder, text):
        assert (ev.event_type, ev.mode) not in (("COERCE", "arrest"), ("ACCUSE", "allege")), ev.trigger.text
        assert ev.actor is None or ev.actor.sector != "COP"


# -- the force named by its bullets ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, killed", [
    ("Two men were killed by police bullets in Godhra on Monday.", 2),
    ("three protesters were killed by army bullets near the border on friday.", 3),
])
def test_killed_by_a_force_s_bullets_is_that_force_s_killing(coder, text, killed):
    ev = _one(_events(coder, text), "ASSAULT", "killed")
    assert ev.actor is not None and ev.actor.sector in ("COP", "MIL")
    assert any(c.kind == "killed" and c.best == killed for c in ev.counts)


def test_killed_by_stray_bullets_names_no_force(coder):
    ev = _one(_events(coder, "Two children were killed by stray bullets in the market on Monday."), "ASSAULT", "killed")
    assert ev.actor is None or ev.actor.sector not in ("COP", "MIL")


# -- a passive police mobilisation in a report that names no force takes the police by office -----------------------
@pytest.mark.parametrize("text, trigger", [
    ("Security has been tightened around the temple complex since Saturday.", "tightened"),
    ("security arrangements were made more stringent in the holy city on thursday.", "made"),
    ("Patrolling has been intensified in the old city since Friday.", "intensified"),
])
def test_security_tightened_with_no_force_named_is_the_police_s(coder, text, trigger):
    ev = _one(_events(coder, text), "MOBILIZE", trigger)
    assert ev.mode == "police"
    assert ev.actor is not None and ev.actor.sector == "COP" and ev.actor.how == "implied"


def test_security_tightened_by_the_administration_stays_the_administration_s(coder):
    ev = _one(_events(coder, "The district administration has tightened security around the temple since Monday."),
              "MOBILIZE", "tightened")
    assert ev.actor is not None and ev.actor.sector == "GOV"


# -- "shot" in other senses: letters, films, photographs, prices ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "The district magistrate shot off a letter to the ministry on Monday.",
    "The director shot the film in Mumbai last year.",
    "She shot a video of the crowd on her phone.",
    "The photographer shot pictures of the rally on Sunday.",
    "Shares shot up 10 percent on Monday.",
    "the documentary was shot in two villages of the district.",
])
def test_shooting_a_letter_a_film_or_a_price_is_no_shooting(coder, text):
    assert not [e for e in _events(coder, text) if e.event_type == "ASSAULT" and e.trigger.text.lower() == "shot"]


def test_shooting_people_stays_a_shooting(coder):
    ev = _one(_events(coder, "Gunmen shot two policemen in the market on Monday."), "ASSAULT", "shot")
    assert ev.mode == "firearms"


# -- flag marches taken ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The rapid action force took a flag march in the walled city yesterday.",
    "the army took a flag march in the riot-hit areas on sunday.",
])
def test_a_flag_march_taken_is_a_mobilisation(coder, text):
    assert [e for e in _events(coder, text) if e.event_type == "MOBILIZE" and e.trigger.text.lower() == "march"]


@pytest.mark.parametrize("text", [
    "The students took a march to the city centre on Monday.",
    "The company conducted a survey of its customers in March.",
])
def test_a_march_or_a_survey_is_no_flag_march(coder, text):
    assert not [e for e in _events(coder, text) if e.event_type == "MOBILIZE"]


# -- caught or held by the police -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Two activists were caught by the Kolkata police while sneaking into Bangladesh.", "caught"),
    ("the suspect is currently held by the gujarat police, according to sources.", "held"),
    ("Three men were held by police near the border on Sunday.", "held"),
    ("two activists, who were caught by the kolkata police while sneaking across the border, belong to patna.",
     "caught"),
])
def test_people_caught_or_held_by_the_police_are_arrested_by_them(coder, text, trigger):
    ev = _one(_events(coder, text), "COERCE", trigger)
    assert ev.mode == "arrest"
    assert ev.actor is not None and ev.actor.sector == "COP"


@pytest.mark.parametrize("text", [
    "A meeting was held by police officials on Monday.",
    "The ball was caught by the keeper at slip.",
    "The record was held by the police team for ten years.",
    "The thief was caught on camera by a police officer's phone.",
    "The ball, which was caught by the keeper, went for six.",
])
def test_meetings_records_and_catches_held_by_anyone_are_no_arrest(coder, text):
    assert not [e for e in _events(coder, text) if (e.event_type, e.mode) == ("COERCE", "arrest")]


# -- caned; killed in an encounter with a force --------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The police caned the protesters outside the assembly on Monday.", "caned"),
    ("the students were caned by the police on friday.", "caned"),
])
def test_caning_is_a_beating(coder, text, trigger):
    ev = _one(_events(coder, text), "ASSAULT", trigger)
    assert ev.mode == "beat" and ev.actor is not None and ev.actor.sector == "COP"


@pytest.mark.parametrize("text", [
    "The shop sells cane furniture and sugar cane juice.",
    "He walks with a cane since the accident.",
])
def test_a_cane_as_a_thing_is_no_beating(coder, text):
    assert not [e for e in _events(coder, text) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, trigger", [
    ("Two militants were killed in an encounter with the police on Sunday.", "killed"),
    ("a gangster was shot dead in a police encounter in lucknow on monday.", "shot"),
])
def test_killed_in_an_encounter_with_the_police_is_the_police_s_killing(coder, text, trigger):
    ev = _one(_events(coder, text), "ASSAULT", trigger)
    assert ev.actor is not None and ev.actor.sector == "COP"


@pytest.mark.parametrize("text", [
    "Two villagers were killed in an encounter with a leopard on Sunday.",
    "Three soldiers were killed in an encounter with rebels near the border on Monday.",
])
def test_an_encounter_with_anyone_else_gives_no_police(coder, text):
    ev = _one(_events(coder, text), "ASSAULT", "killed")
    assert ev.actor is None or ev.actor.sector != "COP"


# -- counted or partitive objects read through their "of" phrase: natural hazards destroy no property by attack -----
@pytest.mark.parametrize("text", [
    "The flood destroyed hundreds of homes in Assam.",
    "the earthquake destroyed 300 houses in the district on sunday.",
    "A cyclone destroyed thousands of homes along the coast last week.",
])
def test_a_natural_hazard_destroying_homes_is_no_attack(coder, text):
    assert not [e for e in _events(coder, text) if e.event_type == "ASSAULT"]


def test_rioters_destroying_hundreds_of_homes_is_still_destruction(coder):
    ev = _one(_events(coder, "Rioters destroyed hundreds of homes in the old city on Monday."), "ASSAULT", "destroyed")
    assert ev.mode == "destroy"


# -- review rev7i: the police's means and records, and caning by a court or a school -------------------------------
@pytest.mark.parametrize("text", [
    "He was caught by police cameras speeding through the town.",
    "the driver was caught by police radar doing 120 km/h on the highway.",
    "The protesters were caught by police tear gas near the square.",
    "Two bystanders were caught by police fire during the raid.",
])
def test_caught_by_the_police_s_means_or_records_is_no_arrest(coder, text):
    assert not [e for e in _events(coder, text) if (e.event_type, e.mode) == ("COERCE", "arrest")]


@pytest.mark.parametrize("text", [
    "The student was caned by the headmaster for missing class.",
    "Two smugglers were caned in Singapore after a court ruling.",
    "the teacher caned the boys for talking in class.",
    "The court ordered that the man be caned six times for vandalism.",
])
def test_caning_by_a_court_or_a_school_is_no_assault(coder, text):
    assert not [e for e in _events(coder, text) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, trigger", [
    ('"We were attacked by the mob near the market," the police officer said.', "attacked"),
    ('"we have been detained for hours," a police constable told reporters.', "detained"),
    ('"We were beaten at the station," the policemen who went on strike said on Monday.', "beaten"),
])
def test_we_as_the_patient_in_a_police_speakers_quote_is_no_police_doer(coder, text, trigger):
    for ev in [e for e in _events(coder, text) if e.trigger.text == trigger]:
        assert ev.actor is None or ev.actor.how != "pronoun"


# -- review rev7i: a team, unit or squad is a force's only when a force word names it --------------------------------
@pytest.mark.parametrize("text", [
    "A team of security experts was deployed to fix the breach at the bank.",
    "a security team was deployed to patch the servers in bangalore.",
    "A team of cyber security analysts was deployed by the firm on Monday.",
    "A rapid action team of the health department was deployed in Kolkata.",
    "The software firm deployed a team of SAP consultants at the client's office.",
])
def test_civilian_teams_deployed_are_no_mobilisation(coder, text):
    assert not [e for e in _events(coder, text) if e.event_type == "MOBILIZE"]


@pytest.mark.parametrize("text", [
    "A posse of policemen was deployed at the temple on Friday.",
    "a team of crpf jawans was posted outside the collectorate.",
    "Two units of the Rapid Action Force were deployed in the old city.",
])
def test_force_teams_deployed_are_a_mobilisation(coder, text):
    assert [e for e in _events(coder, text) if e.event_type == "MOBILIZE"]


# -- review rev7i: a relative pronoun stands for a person patient only -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Subsidies for liquefied petroleum gas, which is widely used as a fuel for cars, were eliminated.",
    "the price of cooking gas, which is used in most homes, doubled on monday.",
    "Rubber bullets, which were used in the film, were props, the studio said.",
])
def test_a_thing_used_in_a_relative_clause_is_no_force_used(coder, text):
    assert not [e for e in _events(coder, text) if e.event_type == "ASSAULT"]


# == branch india8: police acts PLOVER codes (MOBILIZE "police", CAMEO 151/153; ACCUSE "investigate", CAMEO 090/091,
# and "allege", CAMEO 112) ============================================================================================
# -- the members or units of a named force are that force ------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Around 300 Rapid Action Force personnel were deployed in the old city on Monday.", "deployed"),
    ("crpf jawans were posted outside the shrine after the clashes.", "posted"),
    ("two bsf columns were deployed along the highway on sunday.", "deployed"),
    ("Riot police personnel were stationed at the gates of the university.", "stationed"),
])
def test_members_and_units_of_a_police_force_deployed_are_that_force(coder, text, trigger):
    ev = _one(_events(coder, text), "MOBILIZE", trigger)
    assert ev.actor is not None and ev.actor.sector == "COP", ev.actor


@pytest.mark.parametrize("text", [
    "The security company personnel were deployed at the stadium for the final.",
    "Company personnel were deployed to repair the pipeline on Monday.",
    "Forty sales personnel were posted to the new office in Pune.",
])
def test_members_of_a_business_are_no_police(coder, text):
    assert not any(e.actor is not None and e.actor.sector == "COP" for e in _events(coder, text))


# -- police lodge a case or a charge sheet; police open an investigation ----------------------------------------------
@pytest.mark.parametrize("text, trigger, mode", [
    ("the city police on tuesday lodged firs against two news channels for inciting violence.", "lodged", "allege"),
    ("Police lodged a chargesheet against the 20 accused on Monday.", "lodged", "allege"),
    ("A case was lodged by the police against the three men.", "lodged", "allege"),
    ("Police launched an investigation into the killing on Monday.", "launched", "investigate"),
    ("the crime branch has started a probe into the blast.", "started", "investigate"),
    ("The CID interrogated the suspect for six hours.", "interrogated", "investigate"),
])
def test_police_cases_and_investigations_are_police_acts(coder, text, trigger, mode):
    ev = _one(_events(coder, text), "ACCUSE", trigger)
    assert ev.mode == mode
    assert ev.actor is not None and ev.actor.sector == "COP", ev.actor


@pytest.mark.parametrize("text", [
    "The company launched an investigation into the outage.",
    "The police officer filed his tax return late.",
    "the fir was filed by the victim's brother at the police station.",
    "Police opened a search for the missing boy.",
    "The police said the situation was calm.",
    # a film's plot (events.clauses.depicting_work)
    "A film about a police officer who opens an investigation into his own unit won the prize.",
])
def test_other_filings_searches_and_police_words_are_no_police_case(coder, text):
    assert not [e for e in _events(coder, text)
                if e.event_type == "ACCUSE" and e.actor is not None and e.actor.sector == "COP"]


# -- security augmented, and a security cordon thrown (MOBILIZE "police", CAMEO 151) -------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("the city police have thrown a three-tier security cordon around the assembly building.", "thrown"),
    ("Security was augmented around the parliament building after the attack.", "augmented"),
    ("the police augmented patrols in the old city on friday.", "augmented"),
])
def test_security_raised_or_a_cordon_thrown_is_a_police_mobilisation(coder, text, trigger):
    ev = _one(_events(coder, text), "MOBILIZE", trigger)
    assert ev.mode == "police"


@pytest.mark.parametrize("text", [
    "The bank augmented the security of its software after the breach.",
    "The company augmented security measures for its online accounts.",
    "The striker threw the ball into the net in the last minute.",
    "The club augmented its security arrangements at the stadium for the derby.",
    "The update augmented security in the operating system.",
])
def test_security_of_software_firms_and_clubs_is_no_police_mobilisation(coder, text):
    assert not [e for e in _events(coder, text) if e.event_type == "MOBILIZE"]


# == review rev8i: the words of an investigation, a case and a cordon in other hands ===============================
# "team", "station", "branch", "officers" and "investigators" are no police alone: a sports team, a TV station, a
# bank's branch, a company's officers and crash investigators open inquiries and lodge cases too.
@pytest.mark.parametrize("text", [
    "The team launched an investigation into the doping claims.",
    "The station launched an investigation into the presenter's remarks.",
    "The branch opened an inquiry into the missing funds at the bank.",
    "The investigators began a probe into the crash of the airliner.",
    "The officer started an investigation into the leaks at his firm.",
    "Officers of the company lodged a case against the former chief executive.",
])
def test_an_inquiry_or_case_by_no_named_police_is_no_police_act(coder, text):
    assert not [e for e in _events(coder, text) if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text, trigger", [
    ("Police opened an inquiry into the death of the student.", "opened"),
    ("The police team launched a probe into the clashes on Monday.", "launched"),
    ("The SIT began an investigation into the riots.", "began"),
])
def test_an_inquiry_by_police_is_still_a_police_investigation(coder, text, trigger):
    ev = _one(_events(coder, text), "ACCUSE", trigger)
    assert ev.mode == "investigate"


@pytest.mark.parametrize("text", [
    "The government threw a security net over the country's banks.",
    "The central bank threw a security net under the troubled lenders.",
])
def test_a_security_net_thrown_over_banks_is_no_mobilisation(coder, text):
    assert not [e for e in _events(coder, text) if e.event_type == "MOBILIZE"]
