"""A district's civil officers in South Asian reports are the state government acting locally (issue 16, actors17).

The district magistrate (or district collector), the additional and sub-divisional magistrates and the
tehsildar are executive officers of the state government who order curfews, bans on assembly and
closures: GOV, local, of the country the text places them in. A plain "collector" is no office
("garbage collectors", "a tax collector").
"""

from __future__ import annotations

import pytest

from factories import coded_event

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")



@pytest.mark.parametrize(("text", "trigger"), [
    ("The district magistrate banned all rallies in Patna on Tuesday.", "banned"),
    ("The district collector imposed prohibitory orders in Madurai on Monday after clashes.", "imposed"),
    ("The tehsildar met the protesting farmers in Nashik on Monday.", "met"),
    ("The sub-divisional magistrate imposed a curfew in Asansol on Friday.", "curfew"),
])
def test_a_district_officer_is_the_local_government(coder, text, trigger):
    ev = coded_event(coder, text, trigger)
    assert ev.actor is not None and ev.actor.sector == "GOV" and ev.actor.name == "IND district magistrate"
    assert ev.actor.inter == 1


def test_a_plain_collector_is_no_officer(coder):
    ev = coded_event(coder, "Garbage collectors blocked the main road in Pune on Monday.", "blocked")
    assert ev.actor is None or ev.actor.sector != "GOV"
