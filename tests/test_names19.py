"""Honorifics are no part of a name, and a hyphenated family particle keeps the given name (issue 16: actor).

"Shri Rahul Gandhi": "Shri" (like "Mr", "Smt") is a form of address, so the name is "Rahul Gandhi", a person
(profile ``honorifics``; ``actors.names.honoured_name``). "Hafez al-Assad" is not Bashar al-Assad: the given
name before "al-Assad" must be one of the known person's names, however the parser hangs the split "al", "-"
on the family name (``actors.names.given_name_before``). Sentences written for this test.
"""

import pytest


def _side(coder, text, word, field):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.trigger.text.lower() == word]
    return getattr(ev, field)


@pytest.mark.parametrize("text, word, field, name", [
    ("Police arrested Shri Rahul Gandhi in Lucknow on Monday.", "arrested", "recipient", "Rahul Gandhi"),
    ("Police detained Shrimati Meena Devi in Patna on Tuesday.", "detained", "recipient", "Meena Devi"),
    ("Police detained Smt Sonia Gandhi in Delhi on Friday.", "detained", "recipient", "Sonia Gandhi"),
])
def test_an_honorific_is_dropped_from_the_name(coder, text, word, field, name):
    side = _side(coder, text, word, field)
    assert side is not None and side.name == name and side.kind == "person"
    assert side.span is not None and not side.span.text.lower().startswith(("shri", "smt"))


def test_a_known_person_after_an_honorific_is_the_known_person(coder):
    side = _side(coder, "Shri Narendra Modi criticised the Congress party in Varanasi on Monday.", "criticised",
                 "actor")
    assert side is not None and side.name == "Narendra Modi" and side.country == "IND"


@pytest.mark.parametrize("text, word", [
    ("Hafez al-Assad condemned Israel in 1980.", "condemned"),
    ("President Hafez al-Assad met Egyptian officials in Damascus in 1975.", "met"),
])
def test_another_given_name_before_a_hyphenated_family_name_is_another_person(coder, text, word):
    side = _side(coder, text, word, "actor")
    assert side is None or side.name != "Bashar al-Assad"


@pytest.mark.parametrize("text", [
    "Bashar al-Assad condemned Israel on Monday.",
    "Assad condemned Israel on Monday.",
])
def test_the_known_person_of_the_family_name_still_resolves(coder, text):
    side = _side(coder, text, "condemned", "actor")
    assert side is not None and side.name == "Bashar al-Assad"
