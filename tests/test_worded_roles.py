"""A role of no sector whose body no word names is named as the text words it (issue 16: each field checkable).

The knowledge base's canonical phrase of the "head" role is ``secretary general`` (forms chief, head,
leader, chairman ...): "a village chief" was named "NGA secretary general", an office the text never
names. ``actors.names.worded_role``. Sentences written for this test.
"""

import pytest


def _party(coder, text, trigger, slot):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.trigger.text == trigger]
    return getattr(ev, slot)


@pytest.mark.parametrize("text, trigger, slot, name", [
    ("Gunmen killed a village chief in Zamfara.", "killed", "recipient", "NGA village chief"),
    ("Village chief kidnapped by gunmen in Zamfara", "kidnapped", "recipient", "NGA village chief"),
    ("The junta ordered the detention of civilian leaders in Burma.", "detention", "recipient", "MMR civilian leader"),
])
def test_a_role_with_no_body_is_named_by_its_words(coder, text, trigger, slot, name):
    party = _party(coder, text, trigger, slot)
    assert party.name == name and party.sector is None


def test_a_role_with_a_body_keeps_the_bodys_name(coder):
    party = _party(coder, "Police arrested the leaders of the opposition on Monday.", "arrested", "recipient")
    assert party.name == "opposition leader" and party.sector == "OPP"
