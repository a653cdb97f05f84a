"""Lines set in capitals are parsed in ordinary case, offset for offset.

A new user's "GANG ATTACK KILLS 12 IN HAITI'S ARTIBONITE" gave no event: the small model tags every
word of a line in capitals a proper noun (issue 16: "Title Case and ALL CAPS headlines giving no
events"). dotterel.casing gives such a line ordinary case before parsing (ordinary words from spaCy's
stop words and lemmatizer index; names from the knowledge base, the gazetteer and the calendar), and
the evidence spans still slice the original capitals. The sentences are our own.
"""

from __future__ import annotations

import pytest

from dotterel.casing import CapitalsRecaser

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize(("text", "event_type", "trigger", "place"), [
    ("GANG ATTACK KILLS 12 IN HAITI'S ARTIBONITE", "ASSAULT", "KILLS", "Artibonite"),
    ("POLICE ARREST 40 OPPOSITION SUPPORTERS IN LAGOS ON MONDAY", "COERCE", "ARREST", "Lagos"),
    ("GUNMEN ABDUCT 30 STUDENTS IN NORTHERN NIGERIA", "ASSAULT", "ABDUCT", "Nigeria"),
    ("REBELS SEIZE TOWN OF GOMA AFTER HEAVY FIGHTING", "COERCE", "SEIZE", "Goma"),
])
def test_a_headline_in_capitals_is_coded_with_spans_in_the_original(coder, text, event_type, trigger, place):
    (event,) = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == event_type]
    assert event.trigger.text == trigger and text[event.trigger.start:event.trigger.end] == trigger
    assert event.location is not None and event.location.span.text.lower() == place.lower()


def test_the_day_of_a_headline_in_capitals_is_read(coder):
    (event,) = coder.code("POLICE ARREST 40 OPPOSITION SUPPORTERS IN LAGOS ON MONDAY", published=PUBLISHED)
    assert (event.date.earliest, event.date.time_precision) == ("2024-05-06", "day")


def test_recasing_keeps_every_offset_and_names(coder):
    recase = coder.recaser
    text = "CHINA AND INDIA SIGN BORDER DEAL IN NEW DELHI ON MONDAY\nThe body is left as it is. UN EU NATO."
    out = recase(text)
    assert len(out) == len(text)
    assert out.split("\n")[0] == "China and India sign border deal in New Delhi on Monday"
    assert out.split("\n")[1] == text.split("\n")[1]


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in Dhaka on Monday.",
    "KABUL, Afghanistan (Reuters) - Gunmen attacked a checkpoint.",
    "KABUL -",
    "The UN, the EU and NATO met in Brussels.",
])
def test_text_in_ordinary_case_is_untouched(coder, text):
    assert coder.recaser(text) is text


def test_unknown_short_words_stay_acronyms_and_long_ones_become_names():
    recase = CapitalsRecaser(["police", "fire", "at", "in"], [], [("s", "")], lambda w: False)
    assert recase("POLICE FIRE AT JNIM IN ARTIBONITE") == "Police fire at JNIM in Artibonite"


def test_a_noun_that_is_also_a_known_place_keeps_its_capital():
    recase = CapitalsRecaser(["troops", "enter", "goma", "in"], ["goma"], [("s", "")], lambda w: w == "goma")
    assert recase("TROOPS ENTER GOMA IN FORCE") == "Troops enter Goma in Force"


@pytest.mark.parametrize(("text", "expected"), [
    ("US STRIKES KILL 12 IN YEMEN", "US strikes kill 12 in Yemen"),
    ("WHO WARNS OF CHOLERA OUTBREAK IN HAITI", "WHO warns of cholera outbreak in Haiti"),
    ("NATO AND ECOWAS CONDEMN M23 ATTACK ON GOMA", "NATO and ECOWAS condemn M23 attack on Goma"),
    ("UN SECURITY COUNCIL MEETS ON SUDAN", "UN security council meets on Sudan"),
])
def test_abbreviations_of_the_knowledge_base_and_codes_keep_their_capitals(coder, text, expected):
    # "US" and "WHO" are also ordinary words, "M23" a word glued to a number: read as names, not "us", "who"
    assert coder.recaser(text) == expected


def test_the_us_in_a_headline_in_capitals_is_an_actor(coder):
    (event,) = coder.code("US STRIKES KILL 12 IN YEMEN", published=PUBLISHED)
    assert event.actor is not None and event.actor.country == "USA"
    # a state's strikes in a clause of harm are its military, not its government by metonymy (issue 16)
    assert event.actor.span.text == "US STRIKES" and event.actor.sector == "MIL"


