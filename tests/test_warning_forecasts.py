"""A warning whose content is another doer's act is a forecast, not a THREATEN.

"warned that a blockade of the bay would harm all countries" (a PETRARCH unit-test sentence newly coded
as THREATEN once fields10 read a warning beside a modal as asserted) and a new user's "rebels could
launch an offensive ..., analysts warned" were coded THREATEN by the "warn" rule that takes any modal
in the content. PLOVER manual (2021): THREATEN is the source saying it will act against the target.
Sentences are our own.
"""

from __future__ import annotations

import pytest

PUB = "2024-11-20"


@pytest.mark.parametrize("text", [
    "The ministry warned that prices would rise sharply next year.",
    "If the talks fail, militias could attack the town of Beni, experts warned.",
    "The minister warned that a blockade of the port would harm all countries of the region.",
    "Doctors warned that the outbreak could spread to the capital.",
])
def test_a_forecast_of_another_doers_act_is_no_threat(coder, text):
    assert [e for e in coder.code(text, published=PUB) if e.event_type == "THREATEN"] == []


@pytest.mark.parametrize("text", [
    "The army warned that troops would crush any protest.",
    "The junta warned that protesters would be punished.",
    "The president warned that Russia would respond to any attack.",
    "The general warned that we will strike back.",
    "Police warned protesters against marching on parliament.",
    # the warner's own people, named with a possessive pronoun: not another doer
    "Hamas warned that its fighters would retaliate against Israel.",
    "The rebels warned that their fighters would attack the capital.",
    "The opposition warned that its supporters would take to the streets.",
    # the content's subject is the target of what the warner will do (profile sanction_nouns)
    "The governor warned that looters would face severe punishment.",
    "The interior ministry warned that organisers of the rally would face prosecution.",
    "Police warned that protesters would face the full force of the law.",
])
def test_a_warning_of_the_speakers_own_act_is_a_threat(coder, text):
    assert [e.trigger.text for e in coder.code(text, published=PUB) if e.event_type == "THREATEN"] == ["warned"]


def test_a_forecast_that_others_will_face_a_foe_stays_no_threat(coder):
    text = "Analysts warned that rebels would face the army near Goma."
    assert [e for e in coder.code(text, published=PUB) if e.event_type == "THREATEN"] == []
