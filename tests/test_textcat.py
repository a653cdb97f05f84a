"""The learned detector ``detect.textcat.v1``: its shipped model, its proposals, its abstentions."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from importlib import resources

import pytest

from dotterel.errors import ClassifierModelError
from dotterel.events.textcat import MODEL_FILE, NONE, EventClassifier, TextcatDetector, choose_trigger
from dotterel.pipeline import DEFAULT_STAGES, PipelineConfig


@pytest.fixture(scope="module")
def classifier():
    return EventClassifier.load()


def _model_bytes() -> bytes:
    return resources.files("dotterel").joinpath("data", "models", MODEL_FILE).read_bytes()


def test_the_shipped_model_matches_its_manifest_hash(classifier):
    import hashlib

    manifest = json.loads(resources.files("dotterel").joinpath("data", "models", "manifest.json").read_text("utf-8"))
    assert classifier.sha256 == manifest[MODEL_FILE] == hashlib.sha256(_model_bytes()).hexdigest()
    assert classifier.meta["format"] == "dotterel-linear-textcat/1"
    assert NONE in classifier.types and "PROTEST" in classifier.types


def test_a_damaged_model_file_fails_the_hash_check(tmp_path):
    blob = bytearray(_model_bytes())
    blob[-3] = ord("0") if blob[-3] != ord("0") else ord("1")
    bad = tmp_path / MODEL_FILE  # the packaged name: checked against the manifest
    bad.write_bytes(bytes(blob))
    with pytest.raises(ClassifierModelError, match="sha256"):
        EventClassifier.load(bad)
    other = tmp_path / "mine.json"
    other.write_bytes(_model_bytes())
    with pytest.raises(ClassifierModelError, match="does not match"):
        EventClassifier.load(other, expected_sha256="0" * 64)
    assert EventClassifier.load(other).sha256 == EventClassifier.load().sha256


def test_a_file_of_another_format_is_refused(tmp_path):
    p = tmp_path / "other.json"
    p.write_text(json.dumps({"format": "something-else/9"}), encoding="utf-8")
    with pytest.raises(ClassifierModelError, match="unknown format"):
        EventClassifier.load(p)


def test_probabilities_are_a_distribution(classifier):
    ranked = classifier.predict("Thousands of teachers went on strike on Tuesday demanding higher pay.")
    assert ranked[0][0] == "PROTEST"
    assert sum(p for _, p in ranked) == pytest.approx(1.0)
    assert all(0.0 <= p <= 1.0 for _, p in ranked)
    assert [p for _, p in ranked] == sorted((p for _, p in ranked), reverse=True)


def test_the_stage_proposes_a_known_type_with_its_confidence(coder):
    stage = TextcatDetector(_resources(coder))
    doc = coder.nlp("Thousands of teachers went on strike on Tuesday demanding higher pay.")
    sent = next(iter(doc.sents))
    cand = stage.propose(sent, 0)
    assert cand is not None
    assert cand.event_type == "PROTEST" and cand.detector == "textcat.v1"
    assert stage.propose_at <= cand.confidence <= 1.0
    assert doc[cand.trigger].text == "strike"  # the event noun of a light verb
    assert "teachers" in [t.text for t in doc[cand.actor].subtree]  # "Thousands of teachers"


def test_the_stage_abstains_on_opinion_and_background(coder):
    stage = TextcatDetector(_resources(coder))
    for text in ("The country has a long history of political instability.",
                 "Many analysts believe the government has lost the trust of young people."):
        sent = next(iter(coder.nlp(text).sents))
        assert stage.propose(sent, 0) is None, text
        assert stage.classifier.predict(text)[0][0] == NONE


def test_choose_trigger_follows_a_reporting_verb_to_what_is_reported(coder):
    sent = next(iter(coder.nlp("Police said they had arrested 30 protesters.").sents))
    assert choose_trigger(sent, lang=coder.lang).text == "arrested"


def test_one_config_line_turns_the_stage_on(coder):
    from dotterel.coder import Coder

    stages = list(DEFAULT_STAGES)
    if "detect.textcat.v1" not in stages:
        stages.insert(stages.index("detect.rules.v1") + 1, "detect.textcat.v1")
    on = Coder(PipelineConfig(stages=stages), nlp=coder.nlp, gazetteer=coder.gazetteer, kb=coder.kb,
               ontology=coder.ontology, lexicon=coder.lexicon)
    # the trigger lexicon has no rule for a disinformation campaign; the model does (COERCE)
    text = ("The authorities launched a disinformation campaign and an internet blockade in the western provinces "
            "of Peru on Monday. The country has a long history of political instability.")
    assert not [e for e in coder.code(text, published="2023-05-10") if e.sentence.start == 0]
    learned = [e for e in on.code(text, published="2023-05-10") if e.detector == "textcat.v1"]
    assert [(e.event_type, e.trigger.text) for e in learned] == [("COERCE", "campaign")]
    assert learned[0].confidence is not None and learned[0].confidence >= 0.5


def test_loading_and_running_never_reads_shared(tmp_path):
    # training needs ../shared; running must not: record every file the interpreter opens
    script = textwrap.dedent("""
        import sys
        opened = []
        sys.addaudithook(lambda ev, args: opened.append(str(args[0])) if ev == "open" else None)
        from dotterel.events.textcat import EventClassifier
        clf = EventClassifier.load()
        print(clf.predict("Police fired tear gas at the protesters.")[0][0])
        print(sum("shared" in p.split("/") for p in opened))
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True)
    label, reads = out.stdout.split()
    assert label != NONE
    assert reads == "0"


def _resources(coder):
    from types import SimpleNamespace

    return SimpleNamespace(ontology=coder.ontology, lang=coder.lang)
