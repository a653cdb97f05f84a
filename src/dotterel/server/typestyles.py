"""The event types' colours as CSS, from the ontology's per-type profile (``data/plover.json``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dotterel.ontology import Ontology

__all__ = ["type_stylesheet"]


def type_stylesheet(ontology: Ontology) -> str:
    """CSS rules giving each PLOVER event type its colour (``profile.colour``), in timeline order.

    Parameters
    ----------
    ontology : Ontology

    Returns
    -------
    str
        One ``.et-TYPE`` rule (``fill`` and ``background``) per type.
    """
    lines = []
    for event_type in ontology.types_in_timeline_order():
        colour = ontology.profile(event_type).colour
        lines.append(f".et-{event_type} {{ fill: {colour}; background: {colour}; }}")
    return "\n".join(lines) + "\n"
