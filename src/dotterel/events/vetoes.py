"""Rule keys that rule a trigger out by what surrounds it: the word states no event there.

Split from :func:`dotterel.events.detect._match` by job (the keys that veto a match, not the ones
that find it). Each key names words of ``lang/en/triggers.json`` (see its ``fields``):

* ``not_xcomp``: an infinitive complement that makes the verb an effort, not a fight ("doctors
  fought to save the patient", "firefighters battled to contain the blaze"), unless an armed force
  is the subject ("troops fought to contain the uprising": profile ``security_nouns``,
  ``troop_nouns``, ``national_force_nouns`` and the "armed" nouns of ``coref_description_nouns``);
* ``not_purposes``: a purpose infinitive of the verb or of its object that makes a military operation a
  rescue, an evacuation or relief, whoever runs it ("the navy launched a military operation to rescue the
  fishermen"; PLOVER manual, ASSAULT: force used against another party; ACLED codebook 2023 codes no aid
  or evacuation as political violence);
* ``not_particles``: a particle or adverb that makes the verb a movement ("the minister stormed
  out of the meeting", "stormed off"), right after the verb or after its object ("escorted the
  councillors out of the hall": an ejection, no guard), unless a conjunct of it names where the
  storming went ("stormed out of the square and into the ministry");
* ``not_object_modifiers``: words of the object phrase that make it figurative ("launched a charm
  offensive", "a media offensive"), or name its members (profile ``member_prepositions``): "dispersed
  the crowds of tourists" (nobody gathered to protest); ``@NUMBER`` is a figure there ("shot a round of
  66", "a final round of 68": a golf score, not ammunition), an ordinal only on a contest's round (profile
  ``contest_round_nouns``: "shot a third straight round"), never on a person ("shot a second person"); a figure
  in digits as the object itself, after an indefinite article (profile ``indefinite_articles``), is the score
  ("shot a first-round 65", "shot a 4-under 68"; "shot 12 protesters", "shot the two" stay);
* ``not_member_phrases``: an object (or the noun of ``preps``) with a member phrase of its own (profile
  ``member_prepositions``) is a figure: "hit a mine of anecdotes", "stepped on a mine of controversy", "ran
  over a bomb of a pothole" (ACLED codebook, Remote explosive/landmine/IED: a device set off, which no such
  phrase qualifies);
* (every rule) a noun inside a date ("on March 4") names no event;
* (every ASSAULT rule) an adverb of words, not force, on the verb (profile ``verbal_manner_adverbs``):
  "fans clashed verbally with the referee", "verbally attacked the minister" (PLOVER manual, ASSAULT:
  physical force; a verbal attack is at most an ACCUSE);
* (every ASSAULT rule) a scoreline right after a named object reports a match, not an attack:
  "Arsenal beat Tottenham 2-0", "Manchester United beat Everton 2-1 on Saturday", "killed the
  Celtics 120-98" (two numbers of at most three digits joined by a hyphen or dash, counting no
  noun: "beat 3-4 protesters" stays);
* (every ASSAULT rule) a participle that is as often an adjective (profile ``possessed_participles``) after
  "have", with a bare plural noun right after it, may state possession: "the hospital has wounded soldiers"
  reads as "has three wounded soldiers" as well as "has wounded three soldiers"; when unsure, no event (a
  determiner, a number or a possessor makes the perfect: "has wounded three soldiers", "have injured dozens";
  so does a doer of force as the subject, who holds no wounded: "police have injured protesters", "militants
  have wounded civilians": profile ``security_nouns``, ``troop_nouns``, ``protester_nouns``, ``headline_doer_nouns``);
* ``not_bare_subjects``: a subject that names a hazard when nothing names who wielded it: "Fire
  broke out at a factory, killing six" (a blaze), unlike "Israeli fire killed two" or "artillery
  fire killed six" (a party or a weapon modifies it); nor when the victims are protesters
  (profile ``participant_nouns``, ``protester_nouns``): "Fire killed three protesters" is
  gunfire on a crowd, as in "security forces opened fire on protesters".
* ``not_subject_heads``: words that rule the trigger out as the subject's head noun only, never as its
  modifier: "Democrats attacked the president", "the opposition party attacked the government" (a party
  attacks in words), but "party workers attacked a journalist", "ruling party supporters attacked
  opposition activists" (a party's followers attack as a crowd does; the party names whose they are).

* ``not_with_verbs``: a verb of harm done by the same doer right after the trigger makes the
  trigger the way into that act ("gunmen stormed a hospital and shot dead a doctor", "stormed a
  school, killing 12"): the attack is the event, not a takeover (ACLED codebook 2023: storming a
  place to attack the people in it is Violence against civilians / Attack, or an armed clash;
  territory changes need control taken). A conjunct with its own subject is another act
  ("stormed the building and police shot two").
* (every PROTEST rule) a rally or march of an election campaign or a celebration ("held a campaign
  rally", profile ``non_protest_gathering_modifiers``) is no protest, nor a crowd's act under a
  celebration ("celebrations ... where thousands took to the streets", "to celebrate": profile
  ``celebration_nouns``, ``celebration_verbs``).

* (every COERCE censor rule) a fault, a natural cause or hackers in a phrase or clause on the verb (profile
  ``outage_cause_words``): "the internet was shut down after a cable was damaged by a storm", "mobile data
  was suspended for maintenance" tell an outage, not a restriction an actor imposed (PLOVER manual, COERCE).

* (every rule) an event noun that a verb of the profile's ``characterising_verbs`` gives as the name of
  something else (its object predicate, the noun of its "as" or "to" phrase) names no event of its own:
  "critics called the election result a massacre of the opposition", "described the crackdown as a
  massacre", "likened the law to an attack on the press". The thing named is coded when it is an act.
  The naming verb itself, with its object predicate, is no request, appeal or other act of its other
  senses ("the UN called the attack a war crime"); only an accusation rule may read it.

* (every ASSAULT rule) a harm participle with no doer whose "when", "after" or "as" clause tells a mishap
  (profile ``mishap_verbs``, ``mishap_clause_markers``), or that follows a mishap verb as its result ("the
  bus overturned, killing ten"): "ten passengers were killed when the bus overturned",
  "four miners injured when a tunnel caved in", "two were killed and five injured after a wall collapsed" tell
  an accident, not an attack, unless a word of the clause names a violent cause (profile
  ``violent_death_causes``, ``projectile_nouns``, ``agent_means_nouns``, ``claimed_act_nouns``: "killed when
  the house collapsed in an airstrike", "as the roof collapsed under Russian bombardment") or a state force's
  vehicle is driven into people ("when a police truck crashed into the crowd") or another verb of the clause has an
  armed force as its subject ("after the coast guard rammed it") or the mishap is a front giving way ("as the front
  line collapsed", profile ``front_collapse_nouns``). ACLED codebook 2023: accidents
  are no political violence.

* (every ASSAULT rule) strikes that "hit" what a work stoppage hits are a labour strike, no air strike
  (profile ``war_strike_nouns``, ``war_contact_verbs``, ``labour_strike_modifiers``, ``labour_strike_objects``):
  "dock strikes hit the ports", "a wave of strikes hit the refineries"; "air strikes hit the port", "Russian
  strikes hit the port of Odesa" and "strikes hit the port, killing nine" stay attacks (PLOVER manual: a strike
  is a PROTEST; ASSAULT needs force).

* ``threat_by_speaker``: a warning whose content names another doer is a forecast, not a threat
  ("warned that prices would rise", "analysts warned that rebels could launch an offensive").

* ``told_prep_objects``: the noun of ``preps`` with only a definite article or a demonstrative (profile
  ``definite_articles``, ``coref_demonstratives``) names an event already told, so the sentence tells who took part
  in it or how many, not a new act: "about 20,000 militants were involved in the violence", "hundreds of youths
  were involved in these riots" (PLOVER manual: an event is coded once, at its own report; the scale restated
  is no second event). A noun with a phrase, modifier or date of its own ("involved in the violence in Osh on
  Friday", "involved in communal violence") may be the event's first report and stays, and so does any such
  noun in the document's first sentence, before which nothing was told.

Sources: PLOVER manual (2021) ASSAULT and COERCE (physical force by one party against another;
figurative uses are not events); the sentences in the docstrings were written for dotterel's tests.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .agents import subject_of
from .syntax import NAMING_DEPS, names_a_date, prep_objects, to_infinitive

if TYPE_CHECKING:
    from ..lang import LanguageProfile
    from .lexicon import TriggerRule

__all__ = ["ruled_out", "campaign_gathering", "accidental_blast"]



def accidental_blast(tok, lang: "LanguageProfile"):
    """The blast or fire noun that does a harm verb's harm as an accident, if any.

    "A gas explosion killed five people", "a transformer blast killed two workers", "three workers were killed in
    a gas explosion", "two miners died in a methane blast": the cause (the verb's subject, or the noun of its
    "in" or "by" phrase) is a blast or fire noun (profile ``accident_blast_nouns``) that a modifier names an
    accidental source of (``accident_blast_sources``: gas, a cylinder, a boiler, a transformer, a short
    circuit), and no modifier names a weapon ("a car bomb explosion", "an IED blast", "a suicide blast": profile
    ``accident_blast_weapons``, anywhere in the noun's phrase: "a tanker laden with chlorine gas"), or the subject of a blast verb in a "when", "after" or "as" clause on it is
    such a source ("four people died when a gas cylinder exploded": profile ``accident_blast_verbs``,
    ``mishap_clause_markers``). An accident is no political violence (ACLED codebook 2023: accidents are not
    coded; PLOVER manual, ASSAULT: force used by one party against another), so the caller abstains with
    the noun as its reason. "A gas attack killed 40" names an attack, not a blast, and stays.
    """
    if tok.pos_ != "VERB":
        return None  # "when a generator caught fire during clashes": a noun of violence is no blast's result
    # a passive verb's subject is its patient ("a tanker exploded after being hit by a rocket"), not its cause
    causes = [] if any(c.dep_ == "auxpass" for c in tok.children) else [subject_of(tok, lang=lang)]
    causes += [o for p in ("in", "by") for o in prep_objects(tok, p)]
    # "four people died when a gas cylinder exploded": the subject of a blast verb in a mishap clause
    causes += [subject_of(c, lang=lang) for c in tok.children if c.dep_ == "advcl"
               and c.lemma_.lower() in lang.accident_blast_verbs
               and any(m.lower_ in lang.mishap_clause_markers for m in c.children if m.dep_ in ("mark", "advmod"))]
    for noun in causes:
        if noun is None or not (noun.lemma_.lower() in lang.accident_blast_nouns or (
                noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in lang.accident_blast_verbs)):
            continue
        words = {w.lemma_.lower() for w in noun.subtree if w.i < noun.i} | {
            w.lower_ for w in noun.subtree if w.i < noun.i}
        if (words | {w.lower_ for w in noun.subtree}) & lang.accident_blast_weapons:
            continue  # "a tanker laden with chlorine gas exploded": a vehicle bomb, whatever its load
        if _forced_blast(noun, tok, lang):
            continue  # "a fuel tanker exploded after being hit by a rocket": the blast is an attack's
        if (words | {noun.lemma_.lower()}) & lang.accident_blast_sources:
            return noun
    return None


def _forced_blast(noun, harm, lang: "LanguageProfile") -> bool:
    """Whether the clauses on a blast noun or its blast verb tell force or a doer as its cause.

    "A fuel tanker exploded after being hit by a rocket", "a gas tanker exploded after militants fired on it",
    "a gas pipeline exploded after a drone attack", "a gas explosion triggered by shelling", "a factory fire
    started by rioters": the words of the noun's own clauses (relative, participle and prepositional phrases,
    not its modifiers "gas", "cylinder") and of the blast verb's adverbial clauses (less the harm verb's own
    clause, ``harm``: "exploded, killing two" is the result) and of the harm verb's own adverbial clauses
    ("killed in a gas station explosion after a grenade was thrown") and of a blame in the sentence (profile
    ``accuse_verbs``: "police said, blaming militants"; "officials blamed faulty wiring" stays) name a violent cause
    (:func:`_violent_words` less the blast and source words themselves), an armed force as a verb's subject
    (:func:`_armed_nouns`: "after soldiers opened fire on it") or a "by" doer that is no accidental source
    ("caused by a short circuit" stays an accident). Force makes the harm an attack's (ACLED codebook 2023,
    Attack; Remote explosive/landmine/IED), as for the mishap clauses (:func:`_mishap_clause`).
    """
    accidental = lang.accident_blast_nouns | lang.accident_blast_sources
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl", "prep")]
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in lang.accident_blast_verbs \
        else None
    if verb is not None:
        clauses += [c for c in verb.children if c.dep_ in ("advcl", "prep", "agent", "conj")]
    # the harm verb's own clause is the blast's result, not its cause ("a transformer blew up, killing two")
    result = {w.i for w in harm.subtree} if harm.i > noun.i else set()
    words = [w for c in clauses for w in c.subtree if w.i not in result]
    # the harm verb's own adverbial clauses: "killed in a gas station explosion after a grenade was thrown"
    words += [w for c in harm.children if c.dep_ in ("advcl", "prep", "agent") for w in c.subtree]
    # a blame in the sentence: "..., police said, blaming militants", "activists blamed a regime airstrike"
    blamed = [w for v in harm.sent if v.pos_ == "VERB" and v.lemma_.lower() in lang.accuse_verbs
              for c in v.children if c.dep_ in ("dobj", "prep") for w in c.subtree]
    words += blamed
    armed = _armed_nouns(lang)
    if any(w.lemma_.lower() in armed or w.lower_ in armed for w in blamed):
        return True
    if _violent_words([w for w in words if w.lower_ not in accidental and w.lemma_.lower() not in accidental], lang):
        return True
    # an armed force doing a verb: its subject, or a noun the parser hung the verb on ("after militants fired")
    if any((w.lemma_.lower() in armed or w.lower_ in armed) and (w.dep_ in ("nsubj", "nsubjpass") or any(
            c.pos_ == "VERB" for c in w.children)) for w in words):
        return True
    return any(w.dep_ == "pobj" and w.head.dep_ == "agent" and w.lemma_.lower() not in accidental
               and w.lower_ not in accidental for w in words)


def _infinitives(tok) -> list:
    """The verb's open-clausal or purpose infinitives ("fought to save": the small model makes it an advcl)."""
    return [c for c in tok.children if c.dep_ == "xcomp" or (
        c.dep_ == "advcl" and to_infinitive(c))]


