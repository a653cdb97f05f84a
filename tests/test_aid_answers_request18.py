"""Aid that answers a request of its paragraph goes to who asked (issue 16: who; PLOVER manual, AID).

"Chad's government asked the United Nations for help. The UN sent humanitarian aid": the aid names no
receiver, but the paragraph's nearest request was made to the giver, so the requester receives it
(``events.recipients.requester``, as for an agreement or refusal). Not when the request was made to someone
else, told in another paragraph, or the aid names where it goes. Sentences written for this test.
"""

import pytest


def _aid(coder, text):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.event_type == "AID"]
    return ev


def test_aid_after_a_request_to_its_giver_goes_to_the_requester(coder):
    ev = _aid(coder, "Chad's government asked the United Nations for help. The UN sent humanitarian aid within "
                     "a week.")
    assert ev.recipient is not None and ev.recipient.name == "TCD government" and ev.recipient.how == "context"
    assert ev.recipient.span.text == "Chad's government" and ev.recipient.antecedent.text == "Chad's government"


@pytest.mark.parametrize("text, recipient", [
    ("Chad's government asked France for help. The United States sent humanitarian aid within a week.", None),
    ("Chad's government asked the United Nations for help.\n\nThe UN sent humanitarian aid within a week.", None),
    ("Chad's government asked the United Nations for help. The UN sent humanitarian aid to Sudan within a week.",
     "Sudan government"),
])
def test_aid_goes_to_no_requester_it_does_not_answer(coder, text, recipient):
    ev = _aid(coder, text)
    assert (ev.recipient.name if ev.recipient else None) == recipient


# rev18a: aid answers only a request for assistance (PLOVER REQUEST mode assist), not one for something else
@pytest.mark.parametrize("text", [
    "Protesters urged the army to stay neutral. The army later sent humanitarian aid.",
    "Opposition lawmakers urged the army to stay out of politics. The army then sent food aid.",
])
def test_aid_answers_no_request_for_something_else(coder, text):
    assert _aid(coder, text).recipient is None


def test_aid_answers_a_request_for_assistance(coder):
    ev = _aid(coder, "Flooded villagers appealed to the government for assistance. The government sent food aid "
                     "on Tuesday.")
    assert ev.recipient is not None and ev.recipient.how == "context" and ev.recipient.span.text == "Flooded villagers"
