"""Stage ``actors.coref.v1``: within-document coreference of actors, written on the parse.

No coreference model installs offline, so the links are made by rule, in the
spirit of the rule-based resolvers that precede learned ones (Hobbs 1978;
Lappin and Leass 1994; the Stanford multi-pass sieve, Lee et al. 2013):

1. every noun phrase of the document that the :class:`~.resolve.ActorResolver`
   resolves by itself (a knowledge-base person or body, a country, a role
   noun) is an *antecedent mention*, with its sentence, paragraph, number and
   whether it is a clause subject;
2. an *anaphor* is a third-person pronoun ("It calls for", "they said") or a
   definite description: a demonstrative with an actor noun ("these thuggish
   elements") or "the" with a noun of ``coref_description_nouns`` ("the
   organisation", "the militants"), or a bare plural member noun as a
   subject ("Members condemned": the body last named); an appositive ("the
   group, Amnesty International,") names its head directly;
3. the antecedent is the nearest earlier mention that agrees in number and
   animacy and whose kind fits the description's head noun (a "body" noun
   takes an organisation, "militants" an armed group, "the troops" a state
   force of the same sector); the same sentence comes first, then earlier
   sentences of the paragraph, then the previous paragraph (for pronouns) or
   any earlier paragraph (for descriptions);
4. when the nearest sentence with a fitting mention holds two different
   actors that fit, the link is ambiguous and the stage abstains; the noun
   a relative clause is about is never its subject pronoun's antecedent
   ("the activists they have detained", :func:`gap_heads`), nor is an object
   pronoun's own clause's subject ("Police fired tear gas at them",
   :func:`clause_mates`), nor what that subject, a pronoun, refers to ("They
   fired tear gas at them"; when that pronoun is unresolved, so is this one);
5. across the whole document, a statement's "we", a defined acronym, and a
   name repeated by its last word ("Lam", "Parliament" after "the European
   Parliament", :func:`last_word_links`) name the earlier actor.

A link is recorded in ``ctx.coref`` (token index -> :class:`~dotterel.records.Actor`)
and in the document's actor memory, where
:meth:`~.resolve.ActorResolver.resolve` finds it: the actor keeps the
anaphor's own span, ``how`` is ``"pronoun"`` or ``"context"``, and
``antecedent`` is the span of the words it refers back to (the evidence).
A pronoun the stage left ambiguous is resolved to nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..annotate import doc_text
from ..records import STATE_SECTORS, Actor
from .binding import clause_mates, commanding_subjects, gap_heads
from .coref_pairs import pair_antecedent, pair_head, pair_span
from .coref_sources import outside_quotes as _outside_quotes
from .coref_sources import source_links
from .resolve import phrase_tokens_of, subject_of
from .vocabulary import vocabulary_of

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["ActorMention", "Anaphor", "Coreference", "acronym_links", "antecedent_mentions", "author_links",
           "find_anaphor",
           "gap_heads", "last_word_links", "link", "pair_head", "self_links"]

# Dependency labels under which a noun is an argument that can name an actor.
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "poss", "ROOT", "attr", "dative", "agent",
                  "npadvmod", "oprd"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# PLOVER sectors of each kind of description ("state" keeps the antecedent's own sector, see _fits).
_ARMED_SECTORS = {"REB", "UAF", "CRM"}
_CROWD_SECTORS = {"CVL", "OPP", "LAB", "EDU"}


@dataclass(frozen=True)
class ActorMention:
    """A noun phrase the resolver names an actor by, without any coreference.

    Attributes
    ----------
    i : int
        Token index of the phrase's head in the parsed document.
    sentence, paragraph : int
        Indices of its sentence and paragraph.
    actor : Actor
        What the phrase resolves to (its span is the phrase).
    plural : bool
        The head is a plural noun ("protesters", "forces").
    subject : bool
        The phrase is a clause subject.
    coordinated : bool
        The phrase is one of two or more coordinated actors ("the EU and Kazakhstan").
    coordination : int | None
        For a coordinated phrase a "they" may stand for, the token index of the
        coordination's first member ("the EU" of "the EU and Kazakhstan");
        ``None`` otherwise (:func:`~dotterel.actors.coref_pairs.pair_antecedent`).
    collective : bool
        A singular state body that "they" may stand for ("the military"; the
        profile's ``collective_state_nouns``).
    """

    i: int
    sentence: int
    paragraph: int
    actor: Actor
    plural: bool
    subject: bool
    coordinated: bool = False
    collective: bool = False
    coordination: int | None = None


@dataclass(frozen=True)
class Anaphor:
    """A pronoun or definite description that may refer back to an actor.

    Attributes
    ----------
    i : int
        Token index of its head.
    rule : {"pronoun", "description"}
    kind : str
        For a pronoun, ``"person"``, ``"thing"`` or ``"plural"``; for a
        description, the class of its head noun (``body``, ``group``, ``armed``,
        ``irregular``, ``crowd``, ``state``); ``members`` for a bare "Members"
        (a body, kept by subject parallelism).
    start, end : int
        Character offsets of the anaphor's words in the parsed text.
    subject : bool
        The anaphor is a clause subject.
    """

    i: int
    rule: str
    kind: str
    start: int
    end: int
    subject: bool = False


def _plural(tok, lang: LanguageProfile) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or tok.lower_ in lang.plural_mass_nouns


def _unknown_name_read_as_role(tok, actor: Actor, resolver) -> bool:
    """A proper name resolved by its head noun alone: "the Arakan Army" is no state army.

    True when the head is a proper noun resolved as a role and a proper-noun
    modifier is neither part of the role phrase nor a country or demonym.
    """
    if tok.pos_ != "PROPN" or actor.how not in ("role", "role_home_country"):
        return False
    kb = resolver.kb
    role_words = actor.name.lower().split()
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in role_words
               and kb.country_by_demonym(c.text) is None and kb.country_by_name(c.text) is None
               for c in tok.children)


def antecedent_mentions(ctx, resolver, sentences=None, anaphors=None) -> list[ActorMention]:
    """Every argument noun phrase of the document that resolves to an actor by itself, in text order.

    Parameters
    ----------
    ctx : dotterel.pipeline.context.DocContext
        Needs ``doc``, ``sentences`` (with their paragraphs) and ``home``.
    resolver : ActorResolver
    sentences : list of SentenceSlots | None
        Only these sentences of ``ctx.sentences`` (default: all of them).
    anaphors : set of int | None
        The token indices :func:`find_anaphor` already found anaphors at in
        those sentences (the stage finds them first); ``None``: look here.

    Returns
    -------
    list of ActorMention
    """
    lang = ctx.lang
    bare = ctx.actors_memory.bare()  # no memory: names, roles and countries only, never a pronoun
    vocabulary = vocabulary_of(resolver)  # a common noun with no word any reading keys on names no one
    out: list[ActorMention] = []
    for slot in ctx.sentences if sentences is None else sentences:
        subjects = None  # built only when needed (47% of the speed benchmark's sentences have no mention)
        for tok in slot.span:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in _ARGUMENT_DEPS:
                continue
            if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
                continue
            if (tok.i in anaphors) if anaphors is not None else (find_anaphor(tok, lang) is not None):
                continue  # "the group" is not a name of its own
            if vocabulary.cannot_resolve(tok):
                continue
            actor = resolver.resolve(tok, to_span=ctx.span, context=bare, paragraph=slot.paragraph, on=ctx.published)
            if actor is None or actor.span is None:
                continue
            if _unknown_name_read_as_role(tok, actor, resolver):
                continue  # "The Arakan Army": a name the knowledge base lacks, read by its head noun only
            if actor.kind == "country" and tok.dep_ == "pobj" and tok.head.dep_ != "agent":
                continue  # "protests in Iran", "a resolution on Belarus": a place or a topic, not a government acting
            subject = tok.dep_ in _SUBJECT_DEPS
            if not subject:
                if subjects is None:
                    # the subjects the clause helpers find, with those the parser read into a date ("On 5 January
                    # Tokayev ..."); built at the sentence's first mention that is no subject by its own label
                    subjects = {s.i for s in (subject_of(v, lang=lang) for v in slot.span
                                              if v.pos_ in ("VERB", "AUX")) if s is not None}
                subject = tok.i in subjects
            coordinated = tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)
            out.append(ActorMention(i=tok.i, sentence=slot.index, paragraph=slot.paragraph, actor=actor,
                                    plural=_plural(tok, lang), subject=subject, coordinated=coordinated,
                                    coordination=pair_antecedent(tok, lang) if coordinated else None,
                                    collective=tok.lemma_.lower() in lang.collective_state_nouns
                                    and actor.sector in STATE_SECTORS))
    return out


def _compound_chain(tok):
    """The compound and noun modifiers of ``tok``, and theirs, down through compounds only ("Viv Ansanm gang")."""
    for c in tok.children:
        if c.dep_ in ("compound", "nmod"):
            yield c
            yield from _compound_chain(c)


def find_anaphor(tok, lang: LanguageProfile) -> Anaphor | None:
    """The anaphor headed by ``tok``, if it is one.

    Parameters
    ----------
    tok : spacy.tokens.Token
    lang : LanguageProfile
        ``coref_pronouns``, ``coref_demonstratives``, ``definite_articles``
        and ``coref_description_nouns``.

    Returns
    -------
    Anaphor | None
    """
    low = tok.lower_
    if tok.pos_ == "PRON" or (tok.tag_ == "PRP$" and low in lang.coref_pronouns):
        kind = lang.coref_pronouns.get(low)
        if kind is None:
            return None
        return Anaphor(i=tok.i, rule="pronoun", kind=kind, start=tok.idx, end=tok.idx + len(tok.text),
                       subject=tok.dep_ in _SUBJECT_DEPS)
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return None
    lemma = tok.lemma_.lower()
    cls = lang.coref_description_nouns.get(lemma)
    if cls is None and lemma not in lang.body_member_nouns:
        return None  # neither a description noun nor a member noun (most nouns): no need to read the children
    dets = [c for c in tok.children if c.dep_ == "det"]
    if not dets:
        return _bare_members(tok, lang)
    det = dets[0].lower_
    if cls is None or (det not in lang.coref_demonstratives and det not in lang.definite_articles):
        return None
    if any(c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for c in tok.children
           if c.dep_ in ("compound", "amod", "nmod")) or any(t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
                                                               or t.pos_ == "PROPN" for t in _compound_chain(tok)):
        # "the Kurdish militants", "the Hamas fighters", "the Viv Ansanm gang coalition" (the name hangs on
        # "gang"): the phrase names its own actor; a name under a participle ("the Iran-backed group") is a backer's
        return None
    if any(c.dep_ == "prep" and c.lower_ in lang.country_prepositions for c in tok.children):
        return None  # "the forces of Belarus"
    if any(c.dep_ in ("relcl", "acl") for c in tok.children):
        return None  # "the group that organised the march": a description of its own, not a reference
    toks = phrase_tokens_of(tok)
    while toks and toks[0].dep_ == "det" and toks[0] != tok and toks[0].lower_ in lang.definite_articles:
        toks = toks[1:]
    return Anaphor(i=tok.i, rule="description", kind=cls, start=toks[0].idx, end=toks[-1].idx + len(toks[-1].text))


def _bare_members(tok, lang: LanguageProfile) -> Anaphor | None:
    """A bare plural member noun as a clause subject ("Members condemned", "Delegates voted"): the body last named.

    In a body's own report (a parliament's summary of its resolution, a
    union's statement), "Members" with no article, possessor, modifier or
    "of" phrase are the members of the body the text is about, so the body is
    the actor (the CAMEO/PLOVER practice of coding a legislature's members
    as the legislature). Lemmas: the profile's ``body_member_nouns``.
    """
    if tok.tag_ != "NNS" or tok.dep_ not in ("nsubj",) or tok.lemma_.lower() not in lang.body_member_nouns:
        return None
    if any(c.dep_ not in ("punct",) for c in tok.children):
        return None  # "Members of the public", "some members", "union members": the phrase says whose
    return Anaphor(i=tok.i, rule="description", kind="members", start=tok.idx, end=tok.idx + len(tok.text),
                   subject=True)


def _fits(anaphor: Anaphor, mention: ActorMention, resolved_alone: Actor | None) -> bool:
    """Whether ``mention`` agrees with ``anaphor`` in number, animacy and kind."""
    actor = mention.actor
    body = actor.kind in ("organisation", "igo")
    if anaphor.rule == "pronoun":
        if anaphor.kind == "person":
            return actor.kind == "person"
        if anaphor.kind == "thing":
            return body or actor.kind == "country" or (actor.kind == "group" and not mention.plural
                                                       and actor.sector in STATE_SECTORS)
        return (actor.kind == "group" and (mention.plural or mention.collective)) or body
    if actor.kind == "person":
        return False
    kind = anaphor.kind
    if kind in ("body", "members", "group"):
        return body and actor.org_type not in ("media",)
    if kind == "armed":
        return actor.sector in _ARMED_SECTORS or actor.org_type == "armed_group"
    if kind == "irregular":
        return actor.sector in _ARMED_SECTORS | _CROWD_SECTORS
    if kind == "crowd":
        return actor.sector in _CROWD_SECTORS and actor.kind == "group" or actor.org_type == "movement"
    if kind == "state":
        # "the troops" refers back to a state force of the same sector ("Russian troops"), so keep the sector
        if resolved_alone is None or resolved_alone.sector is None:
            return actor.sector in STATE_SECTORS
        return actor.sector == resolved_alone.sector
    return False


def _people_between(doc, start: int, end: int, mentions: list[ActorMention], lang: LanguageProfile) -> bool:
    """Whether others whom "the group" may name stand beside the armed group at ``start`` before it at ``end``.

    Another actor, a plural noun or a noun of the profile's ``people_group_nouns``, from the armed group's
    sentence on ("Gunmen attacked a family ... The group accused police", "The band was playing when gunmen
    attacked it. The group ...", "... killing 10 people. The group"): "the group" may be them, so it is not
    read as the armed group (a description refers to the most salient fitting entity; Lappin and Leass 1994).
    """
    own = {start, *(c.i for c in doc[start].conjuncts)}
    first = doc[start].sent.start
    return any(first <= m.i < end and m.i not in own for m in mentions) or any(
        t.pos_ == "NOUN" and t.i not in own and (t.tag_ == "NNS" or t.lemma_.lower() in lang.people_group_nouns)
        for t in doc[first:end])


def _identity(actor: Actor) -> tuple:
    return actor.name, actor.country, actor.sector


def link(anaphor: Anaphor, sentence: int, paragraph: int, mentions: list[ActorMention],
         resolved_alone: Actor | None = None) -> ActorMention | None:
    """The antecedent of ``anaphor``, or ``None`` when there is none or more than one fits.

    Parameters
    ----------
    anaphor : Anaphor
    sentence, paragraph : int
        Where the anaphor is.
    mentions : list of ActorMention
        The document's antecedent mentions (:func:`antecedent_mentions`).
    resolved_alone : Actor | None
        What the description resolves to by itself (a role noun with the home
        country), used to keep a state description's sector.

    Returns
    -------
    ActorMention | None
        The nearest fitting mention before the anaphor: same sentence first,
        then earlier sentences of the paragraph, then the previous paragraph
        (pronouns) or any earlier paragraph (descriptions).
    """
    earliest_paragraph = paragraph - 1 if anaphor.rule == "pronoun" else 0
    by_sentence: dict[int, list[ActorMention]] = {}
    for m in mentions:
        if m.i >= anaphor.i or m.paragraph < earliest_paragraph or m.sentence > sentence:
            continue
        if _fits(anaphor, m, resolved_alone):
            by_sentence.setdefault(m.sentence, []).append(m)
    if not by_sentence:
        return None
    nearest = by_sentence[max(by_sentence)]
    if anaphor.kind == "plural" and any(m.coordinated for m in nearest):
        # "the EU and Kazakhstan ... They signed", "Police and protesters clashed. They threw stones": the pair
        return pair_head(nearest, mentions)
    identities = {_identity(m.actor) for m in nearest}
    if len(identities) == 1:
        ante = nearest[-1].actor
        if anaphor.kind in ("state", "crowd") and resolved_alone is not None and (
                ante.how == "role_home_country"
                or ante.how == "role" and ante.country is None):
            # "the government" already gets the home country; an unspecific antecedent adds nothing, and a bare
            # role noun of no country only renames it ("Soldiers killed 12 ..., the army said": the army)
            return None
        return nearest[-1]
    subjects = [m for m in nearest if m.subject]
    if anaphor.subject and anaphor.kind in ("person", "thing", "members") and \
            len({_identity(m.actor) for m in subjects}) == 1:
        # "Tokayev replaced Nazarbayev ..., and days later he blamed ...": a subject pronoun keeps the subject
        # (subject parallelism), and so do a body's bare "Members" ("In line with the European Council,
        # Parliament rejected ... Members condemned"); a plural "they" is left alone ("police arrested
        # protesters after they ...")
        return subjects[-1]
    return None


def acronym_links(ctx, resolver) -> dict[int, Actor]:
    """Acronyms the document defines ("the Transitional Military Council (TMC)"), linked at each later use.

    An all-capital proper noun in brackets right after a name defines it; a
    later "the TMC" (as the head of its own phrase) names what the long form
    resolves to, which is its antecedent (the evidence).

    Parameters
    ----------
    ctx : dotterel.pipeline.context.DocContext
    resolver : ActorResolver

    Returns
    -------
    dict of int to Actor
        Token index of each later use -> its actor.
    """
    doc = ctx.doc
    bare = ctx.actors_memory.bare()
    defined: dict[str, tuple[int, Actor]] = {}
    out: dict[int, Actor] = {}
    for tok in doc:
        text = tok.text
        if not (2 <= len(text) <= 8 and text.isupper() and text.isalpha()):
            continue
        if 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")":
            long_form = doc[tok.i - 2] if tok.i >= 2 else None
            if long_form is None or long_form.pos_ != "PROPN":
                continue
            head = long_form
            while head.dep_ == "compound" and head.head.i < tok.i and head.head.pos_ == "PROPN":
                head = head.head
            actor = resolver.resolve(head, to_span=ctx.span, context=bare, paragraph=0, on=ctx.published)
            if actor is not None and actor.kind in ("organisation", "igo", "group") and text not in defined:
                defined[text] = (tok.i, actor)
            continue
        if text in defined and tok.dep_ != "compound" and tok.i > defined[text][0] \
                and resolver.kb.organisation(text) is None:  # "CSTO": the knowledge base knows it already
            ante = defined[text][1]
            out[tok.i] = ante.model_copy(update={
                "span": ctx.span(tok.idx, tok.idx + len(text)), "how": "context", "antecedent": ante.span,
                "reason": f"'{text}' is the acronym the document gives for '{ante.span.text}' ({ante.name})"})
    return out


def _last_word_link(ctx, tok, earlier: list[ActorMention]) -> Actor | None:
    """The one earlier actor ``tok`` names again, or ``None`` when there is none or more than one."""
    if not earlier or len({_identity(e.actor) for e in earlier}) != 1:
        return None
    ante = earlier[-1].actor
    return ante.model_copy(update={
        "span": ctx.span(tok.idx, tok.idx + len(tok.text)), "how": "context", "antecedent": ante.span,
        "reason": f"'{tok.text}' names again {ante.name} ('{ante.span.text}' earlier in the document)"})


def _one_full_name(doc, tok, ante: Actor) -> bool:
    """Whether every full name ending in ``tok`` is ``ante``'s (not: "Tarique Rahman and Ziaur Rahman ... Rahman")."""
    words = {ante.name.lower(), ante.antecedent.text.lower() if ante.antecedent else ""}
    return all(any(ent.text.lower() in w for w in words) for ent in doc.ents
               if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ == tok.lower_)


def _stands_alone(tok) -> bool:
    """A capitalised noun with no modifier but "the" ("Parliament", "the Council"), not a phrase of its own."""
    return (tok.pos_ in ("NOUN", "PROPN") and tok.text[:1].isupper() and not tok.text.isupper()
            and tok.dep_ in _ARGUMENT_DEPS and tok.dep_ != "compound"
            and not any(c.i < tok.i and c.dep_ not in ("punct", "cc") and not (c.dep_ == "det" and c.lower_ == "the")
                        for c in tok.children))


def last_word_links(ctx, mentions: list[ActorMention], kb=None) -> dict[int, Actor]:
    """An actor named again by the last word of a name given earlier in the document.

    * a person ("Carrie Lam ... Lam refused"): only a one-word mention the
      knowledge base does not know by itself, or that resolves to nothing
      (a surname it holds for many, a name the recogniser leaves untyped),
      and not while another full name in the document ends in that word;
    * a body or international organisation ("the European Parliament ...
      Parliament supported", "the UN Security Council ... the Council"): a
      capitalised noun standing alone (no modifier but "the"), which is otherwise
      left to the resolver ("Parliament" as a role noun with the story's country).
      Only when the document names no other body with that last word, and,
      when the word is a role noun the knowledge base knows by itself (army,
      police, government, parliament, council...), only for an international
      organisation: "the Free Syrian Army ... the Army shelled" is the state's
      army, not the rebels, whereas "the European Parliament ... Parliament"
      has no national parliament to mean.

    Only when the earlier actors with that last word are one (Lee et al. 2013,
    the "relaxed head match" sieve).

    Parameters
    ----------
    ctx : dotterel.pipeline.context.DocContext
    mentions : list of ActorMention
        The document's antecedent mentions.
    kb : dotterel.actors.kb.KnowledgeBase, optional
        For its role nouns (``kb.role``); without it no body link is held back for being one.

    Returns
    -------
    dict of int to Actor
        Token index of each later short mention -> the earlier actor.
    """
    out: dict[int, Actor] = {}
    people = [e for e in mentions if e.actor.kind == "person" and e.actor.span is not None
              and len(e.actor.name.split()) > 1]
    for m in mentions:
        tok = ctx.doc[m.i]
        if m.actor.how != "name" or tok.ent_type_ != "PERSON" or len(m.actor.span.text.split()) != 1:
            continue
        link_ = _last_word_link(ctx, tok, [e for e in people if e.i < m.i
                                           and e.actor.name.split()[-1].lower() == tok.lower_])
        if link_ is not None:
            out[m.i] = link_
    # a surname alone that resolves to nothing by itself ("Rahman", which the knowledge base holds for many
    # people, or a name the recogniser leaves untyped): the one person named in full before; not a word the
    # recogniser reads as a place or body ("Ali Herat ... clashes in Herat")
    resolved = {m.i for m in mentions}
    for tok in ctx.doc if people else ():
        if tok.i not in resolved and tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "") \
                and _stands_alone(tok) and not any(c.dep_ == "det" for c in tok.children):
            link_ = _last_word_link(ctx, tok, [e for e in people if e.i < tok.i
                                               and e.actor.name.split()[-1].lower() == tok.lower_])
            if link_ is not None and _one_full_name(ctx.doc, tok, link_):
                out[tok.i] = link_
    bodies = [m for m in mentions if m.actor.kind in ("organisation", "igo") and m.actor.span is not None
              and len(m.actor.name.split()) > 1]
    for tok in ctx.doc if bodies else ():
        if tok.i in out or not _stands_alone(tok):
            continue
        word = tok.lower_
        named = [m for m in bodies if m.actor.name.split()[-1].lower() == word
                 and m.actor.span.text.split()[-1].lower() == word]
        if len({_identity(m.actor) for m in named}) != 1:
            continue  # two bodies end in the word, before or after it: not one to name again
        if kb is not None and kb.role(word) is not None and named[0].actor.kind != "igo":
            continue  # "the Free Syrian Army ... the Army": the role noun is the state's own force
        link_ = _last_word_link(ctx, tok, [m for m in named if m.i < tok.i])
        if link_ is not None:
            out[tok.i] = link_
    return out


def author_links(ctx, mentions: list[ActorMention]) -> dict[int, Actor]:
    """A document as a clause subject, linked to the body that issued it.

    "Parliament adopted a resolution ... The resolution condemned ...".

    "The resolution", "the report", "this statement" (the profile's
    ``authored_document_nouns``, with "the" or a demonstrative) speaking as
    a clause subject stands for its author: the subject of an earlier
    ``issuing_verbs`` clause ("adopted", "published", "issued") whose object
    is a document of the same word. Only when those earlier authors are one
    actor; the evidence is the author's mention.

    Parameters
    ----------
    ctx : dotterel.pipeline.context.DocContext
        Needs ``doc`` and ``lang``.
    mentions : list of ActorMention
        Mentions with the links found so far ("Parliament" already the European Parliament).

    Returns
    -------
    dict of int to Actor
        The head of each speaking document ("resolution" in "The resolution condemned") -> its author.
    """
    lang = ctx.lang
    by_token = {m.i: m for m in mentions}
    authors: dict[str, list[ActorMention | None]] = {}  # document lemma -> who issued one (None: unnamed), in order
    out: dict[int, Actor] = {}
    for tok in ctx.doc:
        if tok.pos_ != "NOUN":  # before the lemma: most tokens are no noun, and the lemma's string costs more
            continue
        lemma = tok.lemma_.lower()
        if lemma not in lang.authored_document_nouns:
            continue
        verb = tok.head
        while verb.dep_ in ("appos", "pobj", "prep") and verb.head.i != verb.i and tok.dep_ == "appos":
            verb = verb.head  # "adopted by 589 votes to 35, with 47 abstentions, a resolution": a shifted object
        if tok.dep_ in ("dobj", "appos") and verb.pos_ == "VERB" and verb.lemma_.lower() in lang.issuing_verbs:
            subj = subject_of(verb, lang=lang)
            if subj is not None:
                # an author the resolver cannot name still counts, so that two authors leave the link ambiguous
                authors.setdefault(lemma, []).append(by_token.get(subj.i))
            continue
        if tok.dep_ != "nsubj" or not any(c.dep_ == "det" and (c.lower_ in lang.definite_articles
                                                                or c.lower_ in lang.coref_demonstratives)
                                          for c in tok.children):
            continue
        earlier = authors.get(lemma, [])
        if not earlier or None in earlier or len({_identity(m.actor) for m in earlier}) != 1:
            continue
        ante = earlier[-1].actor
        words = ctx.doc[tok.left_edge.i:tok.i + 1].text
        out[tok.i] = ante.model_copy(update={
            "span": ctx.span(ctx.doc[tok.left_edge.i].idx, tok.idx + len(tok.text)), "how": "context",
            "antecedent": ante.span,
            "reason": f"'{words}' speaks for {ante.name}, which issued it ('{ante.span.text}' earlier)"})
    return out


def _main_clause(verb) -> bool:
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def self_links(ctx, mentions: list[ActorMention]) -> dict[int, Actor]:
    """"We" and "our" in a statement's own voice, linked to the body the statement speaks for.

    A statement names its author in the third person as the subject of a
    main clause in the present or future ("The United States condemns ...",
    "The United States will stand up ..."), then goes on with "we". When the
    document's author-voice (unquoted) main clauses in the present or future
    have exactly one country or body as subject, every unquoted ``self_pronouns``
    word (profile) refers to it; with none, or two different ones, nothing is
    linked.

    Parameters
    ----------
    ctx : dotterel.pipeline.context.DocContext
        Needs ``doc`` and ``quotes``.
    mentions : list of ActorMention

    Returns
    -------
    dict of int to Actor
        Token index of each "we", "us", "our" -> the body.
    """
    doc = ctx.doc
    selves = []
    for m in mentions:
        tok = doc[m.i]
        verb = tok.head
        if tok.dep_ != "nsubj" or m.actor.kind not in ("country", "igo", "organisation") or not _outside_quotes(ctx, tok):
            continue
        tense = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ == "aux"}
        if _main_clause(verb) and tense & {"VBZ", "MD"} and (verb.tag_ != "MD" or verb.lower_ in ("will", "shall")) \
                and not any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("will", "shall")
                            for c in verb.children):
            selves.append(m)
    if len({_identity(m.actor) for m in selves}) != 1:
        return {}
    ante = selves[0].actor
    out: dict[int, Actor] = {}
    for tok in doc:
        if tok.lower_ in ctx.lang.self_pronouns and _outside_quotes(ctx, tok):
            out[tok.i] = ante.model_copy(update={
                "span": ctx.span(tok.idx, tok.idx + len(tok.text)), "how": "pronoun", "antecedent": ante.span,
                "reason": f"'{tok.text}' in the statement's own voice: {ante.name}, which the statement speaks for "
                          f"('{ante.span.text}')"})
    return out


