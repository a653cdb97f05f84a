"""A relative clause that rejects a claim is the author's report, not the claim (issue 12).

"The tribal group said soldiers killed five herders, a claim the army
rejected" credited the army's rejection to the tribal group, as an
allegation: the clause hangs on the claim noun, which stands in the said
clause, and was read both as the claim's content and as what the group said.
A relative clause whose gap is the claim noun's object (its verb a denial or
reporting verb, with a subject and no object of its own) says what someone
did with the claim; the author tells it (``attribution_claims.claim_comment``).
A content clause ("claims that soldiers killed") is unchanged. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-15"


@pytest.mark.parametrize(("text", "said", "saidby", "rejected", "rejecter"), [
    ("The tribal group said soldiers killed five herders, a claim the army rejected.",
     "killed", "tribal group", "rejected", "army"),
    ("Activists said militiamen burned a village, an allegation the militia's commander rejected on Monday.",
     "burned", "ctivist", "rejected", "commander"),
    ("The opposition said troops beat 20 students in Kisumu, an accusation which the interior ministry rejected.",
     "beat", "opposition", "rejected", "ministry"),
])
def test_the_rejection_is_the_authors_report(coder, text, said, saidby, rejected, rejecter):
    events = coder.code(text, published=PUB)
    claim = next(e for e in events if e.trigger.text == said)
    assert saidby in claim.attribution.claimant and claim.attribution.certainty in ("reported", "alleged")
    rejections = [e for e in events if e.trigger.text == rejected]
    assert rejections
    for ev in rejections:
        assert ev.attribution.claimant == "author" and ev.attribution.certainty == "asserted"
        assert ev.actor is not None and rejecter in ev.actor.span.text


def test_a_content_clause_of_a_claim_stays_the_claim(coder):
    [ev] = [e for e in coder.code("The army rejected claims that soldiers killed five herders in Jos.",
                                  published=PUB) if e.trigger.text == "killed"] or [None]
    # the killing, when coded, is what the claims say, never the author's own report
    assert ev is None or ev.attribution.certainty != "asserted"
