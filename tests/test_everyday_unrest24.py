"""Everyday unrest wording that coded nothing: arson of any building, sit-ins, walkouts, scuffles, indictments (issue 12).

- Arson: "burned the party secretariat", "burned the governor's residence", "set ablaze several shops", "shops
  were set ablaze": ASSAULT destroy (PLOVER manual; CAMEO 1712), with the ACLED sub-event by who does it (ACLED
  codebook 2023: mob violence by a mob or rioters, violent demonstration by protesters). The burned thing is
  one list (triggers ``burned_property``); "burned the midnight oil", "set the stage ablaze with her
  performance" are no arson. "set ... on Sunday" with a fire word is that Sunday, not a day set ahead (profile
  ``date_fire_setting_words``).
- Sit-ins: a dharna or gherao staged, held or sat on, a rasta roko, a bandh staged: PROTEST (PLOVER manual:
  demo, obstruct, strike; CAMEO 141, 144, 143).
- Walkouts: "doctors walked out at a hospital": PROTEST strike (CAMEO 143); "walked out of the meeting" is not.
- Scuffles: "scuffled with" as "clashed with".
- Shutdowns: "internet services were snapped", "internet access was cut", "broadband services were shut",
  "were disconnected": COERCE censor (PLOVER manual; CAMEO 1721) with no actor, as "the internet was shut down"
  is; power cut or shops shut are not.
- Legal acts: "indicted 40 journalists", "prosecutors charged ...": ACCUSE allege (PLOVER manual: "accuses
  formally or informally, sues, indicts or charges"; CAMEO 112); "police charged the protesters" is not (it is
  a charge at the crowd, crowd control: tests/test_everyday_unrest25.py).
- A failed prevention tells the act: "tried to stop inmates from setting fire ... but failed" (the parser hangs
  "from" on the object), "tried in vain to stop the mob from looting." (a bare gerund the parser makes the
  preposition's object); a prevention that succeeded tells none.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-08"  # a Wednesday


def _code(coder, texts):
    docs = [make_document(t, published=PUB, doc_id=str(i)) for i, t in enumerate(texts)]
    return [c.events for c in coder.code_documents(docs)]


ARSON = [
    ("Angry youths burned the party secretariat in Sokoto on Saturday.", "burned", "Sokoto", "2024-05-04", "Mob violence"),
    ("Rioters burned the governor's residence in Makurdi on Friday.", "burned", "Makurdi", "2024-05-03", "Mob violence"),
    ("Protesters burnt down the district secretariat in Rajshahi on Tuesday.", "burnt", "Rajshahi",
     "2024-05-07", "Violent demonstration"),
    ("The mayor's residence was burned down by a mob in Bukavu on Saturday.", "burned", "Bukavu", "2024-05-04",
     "Mob violence"),
    ("An irate mob set ablaze several shops in Sitapur on Sunday, police said.", "set", "Sitapur", "2024-05-05",
     "Mob violence"),
    ("Rioters set two banks ablaze in Jacmel on Sunday.", "set", "Jacmel", "2024-05-05", "Mob violence"),
    ("Protesters set two buses alight in Valparaiso on Friday.", "set", "Valparaiso", "2024-05-03", "Violent demonstration"),
    ("Several kiosks were set ablaze by rioters in Kisumu on Sunday.", "set", "Kisumu", "2024-05-05", "Mob violence"),
    ("Several kiosks were set on fire by rioters in Kisumu on Sunday.", "set", "Kisumu", "2024-05-05", "Mob violence"),
]


@pytest.mark.parametrize("text,trigger,place,day,sub_event", ARSON)
def test_arson_of_any_building_is_destruction_on_its_day(coder, text, trigger, place, day, sub_event):
    [events] = _code(coder, [text])
    [ev] = [e for e in events if e.trigger.text == trigger]
    assert (ev.event_type, ev.mode, ev.cameo) == ("ASSAULT", "destroy", "1712")
    assert ev.location is not None and ev.location.span.text == place
    assert ev.date is not None and ev.date.value == day
    assert ev.sub_event_type == sub_event
    assert ev.actor is not None


@pytest.mark.parametrize("text", [
    "She burned the midnight oil before the exam in Lagos on Friday.",
    "The singer set the stage ablaze with her performance in Accra on Friday.",
    "The news set social media ablaze on Monday.",
    "He burned his bridges with the party last year.",
    "A fire burned the office in Nairobi on Monday.",
    "The striker set the stadium alight with a late goal on Saturday.",
])
def test_figurative_and_accidental_burning_is_no_arson(coder, text):
    [events] = _code(coder, [text])
    assert not [e for e in events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text,trigger,etype,mode,cameo", [
    ("Party workers staged a dharna outside the municipal office in Indore on Monday.", "dharna", "PROTEST", "demo", "141"),
    ("Farmers sat on a dharna outside the collectorate in Gaya on Monday.", "sat", "PROTEST", "demo", "141"),
    ("Teachers held a dharna at the district headquarters in Ajmer on Tuesday.", "dharna", "PROTEST", "demo", "141"),
    ("Students staged a gherao of the registrar's office in Siliguri on Monday.", "gherao", "PROTEST", "demo", "141"),
    ("Farmers staged a rasta roko on the highway near Hisar on Monday.", "roko", "PROTEST", "obstruct", "144"),
    ("Traders staged a bandh in Silchar on Friday.", "bandh", "PROTEST", "strike", "143"),
    ("Doctors walked out at a teaching hospital in Multan on Monday.", "walked", "PROTEST", "strike", "143"),
    ("Nurses walked out at two hospitals in Mombasa on Tuesday.", "walked", "PROTEST", "strike", "143"),
    ("Prosecutors in Izmir indicted 30 journalists on Tuesday.", "indicted", "ACCUSE", "allege", "112"),
    ("Prosecutors in Izmir charged 30 journalists on Tuesday.", "charged", "ACCUSE", "allege", "112"),
    ("Twelve activists were indicted in Minsk on Tuesday.", "indicted", "ACCUSE", "allege", "112"),
])
def test_sit_ins_walkouts_and_indictments_are_coded(coder, text, trigger, etype, mode, cameo):
    [events] = _code(coder, [text])
    [ev] = [e for e in events if e.trigger.text == trigger]
    assert (ev.event_type, ev.mode, ev.cameo) == (etype, mode, cameo)
    assert ev.date is not None and ev.date.value.startswith("2024-05")


def test_a_scuffle_is_coded_as_a_clash(coder):
    scuffle, clash = _code(coder, ["Counter-protesters scuffled with marchers in Dayton on Saturday.",
                                   "Counter-protesters clashed with marchers in Dayton on Saturday."])
    assert [(e.event_type, e.mode, e.sub_event_type) for e in scuffle] == \
        [(e.event_type, e.mode, e.sub_event_type) for e in clash] != []


@pytest.mark.parametrize("text", [
    "The delegates walked out of the meeting in Geneva on Monday.",
    "Doctors walked out of the operating theatre after the surgery.",
    "Police charged 12 protesters in Nairobi on Monday.",
    "The court charged a fee of 500 rupees.",
    "The strike by the striker won the match on Saturday.",
])
def test_other_walkouts_and_charges_are_no_protest_or_accusation(coder, text):
    [events] = _code(coder, [text])
    assert not [e for e in events if e.event_type in ("PROTEST", "ACCUSE")]


@pytest.mark.parametrize("text,trigger,doer", [
    ("Police tried in vain to stop the mob from looting.", "looting", "mob"),
    ("Police could not stop the mob from looting.", "looting", "mob"),
    ("Guards tried to stop the crowd from setting fire to the hostel in Ibadan on Sunday but failed.", "setting", "crowd"),
    ("Police tried to stop youths from setting fire to the market in Sapele on Sunday but failed.", "setting", "youths"),
    ("Security men could not stop angry youths from burning down the party secretariat in Kaduna on Saturday.",
     "burning", "angry youths"),
    ("Soldiers failed to prevent the crowd from burning the mayor's residence in Kananga on Friday.", "burning", "crowd"),
])
def test_a_failed_prevention_tells_the_act(coder, text, trigger, doer):
    [events] = _code(coder, [text])
    [ev] = [e for e in events if e.trigger.text == trigger]
    assert ev.event_type == "ASSAULT" and ev.attribution.certainty == "asserted"
    assert ev.actor is not None and ev.actor.span.text == doer


@pytest.mark.parametrize("text", [
    "Warders tried to stop prisoners from setting fire to the dormitory in Owerri on Sunday but failed.",
    "Guards tried to stop inmates from setting fire to the kitchen at a prison in Ibadan on Sunday but failed, "
    "officials said.",
])
def test_a_failed_prevention_tells_the_act_when_from_hangs_on_the_object(coder, text):
    # the parser hangs "from setting" on "prisoners", not on "stop"
    [events] = _code(coder, [text])
    [ev] = [e for e in events if e.trigger.text == "setting"]
    assert ev.event_type == "ASSAULT" and ev.attribution.certainty in ("asserted", "reported")
    assert ev.date is not None and ev.date.value == "2024-05-05"


@pytest.mark.parametrize("text,trigger", [
    ("Troops stopped the mob from looting.", "looting"),
    ("Police stopped the crowd from setting fire to buses in Accra on Monday.", "setting"),
    ("Guards tried to stop the crowd from setting fire to the hostel in Ibadan on Sunday.", "setting"),
    ("Police tried to stop youths from setting fire to the market in Sapele on Sunday.", "setting"),
])
def test_a_prevention_that_held_or_has_no_outcome_tells_no_act(coder, text, trigger):
    [events] = _code(coder, [text])
    assert not [e for e in events if e.trigger.text == trigger]


@pytest.mark.parametrize("text,trigger", [
    ("Internet services were snapped in Karimganj on Monday.", "snapped"),
    ("Internet access was cut in Karimganj on Monday.", "cut"),
    ("Broadband services were shut in Baramulla on Monday.", "shut"),
    ("Phone and internet services were disconnected in Rafah on Friday.", "disconnected"),
])
def test_a_passive_shutdown_of_the_internet_is_censorship_with_no_actor(coder, text, trigger):
    [events] = _code(coder, [text])
    [ev] = [e for e in events if e.trigger.text == trigger]
    assert (ev.event_type, ev.mode, ev.cameo) == ("COERCE", "censor", "1721")
    assert ev.actor is None and ev.attribution.certainty == "asserted"


@pytest.mark.parametrize("text", [
    "Power was cut in Karimganj on Monday.",
    "Shops were shut in Baramulla on Monday.",
    "The phone line was cut by the storm in Karimganj on Monday.",
    "Her phone was disconnected after she failed to pay the bill.",
])
def test_other_cuts_and_closures_are_no_censorship(coder, text):
    [events] = _code(coder, [text])
    assert not [e for e in events if e.mode == "censor"]
