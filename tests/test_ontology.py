"""Tests for dotterel.ontology and data/plover.json.

Offline and fast. Tests marked "shared" read the read-only sample data in the
``shared`` folder beside the repository and skip with a reason when it is
absent.
"""

from __future__ import annotations

import csv
import gzip
import json
import pathlib
import re

import pytest

from dotterel.ontology import Ontology, OntologyError

SHARED = pathlib.Path(__file__).resolve().parents[1].parent / "shared"
TABLE_2021 = SHARED / "gold" / "plover" / "CAMEO2PLOVER-2021.txt"
GSR = SHARED / "gold" / "plover" / "PLOVER_GSR_examples.json"
CASES = SHARED / "cases" / "cases.jsonl"
NGEC = SHARED / "gold" / "ngec_synthetic" / "gpt_synthetic_events_2023-10-19_19.csv.gz"

PLOVER_16 = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology.load()


def _need(path: pathlib.Path) -> None:
    if not path.exists():
        pytest.skip(f"../shared is absent ({path} not found): shared-data tests skipped")


# ---------------------------------------------------------------- types


def test_exactly_16_types(onto):
    assert sorted(onto.event_types) == sorted(PLOVER_16)
    assert len(onto.event_types) == 16


@pytest.mark.parametrize(
    ("event_type", "quad"),
    [
        ("AGREE", "verbal cooperation"),
        ("CONCEDE", "verbal cooperation"),
        ("RETREAT", "material cooperation"),
        ("REQUEST", "verbal conflict"),
        ("THREATEN", "verbal conflict"),
        ("SANCTION", "material conflict"),
        ("ASSAULT", "material conflict"),
    ],
)
def test_quad_class(onto, event_type, quad):
    assert onto.quad_class(event_type) == quad


def test_quad_code(onto):
    assert onto.quad_code("CONSULT") == 1
    assert onto.quad_code("ASSAULT") == 4


def test_unknown_type_raises(onto):
    with pytest.raises(OntologyError):
        onto.cameo_for("RIOT", None)
    with pytest.raises(ValueError):  # OntologyError is a ValueError
        onto.quad_class("NOPE")
    with pytest.raises(OntologyError):
        onto.acled_for("", "demo")


def test_unknown_mode_raises(onto):
    with pytest.raises(OntologyError, match="not a mode of PROTEST"):
        onto.cameo_for("PROTEST", "firearms")
    with pytest.raises(OntologyError):
        onto.acled_for("AGREE", "demo")


def test_is_mode_and_context(onto):
    assert onto.is_mode("PROTEST", "demo")
    assert onto.is_mode("ASSAULT", "crowd-control")
    assert not onto.is_mode("PROTEST", "demo-org")  # an alias, not a mode
    assert not onto.is_mode("NOPE", "demo")
    assert onto.is_context("political_institutions")
    assert onto.is_context("historical")
    assert not onto.is_context("refugees")
    assert onto.canonical_context("refugees") == "migration"
    assert onto.canonical_context("pandemic") == "disease"
    assert onto.canonical_context("nonsense") is None


def test_aliases(onto):
    assert onto.canonical_type("demand") == "REQUEST"
    assert onto.canonical_type("FIGHT") == "ASSAULT"
    assert onto.canonical_mode("DISAPPROVE", None) == "disapprove"
    assert onto.canonical_mode("PROTEST", "demo-org") == "demo"
    assert onto.canonical_mode("ASSAULT", "PRIMATIVE") == "primitive"
    assert onto.canonical_mode("COERCE", "SIEZE") == "seize"
    assert onto.canonical_mode("ASSAULT", "sideab") == "sideAB"
    assert onto.canonical_mode("ASSAULT", "") is None


# ---------------------------------------------------------------- CAMEO


@pytest.mark.parametrize(
    ("event_type", "mode", "code"),
    [
        ("PROTEST", "demo", "141"),
        ("PROTEST", "riot", "145"),
        ("ASSAULT", "abduct", "181"),
        ("ASSAULT", "crowd-control", "175"),
        ("ACCUSE", "disapprove", "111"),
        ("ACCUSE", "investigate", "090"),
        ("COERCE", "arrest", "173"),
        ("SANCTION", "discontinue", "162"),
        ("THREATEN", "violence", "137"),
        ("ASSAULT", None, "180"),
        ("PROTEST", None, "140"),
        ("MOBILIZE", "militia", "150"),  # no CAMEO equivalent: the type's code
    ],
)
def test_cameo_for(onto, event_type, mode, code):
    assert onto.cameo_for(event_type, mode) == code


