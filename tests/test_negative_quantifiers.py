"""A negative quantifier on the subject or object denies the act (issue 12, "acts the text says did not happen").

"Not a single person was arrested", "Nothing was looted or burned", "Not one shop was burned" gave the arrest,
the looting and the burning as done (attribution_frames.negative_argument read "no", "none", "nobody", but not
"nothing" nor "not a/not one"; Quirk et al. 1985, 10.59). "fired nothing but rubber bullets", "not one but three
journalists", "no fewer than 20", "not more than one", "no sooner ... than they opened fire" state the act.

Sentences written for these tests (wire, NGO, Indian English; active and passive; several countries).
"""

from __future__ import annotations

import pytest
from test_list_scope import _acts, _coded

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, word", [
    ("Not a single demonstrator was detained in Bulawayo during Friday's march, the police said.", "detained"),
    ("Riot police arrested not a single student at the campus in Kumasi on Tuesday.", "arrested"),
    ("Not one stall was torched in the market in Jos on Sunday, traders said.", "torched"),
    ("Not one of the strikers was detained by the constabulary in Nagpur on Thursday.", "detained"),
    ("Nothing was looted or set ablaze in the bazaar in Peshawar on Wednesday, shopkeepers said.", "looted"),
    ("Nobody was beaten by the guards at the depot in Kisii on Monday, the union said.", "beaten"),
])
def test_a_negative_quantifier_denies_the_act(coder, text, word):
    coded = _coded(coder, text)
    assert _acts(coded) == set()
    assert any(a.trigger.text == word and "negated by" in a.reason for a in coded.abstentions), \
        [(a.trigger.text, a.reason) for a in coded.abstentions]


@pytest.mark.parametrize("text, act", [
    ("Soldiers arrested not one but four reporters in Bukavu on Monday.", ("COERCE", "arrested", "asserted")),
    ("No fewer than 14 villagers were killed in the raid near Maiduguri on Sunday.", ("ASSAULT", "killed", "asserted")),
    ("Not more than one guard was wounded in the assault on the depot in Kidal on Friday.",
     ("ASSAULT", "wounded", "asserted")),
    ("No sooner had troops reached the square in Bamako on Monday than they opened fire.",
     ("ASSAULT", "opened", "asserted")),
    # an exception under "no" + noun names who did it (rev21x: these were "negated by 'one'")
    ("No one but the wardens beat the detainees in Eldoret on Monday.", ("ASSAULT", "beat", "asserted")),
    ("No one except the commandos opened fire in Bunia on Thursday.", ("ASSAULT", "opened", "asserted")),
    ("No trader except the shop owner was detained by police in Sialkot on Friday.",
     ("COERCE", "detained", "asserted")),
])
def test_a_bound_or_a_contrast_states_the_act(coder, text, act):
    assert act in _acts(_coded(coder, text))


@pytest.mark.parametrize("text, word", [
    # a degree word under "no" + noun is no exception: the act is still denied
    ("No more arrests were made in Tamale after the curfew on Sunday, the commander said.", "arrests"),
    ("No other journalist was detained in Mwanza on Monday, the union said.", "detained"),
])
def test_a_degree_under_no_still_denies(coder, text, word):
    coded = _coded(coder, text)
    assert _acts(coded) == set(), _acts(coded)


def _protests(coded):
    return [e.trigger.text for e in coded.events if e.event_type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "Troops never beat or detained the marchers in Maracaibo on Tuesday, the ministry said.",
    "Riot police did not beat the demonstrators in Gweru on Monday, the spokesman said.",
    "Soldiers did not shoot at protesters in Bamako on Friday, the junta said.",
    "The guards neither shot nor beat the protesters outside the prison in Mombasa on Sunday.",
])
def test_a_protester_noun_whose_only_act_is_denied_makes_no_protest(coder, text):
    coded = _coded(coder, text)
    assert _protests(coded) == [] and _acts(coded) == set(), [(e.event_type, e.trigger.text) for e in coded.events]


@pytest.mark.parametrize("text, trigger", [
    # the protest in its own words, or an event noun of a protest the denied act still names, stays
    ("Thousands marched through Harare on Monday; no protester was beaten, the police said.", "marched"),
    ("Police did not open fire on the rally of several thousand farmers in Ludhiana on Sunday.", "rally"),
    # a done act against the protesters still implies their protest
    ("Police beat the demonstrators in Harare on Monday but did not arrest them.", "demonstrators"),
    # a denied act, then a done one against the same people: their protest stays (rev21x: these lost it)
    ("Soldiers did not kill the marchers in Conakry on Monday but wounded six of them.", "marchers"),
    ("Gendarmes did not shoot the demonstrators in Niamey on Friday; they beat them with rifle butts instead.",
     "demonstrators"),
    ("Troops did not fire at the protesters in Kassala on Sunday, but tear gas was used on them.", "protesters"),
])
def test_a_stated_protest_stays(coder, text, trigger):
    assert trigger in _protests(_coded(coder, text))
