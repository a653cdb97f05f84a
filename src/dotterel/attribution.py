"""On whose word an event rests, and how firmly: claimants and certainty.

Rules (written by the dotterel developers; the certainty values extend the
PLOVER manual's auxiliary modes *historical, future, hypothetical, negated*
with the attribution states *reported, alleged, denied* and *opinion*):

* An event inside quotation marks, or in a paragraph introduced by "X
  described/said/wrote ...:" (a block quote), is a direct quote of X.
* An event in a clause governed by a reporting verb ("..., police said",
  "Tokayev stated that ...") or in a sentence opened by "According to X" is
  X's claim: certainty ``reported``, or ``alleged`` when the verb is one of
  allegation ("claim", "allege") or the passive "is said to", or ``denied``
  for "deny" / "reject claims".
* ``negated``: the event verb has a negation ("did not open fire"), or is a later verb of a list whose first
  verb's negation reaches it ("were not beaten, detained or tortured", "neither shot nor arrested":
  :mod:`dotterel.attribution_lists`, which also carries "allegedly" on the first verb to the list).
* ``hypothetical``: a modal (may, might, could, would, should), a condition
  ("if"), or the event is the content of a demand, threat, plan or wish; an act
  the writer leaves open ("it is not clear that", "there is some doubt that", "it
  is possible that": :mod:`dotterel.attribution_stance`) or only asks about
  ("Did soldiers fire?", quoted or not: :mod:`dotterel.attribution_questions`).
  No event is emitted for any of these.
* ``future``: will / shall / going to.
* ``alleged`` also for an act hedged by an adverb of hearsay ("allegedly",
  "reportedly"), whose cue is the adverb.
* ``opinion``: the author's own voice with a stance marker ("clearly",
  "surely", "apparently", "seemed"; the cue is that word) or a frame of belief or certainty ("I believe", "in my
  view", "it is clear that", "there is no doubt that": :mod:`dotterel.attribution_stance`,
  which also drops a disbelief or doubt, "I do not believe police fired").
* ``historical`` is set later, from the resolved date (see
  :mod:`dotterel.coder`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .annotate import sentences
from .attribution_frames import (absent_by, criticised_past_act, declared_false, existential_inversion,
                                 extraposed_judgement, failed, falsity_teller, fiction_frame, habitual_cue, infinitive, judged_in_the_past, kept_from_preps, negative_argument, purpose_mark,
                                 unrealised_ability, unrealised_by)
from .attribution_claims import claim_comment, content_claim_noun
from .attribution_lists import list_first, list_hedges, list_negation, noun_list_negation
from .attribution_questions import asked_question, presupposed_step
from .attribution_reporter import _according_to, _subject, _trailing_reporter
from .attribution_stance import author_stance, first_person_frame
from .closing_reporter import closing_reporter
from .quotes import QuoteMap, find_quotes
from .events.clauses import (depicting_frame, depicting_work, engaging_verb, existential_report, existential_verb,
                             light_verb_of, raising_governor, recording_hedge)
from .events.detect import _misattached_conj, accused_of
from .events.syntax import done_beside_infinitive, finite_unlike_base, presupposed_relative, stray_infinitive_conj, told_relative
from .claimant_types import claimant_type_of
from .records import Actor, Attribution, Span

if TYPE_CHECKING:
    from .lang import LanguageProfile

__all__ = ["QuoteMap", "find_quotes", "Claim", "attribute", "claimant_type_of"]

# The words (reporting verbs, modals, stance adverbs, ...) are the language profile's
# (dotterel.lang, lang/en/profile.json); each function takes it as ``lang``.


@dataclass(frozen=True)
class Claim:
    """What attribution found for one event.

    Attributes
    ----------
    attribution : Attribution
    claimant_head : spacy.tokens.Token | None
        Head of the claimant phrase (for actor resolution), if any.
    drop_reason : str | None
        Set when the event must not be emitted (negated, hypothetical,
        content of a demand); the coder records it as an abstention.
    reporting_verb : spacy.tokens.Token | None
        The reporting verb the claim hangs on, if any (its date is the
        statement's date, an upper bound for the event).
    """

    attribution: Attribution
    claimant_head: object | None
    drop_reason: str | None
    reporting_verb: object | None = None


def _reporting_head(tok, lang: LanguageProfile):
    """The nearest reporting verb governing ``tok`` and the clause it governs.

    A verb conjoined to a denial is an act of its own, not what is denied ("denied that he was involved and
    demanded his release": the demand is made, not denied); so is a clause before a denial that has content of
    its own, which the parser may hang on it ("Soldiers burned houses on Monday; the army denied the reports",
    "police fired tear gas; a spokesman denied that live rounds were used": the author states the first act);
    so is a past verb the parser hung on a modal's verb in the reported clause ("said he would meet them, and
    warned that ...": :func:`_past_beside_modal`), which is the reporting verb's own conjunct, as is a second
    statement of the speaker (:func:`_second_statement`). Under a denial, a relative clause on a definite noun is
    presupposed, not denied ("denied carrying out the attack that killed six soldiers":
    :func:`~dotterel.events.syntax.presupposed_relative`); a reporting verb above the denial still claims it.
    A documenting verb (profile ``documenting_verbs``) whose object holds the act reports it too.
    """
    cur = tok
    own_adjunct = presupposed = False
    for _ in range(10):
        if cur.head == cur or claim_comment(cur, lang):
            return None  # "..., a claim the army rejected": the rejection is the author's report
        if _past_beside_modal(cur, lang):
            # "Tokayev said he would meet them, and warned that ...": the past verb is the reporting verb's
            # conjunct, told by the author as the reporting verb is, not part of what is said
            cur = cur.head.head
            continue
        if (governor := done_beside_infinitive(cur)) is not None:
            cur = governor  # "told protesters to go home and fired tear gas": the firing is told, not what was said
            continue
        dep = cur.dep_
        head = cur.head
        own_adjunct = own_adjunct or _speech_adjunct(cur, lang)
        presupposed = presupposed or presupposed_relative(cur, lang.definite_articles | lang.coref_demonstratives)
        if head.lemma_.lower() in lang.reporting_verbs and dep in ("ccomp", "parataxis", "xcomp", "advcl", "conj") \
                and not (head.lemma_.lower() in lang.deny_verbs and (dep == "conj" or _denies_other(cur, head))) \
                and not _second_statement(cur, lang) and not _hearsay_relative(cur, head):
            if own_adjunct and head.lemma_.lower() in lang.deny_verbs:
                return None  # "denied killing 20 villagers, blaming the army": the blaming is the denier's own act
            if presupposed and head.lemma_.lower() in lang.deny_verbs:
                cur = head  # "denied carrying out the attack that killed six soldiers": the toll is not denied
                continue
            return head
        if dep in ("dobj", "ccomp") and head.lemma_.lower() in lang.documenting_verbs and head.pos_ == "VERB":
            # "HRW documented the killing of 14 civilians", "the UN mission verified the abduction of 30
            # villagers", "HRW authenticated videos showing police shooting ...": the monitor states the act it
            # established (or the recording of it); its subject is the claimant, not the actor
            return head
        cur = head
    return None


def _depicting_frame_of(head, lang: LanguageProfile):
    """The recording that shows ``head``'s act, or the act a noun trigger is part of, else None.

    "Footage purportedly showing soldiers beating protesters": the protesters' presence is as real as the
    beating (:func:`depicting_frame`).
    """
    cur = head
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX") or cur.head == cur:
            break
        cur = cur.head
    if cur != head and cur.pos_ != "VERB":
        return None
    return depicting_frame(cur, lang=lang)


def _hearsay_relative(clause, verb) -> bool:
    """Whether ``verb`` is a reduced "said to" relative after ``clause``, not the clause's report.

    "Troops shelled Saraqeb, a rebel stronghold said to house 500 fighters": the small parser makes
    "stronghold" the subject of "said" and the shelling its ``ccomp``. A reporting verb with a
    to-infinitive ``xcomp`` is the hearsay "is said to" about its subject, so a clause before it is no
    content of it (the sentences are our own).
    """
    return clause.dep_ == "ccomp" and clause.i < verb.i and any(
        c.dep_ == "xcomp" and infinitive(c) for c in verb.children)


def _past_beside_modal(verb, lang: LanguageProfile) -> bool:
    """A past verb the parser hung on a modal's base-form verb in a reported clause ("would meet ..., and warned").

    It has a tense of its own, so neither the modal nor the reported clause
    takes it: it is the reporting verb's conjunct (``_misattached_conj``,
    narrowed to a base form after a modal, where the past tag cannot be the
    tagger's guess between past and present).
    """
    return _misattached_conj(verb) and verb.head.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in lang.hypothetical_modals | lang.future_modals for c in verb.head.children)


def _second_statement(verb, lang: LanguageProfile) -> bool:
    """Whether ``verb``, conjoined to a reporting verb with no subject of its own, is the speaker's next statement.

    "Police said they would investigate and warned that looters would be
    arrested": a verb of saying, or one with a finite content clause of its
    own ("warned that", "promised that"), that shares the reporting verb's
    subject is the speaker's next statement, told by the author as the
    saying is, not part of what was said. Other conjuncts ("said police fired
    tear gas and tried to disperse them") may be the parser's misreading of
    the reported clause's own conjunct, and stay reported.
    """
    return verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (
        verb.lemma_.lower() in lang.reporting_verbs or any(c.dep_ == "ccomp" for c in verb.children))


def _speech_adjunct(verb, lang: LanguageProfile) -> bool:
    """Whether ``verb`` is a saying or blaming participle set off by a comma, with no subject or coordinator.

    "Rebels denied killing 20 villagers, blaming the army", "the company denied
    that it had fired 300 workers, accusing the union of lying": the parser
    hangs the participle on the denied act (as ``conj`` or ``advcl``), but it
    is what the denier says while denying (a free adjunct, whose subject is
    the main clause's: Quirk et al. 1985, *A Comprehensive Grammar of the
    English Language*, 15.58-15.59), not part of what is denied. Only verbs of
    saying and blaming (``reporting_verbs``, ``accuse_verbs``) are the
    denier's own: in "denied that troops had burned houses, looting shops"
    the looting is the troops', and denied; a participle in a list ("denied
    shooting, beating and robbing villagers") has a coordinator and stays
    denied too.
    """
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj") or verb.i <= verb.head.i or verb.i == 0:
        return False
    if verb.lemma_.lower() not in lang.reporting_verbs | lang.accuse_verbs or verb.doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children):
        return False
    chain = [verb, verb.head] + [c for c in verb.head.children if c.dep_ == "conj"] if verb.dep_ == "conj" else []
    return not any(c.dep_ in ("cc", "preconj") for t in chain for c in t.children)


def _denies_other(clause, deny) -> bool:
    """Whether ``clause``, before the deny verb, is not what it denies: the denial has its own object or clause."""
    return clause.i < deny.i and any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > deny.i for c in deny.children)


def _national_section(head):
    """The organisation word before a country name that heads the speaker: "Amnesty Kenya", "Oxfam Nigeria".

    The parser makes the organisation a ``compound`` of the country, so the
    speaker resolved as the country's government ("Amnesty Kenya said police
    shot ..." credited the Kenyan government). A country named after an
    organisation is its national section (Amnesty International's sections
    sign as "Amnesty <country>"); the organisation is the claimant. ``None``
    when the head is no place entity or has no organisation compound before it.
    """
    if head.pos_ != "PROPN" or head.ent_type_ not in ("GPE", "LOC", ""):
        return None  # the small model may leave the country untagged ("Amnesty Nigeria")
    orgs = [c for c in head.children if c.dep_ == "compound" and c.ent_type_ == "ORG" and c.i < head.i]
    return orgs[0] if orgs else None


def _inverted_condition(verb, lang: LanguageProfile) -> bool:
    """"had Singhal been detained ...": an auxiliary before its subject marks a counterfactual."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    aux = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in lang.inversion_auxiliaries]
    return bool(subj and aux and aux[0].i < subj[0].i and verb.dep_ != "ROOT")


def _ancestors_until(tok, stop):
    cur = tok
    while cur.head != cur and cur != stop:
        yield cur
        cur = cur.head
    yield cur


def _named_not_modal(tok) -> bool:
    """Whether a word tagged a modal is a name: a finite verb follows it ("Will was shot", "May had fled").

    A modal takes a base form; a past or present finite form after it (adverbs and a negation skipped) makes
    the capitalised word a subject the small parser misread ("Will", "May", "Shall" as names).
    """
    j = tok.i + 1
    while j < len(tok.doc) and tok.doc[j].pos_ in ("ADV", "PART"):
        j += 1
    return tok.is_title and j < len(tok.doc) and tok.doc[j].tag_ in ("VBD", "VBZ", "VBP")


def attribute(
    head,
    trigger,
    *,
    quotes: QuoteMap,
    to_span: Callable[[int, int], Span],
    resolve_claimant: Callable[[object], Actor | None],
    lang: LanguageProfile,
) -> Claim:
    """Decide the claimant and certainty of the event whose clause head is ``head``.

    Parameters
    ----------
    head : spacy.tokens.Token
        Clause head of the event (the verb the rule matched).
    trigger : spacy.tokens.Token
        Reported trigger word.
    quotes : QuoteMap
    to_span : callable
        Doc character offsets -> original-text Span.
    resolve_claimant : callable
        Token -> Actor | None, used to name and type the claimant.
    lang : LanguageProfile
        The reporting verbs, modals, content verbs and stance words read.

    Returns
    -------
    Claim
    """
    head = engaging_verb(head, lang) or head  # "did not indulge in theft of weapons": the act is as real as the verb
    head = light_verb_of(head, lang) or head  # "a lathi-charge will be made if ...": as real as the light verb
    head = existential_verb(head) or head  # "there were reportedly clashes with police": as real as "be" says
    sent = head.sent
    drop = None
    certainty = "asserted"
    cue = None

    # What the event clause itself says about its reality.
    list_head = list_first(head, lang)  # "should never have arrested or beaten them": the judged list is the first verb's
    criticised = criticised_past_act(head, lang) or (list_head is not None and criticised_past_act(list_head, lang))
    # "no lathi-charge should have been ordered": a noun event heading its own clause is blamed by its verb
    criticised = criticised or (head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass")
                                and criticised_past_act(head.head, lang))
    # "troops were not seen patrolling", "no soldiers were seen firing", "will be seen patrolling": the act of a raised
    # subject is as real as the passive verb it hangs on says (events.clauses.raising_governor)
    raiser = raising_governor(head)
    raised = [] if raiser is None else [c for c in raiser.children if not (
        c.lower_ in lang.perception_modals and raiser.lemma_.lower() in lang.perception_verbs and not any(
            m.dep_ == "mark" and m.lower_ in lang.condition_marks for a in raiser.children if a.dep_ == "advcl"
            for m in a.children))]  # "could be seen patrolling": seen; "... if the curfew is extended": not yet
    for c in (*head.children, *raised, *([trigger] if trigger.dep_ == "conj" else [])):  # "there was no looting": a conjunct's own
        if criticised:
            break  # "should never have arrested them": the arrest took place; the speaker judges it
        if c.dep_ == "neg":
            certainty, cue, drop = "negated", c, f"negated by '{c.text}'"
            break
        if negative_argument(c, lang):  # "no arrests have been made", "none were detained"
            certainty, cue, drop = "negated", c, f"negated by '{c.text}'"
            break
    if drop is None and not criticised and head.pos_ in ("NOUN", "PROPN") and negative_argument(head, lang):
        # "no lathi-charge was made", "no baton charge was ordered": a noun event that is its own clause head
        # carries the negative determiner itself, not on an argument (Quirk et al. 1985, 10.59)
        certainty, cue, drop = "negated", head, f"negated by '{head.text}'"
    if drop is None and not criticised and (listed_no := noun_list_negation(head, lang) or noun_list_negation(trigger, lang)) is not None:
        # "no firing or lathi-charge was resorted to": the first noun's "no" determines the whole list
        certainty, cue, drop = "negated", listed_no, f"negated by '{listed_no.text}' (a negated noun list)"
    if drop is None and (absent := absent_by(trigger, lang) or absent_by(head, lang)) is not None:
        certainty, cue, drop = "negated", absent, f"negated by '{absent.text}'"  # "dispersed them without firing"
    if drop is None and not criticised and (listed_neg := list_negation(head, lang)) is not None:
        # "were not beaten, detained or tortured", "neither shot nor arrested": the list's negation is each verb's
        certainty, cue, drop = "negated", listed_neg, f"negated by '{listed_neg.text}' (a negated list)"
    # "the footage does not show police beating protesters": the act is as real as the recording shows it
    frame = _depicting_frame_of(head, lang)
    frame_neg = next((c for c in frame.children if c.dep_ == "neg"), None) if frame is not None else None
    if drop is None and frame_neg is not None:
        certainty, cue, drop = "negated", frame_neg, f"the recording is said not to show it ('{frame_neg.text} {frame.text}')"
    if drop is None and _inverted_condition(head, lang):
        certainty, cue, drop = "hypothetical", head, "counterfactual ('had X been ...')"
    if drop is None and (inverted := existential_inversion(trigger, head, lang)) is not None:
        certainty, cue, drop = inverted  # "were there any arrests?", "..., nor were there arrests"
    if drop is None:
        work = fiction_frame(head, lang)
        if work is not None:
            certainty, cue, drop = "hypothetical", work, f"told in a work of fiction ('{work.text}')"
    if drop is None and (work := depicting_work(head, lang=lang)) is not None:
        # "a documentary shows soldiers burning villages", "a mural depicts police beating protesters"
        certainty, cue, drop = "hypothetical", work, f"shown in a work, not reported as an act ('{work.text}')"
    # modals and "will" on the first verb of a coordination scope over the others:
    # "they will order a lathi charge or arrest us"; not over a past verb the parser hung on a base-form one
    # ("said he would meet them, and warned that ..."): it has a tense of its own and no modal can take it
    # The host is the first verb of the chain: "should press them to relinquish power, release the activists, lift
    # the restrictions" hangs "lift" on "release", which hangs on the modal's verb
    modal_host = head
    modals = lang.hypothetical_modals | lang.future_modals
    while modal_host.dep_ == "conj" and modal_host.head != modal_host and not _past_beside_modal(modal_host, lang) \
            and not any(c.dep_ in ("aux", "auxpass") for c in modal_host.children if c.lower_ in modals) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in modal_host.children):
        modal_host = modal_host.head
    if modal_host != head and modal_host.tag_ == "VB" and (finite_unlike_base(head) or (
            head.tag_ == "VBN" and head.lower_ != head.lemma_.lower())):
        # "would not let the marchers pass, fired tear gas and detained 30": a past form no modal can take
        # ("would fired") has a tense of its own, whatever the parser joined it to; the tagger reads "and arrested"
        # after "would not comment" as a participle, which a modal's base form cannot take either (rev13l)
        modal_host = head
    # "would invite experts to investigate": an infinitive of purpose or complement happens when its verb does (its modal)
    # (a conjunct's: its first verb's)
    purpose = [x for x in modal_host.head.children if x.dep_ in ("aux", "auxpass")] if infinitive(
        modal_host) and modal_host.dep_ in ("xcomp", "advcl") else []
    if drop is None and not criticised:
        for c in list(head.children) + ([x for x in modal_host.children] if modal_host != head else []) + purpose + raised:
            if c.dep_ in ("aux", "auxpass") and _named_not_modal(c):
                continue  # "Will was fatally shot", "May had been arrested": a name, not a modal
            if c.dep_ in ("aux", "auxpass") and c.lower_ in lang.reported_future_modals and _reporting_head(head, lang) is not None \
                    and not any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in head.children):
                # "said police would pull back": future in reported speech, not a condition
                certainty, cue = "future", c
                break
            if c.dep_ in ("aux", "auxpass") and c.lower_ in lang.hypothetical_modals:
                certainty, cue, drop = "hypothetical", c, f"modal '{c.text}'"
                break
            if c.dep_ in ("aux", "auxpass") and c.lower_ in lang.future_modals:
                certainty, cue = "future", c
                break
            if c.dep_ == "mark" and c.lower_ in lang.condition_marks | lang.question_marks:
                certainty, cue, drop = "hypothetical", c, f"condition '{c.text}'"
                break
            if c.dep_ == "mark" and c.lower_ in lang.pending_clause_marks and head.tag_ in ("VBZ", "VBP"):
                # "we will not stop until the government resigns": not yet happened (present tense)
                certainty, cue, drop = "hypothetical", c, f"not yet happened ('{c.text}' with the present tense)"
                break
    if drop is None and head.dep_ == "xcomp" and head.head.pos_ == "ADJ" \
            and head.head.lemma_.lower() in lang.judgement_adjectives and infinitive(head) \
            and not judged_in_the_past(head.head.head):
        # "would be wrong to arrest them", "it is right to ask": a judgement of an act not stated as done
        certainty, cue, drop = "hypothetical", head.head, f"an act judged, not stated as done ('{head.head.text}')"
    if drop is None and (ability := unrealised_ability(head, lang)) is not None:
        certainty, cue, drop = ability  # "are able to arrest anyone", "were not able to arrest them"
    judge = extraposed_judgement(head, lang) if drop is None else None
    if judge is not None:
        # "it would be wrong to arrest the strikers", "it is right to arrest them": the same, with "it"
        certainty, cue, drop = "hypothetical", judge, f"an act judged, not stated as done ('{judge.text}')"
    if drop is None and certainty not in ("future", "hypothetical") and head.dep_ == "xcomp" \
            and head.head.pos_ == "ADJ" and head.head.lemma_.lower() in lang.offer_adjectives and infinitive(head):
        # "Kenya is ready to contribute troops": an offer, not yet an act (PLOVER manual, AGREE)
        certainty, cue = "future", head.head
        neg = next((c for c in head.head.head.children if c.dep_ == "neg"), None)
        if neg is not None:  # "is not willing to send weapons": no offer at all
            certainty, cue, drop = "negated", neg, f"negated by '{neg.text}'"
    if drop is None and (unrealised := unrealised_by(head, lang)) is not None:
        certainty, cue, drop = unrealised
    if drop is None:
        # content of a demand, threat, plan or wish: the governing verb is the event
        cur = head
        below, relative_seen = None, False
        for _ in range(6):
            if cur.head == cur:
                break
            if cur.dep_ == "relcl":
                if not relative_seen and not (below is not None and below.dep_ == "conj" and below.tag_ == "VB") \
                        and told_relative(cur, lang.class_pronouns):
                    # "urged the junta to release the activists they have detained": a relative clause with a
                    # tense of its own tells what the noun's people underwent; the request presupposes it. A bare
                    # simple present is generic ("ordered officers to arrest protesters who block the road"): who
                    # is to be arrested, part of the order (Quirk et al. 1985, 4.6: the simple present of habit
                    # and of timeless statements). Only the trigger's nearest relative clause tells: "release the
                    # students they detained and arrest anyone who attacks them" hangs "arrest" (a bare verb,
                    # no past) on "detained", and the attack under it stays what is asked
                    break
                relative_seen = True
            below = cur
            if _misattached_conj(cur):
                cur = cur.head.head
                continue
            if (governor := done_beside_infinitive(cur)) is not None:
                # "ordered the crowd to disperse, beat protesters and arrested dozens": the past verbs are done, not ordered
                cur = governor
                continue
            if (listed := stray_infinitive_conj(cur)) is not None:
                # "to press the military to relinquish power, release the activists, lift the curfew": the parser
                # hung "release" on another verb; it is the next member of the infinitive's list
                cur = listed
                continue
            if cur.lemma_.lower() in lang.kept_from_verbs and failed(cur, lang) and any(
                    head in c.subtree  # the "from" phrase may hang on the object: "stop inmates from setting fire"
                    for c in kept_from_preps(cur, lang)):
                # "tried to stop the mob from looting shops, but failed": the keeping failed, so the looting is
                # told as done, not as the content of the attempt (attribution_frames.unrealised_by reads the rest)
                break
            gov = cur.head.lemma_.lower()
            reported = cur.dep_ == "ccomp" and gov in lang.reporting_verbs and not infinitive(cur)
            # "told Reuters that ..." reports; "told them to leave" orders; "calls for X to free ..." asks
            asked = cur.dep_ == "advcl" and gov in lang.content_verbs and infinitive(cur)
            if (cur.dep_ in ("xcomp", "ccomp") and gov in lang.content_verbs and not reported) or asked:
                certainty, cue = "hypothetical", cur.head
                drop = f"content of '{cur.head.text}' (the request, threat or plan is the event)"
                break
            # "the decision to send troops", "the decision of sending troops", "plans to deploy": the noun's content,
            # unless the order was carried out ("carried out the order to fire"); a finite verb conjoined to the
            # infinitive ("defied an order to disperse and marched") is an act of its own
            noun = cur.head if cur.dep_ == "acl" and infinitive(cur) else (
                cur.head.head if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.dep_ == "prep" else None)
            if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in lang.content_nouns \
                    and head.tag_ not in ("VBD", "VBZ", "VBP") \
                    and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in lang.carry_out_verbs):
                certainty, cue = "hypothetical", noun
                drop = f"content of '{noun.text}' (the decision, plan or order is not the act)"
                break
            asked_for = cur.head if cur.dep_ in ("acl", "ccomp") else None
            if asked_for is not None and asked_for.lemma_.lower() in lang.requested_statement_nouns \
                    and asked_for.dep_ == "dobj" and asked_for.head.lemma_.lower() in lang.content_verbs:
                # "demanded an admission by Moscow that its forces murdered ...": the statement is asked for
                certainty, cue = "hypothetical", asked_for.head
                drop = f"content of '{asked_for.text}' asked for by '{asked_for.head.text}'"
                break
            if cur.dep_ == "dobj" and gov in lang.prevent_verbs and cur.head.pos_ == "VERB" and not failed(cur.head, lang):
                # "police prevented the demonstration staged ... to protest ...", "foiled an attack"
                certainty, cue, drop = "negated", cur.head, f"prevented ('{cur.head.text}')"
                break
            if cur.dep_ == "dobj" and cur.pos_ == "NOUN" and gov in lang.apprehension_verbs:
                # "the government fears the theft of weapons", "expects the arrest of its leaders": an act dreaded
                certainty, cue, drop = "hypothetical", cur.head, f"an act feared or expected, not done ('{cur.head.text}')"
                break
            if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in lang.reporting_verbs:
                break
            if cur.dep_ == "advcl" and (purpose := purpose_mark(cur, lang)) is not None:
                certainty, cue, drop = "hypothetical", cur, f"purpose '{purpose}' (the aim, not an act done)"
                break
            if cur.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in cur.children):
                certainty, cue, drop = "hypothetical", cur, "condition 'if'"
                break
            cur = cur.head

    # "fighting regularly flares up", "attacks happen every week", "clashes are common": a habit, no event (after
    # the content walk: "asked police to protect women who march every Sunday" is the request's content first)
    if drop is None and (habit := habitual_cue(head, lang)) is not None:
        certainty, cue, drop = "hypothetical", habit, f"habitual or generic ('{habit.text}' with the present tense)"
    # "rejecting opposition claims that live ammunition had been used"
    denier_subject = None
    claim_noun = content_claim_noun(head, lang) or existential_report(head, trigger, lang=lang)  # "there were reports of looting"
    if claim_noun is not None and drop is None:
        denier = claim_noun.head if claim_noun.dep_ in ("dobj", "pobj") else None
        # "reports of looting, which the army denied": a relative clause on the reports or on the act they report
        denier = denier or next((r for n in (claim_noun, trigger) for r in n.children if r.dep_ == "relcl"), None)
        if denier is not None and denier.dep_ == "prep":
            denier = denier.head
        if denier is not None and denier.lemma_.lower() in lang.deny_claim_verbs:
            certainty, cue = "denied", denier
            denier_subject = _subject(denier)  # "the ministry rejected claims that ...": the ministry denies
        elif denier is not None and denier.lemma_.lower() in lang.content_verbs and claim_noun.dep_ == "dobj":
            # "demanded an admission that ...": the statement is asked for, not made
            certainty, cue, drop = "hypothetical", denier, f"content of '{claim_noun.text}' asked for by '{denier.text}'"
        else:
            certainty, cue = "alleged", claim_noun
    falsity = None if drop is not None or certainty == "denied" else declared_false(head, claim_noun, lang) or (
        declared_false(list_head, claim_noun, lang) if list_head is not None else None)
    if falsity is not None:
        # "it is false that Mariupol was bombed", "reports that troops shelled the town are untrue": denied; a later
        # verb of the list is denied with the first ("it is not true that police beat or detained them")
        certainty, cue = "denied", falsity

    claimant = "author"
    claimant_type = "author"
    claimant_span = None
    verb_span = None
    direct = False
    claimant_head = None
    reported_on = False  # a passive reporting verb: its subject is reported on, not the reporter

    # the nearest frame first: in "police said three men suspected of supplying weapons were arrested" the
    # supplying rests on the suspicion, and the police report the suspicion
    accusation = accused_of(head, lang=lang) if drop is None else None
    rep = None if accusation is not None else _reporting_head(head, lang) or _trailing_reporter(head, lang) or closing_reporter(
        head, lang)
    if first_person_frame(rep, lang):  # "I believe ...": no third party's report; a reporter above it may still tell it
        rep = _reporting_head(rep, lang) or _trailing_reporter(rep, lang) or closing_reporter(rep, lang)
    stance = author_stance(head, lang) if drop is None else None
    if stance is not None and stance[2] is not None:
        certainty, cue, drop = stance  # "I do not believe police fired", "I doubt that ...", "Do you think ...?"
    operator = asked_question(head, quotes, lang) if not presupposed_step(trigger, lang) else None  # "the protests"
    if drop is None and operator is not None:
        certainty, cue, drop = "hypothetical", operator, f"asked, not stated ('{operator.text}')"  # "Did they fire?"
    if falsity is not None and (teller := falsity_teller(falsity, lang)) is not None:
        rep = teller  # "claims that soldiers killed civilians are false, the ministry said": the ministry denies
    if accusation is not None:
        # the accused act rests on the accuser's word (PLOVER: the accusation itself is ACCUSE)
        rep, certainty = accusation[0], "alleged"
    block = quotes.block(trigger.idx)
    inline = quotes.inline(trigger.idx)
    if rep is not None:
        verb_span = to_span(rep.idx, rep.idx + len(rep.text))
        lemma = rep.lemma_.lower()
        subj = _subject(rep)
        passive_said = any(c.dep_ == "auxpass" for c in rep.children)
        passive_said = passive_said or (rep.dep_ == "conj" and any(c.dep_ == "auxpass" for c in rep.head.children))
        reported_on = any(c.dep_ == "auxpass" for c in rep.children) and subj is not None \
            and subj.lower_ not in lang.expletive_subjects  # "it was said": no one reported on (unchanged)
        if passive_said and rep.lemma_.lower() in lang.accuse_verbs or reported_on:
            # "the rebels were accused of abducting ...", "the militia was alleged to have looted", "rebels were
            # said to have attacked": the passive's subject is the one reported on; the reporter is the "by"
            # phrase, or nobody named (Quirk et al. 1985, 16.52)
            agents = [p for c in rep.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            subj = agents[0] if agents else None
            outer = None if agents else _reporting_head(rep, lang) or _trailing_reporter(rep, lang) or closing_reporter(
                rep, lang)
            acc = None if agents or outer is not None else _according_to(sent, lang)
            if acc is not None:
                # "soldiers are said to have executed 20 prisoners, according to Human Rights Watch": the passive
                # names no reporter and the "according to" phrase does (Quirk et al. 1985, 16.52)
                subj, verb_span = acc[1], to_span(acc[0].idx, acc[0].idx + len(" ".join(lang.according_to_words)))
            if outer is not None and _subject(outer) is not None and outer.lemma_.lower() not in lang.deny_verbs \
                    and not any(c.dep_ == "neg" for c in outer.children):
                # "militiamen were reported to have looted shops, the UN mission said": the passive names no
                # reporter, and the report is itself what the outer speaker says; it rests on that speaker's word
                # (not a denier's: "police denied that officers were reported to have beaten students")
                subj = _subject(outer)
                verb_span = to_span(outer.idx, outer.idx + len(outer.text))
        if any(c.dep_ == "neg" for c in rep.children) and drop is None:
            certainty, cue = "negated", rep
            drop = f"the claim itself is negated ('{rep.text}')"
        if lemma in lang.deny_verbs:
            certainty = "denied"
            cue = cue or rep  # the abstention names the word: "denied (by army) ('denied')" (README, "Denials")
        elif lemma in lang.allege_verbs or passive_said:
            # "claims that soldiers killed civilians are false": the claim noun read as its verb stays denied
            certainty = "alleged" if drop is None and certainty != "denied" else certainty
        elif drop is None and certainty not in ("future", "alleged", "denied"):
            certainty = "reported"
        if lemma in lang.accuse_verbs and drop is None:
            certainty = "alleged"
        if subj is not None and subj.lower_ not in lang.expletive_subjects and not any(
            c.dep_ == "det" and c.lower_ in lang.negative_determiners for c in subj.children
        ):
            claimant_head = subj
    else:
        acc = _according_to(sent, lang)
        if acc is not None:
            according, pobj = acc
            verb_span = to_span(according.idx, according.idx + len(" ".join(lang.according_to_words)))
            claimant_head = pobj
            if drop is None and certainty == "asserted":
                certainty = "reported"
    if block is not None and claimant_head is None:
        intro = next((s for s in sentences(head.doc) if s.start_char == block[2]), None)
        if intro is not None:
            for t in intro:
                if t.lemma_.lower() in lang.reporting_verbs:
                    verb_span = to_span(t.idx, t.idx + len(t.text))
                    rep = rep or t
                    claimant_head = _subject(t)
                    break
        direct = True
        if drop is None and certainty == "asserted":
            certainty = "reported"
    if inline is not None:
        direct = True
        if claimant_head is None:
            # the speaker of a quote is the subject of a reporting verb outside it
            for t in sent:
                if t.lemma_.lower() in lang.reporting_verbs and not (inline[0] <= t.idx < inline[1]):
                    verb_span = to_span(t.idx, t.idx + len(t.text))
                    rep = rep or t
                    claimant_head = _subject(t)
                    break
        if drop is None and certainty == "asserted":
            certainty = "reported"
    if denier_subject is not None and drop is None:
        # a denied claim rests on the denier's word, not on the claim's owner (wording: "<denier> denies ...")
        claimant_head = denier_subject
        verb_span = to_span(cue.idx, cue.idx + len(cue.text))
    elif claim_noun is not None and drop is None and falsity is None:
        # the owner of a claim declared false is not its denier ("the false claim", "the army's claim ... is false")
        owner = [c for c in claim_noun.children if c.dep_ in ("poss", "compound", "amod")]
        if owner:
            claimant_head = owner[0]
            verb_span = to_span(claim_noun.idx, claim_noun.idx + len(claim_noun.text))
    if claimant_head is not None:
        section = _national_section(claimant_head)
        actor = resolve_claimant(section or claimant_head)
        if section is not None:
            # "Amnesty Kenya said": the organisation's Kenyan section speaks, not Kenya's government; an
            # organisation the knowledge base lacks stays as the text names it
            if actor is None or section.lower_ not in actor.name.lower():
                actor, claimant_head = None, section.head
            else:
                actor = actor.model_copy(update={"span": to_span(section.idx, claimant_head.idx + len(claimant_head.text))})
        if actor is not None:
            claimant = actor.name
            claimant_span = actor.span
            claimant_type = claimant_type_of(actor)
            if claimant_head.lemma_.lower() in lang.witness_nouns:
                claimant_type = "witness"
        else:
            toks = [t for t in claimant_head.subtree if t.dep_ not in ("punct",)]
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            claimant_span = to_span(s, e)
            claimant = claimant_span.text
            claimant_type = "witness" if claimant_head.lemma_.lower() in lang.witness_nouns else "other"
    elif verb_span is not None and (certainty in ("asserted", "reported") or (
            certainty == "alleged" and rep is not None and (rep.lemma_.lower() in lang.accuse_verbs or reported_on))):
        # "are said to": a claim with no named claimant
        certainty = "alleged"
        claimant = "unnamed source"
        claimant_type = "other"

    # "there were allegedly arrests": the parser may hang the hedge on the existential attribute, the act
    hedged = [*head.children, *(frame.children if frame is not None else ()),
              *(trigger.children if existential_verb(trigger) == head else ()),
              *list_hedges(head, lang)]  # "were allegedly beaten and detained": the first verb's hedge is the list's
    if drop is None and certainty == "asserted" and claimant == "author" and stance is not None:
        certainty, cue = "opinion", stance[1]  # "In my view, ...", "I believe ...", "there is no doubt that ..."
    if drop is None and certainty == "asserted" and claimant == "author":
        for anc in _ancestors_until(head, None):
            adverb = next((c for c in anc.children if c.dep_ == "advmod" and c.lower_ in lang.stance_adverbs), None)
            if adverb is not None or anc.lemma_.lower() in lang.seem_verbs:
                certainty, cue = "opinion", adverb or anc  # the cue is the word of stance: "clearly", "seemed"
                break
            if anc.dep_ in ("ROOT",):
                break
        # "a video purportedly showing police shooting ...": a hedge on the recording verb hedges the act it shows
        for c in hedged:
            if c.dep_ == "advmod" and c.lower_ in lang.allege_adverbs:
                certainty, cue = "alleged", c
    # "footage that appears to show soldiers beating protesters": the recording only seems to show it
    seeming = recording_hedge(frame, lang=lang) if frame is not None else None
    if drop is None and seeming is not None and certainty in ("asserted", "opinion", "reported"):
        certainty, cue = "alleged", seeming
    if claimant != "author" and (hedge := next((c for c in hedged if c.dep_ == "advmod"
                                                and c.lower_ in lang.allege_adverbs), None)) is not None:
        certainty, cue = "alleged", cue if cue is not None or drop is not None else hedge  # "..., police said"

    cue_span = to_span(cue.idx, cue.idx + len(cue.text)) if cue is not None else None
    return Claim(
        attribution=Attribution(
            claimant=claimant,
            claimant_type=claimant_type,
            claimant_span=claimant_span,
            verb=verb_span,
            direct_quote=direct,
            certainty=certainty,
            cue=cue_span,
        ),
        claimant_head=claimant_head,
        drop_reason=drop,
        reporting_verb=rep,
    )
