"""Trigger rules converted from the CAMEO 2.0 verb dictionary (scripts/build_cameo_triggers.py), issue 12 item 3.

The converter is tested on a small dictionary written here in the PETRARCH verb format, never on the
dictionary itself (the regeneration check reads it from ../shared and skips without it). The coding
tests use sentences of our own, written for these tests, of the PLOVER types the rules of
``triggers.json`` alone did not find (AID, RETREAT, ...).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import load_script, shared_path
from dotterel.events.lexicon import Lexicon
from dotterel.lang import LanguageProfile
from dotterel.ontology import Ontology
from dotterel.pipeline.config import PipelineConfig

ROOT = Path(__file__).resolve().parents[1]
CAMEO_FILE = ROOT / "src" / "dotterel" / "lang" / "en" / "triggers_cameo.json"


@pytest.fixture(scope="module")
def build():
    return load_script("build_cameo_triggers")


FIXTURE = """\
# a comment
# The MIT License (MIT)
#
# Copyright (c) 2015 Open Event Data Alliance
#
# A notice written for this test.
#
# LAST UPDATE: a test
&PEACEWORDS
+TRUCE
+CEASE_FIRE

####### VERB PATTERNS #######

---  BESTOW   [---]  ---
BESTOW
ENDOW {ENDOWS ENDOWED}
GIFT [070]
- * AID                                       [070]     # BESTOW
- * {FOOD PARCELS} (TO)                       [073]     # BESTOW
- * OFF ROW                                   [080]     # ENDOW
- * BACK                                      [080]     # ENDOW
- * &PEACEWORDS                               [0871]    # BESTOW
- * REMARK                                    [010]     # BESTOW
- * NOTHING                                   [---]     # BESTOW
- * (TO CITY) (OF GONDOR)                     [042]     # BESTOW
- $ * ^ AID                                   [070]     # BESTOW
- * RANSOM                                    [:070]    # BESTOW
- * VISIT                                     [042:043] # BESTOW
- * TREATY                                    [057]     # GIFTED
"""


def test_the_converter_keeps_what_the_matcher_can_express(build, tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(FIXTURE, encoding="utf-8")
    doc, report = build.build(path, Ontology.load(), ours={})
    rules = {(r["lemma"], r["cameo"]): r for r in doc["rules"]}
    assert set(rules) == {("bestow", "070"), ("bestow", "073"), ("endow", "080"), ("bestow", "0871"),
                          ("bestow", "042")}
    assert rules[("bestow", "070")]["objects"] == ["aid"]
    assert rules[("bestow", "070")]["event_type"] == "AID"
    assert rules[("bestow", "073")]["objects"] == ["parcels", "parcel"]
    assert rules[("bestow", "073")]["object_text"] == ["food parcels"]
    assert rules[("bestow", "073")]["preps"] == {"to": []}
    assert (rules[("endow", "080")]["particle"], rules[("endow", "080")]["objects"]) == ("off", ["row"])
    assert rules[("bestow", "0871")]["objects"] == ["fire", "truce"]
    assert rules[("bestow", "0871")]["object_text"] == ["cease fire", "truce"]
    assert (rules[("bestow", "0871")]["event_type"], rules[("bestow", "0871")]["mode"]) == ("RETREAT", "ceasefire")
    # "[042:043]": the subject's act is the first code
    assert rules[("bestow", "042")]["objects"] == ["visit"]
    assert all(r["source"].startswith("CAMEO.2.0.txt:") for r in doc["rules"])
    assert report["dropped: denied code (statements)"] == 1          # 010, a statement
    assert report["dropped: no event ([---] or [:B])"] == 2          # [---] and [:070]
    assert report["dropped: two or more prepositional phrases"] == 1
    assert report["dropped: source/target marker"] == 1
    assert report["dropped: comment names no verb of the block"] == 1  # GIFTED is no verb of the block
    assert report["dropped: bare verb not in ALLOW_BARE"] == 1        # GIFT [070]
    assert report["dropped: verb and particle not in ALLOW_PARTICLE_ONLY"] == 1  # ENDOW BACK
    assert doc["licence"]["name"] == "MIT"
    assert doc["licence"]["copyright"] == "Copyright (c) 2015 Open Event Data Alliance"
    assert doc["licence"]["text"] == "A notice written for this test."


def test_a_file_without_the_mit_notice_is_refused(build, tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text("---  ADD   [---]  ---\nADD\n- * SANCTIONS [163] # ADD\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no MIT licence notice"):
        build.build(path, Ontology.load(), ours={})


def test_our_rules_win_per_lemma_and_per_sense_on_shared_lemmas(build, tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(FIXTURE, encoding="utf-8")
    # an open rule of ours decides every use of its verb: none of CAMEO's "bestow" rules is kept
    for shared in (frozenset(), frozenset({"bestow"})):
        doc, report = build.build(path, Ontology.load(), ours={"bestow": [{"lemma": "bestow", "event_type": "AID"}]},
                                  shared=shared)
        assert {r["lemma"] for r in doc["rules"]} == {"endow"}
        assert report["dropped: a sense our triggers.json decides (ours win)"] == 4
    ours = {"bestow": [{"lemma": "bestow", "event_type": "AID", "objects": ["aid"], "subjects": ["police"]}]}
    # a lemma of ours not shared takes no converted rule, even on other objects
    doc, report = build.build(path, Ontology.load(), ours=ours, shared=frozenset())
    assert {r["lemma"] for r in doc["rules"]} == {"endow"}
    assert doc["shared_lemmas"] == []
    # a shared lemma keeps CAMEO's senses on other objects ("police filed an FIR" beside "filed a lawsuit"),
    # and drops the one on the same object word
    doc, report = build.build(path, Ontology.load(), ours=ours, shared=frozenset({"bestow"}))
    assert {(r["lemma"], r["cameo"]) for r in doc["rules"]} == {("bestow", "073"), ("endow", "080"),
                                                               ("bestow", "0871"), ("bestow", "042")}
    assert report["dropped: a sense our triggers.json decides (ours win)"] == 1
    assert doc["shared_lemmas"] == ["bestow"]


@pytest.mark.parametrize("rule,ours,claimed", [
    ({"objects": ["lawsuit"]}, [{"objects": ["fir"]}], False),
    ({"objects": ["case"]}, [{"objects": ["fir", "case"]}], True),
    ({"objects": ["lawsuit"]}, [{"objects": ["fir"]}, {"subjects": ["police"]}], True),  # an open rule of ours
    ({"preps": {"against": []}}, [{"objects": ["fir"]}], False),
    ({"preps": {"against": []}}, [{"preps": {"against": ["party"]}}], True),
    ({"particle": "off", "objects": ["row"]}, [{"particle": "off", "objects": ["crowd"]}], True),
    ({"recipient": ["dobj"]}, [{"objects": ["fir"]}], True),  # a bare CAMEO verb on a lemma of ours
    ({"objects": ["lawsuit"]}, [], False),
])
def test_claimed_by_ours(rule, ours, claimed):
    from dotterel.events.lexicon import claimed_by_ours

    assert claimed_by_ours(rule, ours, per_rule=True) is claimed
    assert claimed_by_ours(rule, ours) is bool(ours)  # per lemma (the default): a lemma of ours takes none


def test_the_packaged_file_is_what_the_script_writes(build, tmp_path):
    dictionary = shared_path("gold", "petrarch", "phoenix_dictionaries", "CAMEO.2.0.txt")
    out = tmp_path / "triggers_cameo.json"
    build.main([str(dictionary), "-o", str(out)])
    assert out.read_text(encoding="utf-8") == CAMEO_FILE.read_text(encoding="utf-8"), (
        "triggers_cameo.json is stale (a lemma added to triggers.json, or the script changed): regenerate it "
        "with PYTHONPATH=src python scripts/build_cameo_triggers.py <CAMEO.2.0.txt> and read the new events")


def test_the_lexicon_loads_cameo_rules_after_ours():
    lang = LanguageProfile.load("en")
    ours = json.loads((ROOT / "src" / "dotterel" / "lang" / "en" / "triggers.json").read_text("utf-8"))["rules"]
    cameo = json.loads(CAMEO_FILE.read_text("utf-8"))["rules"]
    lexicon = Lexicon.load(Ontology.load(), lang=lang, cameo=True)
    # ours win per lemma (per sense on the shared lemmas), so our constraints are never bypassed
    from dotterel.events.lexicon import claimed_by_ours

    shared = set(json.loads(CAMEO_FILE.read_text("utf-8"))["shared_lemmas"])
    assert shared == {"file", "exchange", "conduct"}
    ours_by_lemma: dict = {}
    for r in Lexicon.load(Ontology.load(), lang=lang).rules:
        ours_by_lemma.setdefault(r.lemma, []).append(r.model_dump(exclude_defaults=True))
    kept = [r for r in cameo if not claimed_by_ours(r, ours_by_lemma.get(r["lemma"], []),
                                                    per_rule=r["lemma"] in shared)]
    assert kept == cameo  # the build already left out every claimed rule
    assert not [r for r in cameo if r["lemma"] in ours_by_lemma and r["lemma"] not in shared]
    assert len(lexicon.rules) == len(ours) + len(kept) > len(ours) + 900
    # "file a lawsuit" is kept beside our "police filed an FIR"
    assert {r.objects for r in lexicon.rules_for("file") if r.source} >= {("lawsuit",), ("complaint",)}
    assert any(r.source is None for r in lexicon.rules_for("file"))  # and our "police filed an FIR"
    # "conducted joint maneuvers" is kept beside our "conducted joint patrols"
    assert ("maneuvers", "maneuver") in {r.objects for r in lexicon.rules_for("conduct") if r.source}
    assert any(r.source is None for r in lexicon.rules_for("conduct"))
    assert [r.source for r in lexicon.rules[len(ours):]] == [r["source"] for r in kept]
    assert all(r.source is None for r in lexicon.rules[:len(ours)])
    assert len(Lexicon.load(Ontology.load(), lang=lang, cameo=False).rules) == len(ours)


def test_the_config_option_turns_the_cameo_rules_on_and_names_itself_in_the_hash():
    off, on = PipelineConfig(), PipelineConfig(cameo_triggers=True)
    assert off.cameo_triggers is False  # off by default: it changed no dev-set score
    assert on.config_hash() != off.config_hash()
    assert "cameo" not in json.dumps(off.model_dump(mode="json", include={"stages"}))


@pytest.fixture(scope="module")
def cameo_coder(coder):
    """A coder with the converted CAMEO rules on, sharing the session's model, KB and place index."""
    from dotterel.coder import Coder

    return Coder(PipelineConfig(cameo_triggers=True), nlp=coder.nlp, gazetteer=coder.gazetteer, kb=coder.kb,
                 ontology=coder.ontology, lang=coder.lang)


