"""One person in a riot is no rioter, whatever the noun names them (review of actors17, rev17a).

"A teacher beat a pupil", "a priest set fire to a mosque", a named man: ACLED's Mob violence is a group's
(Codebook 2023), so a lone doer keeps the code of its sector, not Inter Code 5; many teachers are a mob.
"""

from __future__ import annotations

import pytest

from factories import coded_event

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize(("text", "trigger"), [
    ("A teacher beat a pupil to death in Kano on Monday.", "beat"),
    ("A priest set fire to a mosque in Jos on Monday.", "set"),
    ("A local journalist set fire to the council office in Kano on Monday.", "set"),
    ("John Okafor set fire to the council office in Enugu on Monday.", "set"),
])
def test_one_person_in_a_riot_is_no_rioter(coder, text, trigger):
    ev = coded_event(coder, text, trigger)
    assert ev.actor is not None and ev.actor.inter != 5


def test_many_teachers_in_a_mob_are_rioters(coder):
    ev = coded_event(coder, "The teachers beat a pupil to death in Kano on Monday.", "beat")
    assert ev.sub_event_type == "Mob violence" and ev.actor.inter == 5
