"""Review of the everyday-unrest rules (arson24): the figurative, refused and accidental shapes they coded.

- "declined to indict / arrest" is a refusal, as "refused to" is: the act is the content of the refusal, not
  done (profile ``content_verbs``; PLOVER manual: a refused act is no event of its type).
- "indict" with a document for subject ("the report indicts the handling of ...") is criticism, no legal
  accusation (PLOVER manual, ACCUSE allege: a formal charge; triggers ``indicting_documents``).
- "the judge charged the jury" instructs a jury, it accuses no one.
- "set ablaze / alight" and "burn" by words, shows, players or an accidental source of fire are no arson
  (PLOVER manual, ASSAULT destroy; ACLED codebook 2023: arson is a deliberate act; triggers
  ``figurative_igniters``, ``fire_sources``).
- "walked out into the sunshine / to the car park / safely / alive / with their belongings" is leaving a place,
  no strike (CAMEO 143 needs a stoppage of work): workers walk out on strike only with a cue of one
  ("over pay", "in protest", "at the hospital", "against", "for 24 hours"); a direction phrase tells a movement.
- "phone lines were snapped by falling trees / cut by thieves" is damage, no censorship by the state (PLOVER
  manual, COERCE censor; triggers ``no_attack_causes``, ``line_breakers``).
- "fired up the crowd on Sunday" stirs a crowd; the day is no target of gunfire (not_particles "up").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-08"  # a Wednesday


def _code(coder, text):
    [doc] = coder.code_documents([make_document(text, published=PUB, doc_id="0")])
    return doc


@pytest.mark.parametrize("text,trigger", [
    ("A grand jury declined to indict the officer in Minneapolis on Monday.", "indict"),
    ("The prosecutor declined to arrest the constable in Ibadan on Monday.", "arrest"),
    ("Magistrates in Kisumu declined to charge the two activists on Tuesday.", "charge"),
])
def test_a_declined_act_is_the_content_of_the_refusal(coder, text, trigger):
    doc = _code(coder, text)
    assert not [e for e in doc.events if e.trigger.text == trigger]
    assert any(a.trigger.text == trigger and "declined" in a.reason for a in doc.abstentions)


@pytest.mark.parametrize("text", [
    "The report indicts the government's handling of the floods in Sindh.",
    "A new study indicted the police for their handling of the riot in Leeds.",
    "The judge charged the jury in Boston on Monday.",
    "The minister's remarks set parliament ablaze on Tuesday.",
    "The DJ set the hotel ablaze with his set in Goa on Saturday.",
    "A stray spark set the warehouse ablaze in Onitsha on Monday.",
    "A candle burned the house in Jos on Sunday.",
    "Staff walked out into the sunshine after the ceremony in Leeds on Friday.",
    "Workers walked out to the car park at the end of their shift in Derby on Friday.",
    "The speaker fired up the crowd in Accra on Sunday.",
    "The trapped miners walked out safely in Zacatecas on Monday.",
    "Nurses walked out alive after the ward fire in Mosul on Monday.",
    "Staff walked out with their belongings after the layoffs in Detroit on Friday.",
    "Phone lines were snapped by falling trees in Dhaka on Monday.",
    "Phone lines were cut by thieves in Soweto on Monday.",
])
def test_figurative_accidental_and_literal_senses_are_no_event(coder, text):
    doc = _code(coder, text)
    assert [(e.event_type, e.trigger.text) for e in doc.events] == []


@pytest.mark.parametrize("text,trigger,etype,mode", [
    ("Rioters set the police station ablaze in Kisumu on Monday.", "set", "ASSAULT", "destroy"),
    ("A mob burned the party office in Jos on Sunday.", "burned", "ASSAULT", "destroy"),
    ("A federal grand jury indicted two police officers in Louisville on Thursday.", "indicted", "ACCUSE", "allege"),
    ("The judge charged the former mayor with fraud in Lagos on Monday.", "charged", "ACCUSE", "allege"),
    ("Dockers walked out at the port in Durban on Monday over pay.", "walked", "PROTEST", "strike"),
    ("Lecturers walked out in protest at the university in Ibadan on Tuesday.", "walked", "PROTEST", "strike"),
    ("Bus drivers walked out for 24 hours in Dublin on Monday.", "walked", "PROTEST", "strike"),
    ("Police fired on protesters in Kano on Sunday.", "fired", "ASSAULT", "firearms"),
    ("Mobile internet was snapped by the authorities in Kashmir on Friday.", "snapped", "COERCE", "censor"),
])
def test_the_event_senses_are_still_coded(coder, text, trigger, etype, mode):
    doc = _code(coder, text)
    [ev] = [e for e in doc.events if e.trigger.text == trigger]
    assert (ev.event_type, ev.mode, ev.attribution.certainty) == (etype, mode, "asserted")
    assert ev.date is not None and ev.date.value.startswith("2024-05")
