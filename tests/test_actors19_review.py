"""Review of actors19 (issue 16): where its new rules misfired, as kinds. Sentences written for this test.

- A capital before a role noun of no state (a school, a hospital, residents, students) names where they are,
  not its government: "Gunmen attacked a Kabul school" is no attack on Afghanistan's government (PLOVER: the
  recipient is who is acted on); a state's role ("a Kabul court", "Moscow police") keeps its state.
- Gangs, bandits and criminals are a demonstration's rioters only amid it: a demonstration in the event's
  paragraph, or a document that ties gangs to its demonstrations, and never one stated on another day or at
  another town (ACLED Codebook 2023: Rioters act in a demonstration or spontaneous disorder; an event is one
  place on one day); "Protesters rallied on Monday. On Tuesday, gangs attacked a police station" is no riot.
- Thugs tied to a sponsor ("hired by the ruling party", "pro-government", "party thugs") are organised for a
  political end, a political militia (ACLED Inter Code 3), no rioters.
- One thug, hooligan or bandit is no mob: "a thug attacked a woman" is no Riots event (ACLED: Rioters and
  Mob violence are a group's), as one member of the public is none.
- The doer of a "when" clause is the doer of the happening only when the clause's act is an assault: "the
  explosion occurred when soldiers were defusing a bomb" does not make the soldiers its doers.
"""

import pytest


def _events(coder, text):
    return coder.code(text, published="2024-05-01")


def _event(coder, text, word):
    [ev] = [e for e in _events(coder, text) if e.trigger.text.lower() == word]
    return ev


@pytest.mark.parametrize("text, word, side, sector", [
    ("Gunmen attacked a Kabul school on Tuesday, killing two teachers.", "attacked", "recipient", "EDU"),
    ("Militants attacked a Kabul university on Monday, killing 20 students.", "attacked", "recipient", "EDU"),
    ("Russian missiles struck a Kyiv hospital on Monday, killing three people.", "struck", "recipient", "HLH"),
    ("Baghdad residents protested against power cuts on Monday.", "protested", "actor", "CVL"),
    ("Kabul students marched against the ban on Monday.", "marched", "actor", "CVL"),
])
def test_a_capital_before_a_role_of_no_state_is_no_government(coder, text, word, side, sector):
    ev = _event(coder, text, word)
    party = getattr(ev, side)
    assert party is not None and party.sector == sector
    assert ev.sub_event_type != "Armed clash"


@pytest.mark.parametrize("text, word, name", [
    # a capital's court is its state's court (JUD), not its government (issue 16, actor25)
    ("A Kabul court sentenced a journalist to ten years in prison on Monday.", "sentenced", "AFG court"),
    # a capital's police keeps its state as the police, not the government (issue 16 review, actors20)
    ("Moscow police detained dozens of protesters on Saturday.", "detained", "RUS police"),
    ("Washington imposed sanctions on Iran on Tuesday.", "sanctions", "United States government"),
])
def test_a_capital_before_a_state_role_keeps_its_state(coder, text, word, name):
    ev = _event(coder, text, word)
    assert ev.actor is not None and ev.actor.name == name


@pytest.mark.parametrize("text, word, sub", [
    # another day stated: the gangs are not the demonstration's rioters
    ("Protesters rallied in Port-au-Prince on Monday. On Tuesday, gangs attacked a police station.", "attacked",
     "Armed clash"),
    ("Protesters rallied in Port-au-Prince on Monday. On Tuesday, gangs seized control of the port.", "seized",
     "Non-state actor overtakes territory"),
    ("Thousands of workers protested in Karaganda on Monday over fuel prices.\n\n"
     "On Tuesday gangs attacked police officers and set the mayor's office on fire.", "attacked", "Armed clash"),
    # another paragraph, and nothing ties the gangs to the demonstrations
    ("Protesters rallied in Port-au-Prince on Monday.\n\nGangs attacked a police station in the city.", "attacked",
     "Armed clash"),
    # a protest against gangs ties none
    ("Hundreds of protesters marched against gang violence in Port-au-Prince on Monday.\n\n"
     "Gangs attacked a police station in the city.", "attacked", "Armed clash"),
    ("Residents held protests against criminal gangs in Guayaquil.\n\nGangs set fire to a market in the city.",
     "set", "Looting/property destruction"),
])
def test_gangs_apart_from_a_demonstration_are_no_rioters(coder, text, word, sub):
    ev = _event(coder, text, word)
    assert ev.sub_event_type == sub
    assert ev.actor is None or ev.actor.inter != 5


@pytest.mark.parametrize("text, word", [
    # the document ties gangs to its demonstrations
    ("Thousands of workers protested in Karaganda on Monday over fuel prices. The protests were hijacked by "
     "criminal gangs, the government said.\n\nGangs attacked police officers and set the mayor's office on fire.",
     "attacked"),
    ("Thousands of workers protested in Karaganda on Monday over fuel prices. The protests were hijacked by "
     "criminal gangs, the government said.\n\nGangs attacked police officers and set the mayor's office on fire.",
     "set"),
    ("Thousands of workers protested in Karaganda on Monday over fuel prices. Criminal gangs infiltrated the "
     "protests, the government said.\n\nGangs attacked police officers and set the mayor's office on fire.",
     "attacked"),
    # the demonstration in the paragraph, an act of protesters
    ("Protesters burned tyres in Dhaka on Monday. Gangs then attacked police officers with stones.", "attacked"),
])
def test_gangs_amid_a_demonstration_are_its_rioters(coder, text, word):
    ev = _event(coder, text, word)
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor is not None and ev.actor.inter == 5


@pytest.mark.parametrize("text, word", [
    ("Police said thugs hired by the ruling party attacked opposition supporters in Kampala.", "attacked"),
    ("Pro-government thugs beat journalists outside the parliament in Tbilisi on Monday.", "beat"),
    ("Party thugs attacked opposition supporters in Harare on Monday.", "attacked"),
    # one thug is no mob
    ("A thug attacked a woman in a park in Lagos on Monday.", "attacked"),
    ("A hooligan smashed the window of a bar in Lyon on Saturday.", "smashed"),
])
def test_sponsored_or_lone_thugs_are_no_rioters(coder, text, word):
    ev = _event(coder, text, word)
    assert ev.sub_event_type not in ("Mob violence", "Violent demonstration")
    assert ev.actor is None or ev.actor.inter != 5


@pytest.mark.parametrize("text", [
    "The explosion occurred when soldiers were defusing a bomb in Kandahar.",  # what they were doing
    "The blast occurred when a soldier stepped on a landmine near Kandahar.",  # no act of violence
])
def test_when_clause_not_an_assault_names_no_doer(coder, text):
    ev = _event(coder, text, "occurred")
    assert ev.actor is None or ev.actor.sector != "MIL"


@pytest.mark.parametrize("text, word, sector", [
    ("The massacre took place on Friday when gunmen opened fire at a wedding in Kaduna.", "took", "UAF"),
    ("The killings occurred when troops fired on a crowd of mourners in Mandalay.", "occurred", "MIL"),
])
def test_when_clause_of_an_assault_names_its_doer(coder, text, word, sector):
    ev = _event(coder, text, word)
    assert ev.actor is not None and ev.actor.sector == sector

