"""The candidates a coder left out, each beside its sentence: the "Not coded" section of the article pages.

The store keeps events, not abstentions, so the document page codes the
stored text again in debug mode (:func:`document_abstentions`); the result
page has them from its own coding. :func:`abstention_views` puts each beside
its sentence with the considered words marked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from markupsafe import escape
from pydantic import BaseModel, ConfigDict

from dotterel.records import Abstention, Document

if TYPE_CHECKING:
    from .views import Viewer

__all__ = ["AbstentionView", "abstention_views", "document_abstentions"]


class AbstentionView(BaseModel):
    """A candidate that was not coded, shown beside its sentence.

    Attributes
    ----------
    abstention : Abstention
    sentence_html : str
        The sentence holding the trigger, escaped, with the trigger in a
        ``<mark class="abstained">``.
    """

    model_config = ConfigDict(frozen=True)

    abstention: Abstention
    sentence_html: str


def abstention_views(viewer: "Viewer", text: str, abstentions: Sequence[Abstention]) -> list[AbstentionView]:
    """Put each abstention beside its sentence (rule-based sentence boundaries, spaCy's ``sentencizer``).

    Parameters
    ----------
    viewer : Viewer
    text : str
        The document text the triggers' offsets point into.
    abstentions : Sequence[Abstention]

    Returns
    -------
    list[AbstentionView]
        In text order.
    """
    bounds = viewer.sentences(text)
    views = []
    for ab in sorted(abstentions, key=lambda a: (a.trigger.start, a.trigger.end)):
        start, end = next(((s, e) for s, e in bounds if s <= ab.trigger.start < e), (ab.trigger.start, ab.trigger.end))
        t0, t1 = ab.trigger.start, min(ab.trigger.end, end)
        html = (f"{escape(text[start:t0])}<mark class=\"abstained\">{escape(text[t0:t1])}</mark>"
                f"{escape(text[t1:end])}")
        views.append(AbstentionView(abstention=ab, sentence_html=html))
    return views


def document_abstentions(state, document: Document) -> list[Abstention]:
    """Code a stored document again, in debug mode, for the candidates it left out (the store keeps none).

    Parameters
    ----------
    state : ServerState
    document : Document

    Returns
    -------
    list[Abstention]
        As :attr:`dotterel.coder.CodedDocument.abstentions` with ``debug`` on.
    """
    with state.coding() as coder:
        # Held alone (state.coding's lock), as in service.code_text.
        before = coder.debug
        coder.debug = True
        try:
            return next(iter(coder.code_documents([document]))).abstentions
        finally:
            coder.debug = before
