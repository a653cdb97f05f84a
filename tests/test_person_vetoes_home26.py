"""The person vetoes on a town's name have one home (issue 16, session 26): ``town_names.persons_name``.

The ``@TOWN`` evidence (:func:`dotterel.places.town_names.known_town`, "rebels seized X") and the dateline's small
town (:mod:`dotterel.places.dateline_towns`, "CITY - gunmen attacked X") ask the same question, whether a bare name
is a person's, of one function. Only a town of some size (``sized``) weighs its size against the person: a big city
outweighs one bearer's surname and namesakes count by main name; a name kept at any size does not. Names are read
as the gazetteer and the knowledge base hold them (GeoNames; ACLED codebook 2023, Battles).
"""

from __future__ import annotations

import pytest

from dotterel.places.town_names import known_town, persons_name


@pytest.mark.parametrize("name, sized, person", [
    ("Goma", True, False),  # one KB bearer of the surname, a city of 400,000; "Gomo" no namesake by main name
    ("Goma", False, True),  # at any size the bearer and the alternate-name namesake weigh
    ("Obi", False, True),  # one hamlet named Obi, two towns holding it as an alternate name
    ("Obi", True, False),  # no KB person: sized, the namesakes count by main name alone (1), so no veto
    ("Kano", True, False),  # one KB bearer of the surname, a city of some 3 million: the city outweighs him
    ("Kano", False, True),  # at any size the one bearer is enough (2 towns by any name: no namesake veto)
    ("Hassan", True, True),  # a surname many people of the knowledge base bear
    ("Hassan", False, True),
    ("Jackson", True, True),  # 19 towns bear it by main name
    ("Carmen", False, True),
    ("Sake", False, False),  # one town of 17,000 people, no person
    ("Monguno", True, False),
    ("Wad Madani", True, False),  # two words that only end in a surname
])
def test_persons_name_reads_the_person_vetoes(gazetteer, kb, name, sized, person):
    assert persons_name(name, gazetteer, kb, sized=sized) is person


@pytest.mark.parametrize("name", ["Sake", "Kuje"])
def test_a_document_surname_is_a_person_for_both_readers(gazetteer, kb, name):
    assert persons_name(name, gazetteer, kb, {name}) is True
    assert persons_name(name, gazetteer, kb, {name}, sized=True) is True
    assert known_town(name, gazetteer, kb, {name}) is False


@pytest.mark.parametrize("name, town", [
    ("Goma", True), ("Kuje", True), ("Hassan", False), ("Jackson", False), ("Somali", False),
])
def test_known_town_asks_persons_name(gazetteer, kb, name, town):
    assert known_town(name, gazetteer, kb) is town
    if town:
        assert not persons_name(name, gazetteer, kb, sized=True)
