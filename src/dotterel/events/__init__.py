"""Events: the trigger lexicon, detection, dates, policy, ACLED typing and merging.

The trigger lexicon, detection of event mentions in a parse, their dates, and the merging of mentions
that state one event.

Modules: :mod:`~dotterel.events.lexicon` (``lang/en/triggers.json``), :mod:`~dotterel.events.detect`
(mentions and their argument tokens), :mod:`~dotterel.events.dating` (which date words belong to
an event), :mod:`~dotterel.events.merge` (one record per event within a document).
"""
