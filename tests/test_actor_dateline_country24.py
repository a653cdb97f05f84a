"""Role nouns and the dateline (issue 16, session 24; sentences written for this file).

- A role noun got no country when the dateline alone placed the text ("KANO - Police dispersed the crowd near
  the palace": "police[None COP]" with the event placed in Nigeria; the ACLED export then wrote "Police Forces
  of ()"). ACLED names an unnamed force or crowd by the country of the event ("Protesters (Nigeria)"), and where
  the text names no place but the dateline's, the event is placed there: the role noun takes that country.
- A capital in the dateline is where the report was filed (AP Stylebook "datelines"), not the country the text
  is about: "(Nairobi, May 3, 2024) - Soldiers razed a village in South Sudan" gave Kenya's soldiers.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, side, country, sector", [
    ("KANO - Police dispersed a crowd of traders outside the emir's palace on Friday.", "dispersed", "actor",
     "NGA", "COP"),
    ("PESHAWAR - Soldiers detained a dozen students near the main bazaar on Monday.", "detained", "actor",
     "PAK", "MIL"),
    ("CHITTAGONG - A mob set fire to the party office on Saturday night.", "set", "actor", "BGD", "CVL"),
    ("PUNE: Police lathicharged farmers protesting near the collector's office on Tuesday.", "lathicharged",
     "recipient", "IND", "CVL"),
])
def test_a_role_noun_takes_the_datelines_country_when_no_other_place_is_named(coder, text, trigger, side,
                                                                               country, sector):
    a = getattr(coded_event(coder, text, trigger), side)
    assert a is not None and (a.country, a.sector) == (country, sector), a
    assert "dateline" in a.reason, a.reason


@pytest.mark.parametrize("text, trigger, country", [
    # another place of the text: its country, not the dateline's
    ("NAIROBI - Soldiers burned dozens of huts near Bor in Jonglei state on Sunday.", "burned", "SSD"),
    # a press release filed in one capital about another country
    ("(Nairobi, May 3, 2024) - Soldiers burned dozens of huts near Bor in Jonglei state last week.", "burned",
     "SSD"),
])
def test_the_dateline_is_not_where_the_actors_are_when_the_text_places_them(coder, text, trigger, country):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.country == country, a


@pytest.mark.parametrize("text, trigger", [
    # refugees are not of the place they are in; foreign troops are named by their own state or by none
    ("AMMAN - Refugees blocked the road outside the camp on Monday.", "blocked"),
    ("GOMA - Foreign troops shelled the hills north of the town on Sunday.", "shelled"),
])
def test_no_dateline_country_for_people_not_of_the_place(coder, text, trigger):
    a = coded_event(coder, text, trigger).actor
    assert a is None or a.country is None, a


@pytest.mark.parametrize("text, trigger, side, country", [
    # "pro-"/"anti-" + a demonym names the crowd's cause, not its origin: the place's country, as ACLED names them
    ("Police detained 15 pro-Ukrainian demonstrators in Minsk on Saturday.", "detained", "recipient", "BLR"),
    ("Anti-American protesters marched through Islamabad on Friday.", "marched", "actor", "PAK"),
    ("Riot police dispersed anti-Chinese protesters in Hanoi on Sunday.", "dispersed", "recipient", "VNM"),
])
def test_a_stance_prefixed_demonym_is_a_cause_not_an_origin(coder, text, trigger, side, country):
    a = getattr(coded_event(coder, text, trigger), side)
    assert a is not None and a.country == country, a


def test_a_plain_demonym_still_gives_the_origin(coder):
    a = coded_event(coder, "Ukrainian protesters marched through Warsaw on Saturday.", "marched").actor
    assert a is not None and a.country == "UKR", a


def test_the_first_word_after_a_dateline_is_not_a_sentence_of_its_own(coder):
    # the small parser cut "DHAKA - Plainclothes" / "agents abducted ...": the bare "agents" were then no one
    doc = coder.nlp("DHAKA - Plainclothes agents abducted two student activists in Dhaka on Sunday, rights groups said.")
    assert [s.text for s in doc.sents][:2] == ["DHAKA -", "Plainclothes agents abducted two student activists in "
                                               "Dhaka on Sunday, rights groups said."]


def test_plainclothes_agents_after_a_dateline_are_state_agents(coder):
    a = coded_event(coder, "DHAKA - Plainclothes agents abducted two student activists in Dhaka on Sunday, rights "
                           "groups said.", "abducted").actor
    assert a is not None and (a.country, a.sector) == ("BGD", "SPY"), a


@pytest.mark.parametrize("text, trigger, side", [
    # review rev24t: an international body or a rights group speaks from its seat or regional office, and a press
    # release's "(City) -" names the office that wrote it: the dateline is not the events' country
    ("GENEVA - Government forces shelled rebel positions, a UN spokesman said on Friday.", "shelled", "actor"),
    ("NEW YORK - Security forces killed 12 demonstrators, the UN Security Council was told on Monday.", "killed",
     "actor"),
    ("DAKAR - Soldiers killed 30 villagers in the north of the country, Human Rights Watch said.", "killed", "actor"),
    ("DAKAR - Soldiers killed 30 villagers in the north of the country, Human Rights Watch said.", "killed",
     "recipient"),
    ("(Nairobi) - Police killed at least 12 protesters during demonstrations last week.", "killed", "actor"),
])
def test_no_dateline_country_when_the_dateline_is_a_bodys_office(coder, text, trigger, side):
    a = getattr(coded_event(coder, text, trigger), side)
    assert a is not None and a.country is None, a
