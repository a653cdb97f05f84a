"""State agents, party rank and file and village heads the knowledge base lacked (issue 16, session 26).

Sentences written for this file.

- "Federal agents arrested", "Immigration officers detained", "Customs officials arrested": federal police, immigration
  and customs officers were no role (federal agents gave no actor; immigration officers took the bare "officer"
  entry's name), though ACLED codes them as the state's police forces (codebook 2023).
- "Party workers clashed", "party cadres torched": read as labour (LAB); a party's workers are its members (PTY).
- "AAP workers", "TMC workers" gave labour and "DMK cadres" no actor: the three Indian parties were unknown; AAP and
  TMC are other bodies' abbreviations too, so only before a follower noun in an Indian text.
- "the sarpanch", "the village pradhan": no actor; the elected head of an Indian village's administration is local
  government (GOV). "village head" and "village chief" stay open (a customary ruler in Nigeria; one killing
  worded both ways is linked, tests/test_worded_roles.py).
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, side, name, country, sector", [
    ("Federal agents arrested two protesters in Chicago on Friday.", "arrested", "actor", "USA federal agent", "USA",
     "COP"),
    ("Federal police officers detained a union leader in Abuja on Monday.", "detained", "actor", "NGA federal agent",
     "NGA", "COP"),
    ("Immigration officers detained a journalist in Johannesburg on Tuesday.", "detained", "actor",
     "ZAF immigration officer", "ZAF", "COP"),
    ("Customs officials arrested three traders in Mombasa on Friday.", "arrested", "actor", "KEN customs officer",
     "KEN", "COP"),
    ("Party workers clashed with police in Patna on Monday.", "clashed", "actor", "IND party worker", "IND", "PTY"),
    ("Angry party cadres torched a bus in Guntur on Sunday.", "torched", "actor", "IND party worker", "IND", "PTY"),
    ("AAP workers protested outside the police station in Ludhiana on Monday.", "protested", "actor",
     "Aam Aadmi Party", "IND", "PTY"),
    ("TMC workers attacked a BJP office in Howrah on Sunday.", "attacked", "actor", "All India Trinamool Congress",
     "IND", "PTY"),
    ("DMK cadres blocked the highway near Madurai on Friday.", "blocked", "actor", "Dravida Munnetra Kazhagam", "IND",
     "PTY"),
    ("Police arrested the sarpanch in Jalna on Monday.", "arrested", "recipient", "IND sarpanch", "IND", "GOV"),
    ("Police arrested the village pradhan in Ballia on Monday.", "arrested", "recipient", "IND sarpanch", "IND", "GOV"),
])
def test_the_side_is_read(coder, text, trigger, side, name, country, sector):
    a = getattr(coded_event(coder, text, trigger), side)
    assert a is not None and (a.name, a.country, a.sector) == (name, country, sector), a


@pytest.mark.parametrize("text, trigger, side, name, sector", [
    ("Factory workers went on strike in Dhaka on Monday.", "went", "actor", "BGD worker", "LAB"),  # labour still
    ("Travel agents protested outside the ministry in Rome on Monday.", "protested", "actor", None, None),
    ("The village chief was abducted by gunmen near Gusau on Monday.", "abducted", "recipient", "NGA village chief",
     None),  # a customary chief: sector left open
    ("Gunmen shot dead a village head near Gusau on Monday.", "shot", "recipient", "NGA village head", None),
])
def test_other_workers_agents_and_chiefs_keep_their_reading(coder, text, trigger, side, name, sector):
    a = getattr(coded_event(coder, text, trigger), side)
    assert (a.name, a.sector) == (name, sector) if name else a is None, a
