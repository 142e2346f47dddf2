"""Alembic environment: incidex runs migrations in-process on the connection it opened
(`incidex.store.upgrade`); `alembic` on the command line works too with -x url=…"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from incidex.store.tables import metadata

config = context.config
connection = config.attributes.get("connection")


def _run(conn: sa.Connection) -> None:
    context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # pragma: no cover - the alembic command line, for writing new revisions
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///incidex.db")
    with sa.create_engine(url).connect() as conn:
        _run(conn)
