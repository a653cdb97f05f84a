"""A state named as a force's sponsor is neither the force nor its country (review of actor25, session 25).

actor25 let a country before a role of another sector than the executive name that role's country ("US soldiers":
USA MIL), so "Iran-backed militias fired rockets ... near Baghdad" went from the Iranian government (main) to Iranian
militiamen: the sponsor read as the proxy's origin. The profile's ``sponsor_participles`` ("backed", "funded",
"trained" ...) now mark the name before them as the sponsor: not the actor, not its country, not the text's country
for the role (ACLED codebook 2023, actor names: a proxy is coded by its own name and where it acts). Sentences
written for this file.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, sector, sponsor", [
    ("Iran-backed militias fired rockets at an airbase near Basra on Sunday.", "fired", "UAF", "IRN"),
    ("Turkish-funded rebels attacked a Kurdish checkpoint near Manbij on Monday.", "attacked", "REB", "TUR"),
    ("Saudi-backed government forces recaptured the harbour near Mukalla on Friday.", "recaptured", "MIL", "SAU"),
    ("Russian-backed separatists shelled a school in Avdiivka overnight.", "shelled", "REB", "RUS"),
])
def test_a_sponsor_is_not_the_forces_country(coder, text, trigger, sector, sponsor):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.sector == sector and a.country != sponsor, a


@pytest.mark.parametrize("text, trigger", [
    ("US-backed fighters captured a village near Hasakah on Monday.", "captured"),
    ("UAE-funded gunmen stormed a clinic near Aden on Tuesday.", "stormed"),
])
def test_a_sponsor_is_not_the_actor(coder, text, trigger):
    a = coded_event(coder, text, trigger).actor
    assert a is None or (a.kind != "country" and a.sector != "GOV"), a


@pytest.mark.parametrize("text, trigger, country, sector", [
    ("US soldiers killed two men near Khost on Friday.", "killed", "USA", "MIL"),
    ("US-trained Afghan soldiers killed four insurgents in Baghlan.", "killed", "AFG", "MIL"),
    ("Pro-Russian separatists shelled a market in Horlivka on Friday.", "shelled", "UKR", "REB"),
    ("Iranian police arrested 30 students in Tabriz on Monday.", "arrested", "IRN", "COP"),
])
def test_an_origin_still_names_the_country(coder, text, trigger, country, sector):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.country, a.sector) == (country, sector), a


@pytest.mark.parametrize("text, trigger, who, sector", [
    ("BJP-ruled state police detained nine farmers in Meerut on Monday.", "detained", "actor", "COP"),
    ("Hamas-affiliated reporters were detained by police in Hebron.", "detained", "recipient", "JRN"),
])
def test_a_party_ruling_or_affiliated_is_not_the_role(coder, text, trigger, who, sector):
    a = getattr(coded_event(coder, text, trigger), who)
    assert a is not None and a.kind != "organisation" and a.sector == sector, a
