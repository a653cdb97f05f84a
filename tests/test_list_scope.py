"""A negation, a hedge or a denial of the first verb of a list is every verb's (issue 12, "every act of a list").

"were not beaten, detained or tortured" gave the detention and the torture as done, "were allegedly beaten and
detained" the detention as asserted, "rejected claims of torturing prisoners" the torture as asserted
(attribution_lists, attribution_claims). A verb with its own auxiliary, or after "and" under a negation, or
after "but", tells its own act.

Sentences written for these tests (wire, NGO, Indian English; active and passive; several countries).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-06"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


def _acts(coded):
    return {(e.event_type, e.trigger.text, e.attribution.certainty) for e in coded.events
            if e.event_type in ("ASSAULT", "COERCE")}


@pytest.mark.parametrize("text, n", [
    ("The interior ministry rejected claims of torturing and killing detainees in Massawa last month.", 2),
    ("Police dismissed reports of beating students in Eldoret on Tuesday.", 1),
    ("The junta denied reports of detaining and torturing journalists in Sagaing.", 2),
])
def test_a_denied_claim_of_a_gerund_list_denies_each_act(coder, text, n):
    coded = _coded(coder, text)
    assert _acts(coded) == set()
    denied = [a for a in coded.abstentions if "denied (by" in a.reason and a.reason.startswith(("ASSAULT", "COERCE"))]
    assert len(denied) == n, [a.reason for a in coded.abstentions]
