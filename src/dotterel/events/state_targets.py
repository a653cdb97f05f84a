"""Recipients that are a state, named by what its forces or officers do in the text.

Three kinds, each tried only when the trigger's own slots and the other
recipient rules (:mod:`dotterel.events.recipients`) found none:

* **a protest its state's forces act on** (PLOVER manual, PROTEST: the target
  is the party the protest confronts). "Security forces broke up a student
  march", "police did not open fire on the crowd of protesters", "security
  forces clashed with stone-throwing protesters": when the protest (its
  trigger, its holders, or the crowd they make up) is the object of a verb
  the trigger lexicon codes as an assault or a coercion, and that verb's
  subject is a state organ (a sector of :data:`dotterel.records.STATE_SECTORS`) with a
  country, the protest faces that country's government. The act need not
  have happened: a denied firing still says whom the crowd stood against.
* **the state behind a repression a reaction or demand is about** (PLOVER
  manual, ACCUSE and REQUEST: the target is who did the act criticised, or
  who can grant the demand; ACLED codebook: arrests are state acts).
  "Condemned the arrest of journalists in Minsk", "a vigil for the detained
  reporters", "the journalists must be released ... reporters held by Kyrgyz
  security services": an object that is a repression noun (the profile's
  ``repression_nouns``) or a person noun with a repression participle
  (``repression_participles``) is aimed at, in this order, the agent of a
  repression in the same sentence ("held by the security services": its
  state's government), the
  government of the country of a place inside the object ("in Minsk"), the
  state recipient of the nearest earlier event of the paragraph that is
  itself about a repression ("sanctions on Moscow over the crackdown ...
  condemning the arrests"), or the one state organ the sentence names
  with its country outside the event's own subject ("condemned the
  crackdown and urged the Georgian government to ..."; two states named,
  or a country only assumed from the document, give none).
* **the public a ban on assemblies is aimed at** (PLOVER manual, COERCE:
  the target is who is restricted). "City authorities banned public
  gatherings": an assembly noun (``protest_event_nouns``) held by no one
  named, with a word of the public on it (``assembly_public_modifiers``), is
  aimed at the civilians of the banning state's own country.

* **who a state's threat would fall on** (PLOVER manual, THREATEN: the
  target is who is threatened). "Police warned that any unauthorised
  gathering would be dispersed", "the army warned that deserters would be
  shot": the object or passive subject of an assault or coercion verb
  inside the threat's own words is the target; an assembly of the public
  is the state's own civilians, as for a ban.

And two that complete a recipient rather than finding it:

* **the government behind a clash's other side** (same PLOVER rule). A
  two-sided clash with protesters is coded as the protest turned violent,
  the protesters as actor and the other side as recipient
  (:func:`dotterel.events.implied.clashes_as_riots`); when that side is a
  state force, the protest faces the force's government, as when the force
  breaks up or fires on the protest.

* **people policed at home** (ACLED codebook: police are state forces
  acting within their own state). "Turkish police prevented the
  demonstration staged by students at Cumhuriyet University": a coercion or
  assault by police (sector ``COP``) of a country, on a group whose words
  name no country (no demonym or place, no word of the profile's
  ``foreign_words``, not refugees), is on that country's people.

A place, a party or a state must be in the text: a condemnation of "the
arrests" with no place and no earlier repression keeps no recipient.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..records import STATE_SECTORS, Actor

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["banned_public", "clash_opponent", "confronted_protest", "policed_at_home", "repressor", "threatened_patient"]

"""PLOVER/CAMEO agent sectors of a state's own organs: police, military, government, intelligence, judiciary."""
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _government(kb, country: str, span, why: str) -> Actor:
    entry = kb.country(country)
    name = f"{entry.name} government" if entry is not None else f"{country} government"
    return Actor(span=span, name=name, country=country, sector="GOV", kind="country", how="context",
                 reason=f"{why}: the government of {country}")


