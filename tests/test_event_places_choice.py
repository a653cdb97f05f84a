"""Which place an event gets: names passed over stay passed over, and the finer place of one act wins (issue 16).

Sentences written for these tests:

* a country named in the event's sentence only in a way the locator passes
  over ("activists held by Peru", "fighters trained by Somalia") is not the
  event's place through the document's-main-country fallback either;
* one act told by two verbs ("launched an assault ..., targeting the
  district of X"; "killed 12 and wounded 40 in the town of X") keeps the
  named place the gazetteer lacks that the second verb is attached to, over
  the town or region the first verb took from elsewhere in the sentence;
* a country that is another verb's subject ("as Canada and Norway weighed
  plans") acts there; it is not where the event happened;
* but a country whose clause the event's clause hangs from ("Iran erupted
  in protests as police fired tear gas") sets the event's scene and stays
  its place, unless it only reports or reacts to the event ("condemned the
  attack, in which ...").
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _loc(coder, text: str, trigger: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    [ev] = [e for e in coded.events if e.trigger.text == trigger
            or any(r.text == trigger for r in e.restatements)]
    return ev.location


@pytest.mark.parametrize(("text", "trigger"), [
    ("About 300 women marched on Sunday against the detention of activists held by Peru.", "marched"),
    ("Soldiers patrolled the hills on the lookout for fighters that Kenya says are trained by Somalia.", "patrolled"),
])
def test_a_country_the_sentence_passes_over_is_no_fallback(coder, text, trigger):
    assert _loc(coder, text, trigger) is None


@pytest.mark.parametrize(("text", "trigger", "name", "country"), [
    ("The army launched an assault inside the northern sector of Aleppo on Friday, targeting the district "
     "of Qarat Umm Dalil.", "launched", "Qarat Umm Dalil", "SYR"),
    ("A car bomb killed 12 people and wounded 40 on Monday in the town of Tell Umm Dalil just south of "
     "Baghdad, police said.", "killed", "Tell Umm Dalil", "IRQ"),
    ("A suicide bomber killed nine people and wounded 20 on Friday in the village of Kafr Umm Dalil near "
     "Aleppo.", "killed", "Kafr Umm Dalil", "SYR"),
])
def test_the_finer_named_place_of_one_act_wins(coder, text, trigger, name, country):
    loc = _loc(coder, text, trigger)
    assert (loc.name, loc.country, loc.geonameid) == (name, country, None)


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Nine people were killed in a car bombing on Sunday as Canada and Norway weighed plans to cut aid.",
     "killed", "NOR"),
    ("Twelve people were killed in a rocket attack on a market, as France scrambled to shore up its mission "
     "in Mali.", "killed", "FRA"),
    ("Six soldiers were killed in an ambush while Germany debated the mission.", "killed", "DEU"),
])
def test_a_country_that_is_another_verbs_subject_is_no_event_place(coder, text, trigger, country):
    loc = _loc(coder, text, trigger)
    assert loc is None or loc.country not in (country, "CAN")


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Iran erupted in protests on Friday as police fired tear gas at crowds.", "fired", "IRN"),
    ("Haiti descended into chaos as gangs attacked police stations on Monday.", "attacked", "HTI"),
    ("Pakistan witnessed violent clashes on Sunday as police fought protesters.", "fought", "PAK"),
])
def test_a_country_whose_clause_sets_the_events_scene_stays_its_place(coder, text, trigger, country):
    # the event's clause hangs from the country's verb: the country is where it happened
    loc = _loc(coder, text, trigger)
    assert (loc.name is not None, loc.country, loc.geo_precision) == (True, country, "country")


def test_a_country_that_reacts_to_the_event_is_no_event_place(coder):
    loc = _loc(coder, "The United States condemned the attack, in which gunmen killed 12 people on Sunday.", "killed")
    assert loc is None or loc.country != "USA"


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Chile's government declared a curfew.\n\nStudents blocked roads on Monday, officials in Santiago said.",
     "blocked", "CHL"),
    ("Ghana's government declared a curfew.\n\nPolice fired tear gas at traders on Monday, residents in Kumasi "
     "told reporters.", "fired", "GHA"),
])
def test_a_place_in_the_clause_that_reports_the_event_still_names_the_country(coder, text, trigger, country):
    # the fallback to the document's main country: "officials in Santiago said" names Chile as a place
    loc = _loc(coder, text, trigger)
    assert loc is not None and loc.country == country
