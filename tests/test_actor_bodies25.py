"""Bodies the knowledge base lacked or the resolver missed (issue 16, session 25; sentences written for this file).

- "Shiv Sena and NCP supporters clashed" gave "Shiv Sena" as an unknown person's name (no country, no sector):
  Maharashtra's two parties and Pakistan's PML-N were not in the knowledge base.
- "PTI and PML-N workers scuffled" read "workers" as labour (LAB): the parser hangs the first party on the noun as
  a nominal modifier (nmod), not a compound, so the short name before the followers was not read.
- "Savak agents arrested the poet" gave no actor: the Shah's secret police was unknown, and the parser tags
  "Savak" an adjective (amod), so the organisation before the role noun was not looked up.
- "according to the regional police commander" gave an army officer: bare "commander" is the army officer's
  form, and "police commander" was no form of the police's.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, name, country, sector", [
    ("Shiv Sena and NCP supporters clashed in Nashik on Sunday.", "clashed", "Shiv Sena", "IND", "PTY"),
    ("Shiv Sena workers ransacked a cinema hall in Pune on Monday.", "ransacked", "Shiv Sena", "IND", "PTY"),
    ("NCP activists blocked the highway near Baramati on Friday.", "blocked", "Nationalist Congress Party", "IND",
     "PTY"),
    ("PTI and PML-N workers scuffled outside a polling station in Multan on Saturday.", "scuffled",
     "Pakistan Tehreek-e-Insaf", "PAK", "OPP"),
    ("PML-N workers blocked a road in Gujranwala on Monday.", "blocked", "Pakistan Muslim League (N)", "PAK", "PTY"),
    ("Savak agents detained the novelist at his home in Shiraz in 1974.", "detained", "SAVAK", "IRN", "SPY"),
    ("SAVAK tortured dozens of students in Tabriz in 1977.", "tortured", "SAVAK", "IRN", "SPY"),
])
def test_a_known_body_is_the_actor(coder, text, trigger, name, country, sector):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.name, a.country, a.sector) == (name, country, sector), a


def test_party_clash_keeps_the_other_party(coder):
    r = coded_event(coder, "Shiv Sena and NCP supporters clashed in Nashik on Sunday.", "clashed").recipient
    assert r is not None and r.name == "Nationalist Congress Party", r


@pytest.mark.parametrize("text, trigger, claimant", [
    ("Police detained 15 traders in Kumasi on Tuesday, according to the regional police commander.", "detained",
     "GHA policeman"),
    ("Soldiers shot two herders near Mopti on Friday, a district police commander said.", "shot", "MLI policeman"),
])
def test_a_police_commander_speaks_for_the_police(coder, text, trigger, claimant):
    att = coded_event(coder, text, trigger).attribution
    assert att is not None and att.claimant == claimant, att


@pytest.mark.parametrize("text, trigger, name", [
    ("A rebel commander was killed near Bunia on Monday.", "killed", "COD rebel commander"),  # still the rebels'
    ("Travel agents protested outside the ministry in Lahore on Monday.", "protested", None),  # no body: no actor
])
def test_other_commanders_and_agents_keep_their_reading(coder, text, trigger, name):
    ev = coded_event(coder, text, trigger)
    a = ev.actor if trigger != "killed" else ev.recipient
    assert (a.name if a is not None else None) == name, a
