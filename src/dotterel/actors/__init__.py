"""Actors: the knowledge base and the resolution of phrases in a parse to actors.

The knowledge base holds countries, organisations, people with dated offices and role nouns; phrases in a
parse resolve to :class:`~dotterel.records.Actor` records.

See :mod:`dotterel.actors.kb` for the data format and :mod:`dotterel.actors.resolve` for the rules.
"""

from .kb import KnowledgeBase, KnowledgeBaseError
from .resolve import ActorResolver, DocumentActors, main_country

__all__ = ["KnowledgeBase", "KnowledgeBaseError", "ActorResolver", "DocumentActors", "main_country"]
