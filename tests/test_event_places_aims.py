"""The place of one act told by an assault verb and its aim participle, and of a town's named part (issue 16).

Sentences written for these tests:

* "launched an offensive in northern Idlib, targeting the town of Saraqib":
  the subjectless aim participle restates the assault and names where it
  was aimed; its place is the finer one of the act (ACLED codebook 2023:
  the most specific location named), also when the town it names is no
  finer than the region-like town the first verb took ("the northern Idlib
  countryside"), and so is a named part of a town it names ("in the Al-Waer
  district"), before a named region the first verb is in ("in the X region
  ..., targeting the town of Y");
* with no place on the aim participle, or with another participle that is
  no aim ("leaving the town of X undefended"), the first verb's place stays;
* "the Lagos suburb of Ikeja": the town modifying the sub-place noun is the
  container of the place its "of" phrase names; a coarser "of" place ("the
  Basra port of Iraq") owns nothing.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _loc(coder, text: str, trigger: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    [ev] = [e for e in coded.events if e.trigger.text == trigger]
    return ev.location


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Rebel fighters launched a new offensive in the northern Idlib countryside on Monday, targeting the key "
     "town of Saraqib.", "Saraqib", "SYR"),
    ("Militants launched an offensive near Mosul on Sunday, targeting the town of Tal Afar.", "Tal Afar", "IRQ"),
])
def test_the_aim_participles_town_wins_over_an_equally_precise_one(coder, text, name, country):
    loc = _loc(coder, text, "launched")
    assert (loc.span.text, loc.country, loc.geo_precision, loc.rule) == (name, country, "city", "attached")


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Insurgents launched an attack in southern Kirkuk, targeting army posts in the town of Hawija.",
     "Hawija", "IRQ"),
    ("Militants launched an attack in eastern Homs, targeting army checkpoints in the Al-Waer district.",
     "Al-Waer", "SYR"),
    ("The army launched an offensive in the Wadi Khaled region of rural Homs on Monday, targeting the rebel-held "
     "town of Umm Zaytouna Kabira.", "Umm Zaytouna Kabira", "SYR"),
])
def test_the_aim_participles_named_part_wins(coder, text, name, country):
    loc = _loc(coder, text, "launched")
    assert (loc.span.text, loc.country, loc.geonameid) == (name, country, None)


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("The army launched a new offensive in northern Idlib, targeting several villages held by the rebels.",
     "launched", "Idlib"),
    ("Rebels launched an offensive in Idlib city on Monday, leaving the town of Saraqib undefended.",
     "launched", "Idlib"),
])
def test_with_no_place_on_an_aim_the_first_verbs_place_stays(coder, text, trigger, name):
    assert _loc(coder, text, trigger).span.text == name


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Police arrested ten protesters in the Lagos suburb of Ikeja.", "arrested", "Ikeja"),
    ("Soldiers patrolled the Basra port of Iraq on Tuesday.", "patrolled", "Basra"),
])
def test_a_town_naming_a_sub_place_noun_gives_way_to_its_of_phrase(coder, text, trigger, name):
    loc = _loc(coder, text, trigger)
    assert (loc.span.text, loc.geo_precision) == (name, "city")


# An aim's "from" or "to" phrase says where the target came from or leads, not where the act fell: the first
# verb's place stays (places/scene.aimed_ground; the destination rule of scene.shared_ground).
@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Insurgents attacked a checkpoint near Kirkuk, targeting soldiers from Tikrit.", "attacked", "Kirkuk"),
    ("Gunmen attacked a bus in Peshawar, targeting traders from Lahore.", "attacked", "Peshawar"),
    ("Militants attacked a base in Mosul, targeting officials from Baghdad.", "attacked", "Mosul"),
    ("Rebels launched an offensive near Aleppo, targeting the highway to Damascus.", "launched", "Aleppo"),
    ("Militants launched an attack in Kandahar, targeting the road to Kabul.", "launched", "Kandahar"),
])
def test_an_aims_origin_or_destination_is_not_the_acts_place(coder, text, trigger, name):
    assert _loc(coder, text, trigger).span.text == name


# Only an assault's aim participle lends its place: after a rally "attacking" is speech, and after an arrest or a
# crackdown "targeting activists in X" says where the targets are, not where the arrests were made.
@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Opposition supporters rallied in Nairobi on Monday, attacking the government's record in Kisumu.",
     "rallied", "Nairobi"),
    ("The president held a rally in Harare, attacking opposition leaders in Bulawayo.", "rally", "Harare"),
    ("Police arrested ten activists in Istanbul, targeting a network active in Izmir.", "arrested", "Istanbul"),
    ("Police launched a crackdown in Cairo on Monday, targeting activists in Alexandria.", "launched", "Cairo"),
])
def test_only_an_assaults_aim_lends_its_place(coder, text, trigger, name):
    assert _loc(coder, text, trigger).span.text == name
