"""Misfires of the issue-16 actor rules on other kinds of news, on sentences of our own.

- A family name that is a role noun ("Thelonious Monk", "Sarah Bishop", "Lucas Pastor") was read as the
  role: a person named Monk arrested in New York became a cleric (REL).
- The fuzzy person match within a country took another real person of that country: a word that differs by
  two slips ("Radchenko" for "Ryabchenko", "Khalid" for "Khalifa") or by one in a short word ("Arun" for
  "Arjun", "Chul" for "Chu"), or a given name before a surname others of the country share.
- A titled unknown name took the text's country when it was like an office holder's name two slips away
  ("Minister Johansen" beside Britain: "Johnson").
- An "aid official" or a "humanitarian official" (of the UN, or of a government's aid agency) was aid staff (NGO).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dotterel.actors.kb import KnowledgeBase
from dotterel.actors.kb_index import _one_slip_per_word


@pytest.mark.parametrize(("text", "name"), [
    ("Police arrested Thelonious Monk in New York in 1951.", None),
    ("Police arrested Sarah Bishop at the protest in Ohio on Monday.", "Sarah Bishop"),
    ("Gunmen killed Lucas Pastor in Madrid on Friday.", None),
    ("Police arrested Ben Preacher in Texas on Monday.", "Ben Preacher"),
    ("Police arrested John Abbot in Toronto on Monday.", "John Abbot"),
])
def test_a_family_name_that_is_a_role_word_is_no_cleric(coder, text, name):
    events = [e for e in coder.code(text, published="2024-05-01") if e.event_type in ("COERCE", "ASSAULT")]
    assert events
    r = events[0].recipient
    assert r is None or (r.sector is None and r.name == name)


@pytest.mark.parametrize("text", [
    "Police arrested a monk in Yangon on Monday.",
    "Police arrested the Anglican Bishop of Lagos on Monday.",
    "Gunmen Kill Catholic Priest In Kaduna",
    "Police arrested Pastor James Adeboye in Lagos on Monday.",
])
def test_a_role_word_before_or_without_a_name_stays_a_cleric(coder, text):
    events = [e for e in coder.code(text, published="2024-05-01") if e.event_type in ("COERCE", "ASSAULT")]
    assert events and events[0].recipient is not None and events[0].recipient.sector == "REL"


@pytest.mark.parametrize(("name", "known", "slip"), [
    ("mavhungare", "mavhungaro", True),
    ("tendai mavhungare", "tendai mavhungaro", True),
    ("masud pezeshkian", "masoud pezeshkian", True),
    ("dos sontas", "dos santos", True),  # vowels written otherwise
    ("muhammad nuh", "mohammed nuh", True),
    ("johansen", "johnson", False),  # not vowels alone: a vowel more, an "a" lost
    ("oleksandr radchenko", "oleksandr ryabchenko", False),  # two slips: another name
    ("khalid bin ahmad", "khalifa bin ahmad", False),
    ("arun singh", "arjun singh", False),  # one slip in a short word: another name
    ("kim yong chul", "kim yong chu", False),
])
def test_a_misspelling_is_one_slip_in_a_word_of_five_letters_or_more(name, known, slip):
    assert _one_slip_per_word(name, known) is slip


def _minister(pid: str, name: str, country: str) -> dict:
    return {"id": pid, "name": name, "country": country, "fuzzy": False,
            "terms": [{"office": "Minister", "sector": "GOV", "start": "2019-01-01", "end": None}]}


@pytest.fixture(scope="module")
def review_kb(tmp_path_factory):
    people = [_minister("or", "Oleksandr Ryabchenko", "UKR"), _minister("ts", "Tetsuo Saitama", "JPN"),
              _minister("ks", "Kenji Saitama", "JPN"), _minister("pz", "Masoud Pezeshkiani", "IRN"), _minister("hj", "Harriet Johnstone", "GBR")]
    path = tmp_path_factory.mktemp("kb") / "review.json"
    path.write_text(json.dumps({"format": "dotterel-actors", "version": 1, "people": people}), encoding="utf-8")
    return KnowledgeBase.load(extra=[path], phoenix=False)


def test_no_fuzzy_person_of_another_name_in_the_same_country(review_kb):
    on = dt.date(2023, 5, 1)
    assert review_kb.person_in_country("Oleksandr Radchenko", "UKR", on=on) is None  # two slips
    assert review_kb.person_in_country("Oleksandr Ryabchenka", "UKR", on=on).entry.id == "or"  # one
    # a surname two people of the country share: the given name tells them apart
    assert review_kb.person_in_country("Tetsuzo Saitama", "JPN", on=on) is None
    # a surname of one person only: a given name spelt otherwise is still that person
    assert review_kb.person_in_country("Masud Pezeshkiani", "IRN", on=on).entry.id == "pz"


@pytest.mark.parametrize("text", [
    "A humanitarian official of the United Nations condemned the attack in Gaza.",
    "An aid official of the European Union criticised the blockade of Gaza.",
])
def test_an_aid_official_is_not_aid_staff(coder, text):
    events = coder.code(text, published="2024-05-01")
    assert all(e.actor is None or e.actor.sector != "NGO" for e in events)


def test_a_titled_name_two_slips_from_an_office_holder_gives_no_country(review_kb):
    on = dt.date(2023, 5, 1)
    assert review_kb.misspelt_in_country("Johnstome", "GBR", on=on, sector="GOV") == ("johnstone", 0.8889)
    assert review_kb.misspelt_in_country("Johnstown", "GBR", on=on, sector="GOV") is None  # another name
