"""Recipients the trigger's own slots miss, where the text names them (issue 16, recipients).

Sentences written for this file; each is one kind: a protest against a
government's policy or at its seat, a party inside the object of a verbal act,
the holders of a banned or broken-up protest, and the cases that must keep no
recipient.
"""

from __future__ import annotations

import pytest

from factories import coded_event, recipient_key


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


_one = coded_event

_rec = recipient_key


def test_protest_against_a_government_policy_is_aimed_at_that_government(coder):
    ev = _one(coder, "Taxi drivers blocked roads across Portugal on Monday in protest at new fuel levies.", "blocked")
    assert _rec(ev) == ("PRT", "GOV") and ev.recipient.span.text == "levies"
    ev = _one(coder, "Thousands rallied in Quito on Sunday against a sharp rise in bus prices.", "rallied")
    assert _rec(ev) == ("ECU", "GOV")


def test_protest_outside_parliament_is_aimed_at_the_government(coder):
    ev = _one(coder, "Hundreds of Georgian students protested outside parliament on Tuesday.", "protested")
    assert _rec(ev) == ("GEO", "GOV")


def test_protest_without_a_stated_grievance_keeps_no_recipient(coder):
    assert _one(coder, "Nurses marched in Lisbon on Saturday in solidarity with striking doctors.",
                "marched").recipient is None
    assert _one(coder, "Portuguese fans protested in Porto against the club's ticket prices.",
                "protested").recipient is None


def test_party_inside_the_object_of_a_verbal_act(coder):
    assert _rec(_one(coder, "The opposition rejected proposed Russian amendments to the peace plan.",
                     "rejected")) == ("RUS", "GOV")
    assert _rec(_one(coder, "The prime minister threatened further measures against Belarus.",
                     "threatened")) == ("BLR", "GOV")


def test_condemned_violence_against_protesters_does_not_make_the_victims_the_accused(coder):
    ev = _one(coder, "Rights groups condemned violence against protesters in Minsk.", "condemned")
    assert ev.recipient is None or ev.recipient.sector != "CVL"


def test_the_holders_of_a_banned_or_stopped_protest_are_the_recipient(coder):
    assert _one(coder, "In May the regional governor banned all opposition rallies.", "banned").recipient.sector == "OPP"
    ev = _one(coder, "Turkish police prevented the demonstration staged by students near the party offices.",
              "prevented")
    assert _rec(ev) == ("TUR", "CVL")


def test_the_host_country_of_a_mission_is_the_recipient(coder):
    ev = _one(coder, "Armenian peacekeepers landed in Georgia on Friday to help restore order.", "landed")
    assert _rec(ev) == ("GEO", "GOV") and ev.recipient.span.text == "Georgia"
    assert ev.recipient.how == "destination" and "goes to" in ev.recipient.reason
    # the country named inside the destination phrase ("a site in central Iran")
    ev = _one(coder, "The UN has dispatched inspectors to a chemical plant in northern Syria.", "dispatched")
    assert _rec(ev) == ("SYR", "GOV") and ev.recipient.span.text == "Syria"
    ev = _one(coder, "The OSCE sent investigators to the village of Ostrog in Moldova.", "sent")
    assert ev.event_type == "ACCUSE" and _rec(ev) == ("MDA", "GOV")


def test_a_mission_to_a_town_or_a_site_names_no_host(coder):
    # no country named: the town is not a government, and the home country is not guessed
    ev = _one(coder, "Russian peacekeepers arrived in Almaty on Thursday.", "arrived")
    assert ev.recipient is None
    ev = _one(coder, "The IAEA dispatched inspectors to the Zaporizhzhia plant.", "dispatched")
    assert ev.recipient is None and ev.actor.name == "International Atomic Energy Agency"


def test_the_party_of_a_suspended_relation_hangs_on_its_of_phrase(coder):
    ev = _one(coder, "Spain announced a suspension of trade links with Venezuela on Monday.", "suspension")
    assert _rec(ev) == ("VEN", "GOV") and ev.recipient.span.text == "Venezuela"
    ev = _one(coder, "Kenya announced the suspension of all flights with Somalia.", "suspension")
    assert _rec(ev) == ("SOM", "GOV")