def _purposes(tok, dobjs) -> list:
    """The purpose infinitives of the verb and of its objects ("launched an operation to rescue the crew")."""
    return [*_infinitives(tok), *(c for o in dobjs for c in o.children if c.dep_ in ("acl", "relcl") and to_infinitive(c))]


def _bare_subject(tok, lang: LanguageProfile):
    """The subject of ``tok``'s clause (or of the clause a participle follows), when nothing modifies it."""
    subj = subject_of(tok, lang=lang)
    if subj is None and tok.dep_ == "advcl" and tok.tag_ == "VBG":
        subj = subject_of(tok.head, lang=lang)
    if subj is None or any(c.dep_ in NAMING_DEPS for c in subj.children):  # "Israeli fire", "artillery fire"
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in subj.children):
        return None  # "fire from the helicopter killed six"
    return subj


def _armed_nouns(lang: LanguageProfile) -> frozenset[str]:
    """The nouns of armed forces: profile ``security_nouns``, ``troop_nouns``, ``national_force_nouns``, armed descriptions."""
    return lang.derived("events.vetoes.armed", lambda lg: frozenset(
        {*lg.security_nouns, *lg.troop_nouns, *lg.national_force_nouns}
        | {n for n, kind in lg.coref_description_nouns.items() if kind == "armed"}))


