"""Professions and state agents as actors (issue 16, session 23; sentences written for this file).

- Lawyers ("lawyers", "attorneys", "barristers", and "advocates", the Indian and Pakistani title) were no one:
  "Lawyers protested outside the district court" had no actor. CAMEO's agents dictionary codes them JUD, which
  dotterel keeps for the state's courts and judges; they are members of the public (CVL), protesters when they
  demonstrate (ACLED inter 6, the profession the associated actor) and civilians when harmed (inter 7).
- Agents of a state's security service told by their clothes or their service ("plainclothes agents", "state
  agents", "security operatives") were no doer; CAMEO SECRET_AGENT, INTELLIGENCE_AGENT, OPERATIVE [~SPY]: a state
  force (ACLED inter 1). Bare "agents" (travel agents, polling agents) stay no one.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, name, country", [
    ("Lawyers protested outside the district court in Hyderabad, Sindh, on Monday.", "protested", "PAK lawyer", "PAK"),
    ("Hundreds of lawyers marched through Dhaka on Sunday.", "marched", "BGD lawyer", "BGD"),
    ("Attorneys rallied outside the parliament in Nairobi on Tuesday.", "rallied", "KEN lawyer", "KEN"),
    ("Advocates staged a demonstration outside the high court in Allahabad on Friday.", "demonstration",
     "IND advocate", "IND"),
])
def test_lawyers_who_demonstrate_are_protesters_of_the_public(coder, text, trigger, name, country):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.name, a.country, a.sector, a.inter) == (name, country, "CVL", 6), a


@pytest.mark.parametrize("text, trigger", [
    ("Police beat lawyers outside the high court in Lahore on Monday.", "beat"),
    ("Soldiers detained two barristers in Harare on Friday.", "detained"),
])
def test_lawyers_acted_on_are_civilians(coder, text, trigger):
    r = coded_event(coder, text, trigger).recipient
    assert r is not None and (r.sector, r.inter) == ("CVL", 7), r


def test_rights_advocates_are_advocates_not_lawyers(coder):
    a = coded_event(coder, "Rights advocates rallied in Kampala on Saturday.", "rallied").actor
    assert a is not None and (a.name, a.sector) == ("UGA advocate", "CVL"), a


@pytest.mark.parametrize("text, trigger, country", [
    ("Two students were abducted by plainclothes agents in Bulawayo on Saturday.", "abducted", "ZWE"),
    ("State agents detained a union leader in Caracas on Friday.", "detained", "VEN"),
    ("Security operatives arrested an opposition organiser in Kampala on Monday.", "arrested", "UGA"),
    ("A blogger was detained by state security agents in Tashkent on Sunday.", "detained", "UZB"),
])
def test_state_agents_are_a_state_security_force(coder, text, trigger, country):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.country, a.sector, a.inter) == (country, "SPY", 1), a


@pytest.mark.parametrize("text, trigger", [
    ("Travel agents protested in Mombasa on Monday.", "protested"),
    ("Polling agents were beaten in Karachi on Sunday.", "beaten"),
])
def test_bare_agents_are_no_state_force(coder, text, trigger):
    ev = coded_event(coder, text, trigger)
    assert all(s is None or s.sector != "SPY" for s in (ev.actor, ev.recipient)), (ev.actor, ev.recipient)


# Review of session 23: the "lawyer" entry's "attorney" and "solicitor" took public prosecutors under their
# other titles ("district attorneys", "a Crown solicitor") as lawyers of the public (CVL); they are the state's
# prosecution service (JUD, as "prosecutor").
@pytest.mark.parametrize("text, trigger, side", [
    ("District attorneys protested outside the statehouse in Sacramento on Friday.", "protested", "actor"),
    ("A Crown solicitor was attacked outside the courthouse in Omagh on Monday.", "attacked", "recipient"),
    ("Gunmen shot dead a district attorney in Culiacan on Tuesday.", "shot", "recipient"),
])
def test_prosecutors_titled_attorney_or_solicitor_are_the_state_prosecution(coder, text, trigger, side):
    a = getattr(coded_event(coder, text, trigger), side)
    assert a is not None and a.sector == "JUD", a


# Review of session 23: "government agents" are also a government's tax, revenue and land agents; the
# "security agent" entry read "two government agents collecting taxes" as a state security force (SPY).
@pytest.mark.parametrize("text, trigger", [
    ("Gunmen killed two government agents collecting taxes in Baidoa on Monday.", "killed"),
    ("Villagers attacked government agents surveying land near Kisii on Friday.", "attacked"),
])
def test_government_agents_are_no_security_force(coder, text, trigger):
    r = coded_event(coder, text, trigger).recipient
    assert r is None or r.sector != "SPY", r


@pytest.mark.parametrize("text, trigger, name, country, sector", [
    # CAMEO SECRET_POLICE [~SPY]: the secret police's officers are its agents, not the police's (session 24)
    ("Secret police officers detained three opposition activists in Minsk on Friday.", "detained",
     "BLR security agent", "BLR", "SPY"),
    ("Secret policemen beat two journalists in Ashgabat on Monday.", "beat", "TKM security agent", "TKM", "SPY"),
    # Phoenix FBI_ [USACOP], MOSSAD [ISRSPY]: the services by their names, with their agents
    ("FBI agents arrested a militia leader in Houston on Friday.", "arrested", "Federal Bureau of Investigation",
     "USA", "COP"),
    ("Mossad agents killed an arms smuggler in Khartoum in 2012.", "killed", "Mossad", "ISR", "SPY"),
])
def test_secret_police_and_named_services(coder, text, trigger, name, country, sector):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.name, a.country, a.sector) == (name, country, sector), a


def test_plain_police_officers_stay_police(coder):
    a = coded_event(coder, "Police officers detained three activists in Minsk on Friday.", "detained").actor
    assert a is not None and a.sector == "COP", a
