"""Places the event-location chooser passes over stay passed over (issue 16, evloc22).

Sentences written for these tests. The last fallbacks of
:meth:`~dotterel.places.event_location.EventLocator.locate` took a town named
in a modifier clause of the event's sentence, and the document's country when
nothing else placed the event. A clause that tells a plan, a hindered aim or
an earlier act names that act's place, not the event's ("fired tear gas on
farmers before they could reach Lucknow"); and when every place of the
sentence was judged another act's, the country behind them is a default.
Also: a name the gazetteer matches only by a near spelling in another country
than the sentence's other places ("the Gumsuri area, 40 km south of
Maiduguri" read as Gyumri, Armenia), and a reference town measured "N km
from" (not only "N km north of") beside the named place.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _event(coder, text: str, trigger: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    [ev] = [e for e in coded.events if e.trigger.text == trigger]
    return ev


@pytest.mark.parametrize(("text", "trigger"), [
    # a hindered aim (a modal): the farmers never reached the town
    ("Police fired tear gas on farmers before they could reach Lucknow.", "fired"),
    ("Police beat the marchers before they could enter Srinagar.", "beat"),
    # an earlier act (past perfect with a date of its own before the event's)
    ("Police arrested two men who had robbed a bank in Kano last year.", "arrested"),
    ("Police detained a cleric who had preached at a rally in Quetta in 2019.", "detained"),
    ("Police arrested a blogger who had criticised the governor in Kano two years ago.", "arrested"),
    ("Police arrested a suspect who had returned to Peshawar the previous week.", "arrested"),
    # the aim of a to-infinitive: the town itself, its object or destination
    ("Police stopped farmers trying to reach Delhi and beat them with sticks.", "beat"),
    ("Coast guards arrested 12 migrants who were trying to sail to Lampedusa.", "arrested"),
    ("Police arrested a man who had planned to bomb a church in Lahore.", "arrested"),
    # nor the story's country behind such towns
    ("Troops killed five militants on Friday after rebels had attacked army bases in Aleppo.", "killed"),
    ("Soldiers arrested six smugglers after rebels had shelled two villages near Gao.", "arrested"),
])
def test_a_town_of_a_plan_or_earlier_act_places_nothing(coder, text, trigger):
    assert _event(coder, text, trigger).location is None


def test_the_country_itself_named_beside_the_event_still_places_it(coder):
    text = "Troops killed five militants on Friday after rebels attacked army bases in Syria."
    loc = _event(coder, text, "killed").location
    assert (loc.country, loc.rule) == ("SYR", "country")


def test_the_reporting_clause_country_and_another_paragraph_still_place(coder):
    loc = _event(coder, "The army killed six insurgents, officials in Iraq said.", "killed").location
    assert (loc.name, loc.rule) == ("Iraq", "country")
    text = "Protests spread across Kenya on Tuesday.\n\nPolice arrested 30 protesters on Wednesday."
    loc = _event(coder, text, "arrested").location
    assert (loc.country, loc.rule) == ("KEN", "country")


def test_a_near_spelling_abroad_is_kept_as_written_with_the_sentences_country(coder):
    loc = _event(coder, "Gunmen killed three farmers in the Gumsuri area, 40 km south of Maiduguri.", "killed").location
    assert (loc.name, loc.country, loc.geonameid) == ("Gumsuri", "NGA", None)


def test_a_near_spelling_abroad_at_the_stated_distance_is_that_town(coder):
    # (rev22e) across a border, as far from the reference town as the text says: the gazetteer's town, not a
    # name of the reference's country; a stated distance far short of the match still gives way to the text
    text = "Militants attacked a checkpoint in Jalalabd, about 120 km west of Peshawar."
    loc = _event(coder, text, "attacked").location
    assert (loc.country, loc.geo_precision, loc.geonameid is not None) == ("AFG", "city", True)
    loc = _event(coder, "Gunmen killed six herders in Gumsuri, some 25 miles south of Maiduguri.", "killed").location
    assert (loc.name, loc.country, loc.geonameid) == ("Gumsuri", "NGA", None)


@pytest.mark.parametrize(("text", "trigger", "place", "country"), [
    # a clause telling where the victims were at the time is the event's scene (kept)
    ("Gunmen killed four travellers who were driving through Zaria.", "killed", "Zaria", "NGA"),
    ("Gunmen abducted a priest who was celebrating Mass in Enugu.", "abducted", "Enugu", "NGA"),
    ("Police detained a journalist who was covering the protests in Peshawar.", "detained", "Peshawar", "PAK"),
    # (rev22e) a relative clause in the past perfect with no date of its own tells where the event found its
    # participants: where they had gathered, blocked a road, stormed a building or stood guard
    ("Police detained 30 students who had staged a sit-in at the university in Dhaka.", "detained", "Dhaka", "BGD"),
    ("Army troops killed gunmen who had stormed a bank in Juba.", "killed", "Juba", "SSD"),
    ("Security forces opened fire on villagers who had blocked a highway near Bhamo.", "opened", "Bhamo", "MMR"),
    ("Militants killed two soldiers who had been guarding a checkpoint in Kandahar.", "killed", "Kandahar", "AFG"),
    ("The police lathi-charged students who had gathered outside the collectorate in Patna.", "lathi-charged", "Patna",
     "IND"),
    # (rev22e) a to-infinitive whose place hangs on a locative word is where its subject was, not its aim; the
    # object of a purpose clause is what the act reached
    ("Soldiers shot a youth who was trying to climb over the fence at Melilla.", "shot", "Melilla", "ESP"),
    ("Gunmen attacked pilgrims who had come to pray at a shrine in Multan.", "attacked", "Multan", "PAK"),
    # a town "N km from" which the named place lies gives way to it
    ("Gunmen raided Kwanar Dutse, about 50 km from Gusau, killing eight villagers.", "raided", "Kwanar Dutse", "NGA"),
    ("Soldiers killed four rebels in Makeni, some 60 kilometres from Freetown.", "killed", "Makeni", "SLE"),
    ("Militants ambushed a patrol 30 km from Kandahar.", "ambushed", "Kandahar", "AFG"),
])
def test_the_events_own_place(coder, text, trigger, place, country):
    loc = _event(coder, text, trigger).location
    assert (loc.span.text, loc.country) == (place, country)