def _armed_subject(tok, lang: LanguageProfile) -> bool:
    """Whether an armed force is the subject of ``tok`` ("troops fought to contain the uprising")."""
    armed = _armed_nouns(lang)
    subj = subject_of(tok, lang=lang)
    return subj is not None and (subj.lemma_.lower() in armed or subj.lower_ in armed)


def _joined_acts(tok) -> list:
    """Verbs done by the trigger's own subject right after it: a conjunct or a participle clause with no subject."""
    return [c for c in tok.children if c.i > tok.i and c.pos_ == "VERB" and (
        c.dep_ == "conj" or (c.dep_ == "advcl" and c.tag_ == "VBG"))
        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]


def _protester_victims(dobjs: list, lang: LanguageProfile) -> bool:
    """Whether the direct objects name protesters ("fire killed three protesters")."""
    people = lang.derived("events.vetoes.protesters", lambda lg: frozenset({*lg.participant_nouns, *lg.protester_nouns}))
    return any(o.lemma_.lower() in people or o.lower_ in people for o in dobjs)


def ruled_out(tok, rule: TriggerRule, dobjs: list, lang: LanguageProfile) -> bool:
    """Whether a veto key of ``rule`` rules out ``tok`` (rules in the module docstring).

    Parameters
    ----------
    tok : spacy.tokens.Token
        The trigger word.
    rule : TriggerRule
    dobjs : list of spacy.tokens.Token
        Its direct objects (conjuncts included).
    lang : LanguageProfile

    Returns
    -------
    bool
    """
    if tok.pos_ in ("NOUN", "PROPN") and names_a_date(tok):
        return True  # "captured in Helmand on March 4": a month named like an event noun is a date
    if tok.pos_ in ("NOUN", "PROPN") and _characterising_name(tok, lang):
        return True  # "called the election result a massacre": a name given to something else
    if tok.pos_ == "VERB" and rule.event_type != "ACCUSE" and any(c.dep_ == "oprd" for c in tok.children) \
            and tok.lemma_.lower() in lang.characterising_verbs.get("oprd", ()):
        return True  # "the UN called the attack a war crime": a naming, no request or appeal
    if rule.not_xcomp is not None and any(x.lemma_.lower() in rule.not_xcomp for x in _infinitives(tok)) \
            and not _armed_subject(tok, lang):
        return True
    if rule.not_purposes is not None and any(x.lemma_.lower() in rule.not_purposes for x in _purposes(tok, dobjs)):
        return True  # "launched a military operation to evacuate citizens": a rescue or relief, whoever runs it
    if rule.not_particles is not None and any(
            # right after the verb, or after its object when no noun of its own follows it (a particle, "out of"):
            # "escorted out of the hall", "escorted the MLA out of the hall", not "pressed Iran through mediators"
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ in rule.not_particles and (c.i == tok.i + 1 or (
                c.i in {o.right_edge.i + 1 for o in dobjs} and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)))
            and not any(j.dep_ == "conj" and j.pos_ == "ADP" and j.lower_ not in rule.not_particles for j in c.subtree)
            for c in tok.children):
        return True
    if rule.not_object_modifiers is not None and any(
            c.lower_ in rule.not_object_modifiers or c.lemma_.lower() in rule.not_object_modifiers
            # "shot a round of 66": a score; an ordinal is none ("shot a second person", "shot down their first jet")
            # save on a contest's round ("shot a third straight round": profile contest_round_nouns)
            or ("@NUMBER" in rule.not_object_modifiers and c.like_num
                and (c.tag_ == "CD" or o.lemma_.lower() in lang.contest_round_nouns))
            for o in dobjs for c in [*(c for c in o.children if c.dep_ in ("amod", "compound", "nmod")),
                                     *(m for p in o.children if p.dep_ == "prep" and p.lower_ in lang.member_prepositions
                                       for m in p.children if m.dep_ == "pobj")]):  # "the crowds of tourists"
        return True
    if rule.not_object_modifiers is not None and "@COUNT" in rule.not_object_modifiers and any(
            c.dep_ == "nummod" for o in dobjs for c in o.children):
        return True  # "police charged 12 protesters": a counted object is charged at law, a crowd charged is not counted
    if rule.not_object_modifiers is not None and "@NUMBER" in rule.not_object_modifiers and any(
            o.tag_ == "CD" and o.text.isdigit() and any(d.dep_ == "det" and d.lower_ in lang.indefinite_articles
                                                        for d in o.children) for o in dobjs):
        return True  # "shot a first-round 65", "shot a 4-under 68": the figure itself is the score
    if rule.not_with_verbs is not None and any(v.lemma_.lower() in rule.not_with_verbs for v in _joined_acts(tok)):
        return True
    if rule.not_member_phrases and any(
            p.dep_ == "prep" and p.lower_ in lang.member_prepositions
            for o in [*dobjs, *(q for prep in (rule.preps or {}) for q in prep_objects(tok, prep))] for p in o.children):
        return True  # "hit a mine of anecdotes", "stepped on a mine of controversy": a source, not a device
    if rule.event_type == "ASSAULT" and _scoreline_after(tok):
        return True
    if rule.event_type == "ASSAULT" and _possession(tok, dobjs, lang):
        return True  # "the hospital has wounded soldiers": a possession as likely as a perfect
    if rule.event_type == "ASSAULT" and any(c.dep_ == "advmod" and c.lower_ in lang.verbal_manner_adverbs for c in tok.children):
        return True  # "fans clashed verbally with the referee", "verbally attacked the minister": words, not force
    if rule.event_type == "PROTEST" and (any(campaign_gathering(n, lang) for n in [tok, *dobjs])
                                         or _celebrating(tok, lang)):
        return True
    if rule.event_type == "COERCE" and rule.mode == "censor" and any(
            t.lemma_.lower() in lang.outage_cause_words or t.lower_ in lang.outage_cause_words
            for c in tok.children if c.dep_ in ("prep", "advcl", "agent") for t in c.subtree):
        return True  # "the internet was shut down after a cable was damaged by a storm": an outage
    if rule.event_type == "ASSAULT" and _mishap_clause(tok, lang):
        return True  # "ten passengers were killed when the bus overturned": an accident, no attack
    if rule.event_type == "ASSAULT" and _labour_strike(tok, lang):
        return True  # "dock strikes hit the ports": a work stoppage, no air strike
    if rule.threat_by_speaker and _another_doers_act(tok, lang):
        return True
    if rule.told_prep_objects and any(_told_before(o, lang) for prep in rule.preps or {} for o in prep_objects(tok, prep)):
        return True  # "about 20,000 militants were involved in the violence": who took part, no new act
    if rule.not_subject_heads is not None and (subj := subject_of(tok, lang=lang)) is not None \
            and {subj.lemma_.lower(), subj.lower_} & set(rule.not_subject_heads):
        return True  # "Democrats attacked the president": the head, not "party workers attacked"
    if rule.not_bare_subjects is not None:
        subj = _bare_subject(tok, lang)
        if subj is not None and (subj.lemma_.lower() in rule.not_bare_subjects or subj.lower_ in rule.not_bare_subjects) \
                and not _protester_victims(dobjs, lang):
            return True
    return False


