"""A force put in place told in a relative clause or through "a total of" (issue 12, IndiaPoliceEvents ANY_ACTION).

Sentences are our own. PLOVER manual, MOBILIZE: a side puts its own forces in place; in a passive deployment
the force moved is the actor (``actors.implied_agent.ImpliedAgent._moved_force``), never a default one.

* "the policemen who have been deployed in the town ...", "the companies of armed police that were stationed
  ...": the relative pronoun stands for the noun its clause modifies (Quirk et al. 1985, 17.9), so the force
  deployed is that noun, and the deployment is coded as asserted;
* "a total of 30 companies of the State Reserve Police Force have been deployed": "total" names an amount
  (profile ``partitive_nouns``), so the force is read through its "of" phrase;
* not a deployment the relative clause plans or denies ("who will be deployed", "who were not deployed"),
  nor a relative on a non-force ("the cameras which were installed", "the officials who were posted").
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _mobilize(coder, text):
    return [e for e in coder.code(text, published="2024-05-08") if e.event_type == "MOBILIZE"]


@pytest.mark.parametrize("text,trigger,actor", [
    ("The policemen who have been deployed in Tumakuru were told to stay alert.", "deployed", "policemen"),
    ("The policemen who had been deployed at the temple were withdrawn on Friday.", "deployed", "policemen"),
    ("Residents said the constables who were posted in the lane had fled.", "posted", "constables"),
    ("The CRPF companies that were stationed in Bhilwara left for Delhi on Monday.", "stationed", "CRPF"),
    ("A total of 30 companies of the State Reserve Police Force have been deployed in Kollam.", "deployed",
     "State Reserve Police Force"),
    ("A total of 12 platoons of the Rapid Action Force were posted in Sirsa.", "posted", "Rapid Action Force"),
    ("A total of 300 policemen have been deployed for the fair in Bidar.", "deployed", "policemen"),
])
def test_a_relative_or_a_total_names_the_force_deployed(coder, text, trigger, actor):
    found = _mobilize(coder, text)
    assert [e.trigger.text for e in found] == [trigger]
    ev = found[0]
    assert ev.actor is not None and ev.actor.span is not None and ev.actor.span.text == actor
    assert ev.actor.sector == "COP"
    assert ev.attribution.certainty in ("asserted", "reported")


@pytest.mark.parametrize("text", [
    "The policemen who will be deployed at the polling booths were briefed on Sunday.",
    "The constables who were not deployed in the town stayed at the police lines.",
    "A total of 300 policemen will be deployed for the fair in Bidar.",
    "The cameras which were installed at the crossing recorded the clash.",
    "The officials who were posted in the district were transferred.",
])
def test_a_planned_denied_or_unarmed_relative_is_no_deployment(coder, text):
    found = _mobilize(coder, text)
    assert not [e for e in found if e.attribution.certainty in ("asserted", "reported")
                and e.actor is not None and e.actor.sector == "COP"]


@pytest.mark.parametrize("text", [
    "The relief camp which was set up by the district administration now shelters 2,000 people.",
    "The army base, which was established in the 1980s, lies outside Pokhara.",
    "The militia that was created by local chiefs has about 200 members.",
    "The children who were recruited by the armed group were handed over to UNICEF on Monday.",
    "The headquarters, which was moved to the capital in 2015, was attacked on Monday.",
    "The outpost which was erected near the village was abandoned.",
    "The shelter that was opened for displaced families is overcrowded.",
])
def test_a_relative_on_a_base_camp_or_group_set_up_is_no_deployment(coder, text):
    # only a force put in place (profile police_presence_verbs: deploy, post, station, ...) is read through a
    # relative pronoun; a camp set up, a base established, a group formed or recruits taken told in a relative
    # clause are background (PLOVER MOBILIZE: a side's own forces moved)
    assert _mobilize(coder, text) == []


def test_a_relative_deployment_beside_an_attack_is_one_mobilize_by_that_force(coder):
    events = coder.code("The soldiers who were deployed in the village opened fire on the mourners.",
                        published="2024-05-08")
    mob = [e for e in events if e.event_type == "MOBILIZE"]
    assert [(e.trigger.text, e.actor.span.text, e.actor.sector) for e in mob] == [("deployed", "soldiers", "MIL")]
    assert [e.event_type for e in events].count("ASSAULT") == 1
