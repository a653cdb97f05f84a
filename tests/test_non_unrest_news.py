"""News that is not about political unrest codes no unrest event (issue 12, branch prec7).

Sentences written for these tests from weather and disaster, health, business, technology,
sport and culture news. Each family has misfires of several shapes that must code nothing,
and unrest sentences of the same shapes that must still code their event. The word lists
live in ``lang/en/triggers.json`` ``lists`` (causes of harm that are no attack: hazards, disease,
accidents; non-physical objects; non-protest marches and marchers), shared by the rules that name them.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-06"  # the date of every coder.code call below
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published=PUBLISHED)


def _kinds(events):
    return [(e.event_type, e.mode, e.trigger.text) for e in events]


def _find(events, event_type, trigger):
    return [e for e in events if e.event_type == event_type and e.trigger.text == trigger]


# -- natural hazards, disease and accidents kill, injure and destroy by no attack -------------------------------------
@pytest.mark.parametrize("text", [
    "A storm carrying heavy rain killed 12 people in the south on Monday.",
    "The earthquake killed at least 40 people.",
    "Floods have killed 30 people.",
    "A landslide in the village killed nine residents.",
    "heavy rains killed five people in kerala on sunday.",
    "Twelve people were killed in a storm on Monday.",
    "Twenty people were killed by floods in the north.",
    "Three climbers were killed by an avalanche in the Alps.",
    "The cholera outbreak has killed 200 people this year.",
    "A bus crash killed 14 pilgrims on the highway.",
    "Eleven people were killed in a stampede at the temple.",
    "A gas cylinder explosion killed four members of a family.",
    "The cyclone injured 300 people and destroyed 2,000 homes.",
    "The earthquake claimed more than 100 lives.",
    "The heat wave killed dozens of elderly people in Spain.",
    "The virus killed thousands across the region.",
    "A blaze at a hotel killed nine guests.",
    "The storm hit the coast on Monday, killing 12 people.",
])
def test_a_hazard_disease_or_accident_that_kills_is_no_assault(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text, sub_event", [
    ("Gunmen killed 12 people.", "Attack"),
    ("A bomb blast killed 12 people.", "Remote explosive/landmine/IED"),
    ("Soldiers were killed by a roadside bomb.", "Remote explosive/landmine/IED"),
    ("Militants killed nine villagers in an attack on Tuesday.", "Attack"),
    ("Israeli fire killed three people in Gaza.", "Attack"),
])
def test_killings_by_people_and_weapons_stay_assaults(coder, text, sub_event):
    found = _find(_events(coder, text), "ASSAULT", "killed")
    assert found and found[0].sub_event_type == sub_event


# -- security tightened and units deployed: only physical security and armed or police units -------------------------
@pytest.mark.parametrize("text", [
    "Security of the software was tightened after the breach.",
    "The bank tightened security of its payment systems.",
    "Microsoft deployed units of its cloud service in Europe.",
    "Amazon deployed units of its delivery robots in Seattle.",
])
def test_security_of_software_and_units_of_products_mobilize_no_one(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "MOBILIZE"], _kinds(events)


@pytest.mark.parametrize("text, trigger, mode", [
    ("Security forces stepped up security in the capital.", "stepped", "police"),
    ("Police stepped up security around the stadium.", "stepped", "police"),
    ("Security was tightened in the city after the blasts.", "tightened", "police"),
    ("The army deployed units to the border.", "deployed", None),
])
def test_physical_security_and_armed_units_still_mobilize(coder, text, trigger, mode):
    found = _find(_events(coder, text), "MOBILIZE", trigger)
    assert found and found[0].mode == mode


# -- marches: charity, sport, parades and pilgrimages are no protest without a protest cue ---------------------------
@pytest.mark.parametrize("text", [
    "Fifty nurses today marched in a charity run in Leeds.",
    "Thousands of pilgrims marched in a procession to the shrine.",
    "Runners marched in the annual parade on Sunday.",
    "Fans marched through the city to celebrate the victory.",
    "Students marched for charity in Dublin.",
    "Pilgrims marched to the shrine.",
])
def test_a_charity_sport_or_pilgrim_march_is_no_protest(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "PROTEST"], _kinds(events)


@pytest.mark.parametrize("text", [
    "Thousands marched against the law.",
    "Fans marched against the club's owners.",
    "Runners marched in protest at the race ban.",
    "Mourners marched in a funeral procession, chanting slogans against the army.",
    "Opposition supporters marched through the capital.",
    "Workers marched to parliament to demand higher pay.",
    "Thousands marched in the capital on Friday.",
])
def test_a_march_with_a_protest_cue_or_no_other_purpose_is_a_protest(coder, text):
    found = _find(_events(coder, text), "PROTEST", "marched")
    assert found and found[0].mode == "demo"


# -- "beat" in sport and business: no beating -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Nadal beat Federer in the final.",
    "Sales beat expectations in the third quarter.",
    "the home side beat the visitors in the cup final.",
    "She beat her rival to the gold medal.",
])
def test_beating_a_rival_forecast_or_record_is_no_assault(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text", [
    "Police beat the protesters with batons.",
    "The mob beat a man to death.",
    "Two journalists were beaten by soldiers in the market.",
])
def test_beating_people_stays_an_assault(coder, text):
    events = _events(coder, text)
    assert [e for e in events if e.event_type == "ASSAULT" and e.mode == "beat"], _kinds(events)


def test_a_rule_naming_a_list_the_file_lacks_is_refused():
    from dotterel.events.lexicon import LexiconError, _expand

    assert _expand({"not_subjects": ["$a", "b"], "lemma": "x"}, {"a": ["c", "d"]}) == {
        "not_subjects": ["c", "d", "b"], "lemma": "x"}
    with pytest.raises(LexiconError):
        _expand({"not_subjects": ["$missing"]}, {})


# -- "attack" a problem or a goal, "storm" to victory: no assault, no seizure -----------------------------------------
@pytest.mark.parametrize("text", [
    "The striker attacked the near post and scored.",
    "Researchers attacked the problem with a new algorithm.",
    "The senator attacked the budget plan.",
    "Manchester City stormed to victory over Arsenal.",
    "The champion stormed into the lead on the final lap.",
])
def test_attacking_a_problem_or_storming_to_victory_is_no_attack(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type in ("ASSAULT", "COERCE")], _kinds(events)


@pytest.mark.parametrize("text, event_type, trigger", [
    ("Gunmen attacked a police station in the north.", "ASSAULT", "attacked"),
    ("Militants attacked the convoy near the border.", "ASSAULT", "attacked"),
    ("Protesters stormed the parliament building.", "COERCE", "stormed"),
    ("Troops stormed the rebel stronghold at dawn.", "COERCE", "stormed"),
])
def test_attacks_on_places_and_stormed_buildings_stay(coder, text, event_type, trigger):
    assert _find(_events(coder, text), event_type, trigger)


# -- a participle after an accident's verb: the verb states the cause -------------------------------------------------
@pytest.mark.parametrize("text", [
    "A plane crashed into a mountain, killing all 50 passengers.",
    "A bus crashed into a ravine, killing 14 people.",
    "A building collapsed in the city, killing ten workers.",
    "A ferry capsized on the lake, killing 30 passengers.",
    "Rivers flooded the valley, killing 30 people.",
])
def test_killing_after_a_crash_or_collapse_is_no_assault(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen stormed the village, killing 12 people.", "killing"),
    ("Militants attacked the convoy, killing five soldiers.", "attacked"),
    ("A drone struck a car, killing three men.", "struck"),
])
def test_killing_after_an_attack_verb_stays_an_assault(coder, text, trigger):
    assert _find(_events(coder, text), "ASSAULT", trigger)


# -- shooting to fame, attacks on websites ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The chef shot to fame with his first restaurant.",
    "the young actor shot into the limelight last year.",
    "Hackers attacked the bank's website on Monday.",
])
def test_shooting_to_fame_and_attacking_a_website_is_no_assault(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text, trigger", [
    ("Soldiers shot two protesters in the city.", "shot"),
    ("Police shot at the crowd.", "shot"),
    ("Gunmen attacked the bank in the city centre.", "attacked"),
])
def test_shootings_and_attacks_on_buildings_stay_assaults(coder, text, trigger):
    assert _find(_events(coder, text), "ASSAULT", trigger)


# -- battling a blaze, storming a pitch -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Fans stormed the pitch after the final whistle.",
    "Firefighters battled a blaze at a warehouse.",
    "The town battled floods for a week.",
    "doctors battled with the outbreak for months.",
])
def test_battling_a_hazard_or_storming_a_pitch_is_no_attack(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type in ("ASSAULT", "COERCE")], _kinds(events)


@pytest.mark.parametrize("text, event_type", [
    ("Troops battled rebels in the hills.", "ASSAULT"),
    ("Police battled with protesters outside parliament.", "PROTEST"),
])
def test_battles_between_people_stay(coder, text, event_type):
    assert _find(_events(coder, text), event_type, "battled")


# -- killing a deal, firing at goal, injured in training --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The board killed the deal at the last minute.",
    "The senate killed the bill.",
    "The comedian killed it on stage.",
    "The striker fired a shot at goal.",
    "the winger fired at goal from the edge of the box.",
    "The goalkeeper was injured in training.",
])
def test_killing_a_deal_firing_at_goal_or_a_training_injury_is_no_assault(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text, trigger", [
    ("Soldiers fired shots at the crowd.", "fired"),
    ("Police fired at the protesters.", "fired"),
    ("Gunmen killed the mayor and his driver.", "killed"),
    ("Three soldiers were injured in the attack.", "injured"),
])
def test_shots_at_people_and_killings_of_people_stay_assaults(coder, text, trigger):
    assert _find(_events(coder, text), "ASSAULT", trigger)


# -- efforts, blazes, contests, exits, figurative offensives and plots (branch evloc8) ---------------------------------
@pytest.mark.parametrize("text", [
    "Doctors fought to save the patient.",
    "Surgeons battled for hours to save the boy's life.",
    "Nurses fought to keep him alive.",
    "Firefighters battled to contain the blaze on Tuesday.",
    "Rescuers fought to free the miners trapped underground.",
])
def test_an_effort_to_save_or_contain_is_no_fight(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text, trigger", [
    ("Rebels fought government troops near the border.", "fought"),
    ("Troops fought to retake the town from the rebels.", "fought"),
    ("Soldiers battled militants for six hours in the valley.", "battled"),
])
def test_fights_between_armed_sides_stay(coder, text, trigger):
    assert _find(_events(coder, text), "ASSAULT", trigger)


@pytest.mark.parametrize("text", [
    "Fire broke out at a factory, killing six.",
    "A fire broke out in a market on Monday, killing six people and injuring 20.",
    "Fire killed six workers at a chemical plant in Gujarat.",
    "Flames engulfed the bus, killing 14 passengers.",
    "Smoke killed three residents of the building.",
])
def test_a_blaze_that_kills_is_no_assault(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text, trigger", [
    ("Israeli fire killed two Palestinians in Gaza.", "killed"),
    ("Artillery fire killed six civilians in the village.", "killed"),
    ("Gunmen set fire to a bus, killing six passengers.", "set"),
])
def test_fire_that_a_party_or_weapon_wields_still_kills_by_attack(coder, text, trigger):
    events = _events(coder, text)
    assert [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text", [
    "Liverpool beat Chelsea 3-1.",
    "Liverpool beat Chelsea 3-1 at Anfield on Sunday.",
    "India beat Pakistan by six wickets.",
    "The Tigers beat the Lions by two goals.",
    "The senator beat his rival by 4,000 votes.",
])
def test_beating_a_team_or_country_in_a_contest_is_no_assault(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text", [
    "The minister stormed out of the meeting.",
    "The opposition leader stormed off the stage.",
    "Furious delegates stormed out of the talks in Geneva.",
    "The coach stormed away from the press conference.",
])
def test_storming_out_of_a_room_is_no_seizure(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "COERCE"], _kinds(events)


@pytest.mark.parametrize("text, trigger", [
    ("Troops stormed the parliament building.", "stormed"),
    ("Police stormed into the church and arrested the pastor.", "stormed"),
])
def test_storming_a_building_stays_a_seizure(coder, text, trigger):
    assert _find(_events(coder, text), "COERCE", trigger)


@pytest.mark.parametrize("text", [
    "The company launched an offensive against its rivals.",
    "Apple launched a charm offensive in Europe.",
    "The party launched a media offensive.",
    "The ministry launched a diplomatic offensive to win votes at the UN.",
])
def test_a_business_or_charm_offensive_is_no_assault(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text, trigger", [
    ("The army launched an offensive against the rebels.", "launched"),
    ("Rebels launched a major offensive on the town.", "launched"),
])
def test_a_military_offensive_stays_an_assault(coder, text, trigger):
    assert _find(_events(coder, text), "ASSAULT", trigger)


@pytest.mark.parametrize("text", [
    "In the film, rebels storm the palace.",
    "In the novel, soldiers massacre a village.",
    "The movie follows a group of rebels who attack a government convoy.",
    "The novel tells the story of a soldier who kills his commander.",
    "In the film, which opens Friday, police arrest a journalist.",
])
def test_the_plot_of_a_film_or_novel_is_no_event(coder, text):
    events = _events(coder, text)
    assert not events, _kinds(events)


@pytest.mark.parametrize("text, event_type, trigger", [
    ("In a film posted online, militants beheaded a hostage.", "ASSAULT", "beheaded"),
    ("In Kabul, gunmen attacked a hotel.", "ASSAULT", "attacked"),
    ("In the film festival's closing week, gunmen attacked a hotel in Cannes.", "ASSAULT", "attacked"),
    ("Protesters attacked a cinema showing the film in Lahore.", "ASSAULT", "attacked"),
    # without "every week", which makes it a habit (tests/test_habitual_statements.py)
    ("In a series of raids, police arrest dozens of suspects.", "COERCE", "arrest"),
])
def test_real_acts_around_films_and_in_phrases_stay(coder, text, event_type, trigger):
    assert _find(_events(coder, text), event_type, trigger)



# -- the other side of the vetoes above (review rev8e): unrest of the same shapes still codes, and the events found by
# the same rules in other news (industry, accidents, games, finance) code nothing
@pytest.mark.parametrize("text, event_type, trigger", [
    ("Troops fought to contain the uprising.", "ASSAULT", "fought"),  # an armed force's effort is a fight
    ("Police fought to contain the riot.", "ASSAULT", "fought"),
    ("Rebels fought to survive the siege.", "ASSAULT", "fought"),
    ("Protesters stormed out of the square and into the ministry.", "COERCE", "stormed"),  # out of one, into another
    ("Fire killed three demonstrators outside parliament.", "ASSAULT", "killed"),  # fire on protesters is gunfire
    ("Gas killed two protesters in Baghdad.", "ASSAULT", "killed"),
    ("Soldiers beat members of the MDC.", "ASSAULT", "beat"),  # an organisation's members are people
    ("Police beat members of Hamas.", "ASSAULT", "beat"),
    ("An explosion occurred at the market in Kabul.", "ASSAULT", "occurred"),
    ("Mobs burned two men alive.", "ASSAULT", "burned"),
    ("Two tanks were destroyed by Ukrainian drones.", "ASSAULT", "destroyed"),
    ("Saudi Arabia executed him on Tuesday.", "ASSAULT", "executed"),
])
def test_unrest_of_the_vetoed_shapes_still_codes(coder, text, event_type, trigger):
    events = _events(coder, text)
    assert _find(events, event_type, trigger), _kinds(events)


@pytest.mark.parametrize("text, event_type", [
    ("The team fought to qualify for the final.", "ASSAULT"),
    ("Residents fought to save their homes from the flood.", "ASSAULT"),
    ("The coach stormed off the pitch and out of the stadium.", "COERCE"),
    ("She stormed out of the studio and out of the building.", "COERCE"),
    ("Fire broke out at a warehouse, killing nine workers.", "ASSAULT"),
    ("A fire killed six children in a house in Lagos.", "ASSAULT"),
    ("An explosion occurred at the chemical plant.", "ASSAULT"),  # industrial sites (triggers.json lists)
    ("Explosions occurred in the mine.", "ASSAULT"),
    ("A fireworks explosion occurred near the square.", "ASSAULT"),
    ("A woman was burned in a kitchen fire.", "ASSAULT"),
    ("Two children were burned in a house fire.", "ASSAULT"),
    ("The old checkpoint was destroyed by the storm.", "ASSAULT"),
    ("The checkpoint was destroyed in an earthquake.", "ASSAULT"),
    ("Tanks were destroyed in the video game.", "ASSAULT"),
    ("The bank executed them within a day.", "ASSAULT"),  # a business executes orders
    ("The firm executed them for its clients.", "ASSAULT"),
])
def test_the_same_rules_in_other_news_code_nothing(coder, text, event_type):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == event_type], _kinds(events)


# -- deaths by illness, old age, accident or one's own hand are no assault (the "die" rule's not_preps) ---------------
@pytest.mark.parametrize("text", [
    "A man died of a heart attack at the rally in Delhi on Monday.",
    "The former minister died of cancer in a Paris hospital.",
    "The singer died from an illness on Sunday, his family said.",
    "Two pilgrims died of heat exhaustion near the shrine.",
    "A woman died in a road accident near the protest site.",
    "Four workers died in a factory collapse in Dhaka.",
    "The veteran died of natural causes at his home.",
    "Three children died of malnutrition in the camp this week.",
    "A climber died after a fall on the north face.",
    "The pop star died of a drug overdose in 1998.",
])
def test_a_death_by_illness_accident_or_age_is_no_assault(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text", [
    "Two protesters died in clashes with police in Nairobi on Monday.",
    "A student died of gunshot wounds after police opened fire on the march.",
    "The activist died from injuries he suffered when soldiers beat him.",
    "Three people died in the attack on the market.",
    "Five villagers died of exposure to nerve gas dropped by a helicopter.",
])
def test_a_death_in_violence_stays_an_assault(coder, text):
    events = _events(coder, text)
    assert [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


# -- a scoreline after a named object reports a match (vetoes._scoreline_after) ----------------------------------------
@pytest.mark.parametrize("text", [
    "Arsenal beat Tottenham 2-0.",
    "Manchester United beat Everton 2-1 on Saturday.",
    "Celtic beat Rangers 3–1 at Parkhead.",
    "The Springboks beat New Zealand 25-20 in Paris.",
    "Boca Juniors beat River Plate 2 - 1 in the derby on Sunday.",
    "The Lakers killed the Celtics 120-98 on Tuesday night in Los Angeles.",  # three-digit scores (session 9)
    "The Warriors crushed the Rockets 131-102 at home.",
    "The Knicks destroyed the Nets 118 - 95 in Brooklyn.",
])
def test_a_scoreline_after_the_beaten_side_is_a_match(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text", [
    "Police beat 3-4 protesters in Patna on Monday.",
    "Soldiers beat opposition supporters in Harare on Tuesday.",
    "Riot police beat Tsvangirai supporters with batons in Harare.",
    "Gunmen killed 120 villagers in Borno on Monday.",
    "Soldiers killed 12-15 militants near Mosul.",
])
def test_beatings_with_counts_of_people_stay_assaults(coder, text):
    events = _events(coder, text)
    assert [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


# -- what a clause says will happen "until" or "once" it does is no event (profile pending_clause_marks) --------------
@pytest.mark.parametrize("text, event_type", [
    ('"We will not stop until the government resigns," said opposition leader Amina Bello.', "CONCEDE"),
    ("Protesters vowed to stay in the square until the president steps down.", "CONCEDE"),
    ("The strike will go on till the minister resigns, the union said.", "CONCEDE"),
    ("The sit-in continues until the army releases the detainees.", "RETREAT"),
])
def test_an_act_awaited_until_or_once_is_no_event(coder, text, event_type):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == event_type], _kinds(events)


@pytest.mark.parametrize("text, event_type, trigger", [
    ("The protests went on until the government resigned in March.", "CONCEDE", "resigned"),
    ("The army released the detainees once the talks ended on Monday.", "RETREAT", "released"),
])
def test_an_act_told_in_the_past_tense_still_happened(coder, text, event_type, trigger):
    assert _find(_events(coder, text), event_type, trigger)


# -- captures and seizures with an armed word in the subject that take no place (branch evloc9) ------------------------
@pytest.mark.parametrize("text", [
    "The Army Black Knights captured their third straight win over Navy.",
    "The army football team captured the title on Sunday.",
    "Troops from the garrison captured the hearts of the crowd at the parade.",
    "The Marines captured the gold medal in the relay.",
    "Army seized the moment and scored twice in the second half.",
    "Army cadets captured the imagination of the judges at the science fair.",
    "The rebels in the boardroom seized control at the shareholder meeting.",
    "Retired soldiers captured 40 percent of the vote in the council election.",
    "Opposition forces captured Parliament in the election.",
    "Police seized 2 kg of heroin in Mumbai.",
    "Forces of nature captured on camera by the documentary crew.",
])
def test_an_armed_word_capturing_a_title_a_vote_or_a_moment_is_no_seizure(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if (e.event_type, e.mode) == ("COERCE", "seize")], _kinds(events)


@pytest.mark.parametrize("text", [
    "The army football team entered the tournament as favourites.",
    "Troops entered the stadium for the independence day parade.",
    "Army veterans entered politics after the war.",
    "The Marines entered the season with three straight wins.",
    "Soldiers entered a plea of not guilty at the court martial.",
    "Rebels entered the talks in Geneva on Monday.",
])
def test_an_armed_word_entering_a_contest_a_venue_or_talks_is_no_military_move(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.trigger.text == "entered"], _kinds(events)


# -- wild animals kill and injure by no attack (review rev9e: the counted "killed" of branch evloc9 widened the kind) ---
@pytest.mark.parametrize("text", [
    "The 20 chickens killed by a fox were found on Monday.",
    "Two herders were killed by elephants near the park on Sunday.",
    "A crocodile killed a fisherman on the banks of the river.",
    "Three children were injured by bees at the school.", "A leopard injured two villagers on Sunday.",
    "The two swimmers killed by sharks off the coast were tourists.",
])
def test_a_wild_animal_that_kills_or_injures_is_no_attack(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text, trigger", [
    ("The 40 villagers killed by gunmen on Sunday were buried.", "killed"),
    ("Two herders were killed by militiamen near the park on Sunday.", "killed"),
])
def test_people_killed_by_armed_men_still_is_an_attack(coder, text, trigger):
    assert _find(_events(coder, text), "ASSAULT", trigger)
