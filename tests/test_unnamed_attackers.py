"""Unnamed armed attackers are an actor: the armed group of their country (CAMEO GUNMAN, UAF; ACLED inter 3).

ACLED codes "unknown assailants" as an unidentified armed group, a political militia (inter 3), so the
event keeps its doer and reaches the ACLED export instead of being left out for having no actor.
Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, country", [
    ("Unknown assailants shot dead a pastor in Kaduna on Monday.", "NGA"),
    ("Attackers stormed a church in Kaduna on Sunday and killed two worshippers.", "NGA"),
    ("Unidentified attackers torched a school near Bunia on Friday.", "COD"),
])
def test_unnamed_attackers_are_an_armed_group(coder, text, country):
    ev = next(e for e in coder.code(text, published="2024-06-10") if e.event_type == "ASSAULT")
    assert ev.actor is not None
    assert (ev.actor.sector, ev.actor.country, ev.actor.inter) == ("UAF", country, 3)


def test_attackers_as_victims_are_the_armed_side(coder):
    ev = next(e for e in coder.code("Soldiers killed three attackers near Djibo on Friday.", published="2024-06-10")
              if e.event_type == "ASSAULT")
    assert ev.recipient is not None and ev.recipient.sector == "UAF"
    assert ev.sub_event_type == "Armed clash"
