"""The pipeline seams: stage order checks, the registry, PipelineConfig, and a detector plugged in by config."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from dotterel.errors import PipelineError
from dotterel.pipeline import DEFAULT_STAGES, PipelineConfig, StageRegistry, check_order

from conftest import source_nodes

SRC = Path(__file__).resolve().parents[1] / "src" / "dotterel"


class _Stage:
    def __init__(self, name, requires=(), provides=()):
        self.name, self.requires, self.provides = name, tuple(requires), tuple(provides)

    def __call__(self, ctx):
        pass


def test_check_order_names_the_missing_slot_and_the_stage_that_provides_it():
    early = _Stage("assemble.v1", requires=("ctx.candidates",), provides=("ctx.events",))
    detector = _Stage("detect.rules.v1", requires=("ctx.sentences",), provides=("ctx.candidates",))
    check_order([detector, early])
    with pytest.raises(PipelineError) as err:
        check_order([early, detector])
    msg = str(err.value)
    assert "'assemble.v1' requires ctx.candidates" in msg
    assert "move it after detect.rules.v1" in msg


def test_check_order_refuses_duplicates_and_non_stages():
    s = _Stage("counts.v1", provides=("sentence.counts",))
    with pytest.raises(PipelineError, match="listed twice"):
        check_order([s, s])
    with pytest.raises(PipelineError, match="not a pipeline stage"):
        check_order([object()])


def test_default_stages_are_registered_and_in_a_valid_order():
    from dotterel.pipeline.builtin import BUILTIN_STAGES

    assert set(DEFAULT_STAGES) <= set(BUILTIN_STAGES)
    # a built-in stage left out of the defaults is a deliberate, documented choice (docs/architecture.md)
    # (the two-pass stages are put first by the coder when PipelineConfig.two_pass is on)
    assert set(BUILTIN_STAGES) - set(DEFAULT_STAGES) == {"detect.textcat.v1", "candidates.v2", "parse.second.v1"}
    # the classes declare their slots; order-check them without loading any model
    check_order([_Stage(n, BUILTIN_STAGES[n].requires, BUILTIN_STAGES[n].provides) for n in DEFAULT_STAGES])
    shuffled = list(DEFAULT_STAGES)
    shuffled.remove("places.document.v1")
    shuffled.append("places.document.v1")
    with pytest.raises(PipelineError, match="requires ctx.places"):
        check_order([_Stage(n, BUILTIN_STAGES[n].requires, BUILTIN_STAGES[n].provides) for n in shuffled])


def test_registry_refuses_an_unknown_stage_listing_the_known_ones():
    reg = StageRegistry.default()
    with pytest.raises(PipelineError) as err:
        reg.factory("detect.nothing.v9")
    assert "unknown stage 'detect.nothing.v9'" in str(err.value)
    assert "detect.rules.v1" in str(err.value)
    with pytest.raises(PipelineError, match="cannot import it"):
        reg.factory("no_such_module_here:Detector")


def test_config_from_toml_then_flags(tmp_path):
    kb = tmp_path / "kb" / "extra.json"
    kb.parent.mkdir()
    kb.write_text("{}", encoding="utf-8")
    cfg_file = tmp_path / "dotterel.toml"
    cfg_file.write_text('[pipeline]\nbatch_size = 4\nkb_files = ["kb/extra.json"]\n', encoding="utf-8")
    cfg = PipelineConfig.load(cfg_file)
    assert cfg.batch_size == 4
    assert cfg.kb_files == [kb]  # relative to the file's folder
    assert cfg.stages == list(DEFAULT_STAGES)
    assert PipelineConfig.load(cfg_file, batch_size=32, debug=None).batch_size == 32  # a flag wins, None is unset


def test_config_errors_are_one_line_naming_the_file(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("batch_size = [", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"bad\.toml: not a valid TOML"):
        PipelineConfig.load(bad)
    wrong = tmp_path / "wrong.toml"
    wrong.write_text("batch_size = 0\n", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"wrong\.toml: batch_size"):
        PipelineConfig.load(wrong)
    with pytest.raises(PipelineError, match="cannot read the pipeline config"):
        PipelineConfig.load(tmp_path / "absent.toml")
    with pytest.raises(PipelineError, match=r"pipeline options: language: no language profile for 'fr': dotterel/lang/fr/profile.json"):
        PipelineConfig.load(language="fr")


def test_config_hash_follows_what_changes_the_output(tmp_path):
    kb = tmp_path / "kb.json"
    kb.write_text('{"a": 1}', encoding="utf-8")
    base = PipelineConfig(kb_files=[kb])
    assert base.config_hash() == PipelineConfig(kb_files=[kb], batch_size=64, debug=True).config_hash()
    assert base.config_hash() != PipelineConfig().config_hash()
    before = base.config_hash()
    kb.write_text('{"a": 2}', encoding="utf-8")
    assert base.config_hash() != before  # the contents count, not the path
    assert base.config_hash().startswith("sha256:") and len(base.config_hash()) == 23


_TOY = '''
"""A toy learned detector: PROTEST (demo) for every sentence with the word "rally"."""
from dotterel.records.coded import EventCandidate


class RallyDetector:
    name = "detect.rally.v1"
    requires = ("ctx.sentences",)
    provides = ("ctx.candidates",)

    def __init__(self, resources):
        pass

    def __call__(self, ctx):
        for slot in ctx.sentences:
            for tok in slot.span:
                if tok.lower_ == "rally":
                    slot.candidates.append(EventCandidate(
                        sentence=slot.index, trigger=tok.i, head=tok.i, event_type="PROTEST", mode="demo",
                        recipient_slot=False, detector="rally.v1", confidence=0.62))
'''


def test_a_detector_is_one_module_plus_one_config_line(coder, tmp_path, monkeypatch):
    from dotterel.coder import Coder

    (tmp_path / "toy_rally.py").write_text(textwrap.dedent(_TOY), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    stages = list(DEFAULT_STAGES)
    stages.insert(stages.index("assemble.v1"), "toy_rally:RallyDetector")
    toy = Coder(PipelineConfig(stages=stages), nlp=coder.nlp, gazetteer=coder.gazetteer, kb=coder.kb,
                ontology=coder.ontology, lexicon=coder.lexicon)
    text = "Thousands joined a rally in Minsk on Sunday. Police said nothing."
    events = toy.code(text, published="2020-08-17")
    rally = [e for e in events if e.detector == "rally.v1"]
    assert len(rally) == 1
    assert rally[0].trigger.text == "rally"
    assert rally[0].event_type == "PROTEST" and rally[0].mode == "demo"
    assert rally[0].confidence == pytest.approx(0.62)
    assert rally[0].location is not None and rally[0].location.name == "Minsk"
    assert rally[0].config_hash == toy.config_hash != coder.config_hash
    # without the line, the default pipeline proposes nothing for "rally" here
    assert not [e for e in coder.code(text, published="2020-08-17") if e.detector == "rally.v1"]


# -- typed provenance: no code reads a record's ``reason`` back -------------------------------------------
_CORE = ["coder.py", "attribution.py", "dedup.py", "dates.py", "counts.py", "pipeline", "events", "places",
         "actors/resolve.py"]


def _reason_reads(path: Path) -> list[int]:
    """Lines where ``x.reason`` is read other than to write a new reason text."""
    read = [n for n in source_nodes(path) if isinstance(n, ast.Attribute) and n.attr == "reason"
            and isinstance(n.ctx, ast.Load)]
    if not read:
        return []
    parents = {child: node for node in source_nodes(path) for child in ast.iter_child_nodes(node)}

    def composes_reason(node) -> bool:
        while node in parents:
            parent = parents[node]
            if isinstance(parent, ast.keyword) and parent.arg == "reason":
                return True
            if isinstance(parent, ast.Dict) and any(
                isinstance(k, ast.Constant) and k.value == "reason" and v is node
                for k, v in zip(parent.keys, parent.values)
            ):
                return True
            if isinstance(parent, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "reason"
                                                      for t in parent.targets):
                return True
            if not isinstance(parent, (ast.JoinedStr, ast.FormattedValue, ast.IfExp, ast.BinOp)):
                return False
            node = parent
        return False

    return [n.lineno for n in read if not composes_reason(n)]


def test_no_core_module_reads_a_reason_text_back():
    files = []
    for name in _CORE:
        p = SRC / name
        files += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    found = {str(f.relative_to(SRC)): lines for f in files if (lines := _reason_reads(f))}
    assert found == {}, f"reason texts are for people; read Actor.how / Place.rule / Place.in_context: {found}"


def test_the_reason_guard_catches_a_read(tmp_path):
    p = tmp_path / "m.py"
    p.write_text('ok = place.model_copy(update={"reason": f"x; {place.reason}"})\n'
                 'bad = "in context" in place.reason\n', encoding="utf-8")
    assert _reason_reads(p) == [2]