def _told_before(noun, lang: LanguageProfile) -> bool:
    """Whether ``noun`` has a definite article or demonstrative and nothing else: "the violence", "these riots".

    Only after a sentence of the document's own: a definite noun in its first sentence ("Twelve youths were
    involved in the riots, police said") has no event told before it to name, and may be the riot's only report.
    """
    kids = list(noun.children)
    return noun.sent.start > 0 and bool(kids) and all(
        c.dep_ == "det" and c.lower_ in lang.definite_articles | lang.coref_demonstratives for c in kids)


def _mishap_clause(tok, lang: LanguageProfile) -> bool:
    """Whether a harm participle with no doer hangs a clause that tells a mishap (module docstring).

    The clause is an adverbial clause opened by a ``mishap_clause_markers`` word on the participle or, when
    the participle has none of its own, on a conjunct ("two were killed and five injured after a wall
    collapsed"; the small parser may make it a conjunct of the participle; "ten were killed when their convoy
    was ambushed, and two died when their truck overturned" keeps the participle's own clause); and, as the
    small parser breaks a reduced relative ("four miners injured when a tunnel caved in were taken to
    hospital": the marker hangs on the main verb), the words from a marker right after the participle to the
    next punctuation. A present participle on a mishap verb is its result ("the bus overturned, killing ten
    passengers"). No clause may name a violent cause (:func:`_violent_words`) or an armed doer of another verb
    (:func:`_armed_doer`: "after the coast guard rammed it"), and the mishap may not be a force's vehicle driven
    into people (:func:`_rammed`) nor a military front giving way (:func:`_front_collapse`).
    """
    if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") \
            and tok.head.lemma_.lower() in lang.mishap_verbs:  # "the bus overturned, killing ten passengers"
        own = {t.i for t in tok.subtree}
        words = [w for w in tok.head.subtree if w.i not in own]
        return not _violent_words(words, lang) and not _armed_doer(words, lang) and not _rammed(tok.head, lang)
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or any(c.dep_ == "agent" for c in tok.children):
        return False
    markers = lang.mishap_clause_markers

    def clauses_of(verbs):
        return [(c, list(c.subtree)) for v in verbs for c in v.children
                if c.dep_ in ("advcl", "conj") and any(m.dep_ in ("mark", "advmod") and m.lower_ in markers
                                                      for m in c.children)]

    clauses = clauses_of([tok]) or clauses_of(tok.conjuncts)
    nxt = tok.nbor(1) if tok.i + 1 < tok.sent.end else None
    if nxt is not None and nxt.lower_ in markers:
        end = next((t.i for t in tok.doc[nxt.i:tok.sent.end] if t.is_punct), tok.sent.end)
        words = list(tok.doc[nxt.i:end])
        clauses.append((next((w for w in words if w.pos_ == "VERB"), None), words))
    mishaps = [verb for verb, _ in clauses if verb is not None and verb.lemma_.lower() in lang.mishap_verbs]
    return bool(mishaps) and not any(_violent_words(words, lang) or _armed_doer(words, lang) for _, words in clauses) \
        and not any(_rammed(v, lang) or _front_collapse(v, lang) for v in mishaps)


