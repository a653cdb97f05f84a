"""Actors: the knowledge base (countries, organisations, people with dated offices, role nouns)
and the resolution of phrases in a parse to :class:`~dotterel.records.Actor` records.

See :mod:`dotterel.actors.kb` for the data format and :mod:`dotterel.actors.resolve` for the rules.
"""

from .kb import KnowledgeBase, KnowledgeBaseError
from .resolve import ActorResolver, DocumentActors, main_country

__all__ = ["KnowledgeBase", "KnowledgeBaseError", "ActorResolver", "DocumentActors", "main_country"]
