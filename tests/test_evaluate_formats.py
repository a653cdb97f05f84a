"""Each gold loader on small files written by the test, scored against predicted records given directly.

No model is loaded: a stub stands in for ``Coder.code_documents`` and returns
the predicted events, places or dates each test sets. Every expected score is
worked out by hand in the comments.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dotterel.evaluate import GoldFormatError, score_records
from dotterel.evaluate.formats import FORMATS, detect
from dotterel.ontology import Ontology
from dotterel.records import EventDate

from evaluate_helpers import actor, count, event, place, span, stub_coder


@pytest.fixture(scope="module")
def ontology():
    return Ontology.load()


def run(fmt_name: str, path: Path, ontology, predict):
    fmt = FORMATS[fmt_name]
    assert detect(path).name == fmt_name
    scorer = fmt.scorer(ontology, format_name=fmt_name)
    return score_records(fmt.load(path), stub_coder(predict), scorer)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def nothing(doc):
    return {"events": []}


# -- plover-gsr ----------------------------------------------------------------
GSR = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "header"},
    {"id": "G1", "date": "2000-01-01", "event": "AGREE", "eventText": "agreed", "context": "diplomatic",
     "text": "Hungarian officials agreed to cooperate.",
     "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"}], "target": ""},
    {"id": "G2", "date": "2000-01-01", "event": "FIGHT", "eventText": "attacked", "mode": "",
     "text": "Romanian troops attacked the rebels.",
     "source": [{"actorText": "Romanian troops", "code": "ROU", "sector": "MIL"}],
     "target": [{"actorText": "the rebels", "code": "ROU", "sector": "REB"}], "dead": "3"},
]


def gsr_perfect(doc):
    if doc.doc_id == "G1":
        return {"events": [event(doc, "agreed", "AGREE", actor_=actor("HUN", "GOV"), context=["diplomatic"])]}
    return {"events": [event(doc, "attacked", "ASSAULT", actor_=actor("ROU", "MIL"), recipient=actor("ROU", "REB"),
                             counts=[count(doc, "troops", "killed", best=3)])]}


def test_plover_gsr(tmp_path, ontology):
    path = write(tmp_path / "gsr.json", json.dumps(GSR))
    perfect = run("plover-gsr", path, ontology, gsr_perfect)
    assert perfect.records == 2
    # FIGHT is read as ASSAULT; both events found, every scored field right
    assert perfect.scores["event"].f1 == 1.0
    assert set(perfect.tables["event_type"].classes) == {"AGREE", "ASSAULT"}
    for name in ("actor.country", "actor.sector", "recipient.country", "recipient.sector", "context", "counts"):
        assert perfect.scores[name].f1 == 1.0, name
    assert "mode" not in perfect.scores          # the gold gives no mode: not scored
    empty = run("plover-gsr", path, ontology, nothing)
    assert empty.scores["event"].recall == 0.0 and empty.scores["event"].fn == 2


def test_plover_gsr_partial_actor(tmp_path, ontology):
    path = write(tmp_path / "gsr.json", json.dumps(GSR[:2]))

    def wrong_sector(doc):
        return {"events": [event(doc, "agreed", "AGREE", actor_=actor("HUN", "MIL"))]}

    r = run("plover-gsr", path, ontology, wrong_sector)
    # country right (tp); sector wrong (fp + fn): credit 1/2
    assert (r.scores["actor.country"].tp, r.scores["actor.sector"].fp, r.scores["actor.sector"].fn) == (1, 1, 1)
    assert r.accuracies["actor.credit"].accuracy == 0.5
    # the gold context 'diplomatic' was not given: 0 tp, 1 fn
    assert (r.scores["context"].tp, r.scores["context"].fn) == (0, 1)


def test_plover_gsr_gold_actor_without_country_scores_no_country(tmp_path, ontology):
    gold = [GSR[0], {**GSR[1], "source": [{"actorText": "officials", "code": "", "sector": "GOV"}]}]
    path = write(tmp_path / "gsr.json", json.dumps(gold))

    def with_country(doc):
        return {"events": [event(doc, "agreed", "AGREE", actor_=actor("HUN", "GOV"), context=["diplomatic"])]}

    r = run("plover-gsr", path, ontology, with_country)
    # the gold leaves the country slot empty: our HUN is neither right nor wrong; the sector is a tp
    assert "actor.country" not in r.scores or r.scores["actor.country"].fp == 0
    assert r.scores["actor.sector"].tp == 1
    assert r.accuracies["actor.credit"].accuracy == 1.0


def test_plover_gsr_unknown_mode_is_scored_on_everything_else_and_reported(tmp_path, ontology):
    # "host" and "demo-spon" are modes of other PLOVER versions: the record stays, only the mode is unscored
    gold = [GSR[0], {**GSR[1], "mode": "host"}, {**GSR[2], "event": "PROTEST", "eventText": "attacked",
                                                  "mode": "demo-spon"}]
    path = write(tmp_path / "gsr.json", json.dumps(gold))

    def found(doc):
        if doc.doc_id == "G1":
            return {"events": [event(doc, "agreed", "AGREE", actor_=actor("HUN", "GOV"), context=["diplomatic"])]}
        return {"events": [event(doc, "attacked", "PROTEST", mode="demo")]}

    r = run("plover-gsr", path, ontology, found)
    assert r.records == 2 and r.bad_records == 0
    assert r.scores["event"].tp == 2 and r.scores["actor.country"].tp == 1
    assert "mode" not in r.scores
    assert r.skipped == {"mode not scored: AGREE mode 'host' is not in the ontology": 1,
                         "mode not scored: PROTEST mode 'demo-spon' is not in the ontology": 1}


def test_plover_gsr_country_code_outside_iso_is_not_scored_and_is_reported(tmp_path, ontology):
    # "ITL" (an old code for Italy) and "XYZ" are no ISO 3166-1 alpha-3 code: no output can match them, so the
    # slot is left unscored and named among the skipped items; the sector and the ISO slots are still scored
    gold = [GSR[0], {**GSR[1], "source": [{"actorText": "Italy", "code": "ITL", "sector": "GOV"}]},
            {**GSR[2], "target": [{"actorText": "the rebels", "code": "XYZ", "sector": "REB"}]}]
    path = write(tmp_path / "gsr.json", json.dumps(gold))

    def found(doc):
        if doc.doc_id == "G1":
            return {"events": [event(doc, "agreed", "AGREE", actor_=actor("ITA", "GOV"), context=["diplomatic"])]}
        return {"events": [event(doc, "attacked", "ASSAULT", actor_=actor("ROU", "MIL"),
                                 recipient=actor("ROU", "REB"))]}

    r = run("plover-gsr", path, ontology, found)
    assert (r.scores["actor.country"].tp, r.scores["actor.country"].fp, r.scores["actor.country"].fn) == (1, 0, 0)
    assert r.scores["actor.sector"].tp == 2 and r.scores["recipient.sector"].tp == 1
    assert "recipient.country" not in r.scores or r.scores["recipient.country"].fp == 0
    assert r.skipped == {"country not scored: gold code 'ITL' is not ISO 3166-1 alpha-3 or IGO": 1,
                         "country not scored: gold code 'XYZ' is not ISO 3166-1 alpha-3 or IGO": 1}
    # IGO and real ISO codes are scored as before
    igo = [GSR[0], {**GSR[1], "source": [{"actorText": "the UN", "code": "IGO", "sector": "IGO"}]}]
    r = run("plover-gsr", write(tmp_path / "igo.json", json.dumps(igo)), ontology, found)
    assert r.skipped == {} and (r.scores["actor.country"].fp, r.scores["actor.country"].fn) == (1, 1)


# -- petrarch-xml ----------------------------------------------------------------
PETR = """<Validation>
<Sentences>
<!-- a comment with <Sentence id="NOT-A-RECORD"> inside -->
<Sentence date="19950101" id="T-01" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="190"></EventCoding>
<Text>
Arnor troops attacked
Gondor on Monday.
</Text>
</Sentence>
<Sentence date='19950102' id='T-02' category='DEMO'/>
<EventCoding noevents = "True"></EventCoding>
<Text>The weather in Arnor was mild.</Text>
</Sentence>
<Sentence date="19950103" id="T-03" category="DEMO">
<EventCoding error="dateline"></EventCoding>
<Text>ARNOR, Jan 3 (Reuters)</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_petrarch_xml(tmp_path, ontology):
    path = write(tmp_path / "unit.xml", PETR)

    def perfect(doc):
        if doc.doc_id == "T-01":
            assert doc.text == "Arnor troops attacked Gondor on Monday."   # lines joined
            assert doc.published == "1995-01-01"
            return {"events": [event(doc, "attacked", "ASSAULT", cameo="190")]}
        return {"events": []}

    r = run("petrarch-xml", path, ontology, perfect)
    assert r.records == 2                              # T-03 is an input-error test: skipped
    assert sum(r.skipped.values()) == 1
    assert r.scores["event"].f1 == 1.0
    assert r.accuracies["cameo_root"].accuracy == 1.0
    assert r.accuracies["no_event"].accuracy == 1.0

    def spurious(doc):
        return {"events": [event(doc, "weather" if doc.doc_id == "T-02" else "attacked", "PROTEST")]}

    r = run("petrarch-xml", path, ontology, spurious)
    # T-01: gold ASSAULT missed (fn) and PROTEST not in gold (fp); T-02: PROTEST where no event may be (fp)
    assert (r.scores["event"].tp, r.scores["event"].fp, r.scores["event"].fn) == (0, 2, 1)
    assert r.accuracies["no_event"].accuracy == 0.0


