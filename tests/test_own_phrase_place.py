"""The verb's own locative phrase beats a place in the subject's phrase (issue 16, place21).

Sentences written for these tests. "Policemen in Peshawar were killed in
Quetta": the subject's place says where the people serve or live, the verb's
own phrase where the act was; the subject's place stays only when it lies
inside the verb's own place ("protesters in Lagos clashed with police in
Nigeria"), or when the verb's own locative phrase names no place at all,
or only a gazetteer reading the sentence does not vouch for. "Sector" is no
sub-place noun: "the IT sector" is a part of the economy, not of a town.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _event(coder, text: str, trigger: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    [ev] = [e for e in coded.events if e.trigger.text == trigger]
    return ev


@pytest.mark.parametrize(("text", "trigger", "place", "country"), [
    ("Policemen in Peshawar were killed in Quetta on Sunday.", "killed", "Quetta", "PAK"),
    ("Two teachers at a school in Kano were abducted in Kaduna last week.", "abducted", "Kaduna", "NGA"),
    ("Reporters based in Karachi were detained in Lahore on Tuesday.", "detained", "Lahore", "PAK"),
    ("Three nurses from a clinic in Goma were kidnapped near Bukavu.", "kidnapped", "Bukavu", "COD"),
    ("Students in Mandalay were arrested in Yangon after the march.", "arrested", "Yangon", "MMR"),
    ("Traders at the Mombasa port were attacked in Nairobi on Friday.", "attacked", "Nairobi", "KEN"),
])
def test_the_verbs_own_place_beats_the_subjects(coder, text, trigger, place, country):
    ev = _event(coder, text, trigger)
    assert (ev.location.span.text, ev.location.country, ev.location.rule) == (place, country, "attached")


@pytest.mark.parametrize(("text", "trigger", "place", "country"), [
    # inside the verb's own place: the finer reading of the same ground
    ("Protesters in Lagos clashed with police in Nigeria on Monday.", "clashed", "Lagos", "NGA"),
    ("Authorities in Hidalgo detained 50 migrants in Mexico on Tuesday.", "detained", "Hidalgo", "MEX"),
    # the verb's own phrase names no place
    ("Police in Nairobi arrested 12 people on Friday.", "arrested", "Nairobi", "KEN"),
    ("Gunmen in Kandahar killed two officials on Monday.", "killed", "Kandahar", "AFG"),
])
def test_the_subjects_place_stays_inside_the_verbs_or_alone(coder, text, trigger, place, country):
    ev = _event(coder, text, trigger)
    assert (ev.location.span.text, ev.location.country) == (place, country)


@pytest.mark.parametrize(("text", "trigger", "place", "country"), [
    # a gazetteer reading in a country the sentence names nowhere else (Katanga read as a Russian village)
    ("Miners in Kolwezi were shot in Katanga on Monday.", "shot", "Kolwezi", "COD"),
    # the agent's origin and a place the act is about are no place of the act
    ("Miners in Kolwezi were shot by soldiers from Kinshasa.", "shot", "Kolwezi", "COD"),
    # ...while a country the sentence names, or a town of the same country, still places the act
    ("Refugees in Chad were attacked in Sudan last week.", "attacked", "Sudan", "SDN"),
    ("Miners in Kolwezi were shot in the town of Likasi.", "shot", "Likasi", "COD"),
])
def test_only_a_vouched_place_of_the_verbs_own_locative_phrase_displaces(coder, text, trigger, place, country):
    ev = _event(coder, text, trigger)
    assert (ev.location.span.text, ev.location.country) == (place, country)


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a sector of the economy named by a capitalised word or an acronym is no place (review of place21:
    # 'sector' as a sub-place noun made "the IT sector" a named part of a town, finer than Bengaluru)
    ("Thousands of workers went on strike in the IT sector in Bengaluru on Monday.", "went", "Bengaluru"),
    ("Workers went on strike in the FMCG sector in Mumbai.", "went", "Mumbai"),
    ("Hawkers in the Jua Kali sector clashed with county askaris in Nairobi.", "clashed", "Nairobi"),
])
def test_an_economic_sector_is_no_place(coder, text, trigger, place):
    assert _event(coder, text, trigger).location.span.text == place


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a sector of the economy or a town's quarter named by its people is no named place
    ("Investors in the Nigerian oil sector were kidnapped in Port Harcourt.", "kidnapped", "Port Harcourt"),
    ("Protesters marched through the Christian sector of Beirut on Friday.", "marched", "Beirut"),
    ("Troops arrested six suspects in raids north of Baghdad on Thursday.", "arrested", "Baghdad"),
])
def test_other_sectors_and_bare_reference_towns_stay(coder, text, trigger, place):
    assert _event(coder, text, trigger).location.span.text == place
