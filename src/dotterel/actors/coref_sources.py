"""A document's source as the speaker of its unquoted "we" and "I" (part of stage ``actors.coref.v1``).

Moved out of :mod:`dotterel.actors.coref` unchanged: :func:`source_links` gives
the unquoted first-person pronouns of a statement whose ``Document.source`` is
a government seat or a body of the knowledge base to that body, when the text
itself never names who "we" is (:func:`dotterel.actors.coref.self_links`).
"""

from __future__ import annotations

from ..records import Actor

__all__ = ["outside_quotes", "source_links"]


def outside_quotes(ctx, tok) -> bool:
    """Whether ``tok`` is outside every inline and block quotation of the document (``ctx.quotes``)."""
    quotes = ctx.quotes
    return quotes is None or (quotes.inline(tok.idx) is None and quotes.block(tok.idx) is None)



def _source_actor(source: str | None, kb, articles) -> Actor | None:
    """The body a document's ``source`` names, when it speaks for a government, an IGO or an NGO (never an outlet).

    ``articles``: the profile's ``definite_articles``, left out of the name ("The White House").
    """
    if not source:
        return None
    name = source.split("(")[0].strip()
    first, _, rest = name.partition(" ")
    if rest and first.lower() in articles:
        name = rest.strip()
    if not name:
        return None
    org = kb.organisation(name)
    if org is not None:
        if org.type == "media" or org.sector == "MED":
            return None  # a newspaper's "we" is its editors, never a party to the events
        return Actor(span=None, name=org.name, country=org.country, sector=org.sector,
                     kind="igo" if org.country == "IGO" else "organisation", how="context", org_type=org.type,
                     reason=f"the document's source '{source}'")
    entry = kb.country_by_capital(name)
    if entry is None or name.lower() not in {x.lower() for x in entry.seats}:
        return None
    return Actor(span=None, name=f"{entry.name} government", country=entry.alpha3, sector="GOV", kind="country",
                 how="context", reason=f"the document's source '{source}', a seat of government")


def source_links(ctx, kb) -> dict[int, Actor]:
    """"We" and "I" in the unquoted text of a document whose source is a government seat or a body.

    "We condemn these outrages", "Today I again call on the military" in a
    statement or remarks whose ``Document.source`` is "The White House": the
    speaker speaks for the source (the source names a government seat, an
    IGO or an NGO of the knowledge base; a news outlet's "we" names no
    party). Used only when the text itself never names who "we" is
    (:func:`self_links`).

    Parameters
    ----------
    ctx : dotterel.pipeline.context.DocContext
        Needs ``document``, ``doc``, ``quotes`` and ``lang`` (``self_pronouns``, ``speaker_pronouns``,
        ``definite_articles``).
    kb : KnowledgeBase

    Returns
    -------
    dict of int to Actor
        Token index of each unquoted first-person pronoun -> the source's body, its span the pronoun.
    """
    body = _source_actor(getattr(ctx.document, "source", None), kb, ctx.lang.definite_articles)
    if body is None:
        return {}
    words = ctx.lang.self_pronouns | ctx.lang.speaker_pronouns
    out: dict[int, Actor] = {}
    for tok in ctx.doc:
        if tok.lower_ in words and tok.pos_ == "PRON" and outside_quotes(ctx, tok):
            out[tok.i] = body.model_copy(update={
                "span": ctx.span(tok.idx, tok.idx + len(tok.text)), "how": "pronoun",
                "reason": f"'{tok.text}' in the unquoted text of {body.reason}: {body.name}"})
    return out
