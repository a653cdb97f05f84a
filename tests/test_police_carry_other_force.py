"""An agentless police act does not take a police force when another armed force acts nearer it (issue 12).

Sentences are our own. The police named acting before an agentless arrest carry to it
(``actors.implied_agent``), but not when another armed force (army, soldiers, militants) is named acting after
that mention and before the act, or, when the police only report the act ("police said 12 men were
detained"), in the sentence before the report: that force may have made the arrest (PLOVER manual 0.8,
COERCE "arrest": the source is the side that detains), so the act keeps no actor
(``actors.police_scene.other_force_between``). A force named jointly with the police, or of the side held,
does not block the carry.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _last(coder, text, trigger):
    found = [e for e in coder.code(text, published="2024-03-05") if e.trigger.text == trigger]
    assert found
    return max(found, key=lambda e: e.trigger.start)  # the last one: the agentless act


@pytest.mark.parametrize("text,trigger", [
    # soldiers act between the police sentence and the arrest
    ("Police sealed the area in Kupwara on Sunday. Soldiers raided the house of a militant commander. Three "
     "men were detained.", "detained"),
    ("Police in Kampala arrested 30 opposition supporters on Monday. Soldiers later fired tear gas at a crowd "
     "outside the court. Ten more people were arrested.", "arrested"),
    # the police only report the arrest; troops acted in the sentence before
    ("Israeli troops raided the Jenin camp on Tuesday. Palestinian police said 12 men were detained.", "detained"),
    ("Soldiers fired tear gas at protesters in Kampala on Monday. Police said 30 people were arrested.",
     "arrested"),
    # the police only the source of the sentence in which rebels act
    ("Houthi rebels stormed the UN compound in Sanaa on Sunday, police said. Twelve staff were detained.",
     "detained"),
])
def test_another_force_acting_nearer_leaves_the_arrest_without_police(coder, text, trigger):
    event = _last(coder, text, trigger)
    assert event.event_type == "COERCE" and event.mode == "arrest"
    assert event.actor is None


@pytest.mark.parametrize("text,trigger,antecedent", [
    # no other force: the police carry across a paragraph break and another speaker's quote
    ("Police arrested 12 opposition activists in Dhaka on Monday.\n\n\"This is an attack on democracy,\" said "
     "the opposition leader.\n\nFive more activists were detained on Tuesday.", "detained", "Police"),
    ("Riot police in Paris fired tear gas at protesters on Saturday. Some 40 people were arrested, the "
     "interior ministry said.", "arrested", "Riot police"),
    # security forces are police here; the force named with them is no other side
    ("Security forces and police raided the village in Kupwara on Sunday. Three militants were arrested.",
     "arrested", "police"),
    # a force named jointly with the police acts with them
    ("Police and army personnel raided the village in Kupwara on Sunday. Three men were arrested.",
     "arrested", "Police"),
    # the militants are the side held, not a force that arrests them
    ("Police in Srinagar said on Sunday that militants fired on a patrol. Three militants were arrested after a "
     "gunfight.", "arrested", "Police"),
])
def test_the_police_still_carry_when_no_other_force_acts_nearer(coder, text, trigger, antecedent):
    event = _last(coder, text, trigger)
    actor = event.actor
    assert actor is not None and actor.sector == "COP" and actor.how == "implied" and actor.span is None
    assert actor.antecedent is not None and text[actor.antecedent.start:actor.antecedent.end] == antecedent
    assert "police act" in actor.reason
