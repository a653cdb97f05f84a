"""Headline passives: a participle of harm with no auxiliary has its noun as the patient (issues 12 and 16).

Headlines, fact lines and captions drop the auxiliary: "Students arrested after protest in Dhaka",
"Several journalists wounded in Minsk clashes", "Three journalists wounded when police fired". The
small parser makes the participle a reduced relative on the noun that roots a verbless sentence, or
the root with the noun as its subject. Before, the first gave no event unless the noun was counted
("Three soldiers killed in blast" did), and the second made the wounded journalists the actor of their
own wounding. A verb of harm (profile ``patient_verbs`` whose kind is a harm) with no auxiliary and no
object now takes its noun as the patient, and a "by" phrase as the doer
(``events.agents.headline_passive``). Sentences are our own.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _harms(coder, text):
    return [(e.event_type, e.mode, e.trigger.text, e.actor.name if e.actor else None,
             e.recipient.sector if e.recipient else None)
            for e in coder.code(text, published="2024-05-01") if e.event_type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize("text,expected", [
    ("Students arrested after protest in Dhaka", ("COERCE", "arrest", "arrested", None, "CVL")),
    ("Several reporters wounded in Minsk clashes", ("ASSAULT", None, "wounded", None, "JRN")),
    ("Dozens of protesters injured after rally in Nairobi", ("ASSAULT", None, "injured", None, "CVL")),
    ("Teachers detained after strike in Harare", ("COERCE", "arrest", "detained", None, "EDU")),
    ("Villagers abducted from farm near Kaduna", ("ASSAULT", "abduct", "abducted", None, "CVL")),
])
def test_a_bare_participle_on_a_verbless_headline_is_a_passive_act(coder, text, expected):
    assert expected in _harms(coder, text)


@pytest.mark.parametrize("text,trigger,victims", [
    ("Three reporters wounded when police fired on a march in Minsk.", "wounded", "JRN"),
    ("Two nurses injured as soldiers stormed the hospital in Khartoum.", "injured", "HLH"),
])
def test_the_noun_of_a_root_participle_is_the_victim_never_the_doer(coder, text, trigger, victims):
    harms = [h for h in _harms(coder, text) if h[2] == trigger]
    assert harms and all(h[4] == victims for h in harms), harms
    assert all(victims.lower() not in (h[3] or "") and "reporter" not in (h[3] or "") and "nurse" not in (h[3] or "")
               for h in harms), harms


@pytest.mark.parametrize("text,trigger,actor,victims", [
    # an object or an auxiliary makes the clause what it says
    ("Police arrested students after a protest in Dhaka on Monday.", "arrested", "police", "CVL"),
    ("Police arrested and charged five men in Dhaka on Monday.", "arrested", "police", None),
    ("Gunmen wounded three reporters in Minsk on Sunday.", "wounded", "gunman", "JRN"),
    ("Students were arrested by police after a protest in Dhaka.", "arrested", "police", "CVL"),
])
def test_clauses_with_an_object_or_an_auxiliary_keep_their_reading(coder, text, trigger, actor, victims):
    harms = [h for h in _harms(coder, text) if h[2] == trigger]
    assert len(harms) == 1 and (actor in (harms[0][3] or "").lower()) and harms[0][4] == victims, harms


@pytest.mark.parametrize("text", [
    # a participle that harms no one ("deployed", "held talks") is no harm headline
    "Troops deployed along the border near Kassala",
    "Peace talks held in Geneva on Monday",
])
def test_no_harm_no_headline_passive(coder, text):
    assert [h for h in _harms(coder, text) if h[1] in (None, "arrest", "abduct") and h[4] is not None] == []


# Review (rev15l): the headline after a label, the subject a heading hangs on the participle, a written-out
# sentence, and a compilation's title. Sentences are our own.

@pytest.mark.parametrize("text,expected", [
    # a label and a colon before the headline: the parser makes the noun an apposition to the label
    ("Update: dozens arrested after protest in Dhaka.", ("COERCE", "arrest", "arrested", None, "CVL")),
    ("Breaking: several protesters killed as police open fire in Khartoum.", ("ASSAULT", None, "killed", None, "CVL")),
    ("Latest: two nurses injured as soldiers stormed the hospital in Khartoum.", ("ASSAULT", None, "injured", None, "HLH")),
])
def test_a_headline_after_a_label_is_a_passive_act(coder, text, expected):
    assert expected in _harms(coder, text)


def test_the_subject_a_heading_hangs_on_the_participle_is_the_victim(coder):
    # "Summary" roots the sentence, "wounded" is its reduced relative with "journalists" as its subject
    harms = [h for h in _harms(coder, "Summary: several journalists wounded when police fired on a march in Minsk "
                                      "on Sunday.") if h[2] == "wounded"]
    assert len(harms) == 1 and harms[0][4] == "JRN" and "journalist" not in (harms[0][3] or ""), harms


@pytest.mark.parametrize("text", [
    # a sentence that keeps its auxiliaries is written out: its bare participle is a reduced relative, whose
    # noun is the patient (tests/test_subject_relatives.py: the arrest it states), never the doer
    "The students arrested after the protest were released.",
    "Update: the students arrested after the protest were released.",
])
def test_a_written_out_sentence_is_no_headline(coder, text):
    arrests = [h for h in _harms(coder, text) if h[2] in ("arrested", "detained")]
    assert all(h[3] is None or "student" not in h[3].lower() for h in arrests), arrests


@pytest.mark.parametrize("text,label", [
    ("Journalists killed since 2000: a list", "list"),
    ("Civilians killed in Yemen's war: a timeline", "timeline"),
    ("Soldiers killed in Ukraine: the names", "names"),
])
def test_the_title_of_a_compilation_is_no_event(coder, text, label):
    coded = next(iter(coder.code_documents([make_document(text, doc_id="c", published="2024-05-01")])))
    assert coded.events == []
    assert [a.reason for a in coded.abstentions] == [
        f"ASSAULT: a running total ('{label}' titling a compilation), not one event"]


def test_a_gallery_of_one_incident_is_still_its_event(coder):
    assert ("ASSAULT", None, "wounded", None, "CVL") in _harms(coder, "Protesters wounded in Sunday's crackdown in "
                                                                      "Minsk: in pictures")
