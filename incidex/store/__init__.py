"""The incident database: SQLAlchemy Core tables, Alembic migrations, and the reads and writes
the service needs (candidates for merging, incidents with their reports, queries, corrections)."""

from incidex.store.store import IncidentFilter, Store, database_url, open_store

__all__ = ["IncidentFilter", "Store", "database_url", "open_store"]