def test_request_uses_appeal_unless_demand(onto):
    assert onto.cameo_for("REQUEST", "assist").startswith("02")
    assert onto.cameo_for("REQUEST", "assist") == "021"
    assert onto.cameo_for("REQUEST", "change", demand=True) == "104"
    assert onto.cameo_for("REQUEST", None, demand=True) == "100"
    assert onto.cameo_for("REQUEST", None) == "020"


def test_best_cameo_rule_recomputed(onto):
    """The stored best codes follow decisions['best-cameo'] exactly."""
    by_pair: dict[tuple[str, str | None], list[str]] = {}
    for e in onto.crosswalk.values():
        by_pair.setdefault((e.type, e.mode), []).append(e.cameo)

    def modes_in_cue(cue: str) -> set[str]:
        return {e.mode for e in onto.crosswalk.values() if e.cameo[:2] == cue and e.mode}

    def best(codes: list[str]) -> str:
        kept = [c for c in codes if not (len(c) == 3 and c.endswith("0") and len(modes_in_cue(c[:2])) > 1)]
        return min(kept or codes, key=lambda c: (len(c), int(c)))

    checked = 0
    for name, td in onto.event_types.items():
        for mname, md in td.modes.items():
            if md.cameo_rule == "crosswalk":
                assert md.cameo == best(by_pair[(name, mname)]), (name, mname)
                checked += 1
            elif md.cameo_rule == "none":
                assert (name, mname) not in by_pair and md.cameo is None
            else:
                assert md.cameo_note
    assert checked > 40


def test_plover_for_cameo(onto):
    assert onto.plover_for_cameo("1412") == ("PROTEST", "demo", ["executive"])
    assert onto.plover_for_cameo("190")[0] == "ASSAULT"
    assert onto.plover_for_cameo("0234") == ("REQUEST", "assist", ["peacekeeping"])
    assert onto.plover_for_cameo("175")[:2] == ("ASSAULT", "crowd-control")


def test_plover_for_cameo_falls_back_along_hierarchy(onto):
    assert onto.plover_for_cameo("1419") == onto.plover_for_cameo("141")  # not a CAMEO code: parent
    assert onto.plover_for_cameo("147") == ("PROTEST", None, [])  # -> cue category 14
    assert onto.plover_for_cameo("14") == ("PROTEST", None, [])
    assert onto.plover_for_cameo("09") == ("ACCUSE", "investigate", [])
    assert onto.plover_for_cameo("016") is None  # 01 statements are dropped by PLOVER
    assert onto.plover_for_cameo("089") is None  # bare 08 is CONCEDE or RETREAT
    assert onto.plover_for_cameo("21") is None
    for bad in ("1", "14a", "12345", ""):
        with pytest.raises(OntologyError):
            onto.plover_for_cameo(bad)


def test_decision_163_is_sanction(onto):
    t, m, ctx = onto.plover_for_cameo("163")
    assert (t, m) == ("SANCTION", "discontinue")
    assert "economic" in ctx
    entry = onto.crosswalk["163"]
    assert entry.table == {"type": "COERCE", "mode": "restrict", "contexts": ["diplomatic"]}
    assert "cameo-163" in onto.decisions and onto.decisions["cameo-163"].reason


def test_every_crosswalk_target_exists(onto):
    assert len(onto.crosswalk) > 250
    for code, e in onto.crosswalk.items():
        assert e.type in onto.event_types, code
        assert e.mode is None or onto.is_mode(e.type, e.mode), code
        assert all(onto.is_context(c) for c in e.contexts), code
        assert re.fullmatch(r"\d{3,4}", code)


def test_every_mode_cameo_maps_back(onto):
    """A mode's crosswalk code reads back as that very (type, mode)."""
    for name, td in onto.event_types.items():
        for mname, md in td.modes.items():
            if md.cameo_rule == "crosswalk":
                assert onto.plover_for_cameo(md.cameo)[:2] == (name, mname)


# ---------------------------------------------------------------- ACLED


