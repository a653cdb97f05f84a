"""Where a role noun's people come from, when the phrase says so: a national branch, an origin, a mission.

Moved out of :mod:`dotterel.actors.resolve` (no behaviour change): the resolver asks these
three questions of a phrase's modifiers and its "of"/"with" phrases before it takes a country
from the clause, the paragraph or the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..annotate import doc_text, entity_at
from ..records import Actor, Span
from .document import _clean, sponsor_of, stance_of

if TYPE_CHECKING:
    from .resolve import ActorResolver

__all__ = ["mission_served", "names_an_unknown_origin", "national_branch", "shared_demonym", "sponsor_named"]


def national_branch(resolver: ActorResolver, org, toks, cand_at: tuple[int, int], span: Span, text: str) -> Actor | None:
    """A country's own society or branch of an international NGO: "the Kenya Red Cross", "Turkish Red Crescent".

    A country's name or demonym before the name of a non-governmental body of no country makes the phrase
    that country's national body (the Kenya Red Cross Society is not the ICRC; CAMEO codes a national
    society by its country, agent NGO), named by the phrase itself. International bodies of states
    (``IGO``) are left as they are: "the Kenyan UN envoy" is an envoy.
    """
    if org.sector != "NGO" or org.country is not None:
        return None
    before = [t for t in toks if t.idx < cand_at[0] and t.dep_ in ("compound", "amod", "nmod")]
    country, why = resolver._country_from_modifiers(before)
    if country is None:
        return None
    return Actor(
        span=span,
        name=_clean(text),
        country=country,
        sector="NGO",
        kind="organisation",
        how="name",
        org_type="ngo",
        reason=f"{why} before the international body's name '{_clean(doc_text(toks[0].doc)[cand_at[0]:cand_at[1]])}'"
               f" ({org.name}): that country's own society or branch",
    )

def names_an_unknown_origin(resolver: ActorResolver, head, modifiers) -> str | None:
    """The words of an origin the text gives that is not a known country, if any.

    "European diplomats", "students at Columbia University": the text says where
    they come from, so the document's main country must not be put in its place.
    """
    head_ent = entity_at(head)
    for t in modifiers:
        if (head_ent is not None and head_ent.start <= t.i < head_ent.end) or t.lower_ in resolver.lang.role_stance_prefixes \
                or t.is_punct or stance_of(t, resolver.lang):
            continue  # part of the same name ("the health ministry" tagged as one ORG), a cause ("pro-Iranian")
        if t.ent_type_ in ("NORP", "GPE", "ORG", "FAC", "LOC") and resolver.kb.country_by_demonym(_clean(t.text)) is None \
                and resolver.kb.country_by_name(_clean(t.text)) is None:
            return t.text
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in resolver.lang.origin_prepositions:
            for p in c.children:
                if p.dep_ == "pobj" and p.ent_type_ in ("ORG", "FAC", "GPE", "NORP", "LOC"):
                    return " ".join(t.text for t in p.subtree)
    return None

def mission_served(resolver: ActorResolver, head):
    """The international body whose troops ``head`` names ("soldiers serving with MONUSCO", "troops of AMISOM").

    The object of an "of" or "with" phrase on the noun, or of a phrase on its participle of service ("serving
    with", "deployed under": the profile's ``mission_service_verbs``), that the knowledge base knows as an
    international body (type ``igo``); else None. Another participle names no service ("Polish soldiers working
    with NATO", "trained by the EU": a state's own soldiers, still its forces).
    """
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "with")]
    preps += [p for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in resolver.lang.mission_service_verbs
              for p in c.children if p.dep_ == "prep"]
    for prep in preps:
        for p in (x for x in prep.children if x.dep_ == "pobj"):
            ent = entity_at(p)
            org = resolver.kb.organisation(_clean(ent.text if ent is not None else p.text))
            if org is not None and org.type == "igo":
                return org
    return None


def shared_demonym(resolver: ActorResolver, head, origin: str, context) -> tuple[str | None, str]:
    """The country a demonym of two countries names, when the text's places decide between them, else none.

    "Congolese troops killed five civilians near Goma": "Congolese" is declared ambiguous in the knowledge base
    (the Republic of the Congo, COG, or the Democratic Republic of the Congo, COD), so it names no country by
    itself. The country of the clause's own place ("near Goma": COD), else the one country of all the text's
    places, else its main country, decides when it is one of the demonym's candidates: ACLED names a state's
    forces by the state of the event (ACLED codebook 2023, actor names: "Military Forces of the Democratic
    Republic of Congo"). No such country, or one that is neither candidate, leaves the origin unnamed, with the
    candidates in the reason.
    """
    amb = resolver.kb.ambiguity("demonym", origin)
    if amb is None:
        return None, f"origin '{origin}' named but not a known country; no country guessed"
    clause, _why = resolver._country_from_clause(head, context.places, towns=True, main=context.main_country,
                                                 alone=context.resolve_alone)
    for country, where in ((clause, "its clause's place"), (context.places_country, "the text's places"),
                           (context.main_country, "the text's main country")):
        if country is not None:
            if country in amb.candidates:
                return country, f"'{origin}' names {' or '.join(amb.candidates)}: {where} in {country}"
            break
    return None, f"'{origin}' names {' or '.join(amb.candidates)} and no place of the text decides; no country guessed"


def sponsor_named(resolver: ActorResolver, modifiers) -> str | None:
    """The country a phrase names as its sponsor ("Iran-backed militias": "Iran"), if any.

    A sponsor is not the force's country (ACLED codebook 2023, actor names: a proxy is coded by its own name and
    the country where it acts), so a text that names it most ("Iran-backed militias fired rockets at the base near
    Baghdad") must not lend the force the sponsor's country as the text's main country: the role then takes a
    country only from its clause, its scene or its sentence.
    """
    for t in modifiers:
        if sponsor_of(t, resolver.lang) and (resolver.kb.country_by_demonym(_clean(t.text))
                                             or resolver.kb.country_by_name(_clean(t.text))) is not None:
            return t.text
    return None
