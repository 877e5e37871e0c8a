package com.salescalls.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The jobs table. Finished jobs are never changed again, so a late retry cannot undo a recorded outcome. */
@Repository
class JobRepository {

    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID jobId, String kind, @Nullable String requestedBy, String detail) {
        jdbc.sql("INSERT INTO jobs (job_id, kind, state, requested_by, detail) VALUES (?, ?, 'queued', ?, ?)")
                .params(jobId, kind, requestedBy, detail).update();
    }

    boolean start(UUID jobId, String detail) {
        return jdbc.sql("""
                        UPDATE jobs SET state = 'running', attempts = attempts + 1, detail = ?,
                                        started_at = coalesce(started_at, now())
                        WHERE job_id = ? AND state IN ('queued', 'running')""")
                .params(detail, jobId).update() == 1;
    }

    void requeue(UUID jobId, String detail) {
        jdbc.sql("UPDATE jobs SET state = 'queued', detail = ? WHERE job_id = ? AND state IN ('queued', 'running')")
                .params(detail, jobId).update();
    }

    void finish(UUID jobId, JobState state, String detail) {
        jdbc.sql("""
                        UPDATE jobs SET state = ?, detail = ?, finished_at = now()
                        WHERE job_id = ? AND state IN ('queued', 'running')""")
                .params(state.wireName(), detail, jobId).update();
    }

    Optional<Job> find(UUID jobId) {
        return jdbc.sql("SELECT * FROM jobs WHERE job_id = ?").param(jobId).query((rs, row) -> job(rs)).optional();
    }

    private static Job job(ResultSet rs) throws SQLException {
        return new Job(rs.getObject("job_id", UUID.class), rs.getString("kind"),
                JobState.fromWireName(rs.getString("state")), rs.getString("requested_by"), rs.getInt("attempts"),
                rs.getString("detail"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
    }
}
