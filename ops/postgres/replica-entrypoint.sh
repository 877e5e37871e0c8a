#!/usr/bin/env bash
# The streaming read replica of compose.yml: on first start its data directory is a base backup of the primary
# (pg_basebackup -R writes standby.signal and the connection to stream from), then it runs as a hot standby.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA" && chmod 700 "$PGDATA"
    until gosu postgres pg_isready -h "$PRIMARY_HOST" -p 5432 -q; do sleep 1; done
    PGPASSWORD="$REPLICATION_PASSWORD" gosu postgres pg_basebackup -h "$PRIMARY_HOST" -p 5432 -U replicator \
        -D "$PGDATA" -R -X stream --checkpoint=fast
fi
exec gosu postgres postgres -c hot_standby=on -c max_standby_streaming_delay=5s
