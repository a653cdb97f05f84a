"""Dispersing a crowd is crowd control, whatever the crowd is called (issue 12: find every event).

PLOVER codes the use of crowd-control methods as ASSAULT, mode ``crowd-control``
(CAMEO 175, "use tactics of violent repression"); ACLED's "Protest with
intervention" needs the intervention coded. The ``disperse`` rules of
``lang/en/triggers.json`` knew only the protest words ("protesters", "rally"), so
"police dispersed supporters / mourners / the mob" gave nothing. Sentences
written for this file. Two rules: crowd words (mob, crowds, marchers, rioters,
a vigil) with any subject, and people who gather for other reasons (supporters,
mourners, students, strikers) only when a security force disperses them, since a
school or a charity "disperses" students or funds as well.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-12-02"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _dispersals(coder, text):
    return [e for e in coder.code(text, published=PUBLISHED)
            if e.event_type == "ASSAULT" and e.mode == "crowd-control" and e.trigger.text.lower().startswith(("dispers", "broke"))]


@pytest.mark.parametrize("text, actor_sector", [
    ("Police dispersed supporters of the opposition leader outside the court in Harare on Tuesday.", "COP"),
    ("Riot police dispersed hundreds of mourners with tear gas in Nairobi on Monday.", "COP"),
    ("Security forces dispersed students who had blocked the highway.", None),
    ("Police dispersed strikers at the factory gates.", "COP"),
    ("Troops dispersed the mob that had gathered at the mosque.", "MIL"),
    ("Police dispersed the crowds outside parliament.", "COP"),
    ("Gendarmes dispersed the marchers near the border post.", None),
])
def test_a_crowd_dispersed_by_force_is_crowd_control(coder, text, actor_sector):
    found = _dispersals(coder, text)
    assert len(found) == 1, text
    if actor_sector is not None:
        assert found[0].actor is not None and found[0].actor.sector == actor_sector


@pytest.mark.parametrize("text", [
    "The school dispersed students to three other campuses after the fire.",
    "The charity dispersed funds to supporters in five districts.",
    "The wind dispersed the smoke over the city.",
    "The crowd dispersed peacefully after the speeches.",
    "Supporters dispersed after the rally ended.",
    "The company dispersed its students and mentors across four offices.",
])
def test_dispersing_with_no_force_or_no_crowd_is_no_event(coder, text):
    assert _dispersals(coder, text) == []


@pytest.mark.parametrize("text, trigger", [
    ("Police used water cannon to disperse the marchers.", "used"),
    ("Police used tear gas to disperse protesters in Lagos on Monday.", "used"),
    ("Police fired tear gas to disperse the crowds outside parliament.", "fired"),
])
def test_an_act_and_its_purpose_infinitive_are_one_incident(coder, text, trigger):
    # the infinitive names what the act was for (PLOVER and ACLED code the incident once); it stays a restatement
    found = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]
    assert [(e.trigger.text, e.mode) for e in found] == [(trigger, "crowd-control")]
    assert [r.text for r in found[0].restatements] == ["disperse"]
    assert found[0].recipient is not None


@pytest.mark.parametrize("text, kinds", [
    # another mode, or the infinitive hangs on a verb of its own: two acts, as before
    ("Soldiers fired live rounds to disperse a sit-in in Khartoum.", [("firearms", "fired"), ("crowd-control", "disperse")]),
    ("Police used tear gas on Monday and returned on Friday to disperse the protesters.",
     [("crowd-control", "used"), ("crowd-control", "disperse")]),
])
def test_a_purpose_infinitive_of_another_kind_or_verb_stays_its_own_event(coder, text, kinds):
    found = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]
    assert [(e.mode, e.trigger.text) for e in found] == kinds


@pytest.mark.parametrize("text", [
    # weather scatters a crowd; nobody repressed it (review of session 9: the crowd words take any subject)
    "Heavy rain dispersed the crowd before the concert ended.",
    "A sudden storm dispersed the crowds at the festival.",
    "The wind dispersed the crowds of tourists on the promenade.",
    "Strong winds dispersed the marchers of the carnival parade.",
    "A downpour broke up the crowd at the open-air concert.",
])
def test_a_crowd_scattered_by_the_weather_is_no_crowd_control(coder, text):
    assert _dispersals(coder, text) == [], text


@pytest.mark.parametrize("text", [
    # a crowd named by members who did not gather to protest (review of session 9)
    "Police dispersed the crowds of shoppers after a bomb scare in the mall.",
    "Officers dispersed a crowd of onlookers at the scene of the accident.",
    "Security guards dispersed the crowds of tourists outside the palace.",
])
def test_a_crowd_of_shoppers_or_onlookers_is_no_crowd_control(coder, text):
    assert _dispersals(coder, text) == [], text


def test_a_crowd_of_protesters_is_still_crowd_control(coder):
    assert len(_dispersals(coder, "Police dispersed a crowd of protesters with tear gas in Dakar.")) == 1
