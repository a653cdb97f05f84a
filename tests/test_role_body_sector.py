"""A role of no sector of its own speaks for the body its words name ("a police spokesman" is police).

The new-user run of session 7 found the claimant "a police spokesman" shown as
"spokesperson" of type ``other``. CAMEO codes a spokesman as the agent of the
body he speaks for; the knowledge base's "spokesperson", "chief", "head"
have no sector, so the sector (and the claimant type) comes from the body the
words before the role name. Sentences written for this file.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, claimant, kind", [
    # a text that names no country: the claimant takes its places' one country (Lagos: NGA)
    ("Police arrested 40 protesters in Lagos on Monday, a police spokesman told Reuters.", "arrested",
     "NGA police spokesman", "government"),
    ("Rebels seized the town of Bunagana on Sunday, an army spokesman said.", "seized",
     "army spokesman", "government"),
    ("Troops shelled the rebel positions on Friday, the rebel spokesman said.", "shelled",
     "rebel spokesman", "other"),
    # "media"/"press" name a spokesman's audience, not the body he speaks for (a press officer is no journalist)
    ("Police arrested 40 protesters in Lagos on Monday, a media spokesman said.", "arrested",
     "NGA spokesperson", "other"),
    ("Police arrested 40 protesters in Lagos on Monday, a police media spokesman said.", "arrested",
     "NGA police spokesman", "government"),
    ("Rebels seized the town of Bunagana on Sunday, the army press spokeswoman said.", "seized",
     "army spokeswoman", "government"),
])
def test_a_spokesman_s_claim_is_the_body_s(coder, text, trigger, claimant, kind):
    att = coded_event(coder, text, trigger).attribution
    assert (att.claimant, att.claimant_type) == (claimant, kind)


def test_a_spokesman_of_no_named_body_stays_of_no_sector(coder):
    att = coded_event(coder, "Police arrested 40 protesters in Lagos on Monday, a spokesman said.",
                      "arrested").attribution
    assert (att.claimant, att.claimant_type) == ("NGA spokesperson", "other")  # Lagos: the text's one country


def test_a_chief_as_actor_takes_the_body_s_sector(coder):
    a = coded_event(coder, "The army chief threatened the protesters with arrest on Monday.", "threatened").actor
    assert (a.sector, a.name) == ("MIL", "army chief")