def _front_collapse(verb, lang: LanguageProfile) -> bool:
    """Whether a mishap verb's subject is a military front ("as the front line collapsed", "their positions collapsed").

    The subject, or a word that modifies it, is a profile ``front_collapse_nouns`` word: a lost battle, whose dead
    are a clash's (ACLED codebook 2023, Armed clash), no accident; "when their trench collapsed" stays a mishap.
    """
    front = lang.front_collapse_nouns
    return any(w.lemma_.lower() in front or w.lower_ in front
               for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
               for w in (s, *(m for m in s.children if m.dep_ in ("compound", "amod", "nmod"))))


def _armed_doer(words, lang: LanguageProfile) -> bool:
    """Whether a verb of force in a mishap's clause has an armed force as its subject.

    "killed when their boat capsized after the coast guard rammed it", "when the bus overturned after soldiers
    fired on it": the mishap is the result of force (profile ``mishap_force_verbs``) used by an armed actor
    (:func:`_armed_nouns`; ACLED codebook 2023, Attack: violence by an organised armed actor), not an accident;
    "crashed as police chased it" names no force and stays a mishap.
    """
    armed = _armed_nouns(lang)
    return any(w.pos_ == "VERB" and w.lemma_.lower() in lang.mishap_force_verbs and any(
        s.dep_ == "nsubj" and (s.lemma_.lower() in armed or s.lower_ in armed) for s in w.children) for w in words)


