"""The DuckDB schema of the event store (version 3) and the migrations from versions 1 and 2.

``docs/store.md`` describes every table and column; this module is the SQL.
Version 1 (dotterel 0.1) had ``meta``, ``documents``, ``events`` (one row per
event found in a document) and ``runs``. Version 2 renames those per-document
rows to ``mentions`` (what they are: one report of an event in one document)
and adds the de-duplicated ``events`` with their ``event_mentions`` links,
``actors`` and ``places`` (flat copies of the mentions' actors and places, for
SQL), ``errors`` (inputs that could not be used) and ``shards`` (the shard
files a corpus run has loaded, so a resumed run skips them). Version 3 adds
the ``detector`` and ``confidence`` of each mention (which detector proposed
it, ``rules.v1`` or a learned one, and how sure that detector was) as columns
of ``mentions``.
"""

from __future__ import annotations

import types
from collections.abc import Mapping

__all__ = ["SCHEMA_VERSION", "SCHEMA_SQL", "MIGRATIONS", "MENTION_COLUMNS", "TABLES"]

SCHEMA_VERSION = 3
"""The schema version this dotterel writes (stored in ``meta``)."""

TABLES = (
    "meta", "documents", "mentions", "actors", "places", "events", "event_mentions", "runs", "errors", "shards",
)  # fmt: skip
"""Every table of a version-3 store (the same tables as version 2)."""

MENTION_COLUMNS = (
    "event_id", "doc_id", "seq", "event_type", "mode", "quad_class", "cameo", "sub_event_type",
    "date_value", "date_earliest", "date_latest", "time_precision",
    "location_name", "geonameid", "latitude", "longitude", "country", "geo_precision",
    "actor_name", "actor_country", "actor_sector", "recipient_name", "recipient_country", "recipient_sector",
    "claimant", "claimant_type", "certainty", "trigger_start", "trigger_end", "trigger_text",
    "version", "run_id", "record", "detector", "confidence",
)  # fmt: skip
"""Columns of ``mentions`` (version 1's ``events``; ``detector`` and ``confidence`` since version 3), in table order."""

_MENTIONS_BODY = """
        event_id VARCHAR PRIMARY KEY,
        doc_id VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        event_type VARCHAR NOT NULL,
        mode VARCHAR,
        quad_class VARCHAR NOT NULL,
        cameo VARCHAR NOT NULL,
        sub_event_type VARCHAR,
        date_value VARCHAR,
        date_earliest DATE,
        date_latest DATE,
        time_precision VARCHAR,
        location_name VARCHAR,
        geonameid BIGINT,
        latitude DOUBLE,
        longitude DOUBLE,
        country VARCHAR,
        geo_precision VARCHAR,
        actor_name VARCHAR,
        actor_country VARCHAR,
        actor_sector VARCHAR,
        recipient_name VARCHAR,
        recipient_country VARCHAR,
        recipient_sector VARCHAR,
        claimant VARCHAR NOT NULL,
        claimant_type VARCHAR NOT NULL,
        certainty VARCHAR NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        trigger_text VARCHAR NOT NULL,
        version VARCHAR NOT NULL,
        run_id VARCHAR,
        record JSON NOT NULL,
        detector VARCHAR,
        confidence DOUBLE
"""