def test_an_answer_to_a_request_is_aimed_at_the_requester(coder):
    events = coder.code("Late on Monday Pashinyan asked the Collective Security Treaty Organisation to help restore "
                        "order. The bloc agreed the next morning.", published="2024-03-01")
    agreed = next(e for e in events if e.trigger.text == "agreed")
    assert agreed.recipient.name == "Nikol Pashinyan" or agreed.recipient.country == "ARM"
    assert agreed.recipient.how == "context" and agreed.recipient.span.text == "Pashinyan"
    events = coder.code("Students demanded that the interior minister resign. The interior minister rejected the demand.",
                        published="2024-03-01")
    rejected = next(e for e in events if e.trigger.text == "rejected")
    assert rejected.recipient is not None and rejected.recipient.span.text == "Students"


def test_an_answer_to_something_else_or_someone_else_keeps_its_own_recipient(coder):
    # an object of its own that is no request: the agreement answers nothing
    events = coder.code("Students demanded that the interior minister resign. The interior minister signed a deal with the union.",
                        published="2024-03-01")
    signed = [e for e in events if e.trigger.text == "signed"]
    assert all(e.recipient is None or e.recipient.span.text != "Students" for e in signed)
    # the request was made to someone else
    events = coder.code("Students demanded that the interior minister resign. The army agreed.", published="2024-03-01")
    assert all(e.recipient is None for e in events if e.trigger.text == "agreed")


def test_a_reaction_to_an_earlier_act_is_aimed_at_its_doer(coder):
    events = coder.code("On Monday Lukashenko told the police to shoot protesters on sight. The French foreign "
                        "minister condemned the order.", published="2024-03-01")
    ev = next(e for e in events if e.trigger.text == "condemned")
    assert ev.recipient.country == "BLR" and ev.recipient.span.text == "Lukashenko"
    assert ev.recipient.how == "context" and ev.recipient.antecedent.text == "Lukashenko"
    events = coder.code("Police arrested 40 students in Minsk on Monday. The EU condemned the arrests.",
                        published="2024-03-01")
    ev = next(e for e in events if e.trigger.text == "condemned")
    assert (ev.recipient.country, ev.recipient.sector) == ("BLR", "COP") and ev.recipient.span.text == "Police"


@pytest.mark.parametrize("text, trigger, doer", [
    ("The junta banned all public gatherings on Monday. The United Nations criticised the decision.",
     "criticised", "junta"),
    ("The Belarusian government imposed a curfew in Minsk. Amnesty International condemned the measure.",
     "condemned", "BLR government"),
    # an act of another kind between them is not what "the move" refers to
    ("The junta banned all public gatherings on Monday, and protesters attacked a police station. "
     "The United Nations criticised the move.", "criticised", "junta"),
])
def test_a_reaction_to_the_decision_is_aimed_at_the_one_who_decided(coder, text, trigger, doer):
    ev = coded_event(coder, text, trigger)
    assert ev.recipient is not None and ev.recipient.name == doer and ev.recipient.how == "context"


@pytest.mark.parametrize("text", [
    # the decision is in another paragraph: not said which
    "The government imposed a curfew in the capital.\n\nAmnesty International condemned the decision.",
    # no decision of the state before: protesters' attack is no decision
    "Protesters attacked a police station on Monday. The United Nations criticised the move.",
    # two deciders in the paragraph: which one is not said
    "The junta banned all rallies on Monday, and the police imposed a curfew in Yangon. The UN criticised the decision.",
])
def test_a_decision_noun_with_no_single_decider_before_is_aimed_at_no_one(coder, text):
    ev = coded_event(coder, text, "condemned" if "condemned" in text else "criticised")
    assert ev.recipient is None or ev.recipient.how != "context"


def test_a_reaction_to_an_act_with_no_known_doer_names_none(coder):
    # the earlier attack has no actor: the reaction is aimed at no one the text names
    events = coder.code("Unknown men attacked a bus in Kabul. The Taliban condemned the attack.", published="2024-03-01")
    assert next(e for e in events if e.trigger.text == "condemned").recipient is None
    # an object naming its own doer keeps it
    events = coder.code("Police arrested 40 students in Minsk on Monday. The EU condemned the army's raid on the "
                        "campus.", published="2024-03-01")
    assert next(e for e in events if e.trigger.text == "condemned").recipient.sector == "MIL"


