"""Event families of session 3 (issue 12 items 2 and 3), each on several shapes of our own.

Offensives continued or renewed, and the assault a "targeting ..." participle restates; a fight
that is how a place was taken; places and people captured, in part, by number or on camera; the
content of decisions, plans, prevented acts and demanded admissions; measures announced.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-01"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published=PUBLISHED)


@pytest.mark.parametrize("text,trigger", [
    ("The rebels continued their large-scale assault in the eastern districts on Wednesday.", "continued"),
    ("Government troops renewed their offensive in the valley on Thursday.", "renewed"),
    ("The army stepped up its bombardment of the rebel-held town on Friday.", "stepped"),
    ("Militants resumed their attacks on army posts along the border.", "resumed"),
])
def test_an_offensive_carried_on_is_an_assault(coder, text, trigger):
    [ev] = [e for e in _events(coder, text) if e.event_type == "ASSAULT"]
    assert ev.trigger.text == trigger


@pytest.mark.parametrize("text", [
    "The company continued its operations in the region despite the protests.",
    "The minister continued his attack on the opposition in a speech on Monday.",
    "The campaign continued its advertising, targeting young voters.",
    "The team resumed its attack in the second half.",
])
def test_carrying_on_without_an_armed_side_is_no_assault(coder, text):
    assert [e.event_type for e in _events(coder, text) if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize("text,trigger", [
    ("The army launched a new offensive in the southern countryside on Tuesday, targeting the village of Kafr Nabl.",
     "launched"),
    ("The rebels continued their assault on Wednesday, targeting government positions near the airport.", "continued"),
    ("The air force launched airstrikes on the province overnight, targeting two rebel bases.", "launched"),
])
def test_a_targeting_participle_restates_the_assault(coder, text, trigger):
    [ev] = [e for e in _events(coder, text) if e.event_type == "ASSAULT"]
    assert ev.trigger.text == trigger
    assert len(ev.restatements) == 1


@pytest.mark.parametrize("text,recipient,sub", [
    ("Rebels seized the town of Ndele on Thursday after a brief battle with government troops.", "government",
     "Non-state actor overtakes territory"),
    ("Houthi forces took control of the district centre after clashes with government troops.", "government",
     "Non-state actor overtakes territory"),
    ("Insurgents overran the outpost following hours of fighting with soldiers.", "soldiers",
     "Non-state actor overtakes territory"),
    ("Army units on Friday retook the village of Tessit, near Gao, after fierce clashes with jihadists, the "
     "defence ministry said.", "jihadists", "Government regains territory"),
])
def test_a_fight_that_took_a_place_is_one_battle(coder, text, recipient, sub):
    # one incident: the battle (PLOVER ASSAULT, CAMEO 190) whose restatement is the taking; ACLED Battles by who
    # took the place
    events = _events(coder, text)
    assert [(e.event_type, e.mode, e.cameo) for e in events] == [("ASSAULT", None, "190")]
    assert recipient in events[0].recipient.span.text
    assert len(events[0].restatements) == 1
    assert events[0].sub_event_type == sub


def test_a_battle_keeps_the_claim_of_the_taking(coder):
    [ev] = _events(coder, "Government troops recaptured the town of Bama after heavy fighting with Boko Haram "
                          "militants, state television reported on Sunday.")
    assert ev.event_type == "ASSAULT" and ev.trigger.text == "recaptured"
    assert ev.attribution.certainty == "reported" and ev.attribution.claimant != "author"
    assert ev.sub_event_type == "Government regains territory"


@pytest.mark.parametrize("text,sub", [
    ("Soldiers seized a large cache of weapons after a gunbattle with smugglers.", "Disrupted weapons use"),
    ("Government forces recaptured the town of Abu Sakra from rebel fighters on Tuesday.",
     "Government regains territory"),
])
def test_a_taking_with_no_fight_or_no_place_stays_a_seizure(coder, text, sub):
    events = _events(coder, text)
    assert [(e.event_type, e.mode, e.sub_event_type) for e in events][:1] == [("COERCE", "seize", sub)]


@pytest.mark.parametrize("text,mode", [
    ("Residents said heavy fighting with the militants went on all night near the market.", None),
    ("Three soldiers were killed in clashes with insurgents near the border on Monday.", None),
])
def test_fighting_with_a_side_is_an_assault_with_that_recipient(coder, text, mode):
    [ev] = [e for e in _events(coder, text) if e.event_type == "ASSAULT"]
    assert ev.recipient is not None and ev.recipient.span.text.endswith(("militants", "insurgents"))


@pytest.mark.parametrize("text,mode,recipient", [
    ("The Serbs have captured 70 percent of Bosnia.", "seize", None),
    ("In a string of victories, the Taliban captured most parts of Takhar province.", "seize", None),
    ("Rebels captured a number of army positions on the outskirts of the city.", "seize", None),
    ("The 15 were captured on Friday in the northern Gulf.", "arrest", None),
    ("A female Japanese aid worker was captured in Fallujah in April.", "arrest", "worker"),
])
def test_captures_of_parts_numbers_and_people(coder, text, mode, recipient):
    [ev] = [e for e in _events(coder, text) if e.trigger.text == "captured"]
    assert (ev.event_type, ev.mode) == ("COERCE", mode)
    if recipient:
        assert ev.recipient.span.text.endswith(recipient)


@pytest.mark.parametrize("text", [
    "The attack was captured on video by a passer-by.",
    "CCTV captured him entering the building on Monday.",
    "The suspect was captured by security cameras outside the bank.",
    "The film captured the mood of the city.",
])
def test_captured_on_camera_is_no_event(coder, text):
    assert [e.event_type for e in _events(coder, text) if e.trigger.text == "captured"] == []


def test_a_capture_by_an_unnamed_side_has_no_acled_arrest(coder):
    [ev] = [e for e in _events(coder, "A Japanese aid worker was captured in Fallujah in April.")
            if e.trigger.text == "captured"]
    assert ev.sub_event_type is None
    [arrest] = _events(coder, "A former general was taken into custody in Bamako on suspicion of plotting a coup.")
    assert arrest.sub_event_type == "Arrests"


@pytest.mark.parametrize("text,trigger", [
    ("The cabinet's decision to send troops to Mali drew criticism from the opposition.", "send"),
    ("Students protested the decision of sending troops to Iraq.", "sending"),
    ("The government announced plans to deploy 2,000 troops to the border region.", "deploy"),
    ("The order to arrest the opposition leader was issued on Monday.", "arrest"),
])
def test_the_content_of_a_decision_or_plan_is_not_the_act(coder, text, trigger):
    assert [e.trigger.text for e in _events(coder, text) if e.trigger.text == trigger] == []


@pytest.mark.parametrize("text,trigger", [
    ("Police prevented the demonstration staged by workers in the port on Friday to protest the closures.", "protest"),
    ("Security services said they had foiled an attack on a police station in the capital.", "attack"),
    ("Troops thwarted an assault on the base by militants on Sunday.", "assault"),
])
def test_a_prevented_act_did_not_happen(coder, text, trigger):
    events = _events(coder, text)
    assert [e.trigger.text for e in events if e.trigger.text == trigger] == []


def test_a_foiled_attack_is_disrupted_weapons_use_not_territory(coder):
    [ev] = _events(coder, "Security services foiled an attack on a police station in the capital on Monday.")
    assert (ev.event_type, ev.sub_event_type) == ("COERCE", "Disrupted weapons use")


def test_a_demanded_admission_asserts_nothing(coder):
    events = _events(coder, "The parliament demanded an admission by Moscow that its security forces murdered "
                            "thousands of officers.")
    assert [e.event_type for e in events] == ["REQUEST"]
    [shelled] = _events(coder, "Moscow's admission that its troops shelled the village came on Monday.")
    assert shelled.attribution.certainty not in ("hypothetical", "negated")


def test_a_purpose_clause_takes_the_doer_of_the_act_it_serves(coder):
    # a protest's purpose infinitive is the protest's aim: one record, its doer the rally's (the infinitive a
    # restatement of it)
    [ev] = _events(coder, "A rally was staged by students in the capital on Monday to protest the new tax.")
    assert ev.event_type == "PROTEST" and ev.actor is not None and ev.actor.span.text == "students"
    assert "protest" in [r.text for r in ev.restatements]


@pytest.mark.parametrize("text,trigger,actor", [
    ("Italy announced a suspension of air links with Serbia on Wednesday.", "suspension", "Italy"),
    ("The government declared a state of emergency in the capital on Friday.", "state", "government"),
])
def test_the_announcer_of_a_measure_takes_it(coder, text, trigger, actor):
    [ev] = [e for e in _events(coder, text) if e.trigger.text == trigger]
    assert ev.actor is not None and ev.actor.span.text.endswith(actor)


def test_the_announcer_of_a_killing_did_not_kill(coder):
    [ev] = _events(coder, "The ministry announced the killing of 30 militants in an operation on Monday.")
    assert ev.actor is None


@pytest.mark.parametrize("text", [
    "Security forces clashed with stone-throwing protesters in Arequipa on Thursday.",
    "Police fired tear gas at rock-throwing demonstrators in the capital on Friday.",
])
def test_violent_protesters_make_the_protest_a_riot(coder, text):
    events = _events(coder, text)
    [protest] = [e for e in events if e.event_type == "PROTEST"]
    assert (protest.mode, protest.sub_event_type) == ("riot", "Violent demonstration")
    assert {e.sub_event_type for e in events} == {"Violent demonstration"}


def test_force_that_is_denied_does_not_type_the_protest(coder):
    events = _events(coder, "Police did not open fire on the crowd of several thousand protesters in Tbilisi on "
                            "Sunday, the interior ministry said, rejecting opposition claims that live ammunition "
                            "had been used.")
    [protest] = [e for e in events if e.event_type == "PROTEST"]
    assert protest.sub_event_type == "Peaceful protest"
    assert not [e for e in events if e.trigger.text == "used"]  # a denied act is not an event


def test_a_toll_in_clashes_belongs_to_the_clashes(coder):
    [ev] = _events(coder, "Three soldiers were killed in clashes with insurgents near the border on Monday.")
    assert ev.trigger.text == "clashes"
    assert [r.text for r in ev.restatements] == ["killed"]
    # the only killed figure is the soldiers': the whole toll and its side (counts.whole_of_a_lone_part)
    assert [(c.kind, c.best, c.subgroup) for c in ev.counts] == [("killed", 3, None), ("killed", 3, "security_forces")]


@pytest.mark.parametrize("text", [
    "The Syrian Arab Army (SAA) launched a powerful counter-attack in the region on Monday.",
    "NATO-led troops launched an offensive against the insurgents in Helmand on Monday.",
])
def test_a_hyphen_in_the_lead_is_no_dateline_dash(coder, text):
    doc = coder.nlp(text)
    assert len(list(doc.sents)) == 1
    assert [e.event_type for e in _events(coder, text)] == ["ASSAULT"]


def test_an_armed_group_carries_on_its_offensive_and_aims_it(coder):
    [ev] = _events(coder, "The militants continued their large-scale offensive in the countryside of Homs "
                          "on Friday night, targeting several army sites near the gas fields.")
    assert ev.trigger.text == "continued"
    assert [r.text for r in ev.restatements] == ["targeting"]


@pytest.mark.parametrize("text", [
    "Police detained 27 people overnight as protests against a proposed 'foreign agents' law continued outside "
    "parliament.",
    "Riot police fired tear gas as protests against the 'anti-terror' bill continued in the capital.",
])
def test_a_protest_subject_beside_a_misparsed_one_still_counts(coder, text):
    assert "PROTEST" in [e.event_type for e in _events(coder, text)]


@pytest.mark.parametrize("text,host_day", [
    ("Police detained 27 people overnight as protests against the 'foreign agents' law continued outside "
     "parliament, the ministry said on Wednesday.", ("2024-04-30", "2024-05-01")),
    ("Soldiers opened fire on Tuesday while crowds gathered to protest outside the palace.",
     ("2024-04-30", "2024-04-30")),
])
def test_a_same_scene_clause_shares_its_hosts_date(coder, text, host_day):
    events = _events(coder, text)
    assert len(events) == 2
    assert {(e.date.earliest, e.date.latest) for e in events} == {host_day}


@pytest.mark.parametrize("text,trigger,mode", [
    ("The army prepared to resume shelling the rebel-held villages on Monday.", "prepared", "weapons"),
    ("Government troops are preparing for an offensive on the rebel stronghold.", "preparing", None),
    ("Russia has massed troops near the border with Ukraine.", "massed", "troops"),
    ("The army is building up its troops along the frontier.", "building", "troops"),
])
def test_readying_for_an_attack_is_mobilize(coder, text, trigger, mode):
    [ev] = [e for e in _events(coder, text) if e.event_type == "MOBILIZE"]
    assert ev.trigger.text == trigger
    if mode:
        assert ev.mode == mode
    assert ev.sub_event_type != "Headquarters or base established"
    assert "ASSAULT" not in [e.event_type for e in _events(coder, text)]


@pytest.mark.parametrize("text", [
    "The chef prepared to serve dinner for the delegation.",
    "Students are preparing for the exams in June.",
])
def test_preparing_without_an_armed_side_is_no_mobilization(coder, text):
    assert [e.event_type for e in _events(coder, text)] == []


@pytest.mark.parametrize("text,actor,counts", [
    # victims in the bare plural: killed low=2 with no best (dotterel.counts_victims)
    ("Most of the people killed in police firing were young men.", "police", [("killed", None)]),
    ("One person was injured in the firing, police said.", None, [("injured", 1)]),
])
def test_firing_named_by_a_noun_is_an_assault_with_its_toll(coder, text, actor, counts):
    [ev] = _events(coder, text)
    assert (ev.event_type, ev.mode, ev.trigger.text) == ("ASSAULT", "firearms", "firing")
    assert (ev.actor.span.text if ev.actor else None) == actor
    assert [(c.kind, c.best) for c in ev.counts] == counts


def test_the_firing_of_an_official_is_no_shooting(coder):
    assert [e.event_type for e in _events(coder, "The firing of the director was announced on Monday.")] == []


@pytest.mark.parametrize("text", [
    "Police fired 3,027 tear-gas shells at the mobs on Monday.",
    "Police fired teargas shells at the crowd on Monday.",
])
def test_tear_gas_shells_are_crowd_control_however_spelt(coder, text):
    [ev] = _events(coder, text)
    assert ev.mode == "crowd-control"
    assert ev.sub_event_type != "Shelling/artillery/missile attack"


def test_falling_to_bullets_is_no_territory_taken(coder):
    assert "COERCE" not in [e.event_type for e in _events(
        coder, "More people from the majority community fell to police bullets than the minorities, he said.")]


# -- what a review of the families above found: the same words in other senses ------------------------
@pytest.mark.parametrize("text", [
    "Democrats pressed their attack on the bill in the Senate on Tuesday.",
    "Google stepped up its offensive against Microsoft in the cloud business.",
    "The Kremlin intensified its offensive against independent media.",
    "France resumed its push for a ceasefire at the United Nations.",
    "Apple prepared to launch its new iPhone in September.",
    "The EU prepared to strike a trade deal with Japan.",
    "China prepared for a battle over tariffs with Washington.",
    "The company built up its forces in sales and marketing.",
    "Police are targeting drunk drivers this weekend.",
    "There was a clash with the opposition over the bill in parliament.",
    "Trump's firing of Comey shocked Washington.",
    "The firing range was closed to the public.",
    "The blaze burned the factory to the ground on Sunday.",
])
def test_named_sides_and_figures_of_speech_are_no_armed_act(coder, text):
    assert [e.event_type for e in _events(coder, text) if e.event_type in ("ASSAULT", "MOBILIZE")] == []


@pytest.mark.parametrize("text,trigger", [
    ("Police failed to prevent the attack, which killed 20 people.", "killed"),
    ("Police were unable to prevent clashes between rival gangs in which five died.", "clashes"),
    ("Troops carried out the order to fire on protesters, killing 12.", "killing"),
    ("Demonstrators defied an order to disperse and marched on the palace.", "marched"),
])
def test_an_act_that_was_not_prevented_or_was_carried_out_happened(coder, text, trigger):
    assert trigger in [e.trigger.text for e in _events(coder, text)]


def test_an_admission_by_the_doer_asserts_the_act(coder):
    [shot] = [e for e in _events(coder, "The government issued an admission that police had shot protesters.")
              if e.trigger.text == "shot"]
    assert shot.attribution.certainty == "asserted"


@pytest.mark.parametrize("text", [
    "Amnesty International announced the detention of two activists in Cairo.",
    "Human Rights Watch announced the arrest of 40 protesters in Tehran.",
])
def test_the_announcer_of_an_arrest_is_not_the_arrester(coder, text):
    [ev] = [e for e in _events(coder, text) if e.event_type == "COERCE"]
    assert ev.actor is None


def test_a_toll_in_a_clash_puts_its_victims_on_one_side(coder):
    [ev] = [e for e in _events(coder, "Two protesters were killed in clashes with police in Nairobi on Tuesday.")
            if e.event_type == "ASSAULT"]
    assert (ev.actor.span.text, ev.recipient.span.text) == ("protesters", "police")
    assert [(c.kind, c.best) for c in ev.counts] == [("killed", 2)]


def test_non_violent_protesters_are_no_riot(coder):
    [protest] = [e for e in _events(coder, "Police fired tear gas at non-violent protesters in the capital.")
                 if e.event_type == "PROTEST"]
    assert protest.mode == "demo"


def test_a_passive_complement_keeps_its_subject(coder):
    [ev] = _events(coder, "Rebels were forced by the army to withdraw from the town.") or [None]
    assert ev is None or ev.actor is None or ev.actor.span.text != "army"


def test_a_past_perfect_scene_keeps_its_own_time(coder):
    events = _events(coder, "Police detained 30 people overnight, as protesters had clashed with police days "
                            "earlier.")
    [clash] = [e for e in events if e.trigger.text == "clashed"]
    assert clash.date.span is None or clash.date.span.text != "overnight"


def test_weapons_seized_after_a_gunbattle_keep_the_gunbattle(coder):
    events = _events(coder, "Police seized weapons and ammunition after a gunbattle with militants in the forest.")
    assert "gunbattle" in [e.trigger.text for e in events]


@pytest.mark.parametrize("text,place", [
    ("Israel captured the eastern sector of the city in the 1967 war.", None),
    ("Turkey detained 20 journalists on Monday.", None),
    ("Police in Turkey detained 20 journalists on Monday.", "Turkey"),
])
def test_a_state_named_only_as_the_doer_is_not_the_place(coder, text, place):
    [ev] = [e for e in _events(coder, text) if e.event_type == "COERCE"]
    assert (ev.location.name if ev.location else None) == place
