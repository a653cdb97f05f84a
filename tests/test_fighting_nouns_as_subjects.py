"""Fighting nouns as the subject of an event verb: "take place" and the "break out" family alike (issue 12).

"Heavy fighting took place in Aleppo" gave no event, although "fighting broke out / erupted / raged"
did: "take place" had the protest and attack nouns but not the fighting and riot nouns the other
verbs of its family share (triggers.json ``fighting_nouns``). And the whole family coded a fight of
words or of ideas as an ASSAULT ("a verbal clash broke out between the two ministers", "a clash of
cultures erupted", "a legal battle began"): the guards the attack nouns had ("a clash of schedules
occurred", "a raid on the pension fund took place") now hold for every rule whose subject is a
fighting noun, from one home (``not_fight_modifiers`` and the ``not_violent_*`` lists). Sentences
are our own.

As "occur" and the attack nouns' "take place", the event of a fighting noun that takes place is at
the verb (tests/test_event_found_shapes.py: a violent act named by a noun happens at the verb), and
a bare "the violence" that is taking place generalises, naming no incident (the same file).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _events(coder, text):
    return [(e.event_type, e.mode, e.trigger.text) for e in coder.code(text, published="2024-05-01")]


@pytest.mark.parametrize("text,expected", [
    ("Heavy fighting took place in Aleppo on Monday.", ("ASSAULT", None, "took")),
    ("Heavy fighting again took place in the old quarter of Mosul on Friday.", ("ASSAULT", None, "took")),
    ("Clashes took place between police and protesters in Dhaka.", ("ASSAULT", None, "took")),
    ("Riots took place in several towns of Gujarat on Friday.", ("PROTEST", "riot", "Riots")),
    ("Fierce clashes broke out between police and protesters in Dhaka.", ("ASSAULT", None, "clashes")),
    ("Political violence erupted in Nairobi after the vote.", ("ASSAULT", None, "violence")),
    ("Sporadic violence took place across Kenya after the election results.", ("ASSAULT", None, "took")),
    # a fight for ground, against armed men, or a shooting of people: still fighting
    ("The battle for control of the town raged on Tuesday.", ("ASSAULT", None, "battle")),
    ("Fighting for control of the airport continued in Khartoum on Monday.", ("ASSAULT", None, "Fighting")),
    ("The battle against the Taliban continued in Helmand.", ("ASSAULT", None, "battle")),
    ("The final battle for Raqqa began on Tuesday.", ("ASSAULT", None, "battle")),
    ("A heavy battle against the rebels raged in Goma on Friday.", ("ASSAULT", None, "battle")),
    ("The shooting of two protesters took place in Lagos on Friday.", ("ASSAULT", None, "took")),
    # the guard reads what the phrase's noun is, not a word deeper in it
    ("Violence against poverty-stricken villagers continued in Darfur.", ("ASSAULT", None, "Violence")),
    ("A battle against the fire-bombing militia raged in Goma.", ("ASSAULT", None, "battle")),
])
def test_fighting_that_takes_place_is_an_event(coder, text, expected):
    assert expected in _events(coder, text)


@pytest.mark.parametrize("text", [
    "A verbal clash took place between the two ministers in parliament.",
    "A verbal clash broke out between the two ministers in parliament.",
    "A clash of cultures erupted in the city.",
    "A clash of cultures took place in the old quarter.",
    "A legal battle began between the two firms in Delaware.",
    "A bidding battle erupted between the two studios.",
    "A diplomatic battle raged between Paris and Rome over the treaty.",
    "A clash of egos broke out at the board meeting.",
    # a fight for a prize of a contest: sport, election, market
    "A fierce battle for the championship took place in Madrid on Sunday.",
    "The battle for the presidency raged in the Senate on Tuesday.",
    "A battle for viewers broke out between the two networks.",
    "A title clash took place in Las Vegas on Saturday.",
    # a fight against an ill, a disaster or the clock
    "The battle against inflation continued in March.",
    "The battle against the wildfire raged for three days near Athens.",
    "The battle against the fire continued near Athens.",
    # a contest of performers; the filming of a picture
    "A battle of the bands took place at the stadium on Saturday.",
    "The shooting of the film took place in Morocco last month.",
])
def test_a_fight_of_words_ideas_prizes_or_ills_is_no_event(coder, text):
    assert [ev for ev in _events(coder, text) if ev[0] == "ASSAULT"] == []


@pytest.mark.parametrize("text,reason", [
    ("Fighting will take place in Aleppo if talks fail.", "future"),
    ("No fighting took place in Aleppo on Monday.", "negated"),
])
def test_fighting_that_did_not_take_place_is_abstained(coder, text, reason):
    from dotterel.ingest import make_document

    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    assert coded.events == []
    assert any(reason in a.reason and a.trigger.text.lower() in ("take", "took") for a in coded.abstentions)
