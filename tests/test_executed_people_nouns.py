"""An execution of a person the execute rules did not list ("a teacher was executed by militants").

The "execute" rules named their victims word by word (civilians, journalists, prisoners...), so "a
teacher was executed by militants in Raqqa" gave no event. The rules now also name the profile's
``person_nouns`` (``$person_nouns``, a list the lexicon reads from the profile, its one home): a teacher,
a lawyer, a nurse. A plan, a contract or an order executed stays no event, and a judicial execution
keeps the mode ``execute`` (PLOVER manual, ASSAULT execute; ACLED codebook 2023). The sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


def _assaults(coder, text):
    return [(e.trigger.text, e.mode) for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "A teacher was executed by militants in Raqqa on Monday.",
    "Gunmen executed a lawyer and two nurses in Sirte on Friday.",
    "A shopkeeper was executed by the insurgents in front of his store.",
])
def test_the_execution_of_a_person_is_an_assault(coder, text):
    assert [t for t, _ in _assaults(coder, text)] == ["executed"]


def test_a_judicial_execution_of_a_person_keeps_its_mode(coder):
    text = "Iran executed a teacher convicted of espionage on Monday."
    assert _assaults(coder, text) == [("executed", "execute")]


@pytest.mark.parametrize("text", [
    "The company executed the contract with its suppliers on time.",
    "The army executed the plan to retake the town.",
    "The militants will execute a teacher if the ransom is not paid.",
    "The rebels denied that they had executed a teacher in the village.",
])
def test_no_execution_of_things_in_the_future_or_denied(coder, text):
    assert _assaults(coder, text) == []