def test_acled_for(onto):
    assert onto.acled_for("PROTEST", "demo") == ("Protests", "Peaceful protest")
    assert onto.acled_for("COERCE", "arrest") == ("Strategic developments", "Arrests")
    assert onto.acled_for("PROTEST", "riot") == ("Riots", "Violent demonstration")
    assert onto.acled_for("ASSAULT", "abduct") == ("Violence against civilians", "Abduction/forced disappearance")
    assert onto.acled_for("ASSAULT", "aerial") == ("Explosions/Remote violence", "Air/drone strike")
    # No fallback where the pair alone does not decide it.
    assert onto.acled_for("ASSAULT", "firearms") is None
    assert onto.acled_for("PROTEST", "strike") is None
    assert onto.acled_for("AGREE", None) is None


def test_acled_disorder_and_inter(onto):
    assert onto.acled_disorder_type("Peaceful protest") == "Demonstrations"
    assert onto.acled_disorder_type("Armed clash") == "Political violence"
    assert onto.acled_disorder_type("Arrests") == "Strategic developments"
    with pytest.raises(OntologyError):
        onto.acled_disorder_type("Picnic")
    assert onto.acled_inter == {
        1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
        5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
    }
    assert onto.acled_inter_for("MIL") == 1
    assert onto.acled_inter_for("COP") == 1
    assert onto.acled_inter_for("REB") == 2
    assert onto.acled_inter_for("INS") == 2  # legacy CAMEO code -> REB
    assert onto.acled_inter_for("CVL") == 7
    assert onto.acled_inter_for("OPP") is None  # protester or party: not fixed by sector
    assert onto.acled_inter_for(None) is None


def test_case2021_labels(onto):
    assert onto.acled_sub_event_for_label("PEACE_PROTEST") == "Peaceful protest"
    assert onto.acled_sub_event_for_label("ARREST") == "Arrests"
    assert onto.acled_sub_event_for_label("ORG_CRIME") is None


# ---------------------------------------------------------------- sectors


def test_sectors(onto):
    for code in ["GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "REB", "CVL", "JRN",
                 "MED", "BUS", "NGO", "IGO", "LAB", "EDU", "REL", "CRM", "UAF", "REF", "AGR",
                 "ELI", "INS", "HLH", "PRM", "SOC"]:
        assert onto.sectors[code], code
    assert onto.canonical_sector("eli") == "CVL"
    assert onto.canonical_sector("HLH") == "MED"
    assert onto.canonical_sector("GOV") == "GOV"
    assert onto.canonical_sector("XYZ") is None


# ---------------------------------------------------------------- loading


def test_bad_data_raises_ontology_error(onto):
    with pytest.raises(OntologyError, match="not valid JSON"):
        Ontology.from_json("{")
    raw = json.loads(Ontology.load()._data.model_dump_json())
    raw["crosswalk"][0]["mode"] = "no-such-mode"
    with pytest.raises(OntologyError, match="invalid"):
        Ontology.from_json(json.dumps(raw))


def test_mappings_are_read_only(onto):
    with pytest.raises(TypeError):
        onto.event_types["X"] = None  # type: ignore[index]


# ---------------------------------------------------------------- shared data


@pytest.mark.shared
def test_every_2021_table_code_is_in_crosswalk(onto):
    _need(TABLE_2021)
    codes = set()
    for line in TABLE_2021.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):", line)
        if m:
            codes.add(m.group(1))
    assert len(codes) > 250
    cue = onto._data.cue_categories
    for code in sorted(codes):
        if len(code) == 2:
            assert code in cue, code
        else:
            assert code in onto.crosswalk, code
            assert onto.crosswalk[code].source == "cameo2plover-2021", code