# Tables that version 2 adds to version 1 (after the rename of events to mentions).
_NEW_IN_2: tuple[str, ...] = (
    """
    CREATE TABLE actors (
        mention_id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        country VARCHAR,
        sector VARCHAR,
        kind VARCHAR NOT NULL,
        actor_role VARCHAR,
        wikidata VARCHAR,
        PRIMARY KEY (mention_id, role)
    )
    """,
    """
    CREATE TABLE places (
        mention_id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        is_location BOOLEAN NOT NULL,
        name VARCHAR NOT NULL,
        geonameid BIGINT,
        latitude DOUBLE,
        longitude DOUBLE,
        country VARCHAR,
        admin1 VARCHAR,
        feature_code VARCHAR,
        geo_precision VARCHAR NOT NULL,
        PRIMARY KEY (mention_id, seq)
    )
    """,
    """
    CREATE TABLE events (
        event_id VARCHAR PRIMARY KEY,
        event_type VARCHAR NOT NULL,
        mode VARCHAR,
        date_earliest DATE,
        date_latest DATE,
        country VARCHAR,
        geonameid BIGINT,
        location_name VARCHAR,
        n_mentions INTEGER NOT NULL,
        n_documents INTEGER NOT NULL,
        n_sources INTEGER NOT NULL,
        record JSON NOT NULL
    )
    """,
    """
    CREATE TABLE event_mentions (
        event_id VARCHAR NOT NULL,
        mention_id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        PRIMARY KEY (event_id, mention_id)
    )
    """,
    """
    CREATE TABLE errors (
        error_id VARCHAR PRIMARY KEY,
        path VARCHAR,
        line INTEGER,
        doc_id VARCHAR,
        stage VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        hint VARCHAR,
        run_id VARCHAR,
        recorded_at TIMESTAMPTZ NOT NULL
    )
    """,
    """
    CREATE TABLE shards (
        name VARCHAR PRIMARY KEY,
        run_id VARCHAR,
        documents INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        loaded_at TIMESTAMPTZ NOT NULL
    )
    """,
)

SCHEMA_SQL: tuple[str, ...] = (
    """
    CREATE TABLE meta (
        key VARCHAR PRIMARY KEY,
        value VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE documents (
        doc_id VARCHAR PRIMARY KEY,
        text VARCHAR NOT NULL,
        published DATE,
        source VARCHAR,
        title VARCHAR,
        url VARCHAR,
        path VARCHAR,
        sha256 VARCHAR NOT NULL,
        added_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
    )
    """,
    """
    CREATE TABLE runs (
        run_id VARCHAR PRIMARY KEY,
        dotterel_version VARCHAR NOT NULL,
        started_at TIMESTAMPTZ NOT NULL,
        settings JSON NOT NULL,
        finished_at TIMESTAMPTZ,
        summary JSON
    )
    """,
    # No secondary index on doc_id: DuckDB's per-block min/max statistics
    # already make the per-document delete and filter cheap, and ART indexes
    # slow down the delete-then-insert that a document rewrite does.
    f"CREATE TABLE mentions ({_MENTIONS_BODY})",
    *_NEW_IN_2,
)
"""Statements that create an empty version-3 store, in order."""

MIGRATIONS: Mapping[int, tuple[str, ...]] = types.MappingProxyType(
    {
        1: (
            # Version 1's events are per-document mentions; the rename keeps every row and column.
            "ALTER TABLE events RENAME TO mentions",
            "ALTER TABLE runs ADD COLUMN finished_at TIMESTAMPTZ",
            "ALTER TABLE runs ADD COLUMN summary JSON",
            *_NEW_IN_2,
        ),
        2: (
            # Added at the end, so a migrated table has the columns of a new one, in the same order.
            "ALTER TABLE mentions ADD COLUMN detector VARCHAR",
            "ALTER TABLE mentions ADD COLUMN confidence DOUBLE",
            # From each mention's record, the source of truth; a record coded before the detector
            # seam has neither key, and its columns stay NULL.
            "UPDATE mentions SET detector = json_extract_string(record, '$.detector'), "
            "confidence = TRY_CAST(json_extract_string(record, '$.confidence') AS DOUBLE)",
        ),
    }
)
"""SQL statements that take a store from version ``v`` to ``v + 1``, by ``v``.

After the statements (from version 1: after those of version 1, then
version 2), the store fills ``actors`` and ``places`` from the mentions'
records when coming from version 1, and links the mentions into ``events`` (see
:meth:`dotterel.store.EventStore.refresh_events`), in the same transaction.
"""