def test_the_holders_of_a_targeted_place_are_the_recipient(coder):
    ev = _one(coder, "Syrian government forces shelled rebel-held areas near Idlib on Sunday.", "shelled")
    assert (ev.recipient.sector, ev.recipient.span.text) == ("REB", "rebel")
    ev = _one(coder, "Israeli troops raided Hamas-run schools in Gaza.", "raided")
    assert ev.recipient.name == "Hamas" and ev.recipient.how == "kb_org"
    # a demonym as the holder is that country's state
    ev = _one(coder, "Ukrainian forces shelled Russian-occupied towns in Kherson.", "shelled")
    assert (ev.recipient.country, ev.recipient.span.text) == ("RUS", "Russian")


def test_a_place_with_no_holder_names_no_recipient(coder):
    ev = _one(coder, "Syrian government forces shelled several villages near Idlib on Sunday.", "shelled")
    assert ev.recipient is None


def test_attacked_place_for_or_of_people_is_aimed_at_them(coder):
    ev = _one(coder, "A camp for displaced villagers was shelled by government troops on Monday.", "shelled")
    assert ev.recipient is not None and ev.recipient.span.text == "displaced villagers"
    ev = _one(coder, "A camp for Sudanese refugees was shelled by government troops on Monday.", "shelled")
    assert _rec(ev) == ("SDN", "REF")
    ev = _one(coder, "Militiamen burned the homes of Sudanese refugees near the border.", "burned")
    assert _rec(ev) == ("SDN", "REF")
    # a place's name is no people
    ev = _one(coder, "Gunmen attacked the village of Kuje on Monday.", "attacked")
    assert ev.recipient is None or ev.recipient.kind != "group"


def test_investigators_sent_to_a_site_in_a_country_are_hosted_by_it(coder):
    ev = _one(coder, "The UN dispatched investigators to a detention centre in northern Libya on Friday.",
              "dispatched")
    assert _rec(ev) == ("LBY", "GOV")
    # crimes in a country are not an investigation of it
    ev = _one(coder, "The court is investigating abuses in Libya.", "investigating")
    assert ev.recipient is None


def test_a_threats_condition_names_the_threatened(coder):
    ev = _one(coder, "Kenyan farmers threatened to block the highways unless the government cuts fuel taxes.",
              "threatened")
    assert ev.recipient is not None and ev.recipient.sector == "GOV" and ev.recipient.span.text == "government"
    ev = _one(coder, "Chilean truckers threatened a national strike if the Chilean government raised tolls.",
              "threatened")
    assert _rec(ev) == ("CHL", "GOV")


def test_a_condition_on_the_threateners_own_fate_names_no_one_else(coder):
    ev = _one(coder, "The rebels threatened to resume fighting if they are attacked.", "threatened")
    assert ev.recipient is None


@pytest.mark.parametrize("text, trigger", [
    # the decision noun's "to" infinitive names an act the paragraph does not report: not the earlier ban
    ("The government banned protests in the capital. The board of the football club criticised the move to sack "
     "the coach.", "criticised"),
    ("The junta imposed a curfew on Monday. Business groups criticised the decision to raise interest rates.",
     "criticised"),
    ("Police closed the main square on Friday. Fans condemned the decision to sell the club.", "condemned"),
])
def test_a_decision_to_do_an_unreported_act_has_no_recipient_from_the_earlier_act(coder, text, trigger):
    ev = next(e for e in coder.code(text, published="2021-03-01") if e.trigger.text == trigger)
    assert ev.recipient is None or ev.recipient.sector not in ("GOV", "COP"), ev.recipient


def test_a_decision_to_do_the_reported_act_still_refers_back(coder):
    text = "The junta banned all public gatherings on Monday. The United Nations criticised the decision to ban them."
    ev = next(e for e in coder.code(text, published="2021-03-01") if e.trigger.text == "criticised")
    assert ev.recipient is not None and ev.recipient.name == "junta"