def _subject(verb):
    """The doer of ``verb``: its subject, or the "by" agent of a passive; a conjunct's shared subject."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None:
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None:
            subj = next((p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if subj is not None:
            return subj
    return None


def _is_state(actor: Actor | None) -> bool:
    return actor is not None and actor.sector in STATE_SECTORS and actor.country not in (None, "IGO")


def _names_another_country(protest, country: str, kb) -> bool:
    """Whether the protest's own words name a country other than ``country``.

    "A pro-Palestinian march", "a protest outside the Turkish embassy" acted on by French police: what it
    stands against may be that country, so the forces that act on it do not say whom it confronts.

    Countries by name, demonym or capital (the knowledge base), in the entities of ``protest``'s subtree.
    """
    toks = {t.i for t in protest.subtree}
    for ent in protest.doc.ents:
        if ent.label_ not in ("NORP", "GPE") or ent.start not in toks:
            continue
        for text in dict.fromkeys([ent.text, ent[-1].text]):  # "pro-Palestinian": its last word
            entry = kb.country_by_demonym(text) or kb.country_by_name(text) or kb.country_by_capital(text)
            if entry is not None and entry.alpha3 != country:
                return True
    return False


def confronted_protest(words, resolve: Callable[[object], Actor | None], *, lexicon, lang: LanguageProfile,
                       kb) -> Actor | None:
    """The government whose forces act on a protest (module docstring).

    Parameters
    ----------
    words : iterable of spacy.tokens.Token
        The protest's trigger, head and actor head (``None`` entries are skipped).
    resolve : callable
        Token -> Actor (the assembler's resolver).
    lexicon : dotterel.events.lexicon.Lexicon
        Whether a verb is coded as an assault or a coercion.
    lang : LanguageProfile
        ``confront_prepositions``.
    kb : KnowledgeBase
        The country's name.

    Returns
    -------
    Actor | None
        The country's government, its span the force's words; ``None`` when no state force acts on the protest.

    Examples
    --------
    "Security forces broke up a student march in Dhaka" -> Bangladesh government;
    "Students marched past the police station" -> None (no act on the march).
    """
    seen = set()
    for w in words:
        if w is None or w.i in seen:
            continue
        seen.add(w.i)
        if w.dep_ == "pobj" and w.head.lower_ == "of" and w.head.head.pos_ == "NOUN":
            w = w.head.head  # "the crowd of several thousand protesters"
        if w.dep_ in ("dobj", "nsubjpass"):
            verb = w.head
        elif w.dep_ == "pobj" and w.head.dep_ == "prep" and w.head.lower_ in lang.confront_prepositions:
            verb = w.head.head
        else:
            continue
        if verb.pos_ != "VERB" or not any(r.event_type in _FORCE_TYPES for r in lexicon.rules_for(verb.lemma_.lower())):
            continue
        subj = _subject(verb)
        force = resolve(subj) if subj is not None and subj.i != w.i else None
        if not _is_state(force) or _names_another_country(w, force.country, kb):
            continue
        return _government(kb, force.country, force.span,
                           f"'{subj.text} ... {verb.text}' acts on the protest ('{w.text}'), {force.name}")
    return None


def clash_opponent(trigger, event_type: str, recipient: Actor | None, *, lang: LanguageProfile, kb) -> Actor | None:
    """The government of the state force a protest clashed with (module docstring).

    Parameters
    ----------
    trigger : spacy.tokens.Token
        The protest's trigger.
    event_type : str
        The PLOVER event type.
    recipient : Actor or None
        The recipient found from the trigger's own slots.
    lang : LanguageProfile
        ``two_sided_verbs``.
    kb : KnowledgeBase
        The country's name.

    Returns
    -------
    Actor | None
        The force's government, its span the force's words; ``None`` unless the trigger is a two-sided clash verb
        of a PROTEST whose recipient is a state force other than the government itself.

    Examples
    --------
    "Security forces clashed with stone-throwing protesters in Arequipa, Peru" -> Peru government;
    "Protesters clashed with supporters of the president" -> None (no state force).
    """
    if event_type != "PROTEST" or trigger.lemma_.lower() not in lang.two_sided_verbs or not _is_state(recipient) \
            or recipient.sector == "GOV":
        return None
    return _government(kb, recipient.country, recipient.span,
                       f"the protest clashed ('{trigger.text}') with {recipient.name}, a force of the state")


def _repression_words(obj, lang: LanguageProfile) -> list:
    """The repression words in or on ``obj``: the noun itself, its participle, its "of" noun's participle."""
    out = []
    for n in [obj, *(p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj")]:
        if n.lemma_.lower() in lang.repression_nouns:
            out.append(n)
        out += [c for c in n.children if c.dep_ in ("amod", "acl") and c.lower_ in lang.repression_participles]
    return out


def _objects(toks, event_type: str, lang: LanguageProfile) -> list:
    """What a reaction, demand or protest is about: objects of the head, of a clause on them, of "for"/"against"."""
    heads = [toks.head, toks.trigger]
    out = []
    for h in dict.fromkeys(heads):
        objs = [c for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
        # "passed a resolution condemning the arrests"
        objs += [g for o in list(objs) for c in o.children if c.dep_ == "acl" for g in c.children if g.dep_ == "dobj"]
        if event_type in ("PROTEST", "REQUEST"):
            objs += [p for c in h.children if c.dep_ == "prep" and c.lower_ in lang.cause_prepositions
                     for p in c.children if p.dep_ == "pobj"]
        out += objs
    return out


def _agent_in_sentence(sent, lang: LanguageProfile, resolve) -> tuple[Actor | None, object] | None:
    """The agent a repression in the sentence names by "by" ("reporters held by Kyrgyz security services").

    Returns the first state agent (its Actor and token); failing one, the first agent named at all, with
    ``None`` for its Actor when it is no state ("aid workers detained by rebels"): the doer is then named and
    is not a state, so no state may be guessed from the place. ``None`` when no repression names its agent.
    """
    other = None
    for tok in sent:
        if tok.lower_ not in lang.repression_participles and tok.lemma_.lower() not in lang.repression_nouns:
            continue
        for p in (p for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                  for p in c.children if p.dep_ == "pobj"):
            actor = resolve(p)
            if _is_state(actor):
                return actor, p
            other = other or (None, p)
    return other


def _in_place(tok, lang: LanguageProfile) -> bool:
    """Whether ``tok`` is in the name a locative phrase takes as its place ("in Minsk", "at Evin prison").

    Not a demonym or a name on a person ("a US journalist") nor an origin ("activists from Crimea"): those
    say who the people are, not where the repression was.
    """
    root = tok
    while root.head.i != root.i and (root.dep_ == "conj" or (root.dep_ in ("compound", "nmod", "amod")
                                                           and root.head.ent_type_ == root.ent_type_)):
        root = root.head  # "New York", "in Minsk and Grodno"
    return root.dep_ == "pobj" and root.head.lower_ in lang.locative_prepositions


def _own_clause(verb) -> list:
    """``verb``'s subtree without the clauses coordinated with it ("imposed sanctions ..., and X condemned ...")."""
    out = [verb]
    for c in verb.children:
        if not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
            out += list(c.subtree)
    return out


def repressor(toks, event_type: str, resolve: Callable[[object], Actor | None], earlier,
              token_of: Callable[[object], object], country_at: Callable[[object], str | None],
              paragraph: Callable[[int], int], here: int, *, lang: LanguageProfile, kb,
              to_span: Callable[[int, int], object]) -> Actor | None:
    """The state behind the repression a reaction, demand or protest is about (module docstring).

    Parameters
    ----------
    toks : dotterel.pipeline.context.CandidateTokens
    event_type : str
        ``ACCUSE``, ``REQUEST`` or ``PROTEST``; other types are left alone.
    resolve : callable
        Token -> Actor (the assembler's resolver).
    earlier : sequence of Event
        The document's events so far, in text order.
    token_of : callable
        Event -> its trigger token in the parse (``None`` when not found).
    country_at : callable
        Token -> ISO 3166 alpha-3 of the resolved place it names, or ``None``.
    paragraph : callable
        Original-text offset -> paragraph index.
    here : int
        Original-text offset of the event.
    lang : LanguageProfile
        ``repression_nouns``, ``repression_participles``, ``cause_prepositions``.
    kb : KnowledgeBase
        The country's name.
    to_span : callable
        Doc character offsets -> original-text Span.

    Returns
    -------
    Actor | None

    Examples
    --------
    "Diplomats condemned the arrest of journalists in Minsk" -> Belarus government;
    "The EU condemned the crackdown and urged the Georgian government to act" -> Georgia government;
    "Diplomats condemned the arrests" (nothing earlier, no state named) -> None.
    """
    if event_type not in ("ACCUSE", "REQUEST", "PROTEST"):
        return None
    found = [r for o in _objects(toks, event_type, lang) for r in _repression_words(o, lang)]
    if not found:
        return None
    agent = _agent_in_sentence(toks.head.sent, lang, resolve)
    if agent is not None:
        actor, _tok = agent
        if actor is None:
            return None  # "detained by rebels": a doer that is no state is named
        return _government(kb, actor.country, actor.span,
                           f"'{found[0].text}': the repression is by {actor.name} ('{actor.span.text}')")
    for r in found:
        holder = r.head if r.dep_ in ("amod", "acl") else r
        for t in holder.subtree:
            country = country_at(t) if t.ent_type_ in ("GPE", "LOC", "FAC") and _in_place(t, lang) else None
            if country is not None:
                return _government(kb, country, to_span(t.idx, t.idx + len(t.text)),
                                   f"'{holder.text} ... {t.text}': a repression in {country}")
    for ev in reversed(earlier):
        if paragraph(ev.sentence.start) != paragraph(here):
            break
        rec = ev.recipient
        if rec is None or rec.kind != "country" or rec.sector != "GOV":
            continue
        trig = token_of(ev)
        if trig is None:
            continue
        verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
        if any(t.lemma_.lower() in lang.repression_nouns or t.lower_ in lang.repression_participles
               for t in _own_clause(verb)):
            return rec.model_copy(update={"how": "context", "antecedent": rec.span,
                                          "reason": f"'{found[0].text}' is the repression '{ev.trigger.text}' "
                                                    f"was aimed at, by {rec.name}"})
    named = _state_named_in_sentence(toks, resolve, to_span)
    if named is not None:
        actor, tok = named
        return _government(kb, actor.country, actor.span,
                           f"'{found[0].text}' names no doer; the one state its sentence names is "
                           f"{actor.country} ('{tok.text}')")
    return None


def _state_named_in_sentence(toks, resolve, to_span) -> tuple[Actor, object] | None:
    """The one state organ the event's sentence names with its country, outside the event's own subject.

    "The European Union condemned the crackdown and urged the Georgian government to withdraw the bill":
    a repression with no doer and no place is the state's its sentence names (ACLED codebook 2023:
    arrests and repression are state acts). A country taken from the document's main country
    (``how="role_home_country"``) is not named, nor is the condemner's own state ("Germany condemned the
    crackdown and said the German embassy would shelter activists"); two states named, or none, give
    ``None`` (abstention).
    """
    subjects = [c for c in toks.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = {t.i for c in subjects for t in c.subtree}
    # the condemner's own state ("Germany condemned the crackdown and said the German embassy would shelter
    # activists") is no repressor of what it condemns
    own = {a.country for a in (resolve(c) for c in subjects) if a is not None and a.country is not None}
    found: dict[str, tuple[Actor, object]] = {}
    # only the event's own sentence: a state organ of another sentence is often a third party ("The US condemned
    # the crackdown. The American ambassador met opposition leaders in Minsk")
    for tok in toks.head.sent:
        if tok.i in subject or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            continue
        actor = resolve(tok)
        # a state organ the noun itself names ("the Georgian government", "Kyrgyz police"), not a country
        # read off a modifier of another noun ("a US journalist")
        if _is_state(actor) and actor.how in ("role", "kb_org", "kb_person", "title") and actor.span is not None \
                and actor.span.start <= to_span(tok.idx, tok.idx + len(tok.text)).start < actor.span.end:
            names = {t.text for t in tok.subtree if t.ent_type_ in ("NORP", "GPE") and t.i < tok.i}
            if len(names) > 1:
                return None  # "the Georgian and Armenian governments": two states in one phrase
            if actor.country not in own:
                found.setdefault(actor.country, (actor, tok))
    return next(iter(found.values())) if len(found) == 1 else None


def _public_assembly(obj, actor: Actor, what: str, *, lang: LanguageProfile, kb,
                     to_span: Callable[[int, int], object]) -> Actor | None:
    """The civilians of ``actor``'s country when ``obj`` is an assembly of the public no group is named as holding."""
    if obj.lemma_.lower() not in lang.protest_event_nouns | lang.assembly_nouns:
        return None
    mods = [c for c in obj.children if c.i < obj.i and c.dep_ in ("amod", "det", "compound", "nmod")]
    if any(c.dep_ in ("compound", "nmod") and c.lower_ not in lang.assembly_public_modifiers for c in mods) \
            or any(c.dep_ == "poss" for c in obj.children):
        return None  # "opposition rallies", "the party's march": holders named
    public = [c for c in mods if c.lower_ in lang.assembly_public_modifiers]
    if not public:
        return None
    entry = kb.country(actor.country)
    name = entry.name if entry is not None else actor.country
    first = min(public, key=lambda t: t.i)
    return Actor(span=to_span(first.idx, obj.idx + len(obj.text)), name=f"{actor.country} civilians",
                 country=actor.country, sector="CVL", kind="group", how="context",
                 reason=f"'{first.text} {obj.text}': {what} the public's assemblies in {name}, "
                        f"the state's own country")


def banned_public(toks, event_type: str, actor: Actor | None, *, lang: LanguageProfile, kb,
                  to_span: Callable[[int, int], object]) -> Actor | None:
    """The civilians a ban on public assemblies is aimed at (module docstring).

    Parameters
    ----------
    toks : dotterel.pipeline.context.CandidateTokens
    event_type : str
        Only ``COERCE``.
    actor : Actor | None
        The banning state (sector ``GOV``, ``COP`` or ``MIL``, with a country).
    lang : LanguageProfile
        ``protest_event_nouns``, ``assembly_nouns``, ``assembly_public_modifiers``.
    kb : KnowledgeBase
        The country's name.
    to_span : callable
        Doc character offsets -> original-text Span.

    Returns
    -------
    Actor | None
        ``"<country> civilians"`` (sector ``CVL``), its span the assembly's words.

    Examples
    --------
    "City authorities banned public gatherings" -> the civilians of the authorities' country;
    "Police banned the opposition's rally" -> None here (the holders are named:
    :func:`dotterel.events.recipients.object_party`).
    """
    if event_type != "COERCE" or not _is_state(actor):
        return None
    for obj in (c for c in toks.head.children if c.dep_ in ("dobj", "nsubjpass")):
        found = _public_assembly(obj, actor, "a ban on", lang=lang, kb=kb, to_span=to_span)
        if found is not None:
            return found
    return None


def policed_at_home(event_type: str, actor: Actor | None, recipient: Actor | None, words, *,
                    lang: LanguageProfile) -> Actor | None:
    """``recipient`` with the police's country when police coerce or assault a group of no stated country.

    Parameters
    ----------
    event_type : str
        Only ``COERCE`` and ``ASSAULT``.
    actor : Actor | None
        The police (sector ``COP``), with a country that is no ``IGO``.
    recipient : Actor | None
        A group (``kind`` ``"group"``, resolved from a role noun) with no country and no ``REF`` sector.
    words : iterable of spacy.tokens.Token
        The recipient's words: a ``NORP``, ``GPE`` or ``LOC`` name or a word of ``foreign_words`` among
        them keeps the country unknown.
    lang : LanguageProfile
        ``foreign_words``.

    Returns
    -------
    Actor | None
        The recipient, with the country when the rule applies, else unchanged.

    Examples
    --------
    "Turkish police detained students at Ankara University" -> TUR students;
    "Greek police detained migrant workers" -> no country.
    """
    if event_type not in _FORCE_TYPES or actor is None or actor.sector != "COP" or actor.country in (None, "IGO") \
            or recipient is None or recipient.country is not None or recipient.kind != "group" \
            or recipient.how != "role" or recipient.sector == "REF":
        return recipient
    if any(t.ent_type_ in ("NORP", "GPE", "LOC") or t.lower_ in lang.foreign_words for t in words):
        return recipient
    return recipient.model_copy(update={
        "country": actor.country, "name": f"{actor.country} {recipient.name}",
        "reason": f"{recipient.reason}; policed at home by {actor.name}, so of {actor.country}"})


_ANNOUNCING_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
"""Dependency labels (ClearNLP, as spaCy's English models emit them) by which a threat's verb reaches the
acts it announces: its clausal and open complements ("warned that gatherings would be dispersed",
"threatened to arrest ..."), their conjuncts, and an unmarked adverbial clause that goes on speaking
("warned, adding that any gathering would be dispersed"). A relative clause, or an adverbial clause with a
subordinator ("... if they attacked police"), states another act."""


def _announced_acts(head) -> list:
    """The verbs of the acts ``head`` announces: its complement clauses and theirs, not a relative clause in them.

    "Warned that it would arrest anyone who attacked officers": "arrest" is announced, "attacked" (a relative
    clause on its object) is what the threatened did, not what would befall them.
    """
    def announced(c) -> bool:
        return c.dep_ in _ANNOUNCING_DEPS and not (c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children))

    out, todo = [], [c for c in head.children if c.dep_ != "conj" and announced(c)]
    while todo:
        verb = todo.pop(0)
        out.append(verb)
        todo += [c for c in verb.children if announced(c)]
    return out


def threatened_patient(toks, event_type: str, actor: Actor | None, resolve: Callable[[object], Actor | None], *,
                       lexicon, lang: LanguageProfile, kb, to_span: Callable[[int, int], object]) -> Actor | None:
    """Who the act a threat announces would fall on (module docstring).

    Parameters
    ----------
    toks : dotterel.pipeline.context.CandidateTokens
        The threat's trigger and head; the head's clauses (not its subject) are read.
    event_type : str
        Only ``THREATEN``.
    actor : Actor | None
        Who threatens: never their own target; an assembly of the public needs a state with a country.
    resolve : callable
        Token -> Actor (the assembler's resolver).
    lexicon : dotterel.events.lexicon.Lexicon
        Whether a verb is coded as an assault or a coercion.
    lang : LanguageProfile
        ``protest_event_nouns``, ``assembly_nouns``, ``assembly_public_modifiers``.
    kb : KnowledgeBase
    to_span : callable

    Returns
    -------
    Actor | None

    Examples
    --------
    "Police in Minsk warned that any unauthorised gathering would be dispersed" -> BLR civilians;
    "The army warned that deserters would be shot" -> deserters, as they resolve.
    """
    if event_type != "THREATEN":
        return None
    for verb in _announced_acts(toks.head):
        if verb.pos_ != "VERB" or not any(r.event_type in _FORCE_TYPES for r in lexicon.rules_for(verb.lemma_.lower())):
            continue
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            party = resolve(obj)
            if party is not None and not (actor is not None and (party.name, party.country)
                                          == (actor.name, actor.country)):
                return party.model_copy(update={"reason": f"'{obj.text} ... {verb.text}': the threatened act "
                                                          f"falls on them ({party.reason})"})
            if party is None and _is_state(actor):
                found = _public_assembly(obj, actor, f"'{verb.text}' threatened against", lang=lang, kb=kb,
                                         to_span=to_span)
                if found is not None:
                    return found
    return None
