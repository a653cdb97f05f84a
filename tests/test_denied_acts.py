"""A denied act is kept as a record with certainty ``denied`` and the denier as claimant (issues 2 and 12).

"The army denied that soldiers had shot protesters" gave no record at all,
though the reason said "the claim and the denial are the events" (a bare
"deny" is a reporting verb, so no denial record was coded either). The act is
now kept, certainty ``denied``, claimant the denier (wording: "<denier> denies
..."), in every shape of denial: "denied that", "denied shooting", "rejected
claims that", "dismissed reports that", "denied carrying out". It never counts
as an event that took place: no ACLED or Phoenix row
(``export._common.refuse_denied``), no credible figure (``dedup``), no found
event in ``dotterel evaluate`` (``evaluate.runner.as_happened``), and no PROTEST
implied from its target. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-06"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text,trigger,event_type,denier", [
    ("The army denied that soldiers had shot protesters.", "shot", "ASSAULT", "army"),
    ("The army denied shooting protesters in Harare on Monday.", "shooting", "ASSAULT", "army"),
    ("The ministry rejected claims that police had beaten students.", "beaten", "ASSAULT", "ministry"),
    ("The police dismissed reports that officers had arrested 40 journalists.", "arrested", "COERCE", "police"),
    ("Al-Shabaab denied carrying out the attack on the hotel in Mogadishu.", "carrying", "ASSAULT", "shabaab"),
])
def test_the_denied_act_is_a_record_of_the_denier(coder, text, trigger, event_type, denier):
    events = coder.code(text, published=PUB)
    [ev] = [e for e in events if e.trigger.text == trigger]
    assert (ev.event_type, ev.attribution.certainty) == (event_type, "denied")
    assert denier in ev.attribution.claimant.lower()
    # the protesters of a denied shooting are no protest the text asserts
    assert not [e for e in events if e.event_type == "PROTEST"]


@pytest.mark.parametrize("text,trigger", [
    ("Soldiers burned houses in the village of Kila on Monday; the army denied the reports.", "burned"),
    ("The minister denied the allegations and called for an inquiry.", "called"),
    ("Police arrested 40 protesters in Lagos on Monday, a police spokesman said.", "arrested"),
])
def test_an_act_not_in_the_denial_is_not_denied(coder, text, trigger):
    [ev] = [e for e in coder.code(text, published=PUB) if e.trigger.text == trigger]
    assert ev.attribution.certainty in ("asserted", "reported")


def test_a_denied_act_is_no_acled_or_phoenix_row(coder):
    from dotterel.dedup import MentionRef, link_mentions
    from dotterel.errors import Unmappable
    from dotterel.export.acled import acled_row
    from dotterel.export.cameo import phoenix_row
    from dotterel.ontology import Ontology

    events = coder.code("Zimbabwe's army denied that soldiers shot dead two protesters in Harare on 4 March 2024.",
                        published=PUB)
    [shot] = [e for e in events if e.event_type == "ASSAULT"]
    assert shot.attribution.certainty == "denied"
    [linked] = link_mentions([MentionRef(event=shot, doc_id=shot.doc_id, published=PUB)])
    assert not linked.credible
    with pytest.raises(Unmappable, match="denied"):
        acled_row(linked, ontology=Ontology.load(), timestamp=0)
    with pytest.raises(Unmappable, match="denied"):
        phoenix_row(linked, ontology=Ontology.load())


def test_evaluation_scores_only_what_took_place(coder):
    from dotterel.evaluate.runner import as_happened
    from dotterel.ingest import make_document

    text = "The army denied that soldiers had shot protesters. Police arrested 40 students in Lagos."
    coded = next(iter(coder.code_documents([make_document(text, published=PUB)])))
    assert sorted(e.attribution.certainty for e in coded.events) == ["asserted", "denied"]
    assert [e.trigger.text for e in as_happened(coded).events] == ["arrested"]
