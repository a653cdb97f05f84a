"""The author's stance (attribution_stance): opinion frames, first-person beliefs, doubts, and what stays as it was.

Sentences written for these tests: wire, op-ed, blog and Indian English shapes.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")

PUB = "2024-03-10"


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


def _event(coder, text, trigger):
    coded = _coded(coder, text)
    evs = [e for e in coded.events if e.trigger.text == trigger]
    assert len(evs) == 1, ([(e.event_type, e.trigger.text) for e in coded.events],
                           [(a.trigger.text, a.reason) for a in coded.abstentions])
    return evs[0]


@pytest.mark.parametrize("text,trigger,cue", [
    # first-person belief: the writer's own view, not a report by "I"
    ("I believe police tortured the detained activists in Mutare last week.", "tortured", "believe"),
    ("I think soldiers shelled the village near Saraqib deliberately on Sunday.", "shelled", "think"),
    ("We suspect the militia burned the houses in Bunia last week.", "burned", "suspect"),
    ("I am convinced that soldiers killed the herders in Menaka last month.", "killed", "convinced"),
    # first-person opinion nouns (op-ed, blog, Indian English)
    ("In my view, the regime's thugs beat dozens of students in Shiraz last week.", "beat", "view"),
    ("Police, in my view, beat the students in Multan on Sunday.", "beat", "view"),
    ("To my mind, the army shelled the clinic in Sumy on Tuesday.", "shelled", "mind"),
    ("It is my opinion that the police brutally beat the students in Sylhet on Tuesday.", "beat", "opinion"),
    ("We are of the opinion that the police lathi-charged the farmers in Gaya on Monday.", "lathi-charged", "opinion"),
    # impersonal stance frames
    ("There is no doubt that soldiers shot the farmers in Zaria on Friday.", "shot", "doubt"),
    ("There is no question that the junta's troops massacred villagers in Magway in March.", "massacred", "question"),
    ("It is obvious that the police fired on the farmers in Neemuch on Tuesday.", "fired", "obvious"),
    ("Make no mistake: the regime's militias murdered 40 villagers in Nyala last month.", "murdered", "mistake"),
    ("No doubt, troops burned the market in Uvira last week.", "burned", "doubt"),
])
def test_author_stance_gives_opinion(coder, text, trigger, cue):
    att = _event(coder, text, trigger).attribution
    assert (att.claimant, att.claimant_type, att.certainty) == ("author", "author", "opinion")
    assert att.cue is not None and att.cue.text == cue


@pytest.mark.parametrize("text,trigger,reason", [
    ("I do not believe police fired on the crowd in Tamale on Monday.", "fired", "did not happen"),
    ("I don't think the army shelled the school in Kramatorsk on Tuesday.", "shelled", "did not happen"),
    ("I doubt that police beat the students in Khulna on Tuesday.", "beat", "doubts"),
    ('"I do not believe police fired on the crowd," the mayor said of the protest in Tamale on Monday.', "fired",
     "did not happen"),
    ("Do you think the army shelled the clinic in Sumy on Tuesday?", "shelled", "asked"),
    ("Do you believe police fired on the crowd in Tamale on Monday?", "fired", "asked"),
    # a file or standard input ends in a newline, which spaCy keeps as the sentence's last token
    ("Do you think the army shelled the market in Kupiansk on Monday?\n", "shelled", "asked"),
    ("Do you believe soldiers beat the traders in Gao on Friday?\n\n", "beat", "asked"),
])
def test_disbelief_doubt_and_questions_give_no_event(coder, text, trigger, reason):
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.trigger.text == trigger]
    assert any(a.trigger.text == trigger and reason in a.reason for a in coded.abstentions), \
        [(a.trigger.text, a.reason) for a in coded.abstentions]


@pytest.mark.parametrize("text,trigger,claimant,certainty", [
    # a quoted first person is the quoted speaker's claim, not "I" and not the author's opinion
    ('"I believe police tortured him," the lawyer said of the raid in Mutare last week.', "tortured",
     "lawyer", "reported"),
    ("I believe police tortured the activists in Mutare last week, the lawyer said.", "tortured", "lawyer", "reported"),
    ('"We are convinced that soldiers killed them," the spokesman said of the raid near Menaka on Friday.', "killed",
     "spokesperson", "reported"),
    # the writer as witness, and the outlet's own earlier report: the author's word, asserted
    ("I saw soldiers shoot two men in Menaka on Friday.", "shoot", "author", "asserted"),
    ("We reported on Monday that police arrested 30 students in Ibadan.", "arrested", "author", "asserted"),
    # a teller named by a passive is the claimant (unnamed), not the writer's belief
    ("I was told that police beat the students in Khulna on Tuesday.", "beat", "unnamed source", "alleged"),
    # third persons' beliefs stay reports
    ("Residents believe soldiers killed 12 villagers in Ansongo on Friday.", "killed", "civilian", "reported"),
])
def test_other_voices_stay_as_they_were(coder, text, trigger, claimant, certainty):
    att = _event(coder, text, trigger).attribution
    assert claimant in att.claimant and att.certainty == certainty, (att.claimant, att.certainty)


def test_a_figure_in_the_writer_s_belief_is_the_writer_s(coder):
    # the count rests on the writer's word, not on "I" (ACLED notes: "per I"); an opinion never gives the
    # conservative figure (dedup)
    ev = _event(coder, "I believe police beat 40 students in Jessore on Tuesday, killing two.", "beat")
    assert ev.attribution.certainty == "opinion"
    assert [(c.kind, c.best, c.claimant) for c in ev.counts] == [("killed", 2, None)]


@pytest.mark.parametrize("text,trigger", [
    # a definite act noun as the framed clause's subject: the act is presupposed, the judgement is the opinion
    ("To my mind, the arrests of 25 lecturers in Rangpur on Monday were unjust.", "arrests"),
    ("In my opinion, the killing of two porters by soldiers in Beni on Tuesday was a crime.", "killing"),
    ("We hold that the detention of 14 bloggers in Mbarara on Monday was illegal.", "detention"),
    ("I believe the arrests of 25 lecturers in Rangpur on Monday were a mistake.", "arrests"),
    # a main clause coordinated with the framed one has a subject of its own: its own assertion
    ("I believe the talks collapsed, but police arrested 25 lecturers in Rangpur on Monday.", "arrested"),
    ("In my view the ceasefire failed, and soldiers shelled Beni on Tuesday.", "shelled"),
    ("I argued last year that the police would beat strikers, and on Tuesday they beat dockers in Mombasa.", "beat"),
])
def test_what_the_frame_does_not_reach_stays_asserted(coder, text, trigger):
    coded = _coded(coder, text)
    evs = [e for e in coded.events if e.trigger.text == trigger and e.attribution.certainty != "hypothetical"]
    assert [(e.attribution.claimant, e.attribution.certainty) for e in evs][-1:] == [("author", "asserted")], \
        [(e.trigger.text, e.attribution.certainty) for e in coded.events]


@pytest.mark.parametrize("text,trigger", [
    # the frame still reaches a shared-subject verb and a clause inside the belief, and an indefinite act noun
    ("I think police beat the dockers and detained 20 of them in Mombasa on Monday.", "detained"),
    ("I believe police beat the dockers and soldiers shot two porters in Mombasa on Monday.", "shot"),
    ("I believe an attack by soldiers killed 12 porters in Beni on Tuesday.", "killed"),
])
def test_the_frame_still_reaches_its_own_clause(coder, text, trigger):
    att = _event(coder, text, trigger).attribution
    assert (att.claimant, att.certainty) == ("author", "opinion")