def test_recasing_can_be_turned_off_in_the_pipeline_config(coder, coder_for):
    config = coder.config.model_copy(update={"recase_capitals": False})
    plain = coder_for(config)
    assert plain.recaser is None and config.config_hash() != coder.config.config_hash()
    assert plain.code("GANG ATTACK KILLS 12 IN HAITI'S ARTIBONITE", published=PUBLISHED) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("GUNMEN KILL 12 IN HAITI", "Gunmen kill 12 in Haiti"),
    ("POLICE ARREST 40 IN LAGOS", "Police arrest 40 in Lagos"),
])
def test_a_headline_with_a_number_among_its_first_words_is_recased(coder, text, expected):
    # the cheap test for a line in capitals wanted three capital words with only spaces or punctuation between
    assert coder.recaser(text) == expected


class _CountingKB:
    """A knowledge base stand-in that knows one country and counts the look-ups made of it."""

    def __init__(self):
        self.asked = 0

    def country_by_name(self, name):
        self.asked += 1
        return "FRA" if name == "France" else None

    def country_by_demonym(self, name):
        return None

    def country_by_capital(self, name):
        return None


def test_the_name_test_remembers_a_bounded_number_of_answers():
    from types import SimpleNamespace

    from dotterel.casing import NAME_CACHE_SIZE, name_test

    kb = _CountingKB()
    is_name = name_test(kb, None, SimpleNamespace(weekdays=["monday"], month_names=["may"]))
    assert is_name("france") and is_name("monday") and not is_name("tractor")
    for n in range(NAME_CACHE_SIZE + 500):  # a long run meets ever new capitalised words
        is_name(f"word{n}")
    assert is_name.cache_info().currsize == NAME_CACHE_SIZE  # bounded, not one entry a word for good
    asked = kb.asked
    assert not is_name(f"word{NAME_CACHE_SIZE + 499}") and kb.asked == asked  # a recent answer is remembered
    assert is_name("france") and kb.asked == asked + 1  # a forgotten one is asked again, with the same answer


# A line written all in lower case: the knowledge base's role abbreviations ("BSF", "CRPF", "SHO") are set in
# capitals before parsing, since the small model reads a lower-case "bsf" as an adverb and loses the doer.

def test_role_abbreviations_of_a_lower_case_line_are_set_in_capitals():
    recase = CapitalsRecaser(["the", "opened", "fire", "on", "near", "border", "sp"], [], [("s", "")],
                             lambda w: False, lower_acronyms=["BSF", "CRPF", "SP"])
    text = "the bsf opened fire near the border; crpf and bsf's men on patrol\nThe bsf in a line with capitals."
    out = recase(text)
    assert len(out) == len(text)
    assert out == "the BSF opened fire near the border; CRPF and BSF's men on patrol\nThe bsf in a line with capitals."
    # an abbreviation that is also a word of the lemmatizer's index ("sp") is left as written
    assert recase("the sp ordered the crpf to patrol the town") == "the sp ordered the CRPF to patrol the town"
    # a word that merely contains one is not touched
    assert recase("the bsfx and xcrpf are no forces at all") == "the bsfx and xcrpf are no forces at all"


def test_a_state_abbreviation_before_police_is_set_in_capitals_after_an_opener_only():
    recase = CapitalsRecaser(["the", "up", "mp", "police", "by", "stepped", "patrols"], [], [("s", "")],
                             lambda w: False, state_forces=(["up", "mp"], ["police", "cops"], ["the", "by", "of"]))
    assert recase("two men were arrested by up police on monday") == "two men were arrested by UP police on monday"
    assert recase("the mp cops detained the leaders at the border") == "the MP cops detained the leaders at the border"
    assert recase("up police arrested the leaders; mp police the rest") == "UP police arrested the leaders; MP police the rest"
    # a particle after a verb, or no police noun after it, stays as written
    assert recase("the town stepped up police patrols on monday") == "the town stepped up police patrols on monday"
    assert recase("the prices went up by the hour in the town") == "the prices went up by the hour in the town"
    # a line with capitals is left to the parser
    assert recase("Two men were arrested by up police.") == "Two men were arrested by up police."


def test_the_coders_state_forces_come_from_the_language_profile(coder):
    assert coder.recaser("the leaders were arrested by up police.") == "the leaders were arrested by UP police."
    assert coder.recaser("the town stepped up police patrols.") == "the town stepped up police patrols."


def test_the_coders_lower_case_abbreviations_come_from_the_knowledge_base(coder):
    out = coder.recaser("the bsf and the crpf arrested three men, the sho said.")
    assert out == "the BSF and the CRPF arrested three men, the SHO said."


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("the bsf opened fire on smugglers near the border on sunday.", "opened", "IND border security force"),
    ("the bsf fired at the smugglers near the border, killing two.", "fired", "IND border security force"),
])
def test_a_force_named_by_a_lower_case_abbreviation_is_the_doer(coder, text, trigger, actor):
    (event,) = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]
    assert event.trigger.text == trigger and event.actor is not None and event.actor.name == actor
    assert text[event.actor.span.start:event.actor.span.end] == "bsf"  # the span slices the text as written
