"""A closing "<speaker> said" whose speaker the parser hung on the clause before still names the claimant.

"..., killing at least 14 civilians and wounding 30 others, the Syrian Observatory for Human Rights said"
came out as claimant "unnamed source", certainty "alleged" (a new user's report): spaCy made the
Observatory an apposition of "others" and left "said" with no subject, and an attribution with a
reporting verb and no claimant is read as "are said to". The sentences here are our own.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "trigger", "claimant"), [
    ("Military aircraft struck a market in the town of Saraqib in Idlib province on Monday, killing at least "
     "11 civilians and wounding 25 others, the Syrian Observatory for Human Rights said.",
     "struck", "Syrian Observatory for Human Rights"),
    ("Russian forces shelled the city of Sumy overnight, killing three people and injuring seven, regional "
     "governor Volodymyr Artiukh said.", "shelled", "Volodymyr Artiukh"),
    ("Gunmen attacked a bus near Quetta, killing nine passengers and wounding 12 others, the provincial "
     "home minister said.", "attacked", "minister"),
])
def test_the_stranded_speaker_is_the_claimant(coder, text, trigger, claimant):
    event = next(e for e in coder.code(text, published="2024-05-06") if e.trigger.text == trigger)
    assert event.attribution.certainty == "reported"
    assert claimant in event.attribution.claimant
    assert event.attribution.claimant != "unnamed source"


def test_a_pronoun_or_clause_before_said_is_no_stranded_speaker(coder):
    # only a noun phrase between the comma and the verb is read as the speaker
    for text in ("Police fired tear gas at protesters in Kuma on Friday, it was said.",
                 "Police fired tear gas at protesters in Kuma on Friday, as was said."):
        events = coder.code(text, published="2024-05-06")
        assert events and all(e.attribution.claimant == "author" for e in events)


@pytest.mark.parametrize("text", [
    "Troops shelled Saraqeb, a rebel stronghold said to house 500 fighters.",
    "Police raided Kibera, a slum reported to shelter the gang's leaders.",
])
def test_a_said_to_relative_after_the_clause_is_no_claimant(coder, text):
    # "a stronghold said to house": hearsay about the stronghold, not its report of the shelling
    events = coder.code(text, published="2024-11-20")
    assert events and all(e.attribution.claimant == "author" for e in events)