@pytest.mark.parametrize("text,trigger,event_type,mode", [
    # AID
    ("Japan gave $10 million in emergency aid to flood victims in Pakistan on Monday.", "gave", "AID", None),
    ("Turkey granted asylum to the dissident journalist on Wednesday.", "granted", "AID", None),
    ("The World Bank granted a loan of $500 million to Kenya.", "granted", "AID", None),
    # RETREAT
    ("The government eased the curfew in Dhaka on Monday.", "eased", "RETREAT", None),
    # others the converted rules add
    ("Protesters chanted slogans against the president outside parliament in Colombo.", "chanted", "PROTEST", "demo"),
    ("The two sides reached an agreement on prisoner exchanges in Doha on Sunday.", "reached", "AGREE", None),
    ("Norway brokered a truce between the government and the rebels.", "brokered", "CONSULT", None),
    ("Prosecutors dropped the charges against the opposition leader on Friday.", "dropped", "CONCEDE", None),
    ("Parliament ratified the peace treaty with Armenia on Tuesday.", "ratified", "SUPPORT", None),
    # shared lemmas (claimed_by_ours per rule): CAMEO's senses we never wrote stand beside ours
    ("The family filed a lawsuit against the ministry on Monday.", "filed", "ACCUSE", "allege"),
    ("Armenia and Azerbaijan exchanged prisoners of war at the border on Friday.", "exchanged", "RETREAT", "release"),
    ("The two parties exchanged accusations of vote rigging on Tuesday.", "exchanged", "ACCUSE", "disapprove"),
    # and a converted rule adds no second event of the type ours coded on the same word
    ("Troops and rebels exchanged fire and mortars near the border on Monday.", "exchanged", "ASSAULT", "firearms"),
    ("Police filed an FIR and a case against 40 rioters on Monday.", "filed", "ACCUSE", "allege"),
])
def test_converted_rules_code_their_event(cameo_coder, text, trigger, event_type, mode):
    [ev] = [e for e in cameo_coder.code(text, published="2024-05-01") if e.trigger.text == trigger]
    assert (ev.event_type, ev.mode) == (event_type, mode)