class Coreference:
    """Stage ``actors.coref.v1`` (see the module docstring).

    Parameters
    ----------
    resources : dotterel.pipeline.context.Resources
        Uses the actor resolver.
    """

    name = "actors.coref.v1"
    requires = ("ctx.doc", "ctx.paragraphs", "ctx.quotes", "ctx.home", "ctx.actors_memory")
    provides = ("ctx.coref",)

    def __init__(self, resources) -> None:
        self.resolver = resources.actors

    def __repr__(self) -> str:
        return f"<stage {self.name}>"

    def __call__(self, ctx) -> None:
        """Link each pronoun and definite description of ``ctx.doc`` to its antecedent actor, or abstain."""
        found = [(slot, tok, anaphor) for slot in ctx.sentences for tok in slot.span
                 if (anaphor := find_anaphor(tok, ctx.lang)) is not None]
        memory = ctx.actors_memory
        # a statement's "we", defined acronyms and repeated surnames look at the whole document
        everywhere = antecedent_mentions(ctx, self.resolver, list(ctx.sentences),
                                         anaphors={tok.i for _slot, tok, _anaphor in found})
        links = {**(self_links(ctx, everywhere) or source_links(ctx, self.resolver.kb)),
                 **acronym_links(ctx, self.resolver),
                 **last_word_links(ctx, everywhere, self.resolver.kb)}
        links.update(author_links(ctx, [replace(m, actor=links[m.i]) if m.i in links else m for m in everywhere]))
        for i, actor in links.items():
            ctx.coref[i] = actor
            memory.links[i] = actor
        # "Parliament ... It condemned": a pronoun refers to what the earlier mention was linked to
        everywhere = [replace(m, actor=links[m.i]) if m.i in links else m for m in everywhere]
        if not found:
            return
        # an anaphor's antecedent is before the last anaphor's sentence end, from the earliest paragraph an
        # anaphor looks back to (an appositive is in its sentence)
        last = found[-1][0].index
        earliest = min(slot.paragraph - 1 if anaphor.rule == "pronoun" else 0 for slot, _tok, anaphor in found)
        mentions = [m for m in everywhere if m.sentence <= last and m.paragraph >= earliest]
        appositives: dict[int, list[ActorMention]] = {}  # head token index -> the appositive mentions on it
        for m in mentions:
            mtok = ctx.doc[m.i]
            if mtok.dep_ == "appos":
                appositives.setdefault(mtok.head.i, []).append(m)
        bare = ctx.actors_memory.bare()
        for slot, tok, anaphor in found:
            mates = clause_mates(tok, ctx.lang) if anaphor.rule == "pronoun" else set()
            if mates & memory.unresolved:  # "They fired tear gas at them" with "They" unresolved: either may be
                memory.unresolved.add(tok.i)  # the other, so "them" is no more known than "They"
                continue
            gap = gap_heads(tok, ctx.lang) | mates | commanding_subjects(tok, anaphor.rule)
            # "Police said they had arrested them": not the subject pronoun's antecedent either (condition B)
            taken = {_identity(memory.links[j]) for j in mates if j in memory.links}
            candidates = [m for m in mentions if m.i not in gap and _identity(m.actor) not in taken] \
                if gap else mentions
            alone = None
            if anaphor.rule == "description":
                alone = self.resolver.resolve(tok, to_span=ctx.span, context=bare, paragraph=slot.paragraph,
                                              on=ctx.published)
            # "the group, Amnesty International, said": the appositive names the head itself
            named = appositives.get(tok.i, [])
            target = named[0] if named and anaphor.rule == "description" else \
                link(anaphor, slot.index, slot.paragraph, candidates, alone)
            if target is None and anaphor.kind == "group":  # "Gunmen attacked ... The group killed 12": no body
                target = link(replace(anaphor, kind="armed"), slot.index, slot.paragraph, candidates, alone)
                if target is not None and _people_between(ctx.doc, target.i, tok.i, mentions, ctx.lang):
                    target = None
            if target is None:
                if anaphor.rule == "pronoun":
                    memory.unresolved.add(tok.i)
                continue
            words = doc_text(ctx.doc)[anaphor.start:anaphor.end]  # Doc.text rebuilds the text per call
            ante = target.actor
            evidence, why = ante.span, "nearest earlier actor that fits"
            if anaphor.kind == "plural" and target.coordination == target.i:
                evidence = pair_span(ctx, ctx.doc[target.i])  # "they": the whole pair, coded by its first member
                why = f"the pair '{evidence.text}', coded by its first member as a coordinated subject is"
            actor = ante.model_copy(update={
                "span": ctx.span(anaphor.start, anaphor.end),
                "how": "pronoun" if anaphor.rule == "pronoun" else "context",
                "antecedent": evidence,
                "reason": f"'{words}' refers back to '{ante.span.text}' ({ante.name}): {why} "
                          f"({anaphor.rule}, {anaphor.kind})",
            })
            ctx.coref[tok.i] = actor
            memory.links[tok.i] = actor
            memory.link_heads[tok.i] = target.i
