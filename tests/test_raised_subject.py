"""An act told as the complement of a passive verb is its passive subject's act (issue 12, event found at the verb).

"Troops were seen patrolling the streets" is "someone saw troops patrolling the streets" in the passive:
the troops patrol (Quirk et al. 1985, 16.52: the object of a verb of perception, report or belief
becomes the passive subject and stays the understood subject of its complement). The subject finder
read only an active subject up the clause, so the patrol (PLOVER MOBILIZE: troop and police
deployments, the lexicon's patrol rules need an armed subject) was no event, and "police were seen
firing tear gas", "soldiers were filmed beating", "insurgents were believed to have shelled" had no
actor. Sentences are our own, written for these tests (wire, NGO, Africa, South Asia, Middle East
and Asia reporting), with shapes that must keep their reading: a passive or past-participle
complement ("the town was reported captured", "was believed to have been killed") is what was done
to the subject, and civilians seen patrolling or queuing do no political act.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream

PUBLISHED = "2024-05-06"  # the date of every coder.code call below


@pytest.mark.parametrize("text,place,actor", [
    ("Armed militiamen were seen patrolling the villages around Bunia on Sunday.", "Bunia", "Armed militiamen"),
    ("Troops were spotted patrolling the riverbank near Kalemie, residents said.", "Kalemie", "Troops"),
    ("Residents said soldiers could be seen patrolling the main market in Kano.", "Kano", "soldiers"),
])
def test_a_patrol_seen_in_the_passive_is_the_subjects(coder, text, place, actor):
    [ev] = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == "patrolling"]
    assert (ev.event_type, ev.mode) == ("MOBILIZE", "troops")
    assert ev.actor is not None and ev.actor.span.text == actor
    assert ev.actor.sector in ("MIL", "UAF")  # an armed force, never a default
    assert ev.location is not None and ev.location.name == place


@pytest.mark.parametrize("text,trigger,event_type,actor", [
    ("Witnesses said police were seen firing tear gas at students in Dhaka on Monday.", "firing", "ASSAULT", "police"),
    ("Two soldiers were filmed beating a detained man in Mandera, Human Rights Watch said.", "beating", "ASSAULT",
     "soldiers"),
    ("Gunmen were seen shooting at passengers on the highway near Zinder.", "shooting", "ASSAULT", "Gunmen"),
    # a perfect infinitive is active ("to have shelled"): the insurgents shelled
    ("The insurgents were believed to have shelled the market in Marawi overnight.", "shelled", "ASSAULT",
     "insurgents"),
])
def test_the_passive_subject_does_the_act_of_its_complement(coder, text, trigger, event_type, actor):
    [ev] = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger]
    assert ev.event_type == event_type
    assert ev.actor is not None and ev.actor.span.text == actor


def test_a_passive_complement_is_done_to_the_subject(coder):
    # "was believed to have been killed": the commander is the victim, never the killer
    [ev] = [e for e in coder.code("The commander was believed to have been killed in Idlib last month.",
                                   published=PUBLISHED)
            if e.trigger.text == "killed"]
    assert ev.event_type == "ASSAULT" and ev.actor is None


@pytest.mark.parametrize("text", [
    "Volunteers were seen patrolling the beach in Mombasa to protect turtle nests.",
    "Shoppers were seen queuing outside banks in Lagos on Friday.",
    "The players were seen training on the pitch in Harare.",
])
def test_civilians_seen_at_ordinary_work_do_no_political_act(coder, text):
    assert coder.code(text, published=PUBLISHED) == []


@pytest.mark.parametrize("text,trigger", [
    # the negation, future or condition sits on the passive verb, and the act is as real as it says
    ("Troops were not seen patrolling the streets of Bamako on Monday.", "patrolling"),
    ("Armed men were never spotted patrolling the camp near Dadaab, the aid agency said.", "patrolling"),
    ("No soldiers were seen firing on the crowd in Conakry, witnesses said.", "firing"),
    ("Police were never seen beating anyone in Quetta, the minister said.", "beating"),
    ("Troops will be seen patrolling the streets of Port-au-Prince from next week.", "patrolling"),
    ("Soldiers could be seen patrolling the market in Gao if the curfew is extended.", "patrolling"),
    ("Riot police might be seen firing tear gas at students in Dhaka again, the union warned.", "firing"),
])
def test_the_act_is_as_real_as_the_passive_verb_says(coder, text, trigger):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger] == []


@pytest.mark.parametrize("text,trigger,actor,claimant", [
    # "X was alleged/said/believed to have V-ed": X is reported on, never the one reporting
    ("The militia was alleged to have looted shops in Bukavu on Saturday.", "looted", "militia", "unnamed source"),
    ("Rebels were said to have attacked a supply convoy near Butembo on Monday.", "attacked", "Rebels",
     "unnamed source"),
    ("The gunmen were believed to have kidnapped two engineers near Turbat last month.", "kidnapped", "gunmen",
     "unnamed source"),
    ("Police were reported to be arresting activists across Grodno on Sunday.", "arresting", "Police",
     "unnamed source"),
    # a "by" phrase names the reporter
    ("Rebels were reported by witnesses to have seized the town of Menaka on Sunday.", "seized", "Rebels",
     "witnesses"),
])
def test_the_subject_of_a_passive_report_is_no_claimant(coder, text, trigger, actor, claimant):
    [ev] = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger]
    assert ev.attribution.certainty == "alleged"
    assert ev.attribution.claimant == claimant
    assert ev.actor is not None and ev.actor.span.text == actor


@pytest.mark.parametrize("text,trigger", [
    # an invitation or a training states what is asked or taught, not the act (profile content_verbs)
    ("Activists were invited to protest outside the embassy in Lisbon on Friday.", "protest"),
    ("The union invited dock workers to march on parliament in Wellington.", "march"),
    ("The conscripts were trained to shoot protesters, the inquiry found.", "shoot"),
])
def test_an_invited_or_trained_act_is_no_event(coder, text, trigger):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger] == []


@pytest.mark.parametrize("text,kept", [
    # "could be seen" tells a perception had (they were seen); "can be seen ... every day" a habit, no dated act
    ("Troops could be seen patrolling the streets of Juba on Saturday, residents said.", True),
    ("Troops can be seen patrolling the streets of Kidal every day.", False),
])
def test_could_on_a_perception_verb_is_a_perception_had(coder, text, kept):
    found = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == "patrolling"]
    assert (len(found) == 1) is kept
    if kept:
        assert found[0].event_type == "MOBILIZE" and found[0].actor.span.text == "Troops"


@pytest.mark.parametrize("text,trigger", [
    # a ban states what may not be done, not an act (profile kept_from_verbs, content_verbs)
    ("Troops were forbidden from firing on the marchers in Omdurman.", "firing"),
    ("The colonel forbade his men from shooting at the crowd in Sikasso.", "shooting"),
    ("Police were forbidden to use tear gas against students in Rajshahi.", "use"),
])
def test_a_forbidden_act_is_no_event(coder, text, trigger):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger] == []
