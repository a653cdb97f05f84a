"""A coordinated clause whose subject is a pronoun for the same doers shares the first clause's place (issue 16, evloc23).

Sentences written for these tests. "Police did not fire on the crowd in
Dhaka on Friday, but they beat and arrested dozens": the beating and the
arrests had no place, though "they" are the police at the same scene.
:func:`~dotterel.places.scene.shared_ground` lent a coordinated verb's place
only when the second verb had no subject of its own; a group pronoun
(``lang.group_pronouns``) takes up the first verb's doers, so it lends too,
up a chain of conjuncts. Another subject still keeps its own scene, and a
place of the clause's own still wins.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _events(coder, text: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    return {e.trigger.text: e for e in coded.events}


@pytest.mark.parametrize(("text", "triggers", "name"), [
    ("Police did not fire on the crowd in Dhaka on Friday, but they beat and arrested dozens.",
     ("beat", "arrested"), "Dhaka"),
    ("Police fired tear gas at the crowd in Sylhet on Friday, and they arrested dozens.", ("arrested",),
     "Sylhet"),
    ("Soldiers did not shoot at the marchers in Mandalay on Sunday, but they detained 30 of them.", ("detained",),
     "Mandalay"),
])
def test_a_pronoun_conjunct_shares_the_place(coder, text, triggers, name):
    events = _events(coder, text)
    for trigger in triggers:
        loc = events[trigger].location
        assert loc is not None and loc.name == name


def test_the_conjunct_s_own_place_still_wins(coder):
    text = "Police fired tear gas at students in Lahore on Monday, and they later detained 12 of them in Multan."
    assert _events(coder, text)["detained"].location.name == "Multan"


def test_another_subject_lends_nothing(coder):
    text = "Troops stormed the camp in Goma on Monday, but the rebels repelled them."
    assert _events(coder, text)["repelled"].location is None
