"""Acts the writer leaves open or only asks about, the stance adverb's cue, and the judgements of an opinion piece.

attribution_stance (open frames: "it is not clear that", "there is some doubt that", "it is possible that"),
attribution_questions (direct yes/no questions, quoted or not) and attribution.attribute (the stance adverb's
cue). Sentences written for these tests: wire, op-ed and blog shapes.
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


def _abstained(coder, text, trigger):
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.trigger.text == trigger], [
        (e.event_type, e.trigger.text, e.attribution.certainty) for e in coded.events]
    return [a.reason for a in coded.abstentions if a.trigger.text == trigger]


@pytest.mark.parametrize("text,trigger,words", [
    # impersonal doubt and uncertainty: the writer asserts nothing (hypothetical, as a modal "may" would be)
    ("There is some doubt that police fired first at the dockers in Mombasa on Monday.", "fired", "doubt"),
    ("It is not clear that soldiers opened fire on the mourners in Kankan on Tuesday.", "opened", "not clear"),
    ("It is not certain that the militia burned the huts in Djugu last week.", "burned", "not certain"),
    ("It remains doubtful that troops shelled the market in Kalehe on Sunday.", "shelled", "doubtful"),
    ("It is unlikely that the rebels attacked the base near Kidal on Friday.", "attacked", "unlikely"),
    ("Doubts remain that police beat the students in Rangpur on Monday.", "beat", "Doubts"),
    ("There is some question that the army shelled the school in Toretsk on Tuesday.", "shelled", "question"),
    # possibility: hypothetical, also under a first-person belief (not only opinion)
    ("It is possible that troops killed herders near Menaka last month.", "killed", "possible"),
    ("I think it is possible that soldiers looted the shops in Kindu last week.", "looted", "possible"),
    # a speaker who leaves it open reports nothing either
    ("The minister said it was not clear that soldiers opened fire on the crowd in Labe on Tuesday.", "opened",
     "not clear"),
])
def test_an_act_left_open_gives_no_event(coder, text, trigger, words):
    reasons = _abstained(coder, text, trigger)
    assert any(r.endswith(f"left open, not stated ('{words}')") for r in reasons), reasons


@pytest.mark.parametrize("text,trigger", [
    # an embedded wh-question presupposes its act: only who or why is open
    ("It remains unclear who attacked the convoy near Beni on Sunday.", "attacked"),
    ("It is not clear why soldiers opened fire on the mourners in Kankan on Tuesday.", "opened"),
    ("It remains unclear which group ambushed the patrol near Gao on Sunday.", "ambushed"),
    # an adverbial clause on the way presupposes its act: the doubt is about the clause above it
    ("It is possible that more bodies will be found after soldiers shelled the village near Ariha on Monday.",
     "shelled"),
    ("It is unclear whether the curfew will hold after police arrested 30 students in Ilorin on Monday.",
     "arrested"),
])
def test_a_wh_question_or_a_presupposed_clause_keeps_its_act(coder, text, trigger):
    att = _event(coder, text, trigger).attribution
    assert (att.claimant, att.certainty) == ("author", "asserted")


@pytest.mark.parametrize("text,trigger,certainty,cue", [
    # a conviction is the writer's opinion, whichever way the parser reads "convinced"
    ("We are convinced that the police shot the students in Sylhet on Monday.", "shot", "opinion", "convinced"),
    # "little doubt" is an assurance, as "no doubt" is
    ("There is little doubt that police shot the student in Bogra on Monday.", "shot", "opinion", "doubt"),
])
def test_conviction_and_assurance_are_opinion(coder, text, trigger, certainty, cue):
    att = _event(coder, text, trigger).attribution
    assert (att.claimant, att.certainty, att.cue.text) == ("author", certainty, cue)


def test_a_conviction_denied_gives_no_event(coder):
    reasons = _abstained(coder, "I am not convinced that police fired on the crowd in Tamale on Monday.", "fired")
    assert any("did not happen ('not convinced')" in r for r in reasons), reasons


@pytest.mark.parametrize("text,trigger,operator", [
    ('"Do you think the army will leave Goma?" the lawyer asked.', "leave", "Do"),
    ('"Did the militia burn the church in Djugu on Sunday?" the priest asked.', "burn", "Did"),
    ("Did police beat the students in Bogra on Tuesday?", "beat", "Did"),
    ('"Police beat my son. Did they arrest him too?" she asked.', "arrest", "Did"),
    ("Police beat my son in Bogra on Tuesday. Did they arrest him too?", "arrest", "Did"),
])
def test_a_yes_no_question_states_no_act(coder, text, trigger, operator):
    reasons = _abstained(coder, text, trigger)
    assert any(r.endswith(f"asked, not stated ('{operator}')") for r in reasons), reasons


@pytest.mark.parametrize("text,trigger,claimant", [
    # a wh-question presupposes its act; a statement before a question stays one
    ('"Why did police arrest 30 students in Ibadan on Monday?" the lawyer asked.', "arrest", None),
    ("Police beat my son in Bogra on Tuesday. Did they arrest him too?", "beat", "author"),
    ("Police beat the dockers in Khulna on Tuesday, didn't they?", "beat", "author"),
    # a factive verb presupposes its complement, asked or not
    ("Did you know that police arrested 30 students in Ilorin on Monday?", "arrested", "author"),
])
def test_what_a_question_presupposes_stays(coder, text, trigger, claimant):
    att = _event(coder, text, trigger).attribution
    assert att.certainty in ("asserted", "reported")
    assert claimant is None or att.claimant == claimant


@pytest.mark.parametrize("text,trigger,certainty,cue", [
    ("Police clearly beat the students in Khulna on Tuesday.", "beat", "opinion", "clearly"),
    ("Obviously the army shelled the clinic in Sumy on Tuesday.", "shelled", "opinion", "Obviously"),
    ("Clashes clearly killed 40 people in Jalalabad on Monday.", "killed", "opinion", "clearly"),
    # "apparently", "seemingly": the writer judges on appearances, as with "seemed"; no one alleges the act
    ("Troops apparently shelled the village near Maarat on Sunday.", "shelled", "opinion", "apparently"),
    ("Apparently, gunmen torched the depot outside Bunia on Friday.", "torched", "opinion", "Apparently"),
    ("Troops seemingly torched the market in Djibo on Sunday.", "torched", "opinion", "seemingly"),
    ("Police allegedly beat the students in Khulna on Tuesday, the lawyer said.", "beat", "alleged", "allegedly"),
    # a verb of appearance is its own cue
    ("The protesters seemed to attack the police station in Naryn on Monday.", "attack", "opinion", "seemed"),
])
def test_a_stance_adverb_is_its_own_cue(coder, text, trigger, certainty, cue):
    att = _event(coder, text, trigger).attribution
    assert (att.certainty, att.cue.text) == (certainty, cue)


@pytest.mark.parametrize("text,trigger", [
    # an opinion piece's judgements that do not touch the act's reality: the act stays asserted
    ("These thuggish youths looted the shops in Osh on Monday.", "looted"),  # a slur on the actor
    ("Clearly frightened by the crowds, the governor banned rallies in Naryn on Monday.", "banned"),  # on a motive
    ("Not surprisingly, police arrested the organisers in Karakol on Monday.", "arrested"),  # attitude, not doubt
    ("No wonder, then, that the police arrested the organisers in Karakol on Monday.", "arrested"),
    ("Having helped crush the attempted coup, the troops left Talas on Monday.", "left"),  # rhetorical framing
    ("Shamefully, police beat the students in Khulna on Tuesday.", "beat"),
    ("The police brutally and senselessly beat the students in Khulna on Tuesday.", "beat"),
    ("In a brazen assault on democracy, police beat the students in Khulna on Tuesday.", "beat"),
    # a fact told after the writer's verdict is the writer's report, not opinion
    ("The regime is rotten to the core. Police arrested 30 students in Osh on Monday.", "arrested"),
])
def test_an_opinion_piece_s_judgements_leave_the_act_asserted(coder, text, trigger):
    att = _event(coder, text, trigger).attribution
    assert (att.claimant, att.certainty) == ("author", "asserted")


@pytest.mark.parametrize("text,trigger,claimant", [
    # on appearances, within a named claimant's report: the report stands, no one alleges
    ("Troops apparently shelled the village near Maarat on Sunday, residents said.", "shelled", "civilian"),
    ("Riot police apparently fired rubber bullets at the crowd in Kumasi on Monday, witnesses said.", "fired",
     "witnesses"),
])
def test_an_apparent_act_in_a_report_stays_reported(coder, text, trigger, claimant):
    att = _event(coder, text, trigger).attribution
    assert (att.claimant, att.certainty) == (claimant, "reported")


@pytest.mark.parametrize("text,trigger,claimant", [
    # a relative or participial clause on a noun presupposes its act: the question is about the noun's fate
    ("Will the officers who beat the students in Khulna on Tuesday be suspended?", "beat", "author"),
    ('"Will anyone punish the soldiers who looted our shops in Beni last week?" the trader asked.', "looted", None),
    ("Did police arrest the students who marched in Dhaka on Monday?", "marched", "author"),
    # a definite noun event is presupposed by a question about it
    ("Has anyone been punished for the massacre of villagers by soldiers near Kidal in March?", "massacre",
     "author"),
    ("Has the killing of the boy by soldiers in Srinagar on Friday been investigated?", "killing", "author"),
    ("Did the protests in Nairobi on Tuesday turn violent?", "protests", "author"),  # the noun is the subject
])
def test_a_question_does_not_reach_a_relative_clause_or_a_definite_noun(coder, text, trigger, claimant):
    att = _event(coder, text, trigger).attribution
    assert att.certainty in ("asserted", "reported")
    assert claimant is None or att.claimant == claimant


@pytest.mark.parametrize("text,trigger", [
    ("It is unclear whether the officers who beat the students in Khulna on Tuesday will be suspended.", "beat"),
    ("It is possible that the gunmen who ambushed the bus near Garissa on Monday have fled.", "ambushed"),
    ("There is some doubt that police fired first at the marchers in Mombasa on Monday.", "marchers"),
])
def test_an_open_frame_does_not_reach_a_relative_clause_or_a_definite_noun(coder, text, trigger):
    att = _event(coder, text, trigger).attribution
    assert (att.claimant, att.certainty) == ("author", "asserted")


@pytest.mark.parametrize("text,trigger,reason", [
    # an indefinite noun event's existence is what is asked or left open
    ("Did a protest take place in Nakuru on Tuesday?", "protest", "asked, not stated ('Did')"),
    ("It is possible that a riot broke out in Kisumu on Tuesday.", "riot", "left open, not stated ('possible')"),
    # a possibility denied still asserts nothing
    ("It is not possible that police fired on the crowd in Accra on Monday.", "fired",
     "left open, not stated ('not possible')"),
])
def test_what_is_still_asked_or_left_open(coder, text, trigger, reason):
    reasons = _abstained(coder, text, trigger)
    assert any(r.endswith(reason) for r in reasons), reasons


@pytest.mark.parametrize("text,trigger", [
    # a doubt adjective negated is a litotes that asserts, as "it is likely that" does
    ("It is not unlikely that police fired on the crowd in Accra on Monday.", "fired"),
    ("It is not doubtful that the militia burned the granary near Djibo on Sunday.", "burned"),
    ("It was not unknown that soldiers had looted the market in Kananga on Friday.", "looted"),
])
def test_a_negated_doubt_adjective_asserts(coder, text, trigger):
    att = _event(coder, text, trigger).attribution
    assert (att.claimant, att.certainty) == ("author", "asserted")


@pytest.mark.parametrize("text,trigger,certainty", [
    # a negative question expects "yes": "Isn't it clear that ..." is "it is clear that ..."
    ("Isn't it clear that soldiers shot the boy in Srinagar on Friday?", "shot", "opinion"),
    ("Is it not obvious that the police beat the porters in Chittagong on Sunday?", "beat", "opinion"),
])
def test_a_negative_question_frame_is_no_negation(coder, text, trigger, certainty):
    att = _event(coder, text, trigger).attribution
    assert (att.claimant, att.certainty) == ("author", certainty)


def test_a_negative_question_of_possibility_stays_open(coder):
    reasons = _abstained(coder, "Isn't it possible that gunmen raided the camp near Dori on Monday?", "raided")
    assert any("left open, not stated" in r for r in reasons), reasons
