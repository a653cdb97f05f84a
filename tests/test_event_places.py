"""Places of the event, not of the report (issue 16, item 3), through the real coder.

Sentences written for these tests, one per kind of fault: a dateline abroad,
a town beside a country in the event's sentence, a place that names the
setting of the event ("in Brussels streets"), a named place the gazetteer
lacks, a nationality that is no place, and toponyms the small NER model misses;
a resolved town or country that only says where a named place lies ("in X,
north of Baghdad", "in X in the province of Y", "in the X area of Y") gives
way to that named place; a distance reference ("100 km east of Kabul") to the
other places of the sentence; a place of another clause or of an event that
dates this one ("since the launch of the X offensive") to the event's own.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text: str, published: str = "2024-05-01"):
    return next(iter(coder.code_documents([make_document(text, published=published)])))


def _loc(coded, event_type: str, trigger: str):
    [ev] = [e for e in coded.events if e.event_type == event_type and e.trigger.text == trigger]
    return ev.location


def test_a_dateline_abroad_is_where_the_report_was_filed(coder):
    coded = _coded(coder, "VIENNA (Reuters) - The U.N. refugee agency on Monday deplored the shooting of "
                          "migrants in Tripoli.\n\nGuards killed at least six people at the camp, the agency said.")
    loc = _loc(coded, "ASSAULT", "killed")
    assert (loc.name, loc.country, loc.rule) == ("Libya", "LBY", "country")  # another paragraph: the country


def test_a_dateline_abroad_gives_way_to_the_country_the_story_names(coder):
    coded = _coded(coder, "VIENNA (Reuters) - The U.N. refugee agency said on Monday it was alarmed by attacks on "
                          "migrants in Libya and Tunisia.\n\nGuards killed at least six people, the agency said.")
    loc = _loc(coded, "ASSAULT", "killed")
    assert loc is None or loc.country != "AUT"


def test_a_town_in_the_events_sentence_beats_its_country(coder):
    coded = _coded(coder, "Police in Kenya fired tear gas at protesters in the town of Nakuru on Tuesday.")
    loc = _loc(coded, "ASSAULT", "fired")
    assert (loc.name, loc.country, loc.geo_precision) == ("Nakuru", "KEN", "city")


def test_the_city_of_a_name_is_the_town_not_its_region(coder):
    coded = _coded(coder, "Troops opened fire on protesters in the southern city of Daraa on Friday.")
    [p] = [p for p in coded.places if p.span.text == "Daraa"]
    assert (p.country, p.feature_code) == ("SYR", "PPL")


def test_a_place_naming_the_setting_is_attached(coder):
    coded = _coded(coder, "In Portugal, about 2,000 teachers marched on Saturday through Lisbon streets.")
    loc = _loc(coded, "PROTEST", "marched")
    assert (loc.name, loc.rule) == ("Lisbon", "attached")


def test_a_named_place_the_gazetteer_lacks_is_kept_finer_than_its_region(coder):
    coded = _coded(coder, "Gunmen attacked the village of Qarrat Zubrinat in Idlib province on Monday.")
    loc = _loc(coded, "ASSAULT", "attacked")
    assert loc.name == "Qarrat Zubrinat" and loc.geonameid is None
    assert loc.country == "SYR" and loc.geo_precision == "unresolved"


def test_a_nationality_is_no_place_of_the_event(coder):
    coded = _coded(coder, "French soldiers were shot at near a checkpoint on Sunday.")
    assert all(e.location is None for e in coded.events)


def test_a_town_the_ner_misses_after_in_is_found(coder):
    coded = _coded(coder, "Police in Herat fired on protesters on Sunday.")
    [p] = [p for p in coded.places if p.span.text == "Herat"]
    assert (p.country, p.geo_precision) == ("AFG", "city")
    assert _loc(coded, "ASSAULT", "fired").country == "AFG"


def test_a_toponym_inside_an_organisation_name_is_a_place_of_the_text_not_of_the_event(coder):
    coded = _coded(coder, "The Vermont Teachers Union condemned the arrests after police detained 40 "
                          "teachers in Burlington on Monday.")
    assert any(p.span.text == "Vermont" and p.feature_code == "ADM1" for p in coded.places)
    loc = _loc(coded, "COERCE", "detained")
    assert (loc.name, loc.admin1_code) == ("Burlington", "US.VT")


def test_a_person_with_a_place_name_is_no_place(coder):
    coded = _coded(coder, "Mr. Jordan said he would join the protest in Atlanta on Monday, and Georgia "
                          "Smith said she would too.")
    assert {p.span.text for p in coded.places} == {"Atlanta"}


def test_a_demonym_names_its_country_but_places_no_event(coder):
    coded = _coded(coder, "Turkish police detained 12 journalists in Ankara on Friday, and the Russians "
                          "protested in fluent Turkish.")
    demonyms = [p for p in coded.places if p.span.text == "Turkish"]
    assert [(p.country, p.feature_code) for p in demonyms] == [("TUR", "PCLI")]  # the modifier, not the language
    assert not any(p.span.text == "Russians" for p in coded.places)  # a people noun is no toponym
    assert _loc(coded, "COERCE", "detained").name == "Ankara"


def test_a_name_used_as_a_place_is_that_place_where_it_comes_again(coder):
    coded = _coded(coder, "Protesters marched in Gainesville on Monday, Florida officials said.\n\n"
                          "Gainesville police arrested four people, a spokesman for the Gainesville Police "
                          "Department said.")
    found = [(p.span.text, p.admin1_code) for p in coded.places if p.span.text == "Gainesville"]
    assert found == [("Gainesville", "US.FL")] * 3


def test_a_county_by_its_whole_name_is_a_toponym(coder):
    coded = _coded(coder, "The Laurel County Sheriff's Office said two men were arrested on Friday in London, Ky.")
    [county] = [p for p in coded.places if p.span.text == "Laurel County"]
    assert (county.country, county.admin1_code, county.feature_code) == ("USA", "US.KY", "ADM2")
    assert _loc(coded, "COERCE", "arrested").name != "Laurel County"


def test_a_region_is_named_in_english(coder):
    coded = _coded(coder, "Police detained 12 activists in Russia's Sverdlovsk region on Monday.")
    loc = _loc(coded, "COERCE", "detained")
    assert (loc.name, loc.admin1_code) == ("Sverdlovsk Oblast", "RU.71")


def test_a_named_part_of_a_town_is_finer_than_the_town(coder):
    coded = _coded(coder, "Gunmen killed a village elder in Mogadishu's Hodan district on Sunday.")
    loc = _loc(coded, "ASSAULT", "killed")
    assert (loc.name, loc.country, loc.geonameid) == ("Hodan district", "SOM", None)


def test_a_place_in_a_modifier_clause_places_an_event_whose_sentence_names_no_other(coder):
    coded = _coded(coder, "At least 12 villagers were killed on Saturday by gunmen who came from the hills "
                          "near Bunia.")
    loc = _loc(coded, "ASSAULT", "killed")
    assert (loc.name, loc.rule) == ("Bunia", "sentence")


def test_a_country_naming_whose_strike_it_was_is_no_place(coder):
    coded = _coded(coder, "Five militants were killed on Monday in a U.S. drone strike.")
    assert _loc(coded, "ASSAULT", "killed") is None


def test_a_state_legislature_acts_in_its_state(coder):
    coded = _coded(coder, "Ohio lawmakers passed a resolution on Tuesday condemning the arrests of reporters.")
    loc = _loc(coded, "ACCUSE", "passed")
    assert (loc.name, loc.feature_code) == ("Ohio", "ADM1")


def test_a_province_whose_namesake_city_is_a_small_part_of_it_is_the_province(gazetteer):
    assert gazetteer.resolve("Quebec", country_hints=["CAN"]).feature_code == "ADM1"
    assert gazetteer.resolve("Arequipa").feature_code == "PPL"  # the city holds most of its region's people


def test_a_two_word_country_read_as_a_person_is_the_country(coder):
    coded = _coded(coder, "Sri Lanka's president said on Monday that police had arrested 40 protesters.")
    assert any(p.span.text == "Sri Lanka" and p.country == "LKA" for p in coded.places)


def test_the_place_in_an_organisations_untyped_name_is_no_place_of_its_act(coder):
    # "X of <place>" after a capitalised name ("Islamic State", "University"): where the body is, not its act
    coded = _coded(coder, "The so-called “Islamic State of Iraq and Al-Sham” launched a new offensive on Thursday.")
    assert _loc(coded, "ASSAULT", "launched") is None
    coded = _coded(coder, "Students of the University of Jordan protested on Sunday.")
    assert _loc(coded, "PROTEST", "protested") is None


def test_a_geographic_name_with_of_keeps_its_place(coder):
    coded = _coded(coder, "Rebels in the Democratic Republic of Congo attacked a village on Monday.")
    assert _loc(coded, "ASSAULT", "attacked").country == "COD"
    coded = _coded(coder, "Protesters marched in the City of London on Saturday.")
    assert _loc(coded, "PROTEST", "marched").name == "City of London"


def test_where_people_come_from_is_no_place_of_their_act(coder):
    coded = _coded(coder, "Thousands of Kurds from across Europe demonstrated on Saturday.")
    assert _loc(coded, "PROTEST", "demonstrated") is None
    coded = _coded(coder, "Thousands of Kurds from across Europe demonstrated in Strasbourg on Saturday.")
    assert _loc(coded, "PROTEST", "demonstrated").name == "Strasbourg"
    # a "from" phrase on the verb is the act's own
    coded = _coded(coder, "Troops withdrew from Kabul on Monday.")
    assert _loc(coded, "RETREAT", "withdrew").name == "Kabul"


# -- the finer place, not its container or reference point; another clause's or event's place --------------

def test_a_place_set_off_by_a_compass_reference_is_the_events(coder):
    coded = _coded(coder, "In Kafr Zoubeir, south of Baghdad, gunmen killed a family of four on Monday.")
    loc = _loc(coded, "ASSAULT", "killed")
    assert (loc.name, loc.country, loc.geonameid) == ("Kafr Zoubeir", "IRQ", None)


def test_a_place_in_a_province_is_the_events_not_the_province(coder):
    coded = _coded(coder, "A soldier was killed in Bayt Zuhrani in the eastern province of Deir Ezzor on Sunday.")
    loc = _loc(coded, "ASSAULT", "killed")
    assert (loc.name, loc.country, loc.geonameid) == ("Bayt Zuhrani", "SYR", None)


def test_a_named_area_of_a_city_is_the_events(coder):
    coded = _coded(coder, "Gunmen shot dead a shopkeeper in the Bab Zuwayla area of Benghazi on Friday.")
    loc = _loc(coded, "ASSAULT", "shot")
    assert (loc.name, loc.country) == ("Bab Zuwayla", "LBY")


def test_hills_outside_a_city_are_the_events(coder):
    coded = _coded(coder, "Rebels captured six aid workers on Wednesday in the Tamboli Hills, outside Freetown.")
    loc = _loc(coded, "COERCE", "captured")
    assert (loc.name, loc.country) == ("Tamboli Hills", "SLE")


def test_a_reference_city_gives_way_to_the_events_province(coder):
    coded = _coded(coder, "Insurgents killed three policemen in Laghman province, 100 kilometers east of Kabul.")
    loc = _loc(coded, "ASSAULT", "killed")
    assert loc.name != "Kabul" and loc.country == "AFG"


def test_an_organisations_event_is_no_host(coder):
    coded = _coded(coder, "Hundreds of farmers protested outside the United Nations International Conference on "
                          "Trade in Mexico's northern city of Monterrey.")
    loc = _loc(coded, "PROTEST", "protested")
    assert loc is None or loc.name == "Monterrey"


def test_plural_camps_are_no_one_host(coder):
    coded = _coded(coder, "Marines captured two Malik camps in Jolo, about 950 kilometers south of Manila.")
    loc = _loc(coded, "COERCE", "captured")
    assert loc is None or loc.name not in ("Malik", "Manila")


def test_a_town_named_by_its_place_noun_beats_its_country(coder):
    coded = _coded(coder, "Seven people were killed in the town of Rastan in central Syria on Sunday.")
    loc = _loc(coded, "ASSAULT", "killed")
    assert (loc.country, loc.geo_precision) == ("SYR", "city") and "Rastan" in loc.name


def test_a_date_is_no_host(coder):
    coded = _coded(coder, "Protesters rallied on 3 March in Aktau, a port city in the Mangystau region.")
    loc = _loc(coded, "PROTEST", "rallied")
    assert (loc.name, loc.country, loc.geo_precision) == ("Aktau", "KAZ", "city")


def test_a_named_district_without_a_mention_is_the_events(coder):
    coded = _coded(coder, "A suicide bomber detonated his explosives inside the Al-Wurud District on Tuesday, "
                          "police in Qamishli said.")
    loc = _loc(coded, "ASSAULT", "detonated")
    assert loc.name == "Al-Wurud" and loc.geonameid is None


def test_a_place_of_the_events_clause_beats_a_finer_one_of_a_later_clause(coder):
    coded = _coded(coder, "Two farmers were shot dead on Monday amid clashes in the West Bank, while ministers "
                          "flew to Paris for talks.")
    loc = _loc(coded, "ASSAULT", "shot")
    assert loc.name != "Paris"


def test_a_place_of_an_event_that_dates_this_one_is_not_its_place(coder):
    coded = _coded(coder, "Police shot a suspect two days after the bombing of a bus station in Manchester.")
    loc = _loc(coded, "ASSAULT", "shot")
    assert loc is None or loc.name != "Manchester"
    coded = _coded(coder, "At least 300 fighters have been killed since the start of the Raqqa offensive in June.")
    assert all(e.location is None or e.location.name != "Raqqa" for e in coded.events if e.trigger.text == "killed")


def test_an_incident_that_starts_the_event_keeps_its_place(coder):
    coded = _coded(coder, "A Briton was captured by Marines following a gunfight in the city of Fallujah on Monday.")
    loc = _loc(coded, "COERCE", "captured")
    assert (loc.country, loc.geo_precision, loc.span.text) == ("IRQ", "city", "Fallujah")
    coded = _coded(coder, "A judge was shot dead after leaving his office in Kandahar on Monday.")
    loc = _loc(coded, "ASSAULT", "shot")
    assert (loc.country, loc.span.text) == ("AFG", "Kandahar")


def test_a_country_naming_an_embassy_says_whose_not_where(coder):
    loc = _loc(_coded(coder, "Hundreds protested outside the U.S. embassy on Friday."), "PROTEST", "protested")
    assert loc is None or loc.country != "USA"
    loc = _loc(_coded(coder, "Hundreds protested outside Britain's embassy in Tehran on Friday."), "PROTEST", "protested")
    assert (loc.country, loc.geo_precision) == ("IRN", "city")
    loc = _loc(_coded(coder, "Hundreds protested outside the Baghdad embassy on Friday."), "PROTEST", "protested")
    assert (loc.country, loc.geo_precision) == ("IRQ", "city")  # a town naming it says where it is