# -- case-tsv ----------------------------------------------------------------
CASE = "id\tEventSnippet\tSubType\n1\tStudents marched in Dhaka.\tPEACE_PROTEST\n" \
       "2\tPolice arrested ten men.\tARREST\n3\tA gang smuggled drugs.\tORG_CRIME\n"


def test_case_tsv(tmp_path, ontology):
    path = write(tmp_path / "case.tsv", CASE)
    types = {"1": ("marched", "PROTEST", "Peaceful protest"), "2": ("arrested", "COERCE", "Arrests")}

    def perfect(doc):
        if doc.doc_id not in types:
            return {"events": []}
        word, etype, sub = types[doc.doc_id]
        return {"events": [event(doc, word, etype, sub_event_type=sub)]}

    r = run("case-tsv", path, ontology, perfect)
    assert r.tables["sub_event_type"].macro_f1 == 1.0
    assert r.accuracies["label"].accuracy == 1.0       # no type for ORG_CRIME is right
    empty = run("case-tsv", path, ontology, nothing)
    assert empty.tables["sub_event_type"].micro.recall == 0.0
    assert empty.accuracies["label"].accuracy == pytest.approx(1 / 3)

    def swapped(doc):
        if doc.doc_id == "1":
            return {"events": [event(doc, "marched", "PROTEST", sub_event_type="Arrests")]}
        return perfect(doc)

    r = run("case-tsv", path, ontology, swapped)
    # Peaceful protest: fn 1 -> F1 0; Arrests: tp 1, fp 1 -> F1 2/3; macro = 1/3
    assert r.tables["sub_event_type"].macro_f1 == pytest.approx(1 / 3)