def _violent_words(words, lang: LanguageProfile) -> bool:
    """Whether words of a mishap's clause name a violent cause, so the harm is an attack's.

    A cause of a violent death (profile ``violent_death_causes``: "collapsed in an airstrike"), a projectile
    (``projectile_nouns``: "after gunmen shot at its tyres"), a means of attack (``agent_means_nouns``:
    "collapsed under Russian bombardment", "crashed after being hit by ground fire") or a violent act a group
    may claim (``claimed_act_nouns``); word forms or lemmas.
    """
    violent = lang.violent_death_causes | lang.projectile_nouns | lang.agent_means_nouns | lang.claimed_act_nouns
    return any(w.lower_ in violent or w.lemma_.lower() in violent for w in words)


def _rammed(verb, lang: LanguageProfile) -> bool:
    """Whether a mishap verb tells a force's vehicle driven into people ("a police truck crashed into the crowd").

    Its subject has a state force's word (profile ``state_agent_modifiers``) and a preposition of the verb
    names people (``person_nouns``, ``collective_nouns``): force used on them (ACLED codebook 2023, Excessive
    force against protesters, Attack), not an accident; "an army truck overturned" stays a mishap.
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(m.lower_ in lang.state_agent_modifiers for s in subjects for m in s.children
               if m.dep_ in ("compound", "amod", "nmod", "poss")):
        return False
    return any(o.lemma_.lower() in lang.person_nouns or o.lower_ in lang.collective_nouns
               for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")


def _labour_strike(tok, lang: LanguageProfile) -> bool:
    """Whether the strikes a contact verb has as its subject are a work stoppage (module docstring).

    The subject (or the noun of its "of": "a wave of strikes") is a ``war_strike_nouns`` word with a
    ``labour_strike_modifiers`` word before it ("dock strikes", "rolling strikes"), or with no word before it
    at all and a ``labour_strike_objects`` object ("strikes hit the ports") and no toll of ``war_strike_verbs``
    on the verb ("strikes hit the port, killing nine"). A weapon word before the strikes (profile
    ``aerial_words``, ``military_means_nouns``: "rolling air strikes") or a holder of the object (profile
    ``holding_participles``: "strikes hit the Houthi-held port") makes them war, never a work stoppage.
    """
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lang.war_contact_verbs:
        return False
    nouns = [c for c in tok.children if c.dep_ == "nsubj"]
    nouns += [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ in lang.member_prepositions
              for o in p.children if o.dep_ == "pobj"]
    nouns = [n for n in nouns if n.lemma_.lower() in lang.war_strike_nouns]
    if not nouns:
        return False
    mods = [m for n in nouns for m in n.children if m.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod")]
    if any(m.lemma_.lower() in lang.aerial_words or m.lemma_.lower() in lang.military_means_nouns
           or f"{m.lower_} {n.lemma_.lower()}" in lang.military_means_nouns for n in nouns for m in n.children if m in mods):
        return False  # "rolling air strikes", "rolling drone strikes": a weapon word makes them war
    if any(m.lower_ in lang.labour_strike_modifiers or m.lemma_.lower() in lang.labour_strike_modifiers for m in mods):
        return True
    if mods or any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in lang.war_strike_verbs for c in tok.children):
        return False
    # "strikes hit the Houthi-held port": a holder of the place (profile holding_participles) makes it a war target
    return any(c.dep_ == "dobj" and (c.lower_ in lang.labour_strike_objects or c.lemma_.lower() in lang.labour_strike_objects)
               and not any(w.lower_ in lang.holding_participles for w in c.lefts for w in w.subtree)
               for c in tok.children)


def _possession(tok, dobjs: list, lang: LanguageProfile) -> bool:
    """Whether "have" + ``tok`` + a bare plural noun may be a possession ("has wounded soldiers"): module docstring."""
    if tok.tag_ != "VBN" or tok.lower_ not in lang.possessed_participles \
            or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children) \
            or any(c.dep_ == "auxpass" for c in tok.children):
        return False
    obj = next((o for o in dobjs if o.head == tok), None)
    if obj is None or obj.left_edge.i != tok.i + 1 or obj.tag_ != "NNS" or obj.like_num \
            or obj.lower_ in lang.bare_quantity_nouns \
            or any(c.dep_ in ("det", "nummod", "poss", "predet") for c in obj.children):
        return False
    # "police have injured protesters", "militants have wounded civilians": a doer of force holds no wounded
    doers = lang.derived("events.vetoes.force_doers", lambda lg: _armed_nouns(lg) | {
        *lg.protester_nouns, *lg.headline_doer_nouns})
    subj = subject_of(tok, lang=lang)
    return subj is None or not {subj.lemma_.lower(), subj.lower_} & doers


def _characterising_name(noun, lang: LanguageProfile) -> bool:
    """Whether a noun (or the head of its conjunction) is the name a characterising verb gives its object.

    "called the result a massacre" (``oprd``), "described the raid as a massacre", "was described as a
    massacre", "likened the law to an attack" (the noun of the verb's own "as" or "to" phrase). The verbs
    are the profile's ``characterising_verbs``, keyed by slot. A name given to a happening whose noun tells
    no kind of act (profile ``unnamed_happenings``: "described the blast as a suicide attack", "called the
    violence a massacre of farmers", "the explosion was described as an attack") is what the happening
    was: the name is the event, and no name of something else.
    """
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    slots = lang.characterising_verbs
    if noun.dep_ in ("oprd", "attr") and noun.head.pos_ == "VERB":
        verb = noun.head
        named = noun.dep_ == "oprd" and verb.lemma_.lower() in slots.get("oprd", ())
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        prep, verb = noun.head, noun.head.head
        named = verb.pos_ == "VERB" and verb.lemma_.lower() in slots.get(prep.lower_, ())
    else:
        return False
    # the thing named: the verb's object, or the subject of a passive or of "amounted to"
    return named and not any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in lang.unnamed_happenings
                             for c in verb.children)


def campaign_gathering(noun, lang: LanguageProfile) -> bool:
    """Whether a gathering noun is an election campaign's or a celebration's, not a protest: "a campaign rally".

    A gathering a party or crowd holds for itself (profile ``partisan_gathering_nouns``: rally, march,
    meeting) with a modifier of the profile's ``non_protest_gathering_modifiers`` ("campaign",
    "election", "victory") is a party's own event, no demonstration against anyone (ACLED codebook 2023,
    Protests: a public demonstration against a political entity or policy; PLOVER manual, PROTEST).
    A word of protest is a protest whatever modifies it ("election protests", "election protesters"),
    and so is a gathering that names what it is against (profile ``protest_aim_prepositions``:
    "an election march against fraud").
    """
    if noun.pos_ not in ("NOUN", "PROPN") or not (
            {noun.lower_, noun.lemma_.lower()} & lang.partisan_gathering_nouns):
        return False
    if any(c.dep_ == "prep" and c.lower_ in lang.protest_aim_prepositions for c in noun.children):
        return False
    return any(
        c.dep_ in ("amod", "compound", "nmod") and (c.lower_ in lang.non_protest_gathering_modifiers
                                                    or c.lemma_.lower() in lang.non_protest_gathering_modifiers)
        for c in noun.children)


def _celebrating(tok, lang: LanguageProfile) -> bool:
    """Whether a crowd's act is a celebration, not a protest.

    "Sparking celebrations in Port-au-Prince where thousands took to the streets", "fans took to the
    streets to celebrate the win". The trigger hangs under a noun of the profile's ``celebration_nouns`` (through a relative clause or a
    phrase), or has a purpose clause of ``celebration_verbs``. ACLED (codebook 2023, Protests) codes
    demonstrations against a political entity or policy; a crowd celebrating a sports win is none.
    """
    if any(a.pos_ == "NOUN" and a.lemma_.lower() in lang.celebration_nouns for a in tok.ancestors):
        return True
    # a clause of the crowd's own doing ("to celebrate", "celebrating"), not one done to it ("cheered by shopkeepers")
    return any(c.dep_ in ("xcomp", "advcl") and c.tag_ != "VBN" and c.lemma_.lower() in lang.celebration_verbs
               for c in tok.children)


def _another_doers_act(tok, lang: LanguageProfile) -> bool:
    """Whether a warning's content is what someone or something else will do: a forecast, not a threat.

    "warned that prices would rise", "warned that a blockade of the bay would harm all countries",
    "analysts warned that rebels could launch an offensive": the content clause's active subject is a
    common noun that is not one of the forces a warner commands (profile ``security_nouns``,
    ``troop_nouns``). A passive ("would be punished", "any gathering would be dispersed"), a pronoun
    ("we will respond"), a name ("Russia would respond") or the warner's own people named with a possessive
    pronoun ("Hamas warned that its fighters would retaliate", "the union warned that its members would
    strike") keeps the warning a threat, as does a subject that is to undergo what the warner can do
    (profile ``sanction_nouns``: "looters would face severe punishment"). PLOVER manual
    (2021), THREATEN: the source says it will act against the target.
    """
    forces = set(lang.security_nouns) | set(lang.troop_nouns)
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        subj = next((x for x in clause.children if x.dep_ == "nsubj"), None)
        own = subj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)
        # "looters would face severe punishment": the subject is the target of what the warner will do
        fated = any(t.lemma_.lower() in lang.sanction_nouns for o in clause.children if o.dep_ == "dobj"
                    for t in o.subtree)
        own = own or fated
        if subj is not None and subj.pos_ == "NOUN" and not own and subj.lemma_.lower() not in forces \
                and subj.lower_ not in forces:
            return True
    return False


_SCORE = re.compile(r"^\d{1,3}[-\u2013\u2014]\d{1,3}$")  # up to three digits: basketball, "120-98"
_DASHES = {"-", "\u2013", "\u2014"}


def _scoreline_after(tok) -> bool:
    """Whether a match score follows the trigger's named object: "beat Tottenham 2-0", "killed the Celtics 120-98".

    The score is one token ("3-1") or three (``3``, a dash, ``1``) within four tokens after the
    object, which is a proper noun; the second number counts no noun ("beat 3-4 protesters" is a
    count of people, not a score).
    """
    sent = tok.sent
    after = [t for t in sent if t.i > tok.i]
    for j, t in enumerate(after[:6]):
        if t.pos_ != "PROPN" or t.i + 1 >= sent.end:
            continue
        rest = after[j + 1:j + 4]
        if rest and _SCORE.match(rest[0].text):
            nxt = rest[1] if len(rest) > 1 else None
            return nxt is None or nxt.pos_ not in ("NOUN", "PROPN")
        if len(rest) >= 3 and rest[0].like_num and rest[1].text in _DASHES and rest[2].like_num \
                and len(rest[0].text) <= 3 and len(rest[2].text) <= 3:
            nxt = rest[2].nbor(1) if rest[2].i + 1 < sent.end else None
            return nxt is None or nxt.pos_ not in ("NOUN", "PROPN")
        return False
    return False
