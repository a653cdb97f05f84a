"""A description that holds a name is a mention of its own, and later pronouns can refer back to it.

"The Viv Ansanm gang coalition has expanded its control. On Monday it attacked ...": the name hangs on
"gang", not on the head "coalition", so the phrase was read as the anaphor "the coalition" and never
offered as an antecedent; "it" was left without an actor. A description whose modifiers hold no name
("the rebel group") is still an anaphor. Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _act(coder, text, event_type):
    return next(e for e in coder.code(text, published="2024-06-10") if e.event_type == event_type)


@pytest.mark.parametrize("text, event_type, name", [
    ("The Viv Ansanm gang coalition has expanded its control. On Monday it attacked the town of Mirebalais.",
     "ASSAULT", "Viv Ansanm"),
    ("The Gran Grif gang network grew last year. On Friday it attacked the town of Pont-Sonde.",
     "ASSAULT", "Gran Grif"),
])
def test_a_pronoun_refers_back_to_a_named_description(coder, text, event_type, name):
    ev = _act(coder, text, event_type)
    assert ev.actor is not None and ev.actor.name == name and ev.actor.how == "pronoun"


def test_a_description_without_a_name_is_still_an_anaphor(coder):
    ev = _act(coder, "M23 rebels advanced on Goma. On Monday the rebel group seized the town of Sake.", "COERCE")
    assert ev.actor is not None and ev.actor.name == "M23" and ev.actor.how == "context"


@pytest.mark.parametrize("text, event_type, name", [
    ("Houthi rebels control most of northern Yemen. On Monday the Iran-backed group attacked a vessel in the "
     "Red Sea.", "ASSAULT", "Houthis"),
    ("M23 rebels advanced on Goma. On Monday the Rwanda-backed group seized the town of Sake.", "COERCE", "M23"),
])
def test_a_name_under_a_participle_is_a_backers_not_the_descriptions(coder, text, event_type, name):
    # "the Iran-backed group": Iran backs the group, it is not the group; the description is still an anaphor
    ev = _act(coder, text, event_type)
    assert ev.actor is not None and ev.actor.name == name and ev.actor.how == "context"
