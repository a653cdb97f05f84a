"""Build ``src/dotterel/lang/en/triggers_cameo.json`` from the CAMEO 2.0 verb dictionary.

Source
------
``CAMEO.2.0.txt``, the PETRARCH verb pattern dictionary of the Phoenix
dictionaries (openeventdata, last update 30 April 2015). MIT licence,
(c) 2015 Open Event Data Alliance; the notice is kept in the output's
``licence`` block and every converted rule names its source line in
``source``. CAMEO codes are read as PLOVER types and modes through the
ontology's crosswalk (``data/plover.json``: the CAMEO-to-PLOVER table of
17 September 2021, ``CAMEO2PLOVER-2021.txt``, with the documented fixes of
its ``decisions``). Run::

    PYTHONPATH=src python scripts/build_cameo_triggers.py \\
        ../shared/gold/petrarch/phoenix_dictionaries/CAMEO.2.0.txt \\
        -o src/dotterel/lang/en/triggers_cameo.json

The same input gives the same output, byte for byte. A report of what was
kept and what was dropped, with counts and reasons, goes to stderr.

Input format (PETRARCH ``read_verb_dictionary``; the file's own header)
------------------------------------------------------------------------
``&NAME`` starts a synonym set of ``+WORD`` lines (nouns a pattern may name
as ``&NAME``). ``--- HEAD [code] ---`` starts a verb block: lines of verbs
(``WORD [code] {irregular forms}``, ``+MULTI_WORD`` phrases), then patterns
``- <subject words> * <object words> [code] # verb``, where ``*`` is the
verb, a bare word or a ``{MULTI WORD}`` phrase is the object, ``(PREP ...)``
a prepositional phrase, ``&NAME`` any word of a synonym set and ``$ ^ %``
mark where the source and target stand. A code ``[A:B]`` is A for the
subject's act and B for the reverse; ``[---]`` means no event.

What is converted (our ``TriggerRule``, ``lang/en/triggers.json`` "fields")
---------------------------------------------------------------------------
* a pattern ``- * [PARTICLE] [OBJECT] [(PREP [OBJECT])]`` becomes a rule on
  the verb the pattern's comment names (the verb it was written for; PETRARCH
  applies it to every synonym of the block, which we do not) with
  ``particle``, ``objects`` (the head noun, singular and as written; the
  whole phrase in ``object_text``) and ``preps``; a subject word or set
  before ``*`` becomes ``subjects``;
* a verb line with a code of its own (``ASK [020]``) becomes a bare rule
  (recipient: the direct object) only for the verbs of ``ALLOW_BARE``.

What is dropped (each with its count in the report)
---------------------------------------------------
* codes PLOVER does not code as events: cue category 01 (statements and
  comments), codes the crosswalk leaves without a reading, and the deny
  list ``DENY_CODES`` chosen by measurement;
* ``[---]`` patterns (the dictionary's "not an event"), ``[:B]`` codes (only
  the reverse act), and patterns our matcher cannot express faithfully:
  source/target markers, two or more prepositional phrases, more than one
  object word outside a ``{}`` phrase, multi-word verbs other than
  verb + particle;
* every rule on a lemma our own ``triggers.json`` has (ours win:
  :func:`dotterel.events.lexicon.claimed_by_ours`), except on the lemmas of
  ``SHARED_LEMMAS``, where only the rules whose sense ours decide are
  dropped ("file a lawsuit" stays beside our "police filed an FIR"); and
  the lemmas of ``DENY_LEMMAS``, chosen by measurement.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from dotterel.events.lexicon import Lexicon, claimed_by_ours

REPOSITORY = "https://github.com/openeventdata (Phoenix dictionaries, CAMEO.2.0.txt, last update 30 April 2015)"


def licence_notice(path: Path) -> dict:
    """The dictionary's own MIT notice (its header comment), as the output's ``licence`` block.

    Raises
    ------
    ValueError
        When the file has no MIT notice: it is then not the dictionary this script may convert.
    """
    lines = [ln[1:].strip() for ln in path.read_text(encoding="latin-1").splitlines() if ln.startswith("#")]
    try:
        start = lines.index("The MIT License (MIT)")
    except ValueError:
        raise ValueError(f"{path}: no MIT licence notice in the header; not the CAMEO 2.0 dictionary") from None
    body = []
    for ln in lines[start + 1:]:
        if ln.startswith("LAST UPDATE"):
            break
        body.append(ln)
    copyright_ = next(ln for ln in body if ln.startswith("Copyright"))
    text = " ".join(ln for ln in body if ln and ln != copyright_)
    return {"name": "MIT", "copyright": copyright_, "text": text, "repository": REPOSITORY}


PARTICLES = frozenset({"up", "down", "off", "out", "back", "away", "over", "forward", "aside", "apart",
                       "together", "around", "through", "in", "on"})
"""Words after the verb that PETRARCH patterns use as particles ("SET OFF", "PUT DOWN")."""

DENY_CODES: tuple[str, ...] = ("01",)
"""CAMEO code prefixes never converted: 01 (make statement, comment) PLOVER does not code."""

ALLOW_BARE: frozenset[str] = frozenset()
"""Verbs whose own code is kept as a rule with no constraint beyond the verb (chosen by measurement)."""

ALLOW_BARE_PREP: frozenset[str] = frozenset({"mediate", "talk", "probe", "blast", "lobby", "campaign"})
"""Verbs whose pattern of a bare preposition ("MEDIATE (BETWEEN)") is kept; on the others ("RUSH (TO)",
"HEAD (FOR)", "FLY (TO)" as a visit) the preposition says nothing of the event."""

ALLOW_PARTICLE_ONLY: frozenset[str] = frozenset({"give up", "lash out"})
"""Verb + particle patterns with no object that are kept; "give back" ("the time had come to give back to
the people", a CONCEDE in the seed article) and "reach out" ("had reached out to the governments") were
no events."""

DENY_LEMMAS: frozenset[str] = frozenset({
    # read by eye on the news corpus and 2,500 sentences of the event-location dev set: in other senses
    # far more often than the CAMEO one ("heard reports", "dealing a blow", "stopped the bomber",
    # "committing offences", "planned the attack", "headed to", "flown to", "links X with Y")
    "appear", "apply", "attend", "broadcast", "clamp", "commit", "deal", "defend", "deny", "end", "enforce",
    "evacuate", "export", "fly", "head", "hear", "heighten", "hunt", "implement", "improve", "join", "kick",
    "link", "maintain", "monitor", "overturn", "plan", "plant", "prompt", "raise", "resolve", "rush",
    "search", "stand", "stop", "submit", "vote", "confirm", "lead", "defy", "charge", "put",
    # and on a second, fresh sample (seed 11) of the same kinds: "wants closer ties", "look for a way",
    # "the agreement marks a step", "was scheduled to start", "ensuring peace", "forced to retreat"
    "want", "look", "reduce", "gather", "force", "prepare", "encourage", "help", "mark", "schedule",
    "ensure", "propose", "keep", "underline",
})
"""Verb lemmas whose CAMEO rules were wrong more often than right when measured (see the module docstring)."""

SHARED_LEMMAS: frozenset[str] = frozenset({"file", "exchange", "conduct"})
"""Lemmas of ours whose converted rules are merged rule by rule (:func:`dotterel.events.lexicon.claimed_by_ours`).

Ours on "file" cover one narrow sense (police filing an FIR or a charge
sheet); CAMEO's "file a lawsuit/complaint/appeal" stay. Ours on
"exchange" cover exchanges of fire; CAMEO's "exchanged prisoners",
"accusations", "ambassadors" stay (one ACLED dev agreement found with
CAMEO on), its "exchanged views/ideas/messages" are in ``DENY_RULES``. Ours on "conduct" cover
patrols and flag marches (police15); CAMEO's "conducted joint maneuvers", "a study", "a raid" stay. On every other
lemma of ours the converted rules are dropped whole: merged per rule, the
752 rules on our light verbs coded 19 events in 35 sentences of business,
sport and civic news, nearly all false ("took part in the tournament",
"held a conference", "closed its shop", "opened a clinic", "set a
deadline"; tests/test_cameo_triggers.py)."""

DENY_RULES: frozenset[str] = frozenset({
    # lemma:code pairs wrong when measured, where the verb's other codes were right
    "seek:020", "seek:030", "grant:081", "grant:1051", "grant:060", "give:0833", "give:150", "drop:120",
    "drop:030", "approve:030", "allow:030", "chant:111",
    # "fans exchanged messages after the match", "the chief executives exchanged views on AI" (review of india9)
    "exchange:040", "exchange:046",
})
"""``lemma:code`` pairs dropped (the lemma's other rules kept)."""

DENY_CODES_GENERIC: tuple[str, ...] = ("160",)
"""Exact codes dropped: 160 "reduce relations, not specified" fired on "postpone plans", "delayed the vote",
"evacuated the camp"."""

_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Pattern:
    line: int
    pre: list[str]
    post: list[str]
    code: str
    verb: str | None


@dataclass
class Block:
    head: str
    code: str
    line: int
    verbs: list[tuple[str, str, int]] = field(default_factory=list)  # (word, own code or "", line)
    patterns: list[Pattern] = field(default_factory=list)


def _strip_comment(text: str) -> tuple[str, str]:
    body, _, comment = text.partition("#")
    return body.strip(), comment.strip()


def _tokens(text: str) -> list[str]:
    """Split pattern text into words, ``{...}`` phrases, ``(...)`` groups and markers."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "{(":
            close = "}" if ch == "{" else ")"
            j = text.find(close, i)
            j = len(text) if j < 0 else j
            out.append(text[i:j + 1])
            i = j + 1
        else:
            j = i
            while j < len(text) and not text[j].isspace() and text[j] not in "{(":
                j += 1
            out.append(text[i:j])
            i = j
    return out


def parse(path: Path) -> tuple[dict[str, list[str]], list[Block]]:
    """Read synonym sets and verb blocks of a PETRARCH verb dictionary."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: str | None = None
    block: Block | None = None
    for n, raw in enumerate(path.read_text(encoding="latin-1").splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            current_set = None if not line.strip() else current_set
            continue
        if line.startswith("&"):
            current_set = line.split()[0][1:]
            synsets[current_set] = []
            continue
        if current_set is not None and line.startswith("+"):
            synsets[current_set].append(_strip_comment(line)[0][1:])
            continue
        if line.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
            if m:
                block = Block(head=m.group(1), code=m.group(2), line=n)
                blocks.append(block)
            continue
        if block is None:
            continue
        body, comment = _strip_comment(line)
        if body.startswith("-"):
            m = _CODE.search(body)
            if not m:
                continue
            text = body[1:m.start()].strip()
            pre, _, post = text.partition("*")
            verb = comment.split()[0].lower() if comment.split() else None
            block.patterns.append(Pattern(line=n, pre=_tokens(pre), post=_tokens(post), code=m.group(1), verb=verb))
            continue
        m = _CODE.search(body)
        word = re.sub(r"\{[^}]*\}", "", body[:m.start()] if m else body).split()
        if word:
            block.verbs.append((word[0], m.group(1) if m else "", n))
    return synsets, blocks


def _noun_forms(word: str) -> list[str]:
    """A dictionary noun as our objects list matches it: lowercase, singular and as written."""
    w = word.lower().rstrip("_").replace("_", " ")
    forms = [w]
    if w.endswith("ies") and len(w) > 4:
        forms.append(w[:-3] + "y")
    elif w.endswith(("ses", "xes", "ches", "shes")):
        forms.append(w[:-2])
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        forms.append(w[:-1])
    return forms


def _nouns(tok: str, synsets: dict[str, list[str]]) -> tuple[list[str], list[str]] | None:
    """``(head lemmas, phrase texts)`` of an object: a word, a ``{phrase}`` or an ``&SET``; None if unusable."""
    if tok.startswith("&"):
        words = synsets.get(tok[1:])
        if not words:
            return None
        heads: list[str] = []
        texts: list[str] = []
        for w in words:
            parts = w.lower().rstrip("_").split("_")
            heads.extend(_noun_forms(parts[-1]))
            if len(parts) > 1:
                texts.append(" ".join(parts))
        # a set of one-word nouns needs no phrase check; a mixed set keeps its one-word members too
        if texts:
            texts.extend(w.lower().rstrip("_") for w in words if "_" not in w.rstrip("_"))
        return sorted(set(heads)), sorted(set(texts))
    if tok.startswith("{"):
        parts = tok.strip("{}").split()
        if not parts or any(p.startswith(("&", "$", "^", "%")) for p in parts):
            return None
        return _noun_forms(parts[-1]), [" ".join(p.lower().rstrip("_") for p in parts)]
    if re.fullmatch(r"[A-Z][A-Z'-]*_?", tok):
        return _noun_forms(tok), []
    return None


@dataclass
class Converted:
    lemma: str
    fields: dict
    line: int
    code: str


def convert_pattern(p: Pattern, synsets: dict[str, list[str]]) -> tuple[dict | None, str]:
    """Our rule constraints for one pattern, or ``(None, reason)``."""
    if any(t in ("$", "^", "%") or t.startswith(("$", "^", "%")) for t in p.pre + p.post):
        return None, "source/target marker"
    out: dict = {}
    if p.pre:
        if len(p.pre) != 1:
            return None, "subject of several words"
        subj = _nouns(p.pre[0], synsets)
        if subj is None or subj[1]:
            return None, "subject not expressible"
        out["subjects"] = subj[0]
    post = list(p.post)
    groups = [t for t in post if t.startswith("(")]
    if len(groups) > 1:
        return None, "two or more prepositional phrases"
    words = [t for t in post if not t.startswith("(")]
    if words and words[0].lower() in PARTICLES and (len(words) > 1 or words[0].lower() in ("up", "down", "off", "out", "back", "away")):
        out["particle"] = words.pop(0).lower()
    if len(words) > 1:
        return None, "several object words"
    if words:
        obj = _nouns(words[0], synsets)
        if obj is None:
            return None, "object not expressible"
        out["objects"] = obj[0]
        if obj[1]:
            out["object_text"] = obj[1]
    if groups:
        inner = _tokens(groups[0].strip("()"))
        if not inner or not re.fullmatch(r"[A-Z]+", inner[0]):
            return None, "prepositional phrase not expressible"
        prep = inner[0].lower()
        allowed: list[str] = []
        if len(inner) > 2:
            return None, "prepositional phrase of several words"
        if len(inner) == 2:
            obj = _nouns(inner[1], synsets)
            if obj is None:
                return None, "prepositional object not expressible"
            allowed = obj[0]
        out["preps"] = {prep: allowed}
    if not out or set(out) == {"subjects"}:
        return None, "no constraint beyond the verb"
    return out, ""


def build(path: Path, ontology, ours: dict[str, list[dict]],
          shared: frozenset[str] = SHARED_LEMMAS) -> tuple[dict, Counter]:
    """Convert the dictionary; returns the output document and the report counts.

    ``ours`` maps each lemma of our ``triggers.json`` to its rules (word lists expanded); ``shared`` names
    the lemmas of ours merged rule by rule (``SHARED_LEMMAS``).
    """
    synsets, blocks = parse(path)
    report: Counter = Counter()
    converted: list[Converted] = []
    for block in blocks:
        singles = {w.lower(): (w, c, n) for w, c, n in block.verbs if not w.startswith("+") and "_" not in w}
        for p in block.patterns:
            report["patterns read"] += 1
            code = p.code.split(":")[0] if ":" in p.code else p.code
            if p.code.strip() == "---" or not code:
                report["dropped: no event ([---] or [:B])"] += 1
                continue
            fields_, why = convert_pattern(p, synsets)
            if fields_ is None:
                report[f"dropped: {why}"] += 1
                continue
            if p.verb not in singles:
                # PETRARCH applies a pattern to every synonym of the block (WordNet sets: "tour" with
                # "wage"); we keep it on the verb it was written for only
                report["dropped: comment names no verb of the block"] += 1
                continue
            converted.append(Converted(lemma=p.verb, fields=fields_, line=p.line, code=code))
        for w, c, n in block.verbs:
            code = c or (block.code if block.code != "---" else "")
            if not c:
                continue  # a verb inherits the block's default only through its patterns
            if w.lower() not in ALLOW_BARE:
                # a verb's own code with no object or phrase ("WANT", "SEEK" as AGREE 030) fires on every
                # use of the verb: on the news corpus most such events were wrong
                report["dropped: bare verb not in ALLOW_BARE"] += 1
                continue
            if w.startswith("+") or "_" in w:
                report["dropped: multi-word verb"] += 1
                continue
            report["verbs with a code read"] += 1
            converted.append(Converted(lemma=w.lower(), fields={"recipient": ["dobj"]}, line=n, code=code))
    rules = []
    seen = set()
    for cv in converted:
        if not re.fullmatch(r"\d{2,4}", cv.code):
            report["dropped: not a CAMEO code"] += 1
            continue
        if cv.code.startswith(DENY_CODES):
            report["dropped: denied code (statements)"] += 1
            continue
        plover = ontology.plover_for_cameo(cv.code)
        if plover is None:
            report["dropped: no PLOVER reading"] += 1
            continue
        if cv.lemma in DENY_LEMMAS:
            report["dropped: denied lemma"] += 1
            continue
        if f"{cv.lemma}:{cv.code}" in DENY_RULES or cv.code in DENY_CODES_GENERIC:
            report["dropped: denied lemma:code or generic code"] += 1
            continue
        if set(cv.fields) == {"particle"} and f"{cv.lemma} {cv.fields['particle']}" not in ALLOW_PARTICLE_ONLY:
            report["dropped: verb and particle not in ALLOW_PARTICLE_ONLY"] += 1
            continue
        preps = cv.fields.get("preps")
        if (preps and not any(preps.values()) and "objects" not in cv.fields and "particle" not in cv.fields
                and cv.lemma not in ALLOW_BARE_PREP):
            report["dropped: bare preposition not in ALLOW_BARE_PREP"] += 1
            continue
        etype, mode, _contexts = plover
        rule = {"lemma": cv.lemma, "event_type": etype}
        if mode is not None:
            rule["mode"] = mode
        rule["cameo"] = cv.code
        rule.update(cv.fields)
        if "recipient" not in rule:
            # the object of a pattern names the act or the thing ("rushed aid"), not whom it concerns
            rule["recipient"] = ["dative", "prep:to", "prep:against", "prep:with", "dobj"] if (
                "objects" in rule) else ["dobj", "prep:to", "prep:against"]
        if claimed_by_ours(rule, ours.get(cv.lemma, []), per_rule=cv.lemma in shared):
            report["dropped: a sense our triggers.json decides (ours win)"] += 1
            continue
        rule["source"] = f"CAMEO.2.0.txt:{cv.line}"
        key = json.dumps({k: v for k, v in rule.items() if k != "source"}, sort_keys=True)
        if key in seen:
            report["dropped: duplicate"] += 1
            continue
        seen.add(key)
        rules.append(rule)
    # specific rules before a lemma's bare rule: the matcher takes the first rule that matches
    order = {r["lemma"]: i for i, r in reversed(list(enumerate(rules)))}
    rules.sort(key=lambda r: (order[r["lemma"]], "objects" not in r and "preps" not in r and "particle" not in r))
    for r in rules:
        report[f"kept: {r['event_type']}"] += 1
    doc = {
        "version": "0.1.0",
        "description": (
            "Trigger rules converted from the CAMEO 2.0 verb dictionary (PETRARCH, Open Event Data Alliance) by "
            "scripts/build_cameo_triggers.py; CAMEO codes read as PLOVER through data/plover.json (the "
            "CAMEO2PLOVER table of 17 September 2021). Loaded after lang/en/triggers.json, whose rules win; "
            "fields as in triggers.json, plus 'source' (the dictionary line); 'shared_lemmas': lemmas of ours "
            "merged rule by rule, not lemma by lemma. Do not edit by hand: regenerate."
        ),
        "licence": licence_notice(path),
        "shared_lemmas": sorted(shared),
        "rules": rules,
    }
    return doc, report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("dictionary", type=Path, help="CAMEO.2.0.txt")
    ap.add_argument("-o", "--output", type=Path, default=Path("src/dotterel/lang/en/triggers_cameo.json"))
    args = ap.parse_args(argv)
    from dotterel.lang import LanguageProfile
    from dotterel.ontology import Ontology

    ontology = Ontology.load()
    ours: dict[str, list[dict]] = {}
    for r in Lexicon.load(ontology, lang=LanguageProfile.load("en")).rules:
        ours.setdefault(r.lemma, []).append(r.model_dump(exclude_defaults=True))
    doc, report = build(args.dictionary, ontology, ours)
    # one rule per line keeps the file short and its diffs readable
    head = {k: v for k, v in doc.items() if k != "rules"}
    lines = [json.dumps(head, indent=1, ensure_ascii=False)[:-2] + ",", ' "rules": [']
    lines.append(",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in doc["rules"]))
    lines.append(" ]\n}")
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for k, v in sorted(report.items()):
        print(f"{v:6d}  {k}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