@pytest.mark.parametrize("text", [
    # business, sport and civic news: CAMEO's object senses of our light verbs ("take part", "hold a
    # conference", "close a shop") are no events; ours decide these lemmas (claimed_by_ours, per lemma)
    "Twelve teams took part in the football tournament in Madrid on Saturday.",
    "The supermarket chain closed its shop in Leeds on Monday after sales fell.",
    "The district closed schools for the summer holiday on Friday.",
    "The airline launched a flight to Dubai on Thursday.",
    "Apple will hold a conference for developers in California in June.",
    "The injury delivered a blow to the team's title hopes on Sunday.",
    "The school set a deadline for applications on Friday.",
    "The hospital released details of the new treatment on Tuesday.",
    "The museum returned the artwork to its owner in Rome on Wednesday.",
    "The charity opened a clinic in Nairobi on Monday.",
    "The mayor made a trip to the new factory on Friday.",
    "The club backed the plan for a new stadium on Wednesday.",
    "The startup announced a deal with a bank on Tuesday.",
    # "exchange" is shared, but CAMEO's "exchanged views/messages" are denied (DENY_RULES)
    "The two chief executives exchanged views on artificial intelligence at the summit.",
    "Fans exchanged messages on social media after the match on Sunday.",
])
def test_cameo_rules_on_our_lemmas_code_no_ordinary_news(cameo_coder, text):
    assert [(e.event_type, e.trigger.text) for e in cameo_coder.code(text, published="2024-05-01")] == []