@pytest.mark.shared
def test_2021_table_values_kept_unless_documented(onto):
    """Entries we changed keep the table's original values in ``table``."""
    _need(TABLE_2021)
    for line in TABLE_2021.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([^#]*)", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        e = onto.crosswalk[m.group(1)]
        table_type, table_mode = parts[0], (parts[1] or None)
        if e.table is None:
            assert (e.type, e.mode) == (table_type, table_mode), m.group(1)
        else:
            assert (e.table["type"], e.table["mode"]) == (table_type, table_mode)
            assert e.note


@pytest.mark.shared
def test_gold_gsr_modes_and_types_resolve(onto):
    _need(GSR)
    records = json.loads(GSR.read_text(encoding="utf-8"))
    seen = 0
    for r in records[1:]:
        t = onto.canonical_type(r["event"])
        assert t is not None, r["event"]
        mode = r.get("mode") or None
        if mode:
            assert onto.canonical_mode(r["event"], mode) is not None, (r["event"], mode)
            seen += 1
        for s in r.get("source", []) + r.get("target", []):
            if s.get("sector"):
                assert s["sector"] in onto.sectors, s["sector"]
    assert seen >= 4


@pytest.mark.shared
def test_cases_cameo_codes_agree_with_types(onto):
    _need(CASES)
    pat = re.compile(r"^([A-Z]+)(?: \(([^)]*)\))? \[CAMEO (\d+)\]")
    checked = 0
    for line in CASES.read_text(encoding="utf-8").splitlines():
        for ev in json.loads(line)["expected_events"]:
            m = pat.match(ev["type"])
            if not m:
                continue
            t, mode, code = m.groups()
            got = onto.plover_for_cameo(code)
            assert got is not None and got[0] == t, (ev["type"], got)
            if mode and onto.is_mode(t, mode):
                assert got[1] == mode or onto.cameo_for(t, mode) == code, ev["type"]
            checked += 1
    assert checked >= 20


@pytest.mark.shared
def test_ngec_synthetic_labels_resolve(onto):
    _need(NGEC)
    pairs = set()
    with gzip.open(NGEC, "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            pairs.add((row["label"], row["mode"]))
    assert len(pairs) > 60
    for label, mode in pairs:
        assert label in onto.event_types, label
        if mode:
            assert onto.canonical_mode(label, mode) is not None, (label, mode)


# -- the per-type profile: one home for on-the-ground, figures, colour and stacking order ----------------------
def test_type_profiles_hold_the_per_type_facts():
    from dotterel.ontology import Ontology

    onto = Ontology.load()
    assert {t for t in onto.event_types if onto.on_the_ground(t)} == {
        "PROTEST", "ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"}
    # a crowd size goes to the protest before the mobilisation before the assault; a toll to the assault
    assert [onto.count_rank(t, "participants") for t in ("PROTEST", "MOBILIZE", "ASSAULT")] == [0, 1, 2]
    assert [onto.count_rank(t, "killed") for t in ("ASSAULT", "PROTEST")] == [0, 1]
    assert onto.count_rank("COERCE", "arrested") == 0
    assert onto.count_rank("CONSULT", "killed") is None and onto.count_rank("NOPE", "killed") is None
    order = onto.types_in_timeline_order()
    assert len(order) == 16 and set(order) == set(onto.event_types) and order[-1] == "ASSAULT"
    assert onto.profile("PROTEST").colour == "#e69f00"


def test_a_bad_type_profile_fails_at_load():
    import json
    from importlib import resources

    from dotterel.ontology import Ontology, OntologyError

    data = json.loads(resources.files("dotterel").joinpath("data/plover.json").read_text("utf-8"))
    data["event_types"]["PROTEST"]["profile"]["count_kinds"]["martyrs"] = 0
    with pytest.raises((OntologyError, ValueError), match="unknown count kinds"):
        Ontology.from_json(json.dumps(data))
    data["event_types"]["PROTEST"]["profile"]["count_kinds"].pop("martyrs")
    data["event_types"]["PROTEST"]["profile"]["timeline_order"] = 0
    with pytest.raises((OntologyError, ValueError), match="timeline_order"):
        Ontology.from_json(json.dumps(data))


def test_the_profile_decides_where_an_event_is_placed(coder):
    """A type that is not on the ground gets no place from its sentence: the stage reads the profile."""
    import json
    from importlib import resources

    from dotterel.coder import Coder
    from dotterel.ontology import Ontology

    text = "MINSK (Reuters) - Thousands of people marched on Sunday against the government."
    [before] = [e for e in coder.code(text, published="2020-08-17") if e.event_type == "PROTEST"]
    assert (before.location.name, before.location.rule) == ("Minsk", "dateline")
    data = json.loads(resources.files("dotterel").joinpath("data/plover.json").read_text("utf-8"))
    data["event_types"]["PROTEST"]["profile"]["on_the_ground"] = False
    other = Coder(nlp=coder.nlp, gazetteer=coder.gazetteer, kb=coder.kb, ontology=Ontology.from_json(json.dumps(data)))
    [after] = [e for e in other.code(text, published="2020-08-17") if e.event_type == "PROTEST"]
    assert after.location is None
