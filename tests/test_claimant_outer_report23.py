"""A passive report inside a speaker's statement rests on that speaker's word (issue 16, session 23).

"Militiamen were reported to have looted shops in Bunia, the UN mission said" had the claimant "unnamed source":
the passive "were reported to" names no reporter (Quirk et al. 1985, 16.52), but the report is itself what the
outer speaker says, so the act rests on the speaker's word, still hedged (``alleged``). With no outer speaker, or
with a "by" phrase naming the reporter, nothing changes. Sentences written for this file.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, claimant, kind", [
    ("Fighters were reported to have torched homes in Djugu on Sunday, the UN mission said.", "torched",
     "Un Mission", "organisation"),
    ("Soldiers were said to have beaten students in Conakry on Monday, Amnesty International said.", "beaten",
     "Amnesty International", "ngo"),
    ("Police said gunmen were believed to have abducted six traders near Katsina on Friday.", "abducted",
     "NGA police", "government"),
    ("Rebels were reported to have shelled the town of Beni on Monday, a UN spokesman said.", "shelled",
     "United Nations", "organisation"),
])
def test_a_passive_report_rests_on_the_outer_speaker(coder, text, trigger, claimant, kind):
    at = coded_event(coder, text, trigger).attribution
    assert (at.claimant, at.claimant_type, at.certainty) == (claimant, kind, "alleged"), at
    assert at.verb is not None and at.verb.text in ("said",), at


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen were reported to have abducted ten traders in Katsina on Sunday.", "abducted"),
    ("The militia was alleged to have looted the market in Djugu on Sunday.", "looted"),
])
def test_a_passive_report_with_no_speaker_has_an_unnamed_source(coder, text, trigger):
    at = coded_event(coder, text, trigger).attribution
    assert (at.claimant, at.certainty) == ("unnamed source", "alleged"), at


def test_a_named_reporter_of_the_passive_is_kept(coder):
    at = coded_event(coder, "Troops were reported by residents to have burned homes near Kidal on Friday, the UN said.",
                     "burned").attribution
    assert (at.claimant_type, at.claimant_span.text, at.verb.text, at.certainty) == ("witness", "residents", "reported", "alleged"), at


# Review of session 23: an outer denial or negated report is no speaker who vouches for the passive report;
# "police denied that officers were reported to have beaten students" had the claimant "police", certainty
# alleged (the denier read as the accuser). The report's source stays unnamed, as before the rule.
@pytest.mark.parametrize("text, trigger", [
    ("Police denied that officers were reported to have beaten students in Kumasi on Monday.", "beaten"),
    ("The army denied that soldiers were said to have burned homes near Gao on Friday.", "burned"),
    ("The UN did not say that militiamen were reported to have looted shops in Djugu on Sunday.", "looted"),
])
def test_a_denier_of_a_passive_report_is_not_its_claimant(coder, text, trigger):
    at = coded_event(coder, text, trigger).attribution
    assert at.claimant == "unnamed source" and at.claimant_type == "other", at