def test_case_tsv_bad_row_and_bad_header(tmp_path, ontology):
    path = write(tmp_path / "case.tsv", CASE + "4\tonly two fields\n5\tSomething.\tNOT_A_LABEL\n")
    r = run("case-tsv", path, ontology, nothing)
    assert r.records == 3 and r.bad_records == 2
    assert r.bad[0].endswith("case.tsv:5: 2 fields, expected 3")
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\ttext\tlabel\n1\tx\tARREST\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="bad.tsv:1"):
        list(FORMATS["case-tsv"].load(bad))


# -- event-location ----------------------------------------------------------------
def _prodigy(text, verb, locations, *, answer="accept", wrong_offsets=False):
    spans = [{"start": text.index(verb), "end": text.index(verb) + len(verb), "label": "VERB"}]
    for loc in locations:
        start = 0 if wrong_offsets else text.index(loc)
        spans.append({"start": start, "end": start, "label": "LOCATION", "text": loc} if wrong_offsets
                     else {"start": start, "end": start + len(loc), "label": "LOCATION"})
    return json.dumps({"text": text, "spans": spans, "tokens": [], "answer": answer})


def test_event_location(tmp_path, ontology):
    path = tmp_path / "loc.jsonl"
    lines = [
        _prodigy("Protesters marched in Tbilisi on Monday.", "marched", ["Tbilisi"]),
        _prodigy("Police in Yerevan said a bomb exploded in Gyumri.", "exploded", ["Gyumri"], wrong_offsets=True),
        _prodigy("The minister resigned.", "resigned", []),
        _prodigy("Ignored record.", "Ignored", [], answer="reject"),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def perfect(doc):
        t = doc.text
        if "marched" in t:
            return {"events": [event(doc, "marched", "PROTEST", location=place(t, "Tbilisi"))]}
        if "exploded" in t:
            return {"events": [event(doc, "exploded", "ASSAULT", location=place(t, "Gyumri"))]}
        return {"events": [event(doc, "resigned", "CONCEDE")]}

    r = run("event-location", path, ontology, perfect)
    assert r.records == 3 and sum(r.skipped.values()) == 1
    assert r.scores["location"].f1 == 1.0
    assert r.accuracies["event found"].accuracy == 1.0
    assert r.accuracies["no location"].accuracy == 1.0

    def announced_place(doc):
        if "exploded" in doc.text:     # where it was announced, not where it happened
            return {"events": [event(doc, "exploded", "ASSAULT", location=place(doc.text, "Yerevan"))]}
        return nothing(doc)

    r = run("event-location", path, ontology, announced_place)
    # record 1: no event (fn); record 2: wrong place (fp + fn); record 3: nothing where nothing is due
    assert (r.scores["location"].tp, r.scores["location"].fp, r.scores["location"].fn) == (0, 1, 2)
    assert r.accuracies["event found"].accuracy == pytest.approx(1 / 3)
    empty = run("event-location", path, ontology, nothing)
    assert empty.scores["location"].recall == 0.0


def test_event_location_finds_the_event_restated_at_the_gold_verb(tmp_path, ontology):
    path = tmp_path / "loc.jsonl"
    path.write_text(_prodigy("The army launched an offensive in Idlib, targeting the town.", "targeting",
                             ["Idlib"]) + "\n", encoding="utf-8")

    def restated(doc):
        ev = event(doc, "launched", "ASSAULT", location=place(doc.text, "Idlib"))
        return {"events": [ev.model_copy(update={"restatements": [span(doc.text, "targeting")]})]}

    def elsewhere(doc):
        return {"events": [event(doc, "launched", "ASSAULT", location=place(doc.text, "Idlib"))]}

    assert run("event-location", path, ontology, restated).accuracies["event found"].accuracy == 1.0
    assert run("event-location", path, ontology, elsewhere).accuracies["event found"].accuracy == 0.0


# -- geo-xml ----------------------------------------------------------------
GEO = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="a1">
    <dltime>2009-03-20 12:24:52</dltime>
    <text><![CDATA[Fire in Alexandria. Crews came from Pineville and Boyce.]]></text>
    <toponyms>
      <toponym><start>8</start><end>18</end><phrase>Alexandria</phrase>
        <gaztag geonameid="4314550"><name>Alexandria</name><lat>31.3113</lat><lon>-92.4451</lon>
        <country geonameid="6252001">United States</country></gaztag></toponym>
      <toponym><start>36</start><end>45</end><phrase>Pineville</phrase>
        <gaztag geonameid="4338012"><name>Pineville</name><lat>31.0</lat><lon>-92.0</lon>
        <country geonameid="6252001">United States</country></gaztag></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_geo_xml(tmp_path, ontology):
    path = write(tmp_path / "lgl.xml", GEO)

    def predict(doc):
        t = doc.text
        assert doc.published == "2009-03-20"
        return {"events": [], "places": [
            place(t, "Alexandria", geonameid=4314550, country="USA"),             # no coordinates, same id: 0 km
            place(t, "Pineville", geonameid=1, lat=31.0, lon=-91.0, country="USA"),  # 1 degree of longitude east
            place(t, "Boyce", geonameid=2, lat=31.0, lon=-92.0, country="USA"),      # not in the gold
        ]}

    r = run("geo-xml", path, ontology, predict)
    assert (r.scores["toponym"].tp, r.scores["toponym"].fp, r.scores["toponym"].fn) == (2, 1, 0)
    assert r.accuracies["geonameid"].accuracy == 0.5
    assert r.accuracies["country"].accuracy == 1.0
    # 1 degree of longitude at 31 N: 111.195 * cos(31 deg) = 95.3 km, within 161 km
    assert sorted(r.distances.km) == [0.0, pytest.approx(95.31, abs=0.05)]
    assert r.distances.accuracy_at_threshold == 1.0
    assert r.misses[0].why == "wrong place in the right country"
    empty = run("geo-xml", path, ontology, nothing)
    assert empty.scores["toponym"].recall == 0.0
    assert empty.accuracies["geonameid (all gold)"].accuracy == 0.0


def test_geo_xml_broken_file_names_the_line(tmp_path):
    path = write(tmp_path / "broken.xml", "<articles>\n<article docid='x'>\n<text>a</tex>\n</article></articles>\n")
    with pytest.raises(GoldFormatError, match=r"broken.xml:3: not well-formed XML"):
        list(FORMATS["geo-xml"].load(path))


# -- timeml ----------------------------------------------------------------
TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>doc1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" functionInDocument="CREATION_TIME">02/27/98</TIMEX3></DCT>
<TEXT>
Talks began <TIMEX3 tid="t1" type="DATE" value="1998-02-20">last Friday</TIMEX3> and lasted <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> &amp; more; a vote is due in <TIMEX3 tid="t3" type="DATE" value="1998-03">March</TIMEX3>.
</TEXT>
</TimeML>
"""


def _date(text, words, value, precision):
    return EventDate(value=value, earliest=None, latest=None, time_precision=precision, span=span(text, words))


def test_timeml(tmp_path, ontology):
    folder = tmp_path / "tb"
    folder.mkdir()
    (folder / "doc1.tml").write_text(TML, encoding="utf-8")

    def perfect(doc):
        t = doc.text
        assert doc.published == "1998-02-27" and "&" in t and "<" not in t
        return {"events": [], "dates": [_date(t, "last Friday", "1998-02-20", "day"), _date(t, "March", "1998-03", "month")]}

    r = run("timeml", folder, ontology, perfect)
    assert r.scores["timex"].f1 == 1.0
    assert r.accuracies["value"].accuracy == 1.0 and r.accuracies["precision"].accuracy == 1.0
    assert sum(r.skipped.values()) == 1                      # the DURATION

    def wrong_year(doc):
        t = doc.text
        return {"events": [], "dates": [_date(t, "March", "1997-03", "month"), _date(t, "two weeks", "1998-02", "month")]}

    r = run("timeml", folder, ontology, wrong_year)
    # 'last Friday' missed (fn); 'March' found, wrong value, right precision; the date on the DURATION is ignored
    assert (r.scores["timex"].tp, r.scores["timex"].fp, r.scores["timex"].fn) == (1, 0, 1)
    assert r.accuracies["value"].accuracy == 0.0 and r.accuracies["precision"].accuracy == 1.0
    empty = run("timeml", folder, ontology, nothing)
    assert empty.scores["timex"].recall == 0.0


TML_PART = TML.replace('value="1998-03">March', 'value="1998-03" mod="END">late March')


def test_timeml_a_part_of_a_month_is_scored_as_the_part_its_mod_names(tmp_path, ontology):
    # TIMEX3 mod END: "late March" is a part of 1998-03; our range inside it is right (dotterel.date_parts)
    folder = tmp_path / "tb"
    folder.mkdir()
    (folder / "doc1.tml").write_text(TML_PART, encoding="utf-8")

    def part(inside, *, month="03", first="21"):
        def predict(doc):
            t = doc.text
            late = EventDate(value=None, earliest=f"1998-{month}-{first}",
                             latest=f"1998-{month}-{'31' if inside else '28'}" if first == "21" else f"1998-{month}-10",
                             time_precision="range", span=span(t, "late March"))
            return {"events": [], "dates": [_date(t, "last Friday", "1998-02-20", "day"), late]}
        return predict

    r = run("timeml", folder, ontology, part(True))
    assert r.accuracies["value"].accuracy == 1.0 and r.accuracies["precision"].accuracy == 1.0
    r = run("timeml", folder, ontology, part(False, month="02"))  # the end of the wrong month: right precision only
    assert r.accuracies["value"].accuracy == 0.5 and r.accuracies["precision"].accuracy == 1.0
    # the wrong part of the right month: "late March" (mod END) read as 1-10 March is a wrong value, as is the
    # whole-month-long range read as a part
    r = run("timeml", folder, ontology, part(True, first="01"))
    assert r.accuracies["value"].accuracy == 0.5 and r.accuracies["precision"].accuracy == 1.0


# -- india-police ----------------------------------------------------------------
def _india(folder: Path):
    folder.mkdir()
    s0 = "ahmedabad: police arrested 5 men on friday."
    s1 = "the vhpâ€™s bandh was peaceful."
    docs = [{"doc_id": 7, "doc_text": f"{s0} {s1}", "doc_labels": ["ARREST", "ANY_ACTION"]}]
    sents = [{"doc_id": 7, "sent_id": 0, "sent_text": s0, "sent_labels": ["ARREST", "ANY_ACTION"]},
             {"doc_id": 7, "sent_id": 1, "sent_text": s1, "sent_labels": []}]
    (folder / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    (folder / "sents.jsonl").write_text("".join(json.dumps(d) + "\n" for d in sents), encoding="utf-8")
    (folder / "metadata.jsonl").write_text(json.dumps({"doc_id": 7, "date": "2002-03-10"}) + "\n", encoding="utf-8")
    return folder / "docs.jsonl"


def test_india_police(tmp_path, ontology):
    path = _india(tmp_path / "india")

    def perfect(doc):
        assert "vhp's" in doc.text and "â€" not in doc.text      # mojibake repaired (ftfy uncurls quotes)
        assert doc.published == "2002-03-10"
        return {"events": [event(doc, "arrested", "COERCE", mode="arrest", actor_=actor(None, "COP"))]}

    r = run("india-police", path, ontology, perfect)
    for level in ("sentence", "document"):
        assert r.tables[level].classes["ARREST"].f1 == 1.0
        assert r.tables[level].classes["ANY_ACTION"].f1 == 1.0
        assert r.tables[level].classes["KILL"].f1 is None       # no gold, no prediction
    assert r.tables["sentence"].classes["ARREST"].tp == 1 and r.tables["sentence"].classes["ARREST"].fp == 0

    def in_wrong_sentence(doc):
        # a police assault in the second sentence: FORCE false alarm there, ARREST missed in the first
        return {"events": [event(doc, "bandh", "ASSAULT", actor_=actor("IND", "COP"))]}

    r = run("india-police", path, ontology, in_wrong_sentence)
    sent = r.tables["sentence"].classes
    assert (sent["ARREST"].fn, sent["FORCE"].fp, sent["ANY_ACTION"].fp, sent["ANY_ACTION"].fn) == (1, 1, 1, 1)
    assert r.tables["document"].classes["ANY_ACTION"].tp == 1  # the document does have a police action
    empty = run("india-police", path, ontology, nothing)
    assert empty.tables["sentence"].micro.recall == 0.0


def test_india_police_needs_both_files(tmp_path):
    folder = tmp_path / "lonely"
    folder.mkdir()
    (folder / "docs.jsonl").write_text(json.dumps({"doc_id": 1, "doc_text": "x", "doc_labels": []}) + "\n")
    with pytest.raises(GoldFormatError, match="needs sents.jsonl"):
        list(FORMATS["india-police"].load(folder / "docs.jsonl"))


# -- dotterel-cases ----------------------------------------------------------------
CASES = [
    {"id": "c1", "pub_date": "2024-05-01", "text": "Police detained 27 protesters in Tbilisi on Tuesday.",
     "expected_events": [{"type": "COERCE (arrest) [CAMEO 173]", "source_actor": "GEO police",
                          "target_actor": "GEO protesters", "location": "Tbilisi (outside parliament)",
                          "country": "GEO", "date": "2024-04-30",
                          "counts": {"arrested": {"value": 27, "min": None, "max": None}},
                          "attributed_to": "author"}],
     "expect_no_event": False},
    {"id": "c2", "pub_date": "2024-05-01", "text": "Parliament meets in a domed building.",
     "expected_events": [], "expect_no_event": True},
]


def test_dotterel_cases(tmp_path, ontology):
    path = write(tmp_path / "cases.jsonl", "".join(json.dumps(c) + "\n" for c in CASES))

    def perfect(doc):
        if doc.doc_id == "c2":
            return {"events": []}
        t = doc.text
        return {"events": [event(doc, "detained", "COERCE", mode="arrest", cameo="173",
                                 actor_=actor("GEO", "COP"), recipient=actor("GEO", "CVL"),
                                 location=place(t, "Tbilisi", geonameid=611717, country="GEO"),
                                 date=EventDate(value="2024-04-30", earliest="2024-04-30", latest="2024-04-30",
                                                time_precision="day"),
                                 counts=[count(doc, "27", "arrested", best=27)])]}

    r = run("dotterel-cases", path, ontology, perfect)
    for name in ("event", "mode", "actor.country", "actor.sector", "recipient.country", "recipient.sector",
                 "location", "location.country", "date", "counts", "claimant"):
        assert r.scores[name].f1 == 1.0, name
    assert r.accuracies["no_event"].accuracy == 1.0 and r.accuracies["cameo_root"].accuracy == 1.0
    empty = run("dotterel-cases", path, ontology, nothing)
    assert empty.scores["event"].recall == 0.0


def test_detect_refuses_unknown_files(tmp_path):
    path = write(tmp_path / "notes.txt", "just some notes\n")
    with pytest.raises(GoldFormatError, match="not a gold format dotterel knows"):
        detect(path)
    with pytest.raises(GoldFormatError, match="no such file"):
        detect(tmp_path / "missing.json")


def test_india_police_diagnostic_without_police_actor(tmp_path, ontology):
    path = _india(tmp_path / "india")

    def passive(doc):   # "5 men were arrested": the event is there, the police actor is not
        return {"events": [event(doc, "arrested", "COERCE", mode="arrest")]}

    r = run("india-police", path, ontology, passive)
    assert r.tables["sentence"].classes["ARREST"].fn == 1
    assert r.tables["sentence, any actor (diagnostic)"].classes["ARREST"].tp == 1
    assert "ANY_ACTION" not in r.tables["sentence, any actor (diagnostic)"].classes


def test_india_police_kill_rule():
    from dotterel.evaluate.formats.india_police import predicts
    from dotterel.records import Document

    doc = Document(doc_id="k", text="police fired and killed two rioters.")
    killed = event(doc, "fired", "ASSAULT", mode="firearms", actor_=actor("IND", "COP"),
                   counts=[count(doc, "two", "killed", best=2)])
    wounded = event(doc, "fired", "ASSAULT", mode="firearms", actor_=actor("IND", "COP"))
    executed = event(doc, "killed", "ASSAULT", mode="execute", actor_=actor("IND", "COP"))
    by_mob = event(doc, "killed", "ASSAULT", mode="execute", actor_=actor("IND", "CVL"))
    assert [predicts(e, "KILL") for e in (killed, wounded, executed, by_mob)] == [True, False, True, False]
    assert [predicts(e, "FORCE") for e in (killed, wounded, by_mob)] == [True, True, False]
    assert predicts(by_mob, "KILL", police=False)
    with pytest.raises(ValueError, match="unknown IndiaPoliceEvents label"):
        predicts(killed, "FAIL")


@pytest.mark.parametrize("chunk", [2, 7, 65536])
def test_json_array_is_read_item_by_item(tmp_path, chunk):
    from dotterel.evaluate.formats._io import iter_json_array

    path = write(tmp_path / "a.json", '  [ {"a": [1, 2]} ,\n "x", 12345 ]\n')
    assert [item for _i, item in iter_json_array(path, chunk_size=chunk)] == [{"a": [1, 2]}, "x", 12345]
    for text, message in (("[1, 2", r"a.json:1: expected ',' or '\]'"), ('{"a": 1}', "expected a JSON array"),
                          ("[1,\n2,\n{bad}]", r"a.json:3: not valid JSON")):
        write(path, text)
        with pytest.raises(GoldFormatError, match=message):
            list(iter_json_array(path, chunk_size=chunk))


def test_india_police_kill_rule_takes_a_toll_with_no_figure():
    """A killed count with no figure (victims in the plural, dates24) still says police killed people."""
    from dotterel.evaluate.formats.india_police import predicts
    from dotterel.records import Document

    doc = Document(doc_id="k", text="police fired and killed rioters.")
    plural = count(doc, "rioters", "killed").model_copy(update={"vague": "rioters", "approximate": True})
    fired = event(doc, "fired", "ASSAULT", mode="firearms", actor_=actor("IND", "COP"), counts=[plural])
    none = event(doc, "fired", "ASSAULT", mode="firearms", actor_=actor("IND", "COP"),
                 counts=[count(doc, "rioters", "killed", best=0)])
    assert [predicts(e, "KILL") for e in (fired, none)] == [True, False]
