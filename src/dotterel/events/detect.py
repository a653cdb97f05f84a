"""Find event mentions in a parsed sentence with the trigger lexicon.

A mention is a trigger word that matches a rule of :mod:`dotterel.events.lexicon`
in a syntactic position where it states an event (a clause head, not an
adjective such as "those killed" or a noun modifier such as "shoot-to-kill
policy"), together with the tokens that fill its actor and recipient slots.
Resolving those tokens to actors, and deciding certainty and attribution, are
later stages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..annotate import entity_at
from ..attribution_frames import kept_from_keeper
from ..records.coded import EventCandidate
from .agents import accused_of, commanding_party, means_agent, means_wielder, nominal_agent, phrase_tokens, subject_conjunct_lemmas, subject_of
from .agents import between as _between, counted_objects as _counted_objects, counted_participle as _counted_participle
from .agents import reacted_to as _reacted_to, recipients as _recipients, relative_head as _relative_head
from .agents import headline_passive, scened_participle as _scened_participle, undertaken_by
from .headlines import relative_subject, subject_relative
from .agents import subject_is_patient as _subject_is_patient, subject_lemmas as _subject_lemmas
from .headlines import headline_patients as _headline_patients
from .clauses import clausal_object, depicted_doer, elliptical_parts, existential_things, member_participle, retort
from .territory import near_miss
from .vetoes import ruled_out
from .lexicon import Lexicon, TriggerRule
from .objects import OBJECT_CLASSES as _OBJECT_CLASSES, object_matches as _object_matches, partitive_of
from .objects import previous_antecedent, told_a_person, town_named
from ..places._fold import fold
from .syntax import children as _children, is_passive, prep_objects as _prep_objects, shared_agent, shared_objects
from .misparse import adjectival_verb, adverb_subject, alias_subject
from .uncoded import uncoded_acts
from .syntax import _is_clause_head, headless_predicate, misread_finite_subject, nominal_gerund
from .syntax import participle_subject_object, stranded_subject, to_infinitive
from .syntax import _misattached_conj  # noqa: F401  (imported from here by attribution and dating)
from .syntax import counted_crowd, noun_phrase_words as _noun_phrase_words, with_conjuncts as _with_conjuncts

if TYPE_CHECKING:
    from ..lang import LanguageProfile

# subject_of, phrase_tokens, means_agent and accused_of live in .agents (the slot fillers, split from here by job)
# and are imported from here by older callers
__all__ = ["Mention", "find_mentions", "candidate_from_mention", "RuleDetector", "subject_of", "phrase_tokens", "is_passive", "same_scene",
           "means_agent", "accused_of"]

# Acts whose announcer is seldom their doer: "Amnesty announced the arrest of two activists" (policy_light_verbs)
_REPORTED_ACTS = {("COERCE", "arrest"), ("COERCE", "seize"), ("COERCE", "deport"), ("RETREAT", "release")}
# The words (relative pronouns, agentive nouns, same-scene markers) are the language
# profile's (lang/en/profile.json), passed as ``lang``.


@dataclass(frozen=True)
class Mention:
    """A trigger that matched a rule, with its argument tokens.

    Attributes
    ----------
    rule : TriggerRule
    trigger : spacy.tokens.Token
        The word reported as the trigger (the verb, or the object noun of a
        light verb such as "ordered a *shutdown*").
    head : spacy.tokens.Token
        The clause head the rule matched on (certainty and dates hang off it).
    obj : spacy.tokens.Token | None
        The object that satisfied ``rule.objects``.
    actor : spacy.tokens.Token | None
        Head token of the actor phrase.
    recipients : tuple[spacy.tokens.Token, ...]
        Candidate heads of the recipient phrase, in the rule's order; the
        first that resolves to an actor is the recipient.
    part : spacy.tokens.Token | None
        For an elliptical second event ("detained 12 ... and nine more on
        15/06/2020"), the word that heads it; its subtree holds that event's
        own date and count.
    """

    rule: TriggerRule
    trigger: object
    head: object
    obj: object | None
    actor: object | None
    recipients: tuple = ()
    part: object | None = None


def same_scene(clause, *, lang: LanguageProfile) -> bool:
    """Whether an adverbial "when/as/while" clause describes the same time and place.

    Shared by date and place selection: such a clause is part of the event's
    scene ("were detained ... when police broke up a march on Friday"), unlike
    other adverbial clauses.

    Parameters
    ----------
    clause : spacy.tokens.Token
        The head token of a clause.
    lang : LanguageProfile
        Its ``same_scene_markers`` ("when", "as", "while").

    Returns
    -------
    bool
        True when ``clause`` is an ``advcl`` with a "when", "as" or "while"
        marker or adverb.
    """
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in lang.same_scene_markers for c in clause.children
    )


def _detached(verb, obj) -> bool:
    """An 'object' cut off from its verb by a comma is a misattached apposition.

    "demonstrated in the city of Zhanaozen, ..., the capital city of
    Kazakhstan": the small parser makes "the capital city" an object of
    "demonstrated".
    """
    lo, hi = sorted((verb.i, obj.left_edge.i))
    return any(t.text in (",", ";", "(", ")") for t in verb.doc[lo:hi])


def _route(verb, obj, lang: LanguageProfile) -> bool:
    """An 'object' right after a path preposition the parser made the verb's particle is the path of a motion.

    "marched up Fifth Avenue", "marched down the main avenue": the small parser reads "up" and "down" as
    particles and the street as a direct object, which an intransitive rule ("march": no object) would take
    for a transitive use. The prepositions are the profile's ``route_prepositions`` ("marched off the
    prisoners" is transitive). So is a place after a locative preposition (the profile's
    ``locative_prepositions``) the tagger read as the place's adjective ("are demonstrating outside
    parliament": "outside" an ``amod`` of "parliament").
    """
    if obj.ent_type_ in ("PERSON", "NORP") or obj.lemma_.lower() in lang.person_nouns | lang.protester_nouns:
        return False  # "Police marched up the suspects to the van": people led, a transitive march (a building is a route)
    first = obj.left_edge
    if first.i == verb.i + 1 and first.dep_ == "amod" and first.head == obj \
            and first.lower_ in lang.locative_prepositions:
        return True  # "are demonstrating outside parliament": the tagger read the preposition as an adjective
    return any(c.dep_ == "prt" and c.lower_ in lang.route_prepositions and verb.i < c.i < obj.left_edge.i
               for c in verb.children)


def _ruled_out_phrase(p, rule: TriggerRule) -> set[str]:
    """The words of a preposition's object that a rule's ``not_preps`` read.

    The noun and what names it (``noun_phrase_words``), and the nouns of its phrases of the rule's
    ``prep_noun_phrases``: "took part in a demonstration of the new software", "the battle against the
    wildfires", "the battle of the bands" name no protest and no attack (PLOVER manual: PROTEST and ASSAULT
    need a protest or an attack, not a show or a fight against a hazard).
    """
    words = _noun_phrase_words(p)
    for prep in rule.prep_noun_phrases:
        for q in _prep_objects(p, prep):
            words = words | _noun_phrase_words(q)
    return words


def _names_people(noun, lang: LanguageProfile) -> bool:
    """Whether a noun names people: a person or crowd noun, a person, group or organisation, or a count of them.

    The doer a stranded verb with no subject list of its own may take ("dozens of demonstrators outside the
    consulate protested", "some women with long stays protested"): a crowd protests, a result or an engine
    "protested"/"demonstrated" in a reduced relative is the thing contested or shown (PLOVER manual, PROTEST:
    the protesters are its actor). The nouns are the profile's ``person_nouns``, ``protester_nouns`` and
    ``collective_nouns``; "tens of demonstrators" reads through its ``of`` phrase.
    """
    people = lang.person_nouns | lang.protester_nouns | lang.collective_nouns
    for n in (noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")):
        if n.ent_type_ in ("PERSON", "NORP", "ORG") or n.lemma_.lower() in people or n.lower_ in people:
            return True
    return False


def armed_subject(tok, armed: Callable[[str], bool] | None, lang: LanguageProfile) -> bool:
    """Whether the subject of a clause (or a conjunct of it) is a group the knowledge base lists as armed.

    The ``@ARMED`` class of a rule's ``subjects``: "Hezbollah has struck ...", "the SAA and Hezbollah struck ...".
    A named armed organisation attacks as its fighters do (ACLED codebook 2023: rebel groups, political and
    identity militias are armed, organised actors); the name is the subject's entity, or its proper-noun words.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The clause head.
    armed : callable or None
        Whether a name is an armed group's (the knowledge base's ``armed_group`` organisations); None: no names.
    lang : LanguageProfile

    Returns
    -------
    bool
    """
    subj = subject_of(tok, lang=lang) if armed is not None else None
    return subj is not None and any(armed_name(noun, armed) for noun in (subj, *subj.conjuncts))


def armed_name(noun, armed: Callable[[str], bool] | None) -> bool:
    """Whether a noun names a group the knowledge base lists as armed: its entity, or its proper-noun words.

    "Hezbollah has struck ...", "the checkpoint was captured by Ahrar al-Sham" (which the small model's NER may
    type a person's name: the by-phrase names the captors, no voter or candidate).

    Parameters
    ----------
    noun : spacy.tokens.Token
    armed : callable or None
        Whether a name is an armed group's; None: no names.

    Returns
    -------
    bool
    """
    if armed is None:
        return False
    names = [e.text for e in (entity_at(noun),) if e is not None]
    if noun.pos_ == "PROPN":
        names.append(" ".join(t.text for t in noun.subtree if t.dep_ == "compound" and t.pos_ == "PROPN" or t == noun))
    return any(armed(n) for n in names)


def _infinitive_after_a_date(tok, x) -> bool:
    """Whether ``x``, an infinitive the parser hung on ``tok`` as a clause, is its complement put off by a date.

    "offered on Tuesday to hold talks": only a date phrase stands between,
    and the verb has no object. With an object or another phrase between it
    is the purpose of the act ("offered a reward to catch the killers",
    "offered prayers to mark the anniversary", "pressed into the town to
    clear it"), not what was offered or pressed for (PLOVER manual, AGREE
    and REQUEST: the offer or demand itself).
    """
    if x.dep_ not in ("ccomp", "advcl") or not to_infinitive(x):
        return False
    if any(c.dep_ in ("dobj", "dative", "prt") for c in tok.children):
        return False
    between = [c for c in tok.children if tok.i < c.i < x.i and not c.is_punct]
    return all(any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in between)


def _stray_prep_objects(noun, prep: str) -> list:
    """The objects of a ``prep`` phrase the parser hung on the verb above a noun, right after the noun's own phrase.

    "fled after the fall of Menaka to Islamic State fighters", "described the fall of Bakhmut to Russian forces as
    a turning point": the small parser attaches the "to" phrase to the clause's verb, though it follows the noun's
    "of" phrase with nothing between (English noun phrases keep their complements together; "the fall of X to Y"
    is one phrase). Only for a noun that is a verb's object or the object of a preposition on it.
    """
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if noun.dep_ not in ("pobj", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return []
    nxt = noun.right_edge.i + 1
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ == prep and c.i == nxt
            for o in _with_conjuncts([g for g in c.children if g.dep_ == "pobj"])]


def _not_name_words(lang: LanguageProfile) -> frozenset[str]:
    """Nouns that make a name a body's, a building's or a place's, never a person's (``@ORGNAME``).

    Profile ``organisation_head_nouns``, ``building_nouns``, ``institution_nouns``, ``secured_place_nouns``,
    ``place_nouns``, ``sub_place_nouns`` and ``unpersonal_name_nouns``.
    """
    return lang.derived("events.not_name_words", lambda _: frozenset(
        w for words in (lang.organisation_head_nouns, lang.building_nouns, lang.institution_nouns,
                        lang.secured_place_nouns, lang.place_nouns, lang.sub_place_nouns, lang.unpersonal_name_nouns)
        for w in words))


def _captor_words(lang: LanguageProfile) -> frozenset[str]:
    """Nouns of people who take a person, for the by-agent of an ``@ORGNAME`` passive ("captured by troops").

    Profile ``person_nouns``, ``security_nouns`` and ``headline_doer_nouns``; a thing is no captor ("Juventus was
    captured by a late goal": a club, no person arrested).
    """
    return lang.derived("events.captor_words", lambda lg: frozenset(
        w for words in (lg.person_nouns, lg.security_nouns, lg.headline_doer_nouns) for w in words))


def _once(memo: dict | None, key: str, read: Callable[[], Any]) -> Any:
    """``read()``, remembered in ``memo`` under ``key`` (a token's reading that no rule changes); no memo: read."""
    if memo is None:
        return read()
    hit = memo.get(key, _UNREAD)
    if hit is _UNREAD:
        hit = memo[key] = read()
    return hit


_UNREAD = object()


def _particles(tok, rule: TriggerRule) -> list:
    """The rule's particle on ``tok`` ("out" in "walked out of the meeting"), or its object predicate.

    "set two banks ablaze": the parser may read the word after the object as an object predicate (``oprd``)
    or hang it on the object ("set two buses alight", an apposition); it is the verb's word all the same
    (Huddleston and Pullum 2002, ch. 4, complex-transitive "set NP ablaze").
    """
    if rule.particle is None:
        return []
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return [c for c in [*tok.children, *(g for o in objs for g in o.children if g.dep_ == "appos" and g.i == o.i + 1)]
            if c.dep_ in ("prt", "advmod", "prep", "oprd", "appos") and c.lower_ == rule.particle]


def _match(tok, rule: TriggerRule, lang: LanguageProfile, armed: Callable[[str], bool] | None = None,
           memo: dict | None = None, town: Callable[[str], bool] | None = None) -> list[Mention]:
    # memo: the readings of ``tok`` that depend on no rule (its clause, voice and subjects), kept by
    # :func:`find_mentions` across the rules of one word (a word has up to 40 rules; each read them again)
    # "Fighting between X and Y has left 80 dead": a gerund subject is the noun of a noun rule
    gerund = "NOUN" in rule.pos and nominal_gerund(tok) and tok.lower_ == rule.lemma
    if tok.pos_ not in rule.pos and not gerund:
        return []
    is_noun = tok.pos_ in ("NOUN", "PROPN") or gerund
    if is_noun and (_reacted_to(tok, lang) or tok.dep_ == "compound" or any(c.dep_ == "dobj" for c in tok.children)):
        # a noun that modifies another ("firing range", "attack helicopter", or "army firing exercise", where
        # the parser reads a verb with an object) names no event
        return []
    if not is_noun and tok.tag_ == "VBG" and tok.i + 1 < len(tok.doc) \
            and f"{tok.lower_} {tok.doc[tok.i + 1].lower_}" in lang.gerund_compounds:
        # "These are killing fields", "The rebels are raiding parties": after "be", the parser reads the -ing word of
        # a compound noun (profile gerund_compounds) as a progressive verb with an object
        return []
    # "Burundian authorities on Friday arrested journalist X", "police are patrolling crowded markets": a finite
    # verb read as an adjective of its object
    dated = None if is_noun or rule.no_object else adjectival_verb(tok)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if not is_noun and dated is None and not list(tok.children) and nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return []  # "riot police", "strike force": a bare word before a noun modifies it
    headless = not is_noun and rule.no_object and rule.subjects is not None and headless_predicate(tok)
    # "A bomber driving a minibus packed with explosives killed 50 people", "Some 50 women protested in X":
    # a finite verb read as a relative
    misread = None if is_noun or headless else (misread_finite_subject(tok) or (dated[0] if dated else None) or (
        counted_crowd(tok, lang.collective_nouns) if rule.no_object or rule.event_type == "PROTEST" else None)
        or depicted_doer(tok, lang=lang))  # "footage showing soldiers beating protesters": the soldiers beat
    # "A car bomb detonated outside a police station, causing ...": an intransitive verb hung on its subject
    stranded = stranded_subject(tok) if misread is None and rule.stranded_subject and not is_noun and not headless else None
    if stranded is not None and rule.subjects is not None and not {stranded.lemma_.lower(), stranded.lower_} & set(rule.subjects):
        stranded = None
    if stranded is not None and rule.subjects is None and not _names_people(stranded, lang):
        stranded = None  # "Election result protested in court", "The new engine demonstrated at the show": a true relative
    misread = misread or stranded
    # "51 people arrested for ...", "an Israeli soldier captured two years ago by Gaza militants": a reduced relative
    reduced = not is_noun and misread is None and (
        (rule.reduced_relative and (_counted_participle(tok) or member_participle(tok, lang) is not None))
        or (rule.scened_relative and _scened_participle(tok))
        or (tok.dep_ == "acl" and headline_passive(tok, lang))  # "Students arrested after protest in Dhaka"
        or subject_relative(tok, lang))  # "The students arrested after the protest were released"
    # "stop the mob from looting.": the parser may make a bare gerund after "from" the preposition's object
    if not is_noun and not (_once(memo, "clause_head", lambda: _is_clause_head(tok, lang.clause_adjectives))
                            or headless or misread is not None or reduced or kept_from_keeper(tok, lang) is not None):
        return []
    passive = False if is_noun or headless or misread is not None else (
        _once(memo, "passive", lambda: is_passive(tok)) or _once(memo, "counted", lambda: _counted_participle(tok))
        or reduced or _once(memo, "patient", lambda: _subject_is_patient(tok, lang)))
    if rule.voice == "active" and passive:
        return []
    if rule.voice == "passive" and not passive:
        return []
    if rule.particle is not None:
        if not _particles(tok, rule):
            return []
    if rule.event_type == "ASSAULT" and not is_noun and retort(tok, lang=lang):
        return []  # "the bench shot back:", "the minister fired back": a retort with no target, no attack
    dobjs = _with_conjuncts(_children(tok, {"dobj"}) + ([dated[1]] if dated else []))
    if rule.existential:
        # "there were arrests in three cities", "there were reports of looting": the noun is the act
        dobjs = existential_things(tok, lang=lang)
        if not dobjs:
            return []
    if rule.no_object and any(not _detached(tok, o) and not _route(tok, o, lang) for o in dobjs):
        return []
    if rule.no_object and clausal_object(tok, lang=lang):
        return []  # "demonstrate how little we have understood": a clausal object, the verb means "show"
    if rule.xcomp is not None:
        # a finite clause ("told Reuters that soldiers had killed ...") is reported content, not the
        # ordered act: a ccomp or advcl counts only as an infinitive ("told police to shoot")
        # a noun (or a lone word) the parser made a clause or a dative is the object's predicate ("held the
        # villagers hostage", "took hostage 20 soldiers", "took five officers hostage" with "hostage" tagged a
        # verb): a noun heads no clause, nor does a word with nothing under it
        xs = [c for c in tok.children if c.dep_ in ("xcomp", "oprd", "acomp") or (
            c.dep_ in ("ccomp", "advcl") and to_infinitive(c)) or (
            c.dep_ in ("ccomp", "dative") and (c.pos_ == "NOUN" or not any(c.children)))]
        xs = xs + [g for x in xs for g in x.children if g.dep_ == "xcomp"]
        # "left 225 people dead": the small parser makes the predicate an adjective of the object
        xs = xs + [g for d in dobjs for g in d.children if g.dep_ == "amod" and g.i > d.i]
        # "left more than two dozen people injured", "left dozens of protesters wounded": or a
        # participle clause on a counted object
        acl = [g for d in _counted_objects(dobjs) for g in d.children if g.dep_ == "acl" and g.i > d.i]
        wanted = set(rule.xcomp)
        # an empty list wants any infinitive: "offered to hold talks", and "offered on Tuesday to hold talks",
        # whose infinitive the parser hangs on the verb as an adverbial clause once a date comes between
        if not any((not wanted and (x.dep_ == "xcomp" or _infinitive_after_a_date(tok, x)))
                   or x.lemma_.lower() in wanted for x in xs) and not any(
                x.lower_ in wanted for x in acl):
            return []
    if rule.preps is not None:
        for prep, allowed in rule.preps.items():
            # "set buildings on fire": the parser may hang the phrase on the object, and the verb may have a phrase
            # of the same preposition that is not it ("launched an attack on Israel on Saturday")
            pobjs = _prep_objects(tok, prep) + ([] if rule.own_preps else [p for o in dobjs for p in _prep_objects(o, prep)])
            # "walked out of the talks": the parser hangs "of" on the particle "out", as not_preps read it below
            pobjs = pobjs + [p for pt in _particles(tok, rule) for p in _prep_objects(pt, prep)]
            if not pobjs and is_noun and allowed:
                # "fled after the fall of Menaka to IS fighters": "to" on "fled"; only a phrase whose head is a word of
                # the rule, for a verb may take its own "to" ("likened the fall of Mosul to a military catastrophe")
                pobjs = [p for p in _stray_prep_objects(tok, prep) if p.lemma_.lower() in allowed or p.lower_ in allowed]
            if not pobjs and not allowed:
                # "calls for the government to free ...": the parser makes "for" the mark of an
                # infinitive clause; the clause is the preposition's object
                pobjs = [c for c in tok.children if c.dep_ in ("advcl", "ccomp")
                         and any(m.dep_ == "mark" and m.lower_ == prep for m in c.children)]
            if not pobjs:
                return []
            # "took control of a number of strategic sites": a part or amount stands for the noun it is of
            pobjs = pobjs + [q for p in pobjs if (q := partitive_of(p, lang.partitive_nouns)) is not None]
            if allowed and not any(
                p.lemma_.lower() in allowed or p.lower_ in allowed
                or (not rule.prep_heads and any(c.lemma_.lower() in allowed for c in p.subtree))
                or any(p.ent_type_ in _OBJECT_CLASSES.get(a, ()) for a in allowed if a.startswith("@"))
                or ("@TOWN" in allowed and town_named(p, town, allowed)) for p in pobjs  # "the fall of Wad Madani to the RSF"
            ):
                return []
    # "as protests against a proposed law continued": the parser may give the verb two subjects
    named = [c for c in tok.children if c.dep_ == "nsubj" and rule.subjects and {c.lemma_.lower(), c.lower_} & set(rule.subjects)]
    subject_words = _once(memo, "subjects", lambda: _subject_lemmas(tok, lang)) | (
        {tok.head.lemma_.lower(), tok.head.lower_} | {c.lemma_.lower() for c in tok.head.children if c.dep_ == "compound"}
        if headless else set())
    subject_words = subject_words | ({stranded.lemma_.lower(), stranded.lower_} if stranded is not None else set())
    subject_words = subject_words | (_subject_lemmas(tok, lang, subj=dated[0]) if dated else set())
    stood_for = None  # "Rebels planted a bomb near the checkpoint. It detonated on Tuesday": "it" is the bomb
    if rule.no_object and rule.subjects is not None and (it := subject_of(tok, lang=lang)) is not None \
            and lang.coref_pronouns.get(it.lower_) == "thing" and (ante := previous_antecedent(it, lang.thrown_device_verbs)) is not None \
            and {ante.lemma_.lower(), ante.lower_} & set(rule.subjects):
        stood_for = (it, ante)
        subject_words = subject_words | {ante.lemma_.lower(), ante.lower_}
    if rule.subjects is not None and "@ARMED" in rule.subjects and armed_subject(tok, armed, lang):
        subject_words = subject_words | {"@ARMED"}  # "Hezbollah has struck ...": a named armed group
    if rule.subjects is not None and "@TOWN" in rule.subjects and (it := subject_of(tok, lang=lang) or adverb_subject(tok)) \
            is not None and town_named(it, town, rule.subjects):  # "Bakhmut fell ...", Bakhmut tagged ADV (misparse)
        subject_words = subject_words | {"@TOWN"}  # "Kidal fell into the hands of Tuareg rebels": a town by its name
    if rule.subjects is not None and not (subject_words & set(rule.subjects)) and not named \
            and (rule.trigger_on == "subject" or not subject_conjunct_lemmas(tok, lang) & set(rule.subjects)):
        # a conjunct meets the subject list of a rule whose verb is the trigger ("UN and French soldiers
        # patrolled"), not one whose subject noun is ("protests and riots started": the noun is the event)
        return []
    if rule.not_subjects is not None and (_once(memo, "subjects", lambda: _subject_lemmas(tok, lang)) | ({tok.head.lemma_.lower()} if tok.dep_ == "advcl"
            and tok.tag_ == "VBG" and not _children(tok.head, {"dobj"}) else set())) & set(rule.not_subjects):
        return []  # "CCTV captured him"; "a bus crashed, killing 14" (an intransitive verb's act: not "stormed the town")
    if rule.not_preps is not None and any(_ruled_out_phrase(p, rule) & set(words) or (
                                              "@PERSON" in words and p.ent_type_ == "PERSON" and not armed_name(p, armed))
                                          or "*" in words  # "sparked protests from the players": any phrase of it
                                          for prep, words in rule.not_preps.items()
                                          for p in _prep_objects(tok, prep) + [q for o in dobjs + _particles(tok, rule) for q in _prep_objects(o, prep)]):
        # "was captured on video", "captured by camera crews", "killed in a gas cylinder blast"; as for preps, the
        # parser may hang the phrase on the object ("attacked a military post on social media") or on the particle
        # ("doctors walked out of the theatre": "of" under "out")
        return []
    if rule.not_subject_preps is not None and (subj := subject_of(tok, lang=lang)) is not None and any(
            {t.lemma_.lower() for t in p.subtree} & set(words)
            for prep, words in rule.not_subject_preps.items() for p in _prep_objects(subj, prep)):
        return []  # "a clash of schedules occurred", "a raid on the pension fund took place": no violence
    if rule.not_subject_prep_heads is not None and (subj := subject_of(tok, lang=lang)) is not None and any(
            _noun_phrase_words(p) & set(words)
            for prep, words in rule.not_subject_prep_heads.items() for p in _prep_objects(subj, prep)):
        # "the battle against inflation", "a battle for the title": only what the phrase's noun is, never a word
        # deeper in it ("violence against poverty-stricken villagers", "clashes against protesters denouncing corruption")
        return []
    if rule.not_objects is not None and any(
            w.lemma_.lower() in rule.not_objects or w.lower_ in rule.not_objects
            or w == o and any(w.ent_type_ in _OBJECT_CLASSES.get(a, ()) for a in rule.not_objects if a.startswith("@"))
            and not (w.pos_ == "PROPN" and "@ANYNAME" in (rule.objects or ()))  # "entered Tal Afar": the type is distrusted
            for o in dobjs + _children(tok, {"nsubjpass"}) + _headline_patients(tok, lang) for w in (o, *_prep_objects(o, "of"))):
        # "fought the elections", "elections were fought", "fighting the spread of the disease"; an entity class
        # names the object itself ("beat Chelsea"), not the group its people belong to ("beat members of the MDC");
        # a headline's passive noun is the patient too ("Reform plan attacked by unions")
        return []
    if ruled_out(tok, rule, dobjs, lang):
        return []  # "fought to save the patient", "stormed out", "a charm offensive", "fire broke out, killing six"
    if rule.subtree is not None:
        lemmas = {t.lemma_.lower() for t in tok.subtree} | {t.lower_ for t in tok.subtree}
        if not lemmas & set(rule.subtree):
            return []
    if rule.objects is not None or rule.object_text is not None:
        things = lang.derived("events.thing_pronouns",
                              lambda lg: frozenset(w for w, kind in lg.coref_pronouns.items() if kind == "thing"))
        left = {"remainders": lang.remainder_nouns, "people": lang.person_nouns | lang.security_nouns,
                "not_name_words": _not_name_words(lang), "captors": _captor_words(lang), "town": town}
        # "burned down the house of X": the small parser may hang the object on the particle, as a preposition's
        particled = [g for c in tok.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"]
        matched = [o for o in dobjs or particled or ([] if passive else shared_objects(tok) or participle_subject_object(tok))
                   if _object_matches(o, rule, lang.partitive_nouns, thing_pronouns=things, **left)]
        if passive and not matched:
            # "two activists, who were caught by the police": the relative pronoun stands for the activists, when
            # the rule's patients are people ("LPG, which is widely used as a fuel" is no gas used on a crowd), or a
            # force put in place ("the policemen who have been deployed": PLOVER MOBILIZE, a side's own forces; profile
            # police_presence_verbs), never a base, camp or group set up, moved or formed ("the relief camp which was
            # set up", "the group, which was formed in 2010": background, no force moved)
            placed = rule.event_type == "MOBILIZE" and rule.lemma in lang.police_presence_verbs
            relative = rule.trigger_on != "object" and ("@PERSON" in (rule.objects or ()) or placed)
            # "Protesters detained in Minsk were released": a predicate hung on the subject's reduced relative
            # "Also known as the Falcon, Okello ... was captured": the subject hung in an opening alias phrase
            matched = [o for o in _with_conjuncts(_children(tok, {"nsubjpass"}) or relative_subject(tok, lang)
                                                  or alias_subject(tok, lang))
                       if _object_matches(_relative_head(o, lang) if relative else o, rule,
                                          lang.partitive_nouns, thing_pronouns=things, **left)]
        if passive and not matched and reduced and _object_matches(
                tok.head, rule, lang.partitive_nouns, thing_pronouns=things, **left):
            matched = [tok.head]  # "the 15 soldiers captured by rebels": the noun is the one taken
        if not matched:
            return []
        if rule.trigger_on == "verb":
            # "used water cannon and tear gas": one event, stated by the verb once
            matched = matched[:1]
    else:
        matched = [None]

    out = []
    for obj in matched:
        if passive:
            agents = _prep_objects(tok, "by")
            actor = agents[0] if agents else (means_agent(tok, lang=lang) or shared_agent(tok)
                                              or commanding_party(tok, lang=lang, passive=True))
        else:
            actor = nominal_agent(tok, lang=lang) if is_noun else (misread or subject_of(tok, lang=lang))
            if stood_for is not None and actor == stood_for[0]:
                actor = stood_for[1]  # the bomb "it" stands for is the subject, as in "the bomb detonated"
            if not is_noun and rule.trigger_on != "subject":
                actor = means_wielder(actor, lang=lang) or actor  # "air strikes by government forces killed"
            if is_noun and actor is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lang.policy_light_verbs \
                    and rule.event_type != "ASSAULT" and (rule.event_type, rule.mode) not in _REPORTED_ACTS:
                actor = subject_of(tok.head, lang=lang)  # "Italy announced a suspension of air links"
        recipients = _recipients(tok, obj, rule.recipient, passive, lang)
        trigger = obj if (rule.trigger_on == "object" and obj is not None) else tok
        if obj is not None and trigger == obj and partitive_of(obj, lang.partitive_nouns) is not None:
            trigger = partitive_of(obj, lang.partitive_nouns)  # "a number of rallies were held": the rallies
        actor = named[0] if named and rule.trigger_on == "subject" else actor
        if rule.trigger_on == "subject" and actor is not None:
            # "protests erupted": the noun is the event; its modifiers name who ("student protests")
            if actor.lemma_.lower() in lang.partitive_nouns and (members := _prep_objects(actor, "of")):
                actor = members[0]  # "a wave of protests began": the protests are the event
            trigger = actor
            who = [c for c in actor.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN")]
            of = _prep_objects(actor, "by") or undertaken_by(actor, lang)
            actor = who[0] if who else (of[0] if of else commanding_party(tok, lang=lang))
            sides = (_between(trigger) or _between(tok)) if "between" in rule.recipient else None
            if sides is not None:
                # "fighting between the army and the rebels flared", "fighting broke out between ...": the sides
                actor, other = sides
                recipients = (other,) if other is not None else ()
        elif "between" in rule.recipient and is_noun and _between(tok) is not None:
            actor = _between(tok)[0]
        if rule.event_type == "PROTEST" and rule.mode in lang.town_strike_modes and actor is not None \
                and town_named(actor, town):
            actor = None  # "Kolhapur observed a bandh": the town is where; its people, unnamed, did it (ACLED: Protesters)
        if rule.actor is not None:
            # "Kareto fell to ISWAP fighters": the doer is named by a phrase, not the subject
            found = _recipients(tok, obj, rule.actor, passive, lang) or tuple(
                o for spec in rule.actor if is_noun and spec.startswith("prep:")
                for o in _stray_prep_objects(tok, spec.split(":", 1)[1]))  # "the fall of Menaka to IS fighters"
            actor = found[0] if found else None
        out.append(Mention(rule=rule, trigger=trigger, head=tok, obj=obj, actor=_relative_head(actor, lang),
                           recipients=recipients))
        for part in elliptical_parts(tok):
            out.append(Mention(rule=rule, trigger=part, head=tok, obj=obj, actor=_relative_head(actor, lang),
                               recipients=recipients, part=part))
    return out


def _known_org_name(mention: Mention, rule: TriggerRule, known_name: Callable[[str], bool] | None) -> bool:
    """Whether a mention's object, read as a person's name the NER typed an organisation, is a known name.

    ``@ORGNAME``: a name the gazetteer knows as a place's or the knowledge base as an organisation's is no person's
    ("Bakhmut was captured by Wagner fighters" is ground taken, no person arrested).
    """
    obj = mention.obj
    if known_name is None or obj is None or obj.ent_type_ != "ORG" or "@ORGNAME" not in (rule.objects or ()) \
            or told_a_person(obj):
        return False  # "Kamau, who runs a cartel, was captured": the sentence tells a person, a village's name or not
    return known_name(" ".join(t.text for t in obj.subtree if t.dep_ == "compound" or t == obj))


def country_taken(mention: Mention, country: Callable[[str], bool] | None, lang: LanguageProfile) -> str | None:
    """The country a rule whose subject is the ground would read as territory taken, or None.

    "Myanmar fell into the hands of the military in 2021" (a rule whose ``subjects`` take ``@TOWN``): the codebook's
    territory events are Battles at a location an armed group or a state force takes (ACLED codebook 2023,
    Battles: "Non-state actor overtakes territory", "Government regains territory"); a whole country in the hands
    of its own army is a seizure of power, and a country in a force's hands is no such location. The detector
    abstains rather than code it. ``country`` is the knowledge base's and the gazetteer's test of a country's name.
    """
    if country is None or "@TOWN" not in (mention.rule.subjects or ()):
        return None
    subj = subject_of(mention.head, lang=lang)
    if subj is None or subj.pos_ != "PROPN":
        return None
    name = " ".join(t.text for t in subj.subtree if t.dep_ == "compound" or t == subj)
    return name if country(name) else None


def find_mentions(sent, lexicon: Lexicon, *, lang: LanguageProfile,
                  armed: Callable[[str], bool] | None = None,
                  known_name: Callable[[str], bool] | None = None,
                  town: Callable[[str], bool] | None = None) -> Iterator[Mention]:
    """Yield the event mentions of one sentence.

    Parameters
    ----------
    sent : spacy.tokens.Span
        A parsed sentence.
    lexicon : Lexicon
    lang : LanguageProfile
        The relative pronouns and agentive nouns the parse helpers read.
    armed : callable or None
        Whether a name is an armed group's, for the ``@ARMED`` subjects of a rule (:func:`armed_subject`).
    known_name : callable or None
        Whether a name is a place's (the gazetteer) or an organisation's (the knowledge base): such a name, typed an
        organisation, is no person's for a rule's ``@ORGNAME`` ("Bakhmut was captured": ground, no arrest).
    town : callable or None
        Whether a name is a town or region the gazetteer knows and no person the knowledge base knows, for a rule's
        ``@TOWN`` (:func:`dotterel.places.town_names.known_town`: "RSF fighters seized Wad Madani").

    Yields
    ------
    Mention
        In text order; for one trigger word the first matching rule wins
        (a light-verb rule may yield one mention per matching object). A
        rule converted from CAMEO (``source`` set) adds no second mention
        of a type the word already has: "police filed an FIR and a case",
        "exchanged fire and mortars" are one accusation, one clash. Two
        rules of one type and mode on one verb state one event: "captured
        the base and several neighbourhoods".
    """
    for tok in sent:
        lemma = tok.lemma_.lower()
        used_objects: set[int] = set()
        types: set[str] = set()
        verb_kinds: set[tuple[str, str | None]] = set()
        memo: dict = {}  # the word's readings that no rule changes (:func:`_match`)
        # "Fighting between ...": a gerund subject reads the rules of its noun ("fighting") after its verb's
        rules = lexicon.rules_for(lemma) + (lexicon.rules_for(tok.lower_) if tok.lower_ != lemma and nominal_gerund(tok) else [])
        for rule in rules:
            if used_objects and rule.objects is None and rule.object_text is None and all(
                    o.i in used_objects for o in _with_conjuncts(_children(tok, {"dobj", "nsubjpass"}))):
                break  # "expelled two diplomats": a general rule after a specific one would code the object again
            if rule.source is not None and rule.event_type in types:
                continue  # a converted rule does not code the word's event again on another object
            found = [m for m in _match(tok, rule, lang, armed, memo, town) if (m.obj is None or m.obj.i not in used_objects)
                     and not (m.trigger == tok and (rule.event_type, rule.mode) in verb_kinds)
                     and not _known_org_name(m, rule, known_name)]
            if not found:
                continue
            types.add(rule.event_type)
            # "captured the base and several neighbourhoods": two rules of one kind on one verb state one event
            verb_kinds.update((rule.event_type, rule.mode) for m in found if m.trigger == tok)
            yield from (_with_subject_mode(m, lexicon, lang) for m in found) if rule.mode_of_subject else found
            if rule.objects is None:
                break
            # a light verb may govern several events: "ordered the closure of borders and a shutdown"
            used_objects.update(m.obj.i for m in found if m.obj is not None)


def _with_subject_mode(mention: Mention, lexicon: Lexicon, lang: LanguageProfile) -> Mention:
    """The mention with the mode and CAMEO code of the act its subject names ("a massacre took place").

    A verb of occurrence ("take place", "occur", "erupt", "break out"; rules with ``mode_of_subject``)
    only says that its subject's act happened, so the event is that noun's: the first NOUN rule of the
    subject's lemma with the same PLOVER type and a mode gives both ("massacre": massacre, CAMEO 202;
    "shootout": firearms). Without one the mention is returned unchanged.
    """
    subj = subject_of(mention.head, lang=lang)
    if subj is None:
        return mention
    for noun_rule in lexicon.rules_for(subj.lemma_.lower()) + lexicon.rules_for(subj.lower_):
        if "NOUN" in noun_rule.pos and noun_rule.event_type == mention.rule.event_type and noun_rule.mode is not None:
            return replace(mention, rule=mention.rule.model_copy(
                update={"mode": noun_rule.mode, "cameo": noun_rule.cameo or mention.rule.cameo}))
    return mention


def candidate_from_mention(mention: Mention, sentence: int, *, detector: str = "rules.v1",
                           implied: bool = False) -> EventCandidate:
    """The :class:`~dotterel.records.coded.EventCandidate` of a lexicon match.

    Parameters
    ----------
    mention : Mention
        A match from :func:`find_mentions`.
    sentence : int
        Index of its sentence in the document.
    detector : str
        Registry name without ``detect.``.
    implied : bool
        The event is implied by another (``detect.implied.v1``).

    Returns
    -------
    EventCandidate
    """
    rule = mention.rule
    idx = lambda tok: tok.i if tok is not None else None  # noqa: E731
    return EventCandidate(
        sentence=sentence, trigger=mention.trigger.i, head=mention.head.i, obj=idx(mention.obj),
        actor=idx(mention.actor), recipients=tuple(t.i for t in mention.recipients), part=idx(mention.part),
        event_type=rule.event_type, mode=rule.mode, cameo=rule.cameo, lemma=rule.lemma, toll=rule.toll,
        recipient_slot=bool(rule.recipient), requires_recipient=rule.requires_recipient, implied=implied,
        detector=detector,
    )


class RuleDetector:
    """Stage ``detect.rules.v1``: the trigger lexicon (``lang/en/triggers.json``) over every sentence.

    Adds one :class:`~dotterel.records.coded.EventCandidate` per match of
    :func:`find_mentions`, with ``detector="rules.v1"`` and no confidence.

    Parameters
    ----------
    resources : dotterel.pipeline.context.Resources
        Uses ``resources.lexicon``.
    """

    name = "detect.rules.v1"
    requires = ("ctx.sentences",)
    provides = ("ctx.candidates",)

    def __init__(self, resources) -> None:
        self.lexicon = resources.lexicon
        kb = getattr(resources, "kb", None)
        # "@ARMED" subjects: the knowledge base's armed groups ("Hezbollah", "ISIS", "the Taliban"); none without one
        self.armed = None if kb is None else (
            lambda name: (org := kb.organisation(name)) is not None and org.type == "armed_group")
        gazetteer = getattr(resources, "gazetteer", None)
        # "@ORGNAME" objects: a name the gazetteer or the knowledge base knows is a place's or a body's, no person's
        self.known_name = None if kb is None or gazetteer is None else (
            lambda name: kb.organisation(name) is not None or bool(gazetteer.exact(fold(name))))
        self.gazetteer, self.kb = gazetteer, kb
        # a country's name, which no rule reads as ground taken (:func:`country_taken`): the knowledge base's or
        # the gazetteer's country aliases, which hold the names the KB leaves out ("Kosovo") or declares shared ("Congo")
        self.country = None if kb is None else (lambda name: kb.country_by_name(name) is not None or (
            gazetteer is not None and gazetteer.country_alias(name) is not None))

    def __call__(self, ctx) -> None:
        """Add a candidate to ``ctx.sentences[i].candidates`` for each lexicon match in each sentence."""
        from ..places.mislabelled import surnames  # here: the places package imports this module
        from ..places.town_names import known_town
        # "@TOWN" objects: a name the gazetteer knows as a town or a region, the knowledge base as no person's, and
        # the document as no surname of a person it names in full
        people = surnames(ctx.doc)
        town = None if self.gazetteer is None else (lambda name: known_town(name, self.gazetteer, self.kb, people))
        for slot in ctx.sentences:
            for m in find_mentions(slot.span, self.lexicon, lang=ctx.lang, armed=self.armed,
                                   known_name=self.known_name, town=town):
                if (name := country_taken(m, self.country, ctx.lang)) is not None:
                    ctx.abstain_word(slot.index, m.trigger, f"'{name}' is a country: a country in a force's hands is "
                                     "a seizure of power, no territory taken (ACLED codebook 2023, Battles)")
                    continue
                if (missed := near_miss(m, ctx.lang)) is not None:  # "nearly captured" (events.territory)
                    ctx.abstain_word(slot.index, m.trigger, missed)
                    continue
                slot.candidates.append(candidate_from_mention(m, slot.index))
            coded = {c.head for c in slot.candidates} | {c.trigger for c in slot.candidates}
            for tok, reason in uncoded_acts(slot.span, lang=ctx.lang):
                if tok.i not in coded:  # "removed him from his post" is the lexicon's CONCEDE
                    ctx.abstain_word(slot.index, tok, reason)

