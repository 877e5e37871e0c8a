package com.salescalls.calls;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.salescalls.identity.CurrentUser;
import com.salescalls.identity.Role;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each list filter has an index that can answer it, in the order the list needs. Sequential scans are turned
 * off for the plan, so the test asks "can an index serve this query", not "is the table big enough yet".
 */
@IntegrationTest
class CallIndexesIntegrationTest {

    private static final CurrentUser MANAGER = new CurrentUser(1, "m", Role.MANAGER, null);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private static CallFilter filter(String agent, String customer, Double minSentiment, String q, CallSort sort) {
        return new CallFilter(agent, customer, null, null, null, minSentiment, null, q, sort, 50, 0);
    }

    private String plan(CallFilter filter, CurrentUser caller) {
        CallQuerySql query = CallQuerySql.of(filter, caller);
        return transactions.execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            List<String> lines = jdbc.sql("EXPLAIN " + CallRepository.pageSql(query)).params(query.parameters())
                    .param("limit", 50).param("offset", 0).query(String.class).list();
            return String.join("\n", lines);
        });
    }

    @Test
    void defaultListReadsTheStartTimeIndexInOrder() {
        assertThat(plan(filter(null, null, null, null, CallSort.NEWEST), MANAGER))
                .contains("calls_start_idx").doesNotContain("Sort Key");
    }

    @Test
    void agentFilterAndAgentUsersUseTheAgentTimeIndex() {
        assertThat(plan(filter("AGENT_0001", null, null, null, CallSort.NEWEST), MANAGER))
                .contains("calls_agent_start_idx").doesNotContain("Sort Key");
        CurrentUser agent = new CurrentUser(2, "a", Role.AGENT, "AGENT_0002");
        assertThat(plan(filter(null, null, null, null, CallSort.NEWEST), agent)).contains("calls_agent_start_idx");
    }

    @Test
    void customerFilterUsesTheCustomerIndex() {
        assertThat(plan(filter(null, "CUST_000001", null, null, CallSort.NEWEST), MANAGER))
                .contains("calls_customer_start_idx");
    }

    @Test
    void sentimentOrderAndRangeUseTheSentimentIndex() {
        assertThat(plan(filter(null, null, 0.5, null, CallSort.MOST_NEGATIVE), MANAGER))
                .contains("calls_sentiment_idx");
    }

    @Test
    void fullTextSearchUsesTheGinIndex() {
        assertThat(plan(filter(null, null, null, "pricing", CallSort.RELEVANCE), MANAGER))
                .contains("calls_search_vector_idx");
    }

    @Test
    void fromDateOnlyStillReadsTheStartTimeIndex() {
        CallFilter since = new CallFilter(null, null, null, Instant.parse("2026-01-01T00:00:00Z"), null, null, null,
                null, CallSort.NEWEST, 50, 0);
        assertThat(plan(since, MANAGER)).contains("calls_start_idx");
    }

    /** A cursor page in each keyset order: one range scan of an index already in that order, no sort. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = CallSort.class, names = "RELEVANCE",
            mode = org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE)
    void everyKeysetOrderReadsItsPageAfterTheCursorFromAnIndexInOrder(CallSort sort) {
        CallQuerySql query = CallQuerySql.of(filter(null, null, null, null, sort), MANAGER);
        Object key = switch (sort.keyType()) {
            case TIME -> java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
            case NUMBER -> 0.25;
            case WHOLE_NUMBER -> 120;
            case NONE -> throw new IllegalStateException();
        };
        String plan = transactions.execute(status -> {
            // a sort or a bitmap scan is cheaper on a small table; the question is whether an index can serve it
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
            jdbc.sql("SET LOCAL enable_sort = off").update();
            return String.join("\n", jdbc.sql("EXPLAIN " + CallRepository.pageSql(query, true))
                    .params(query.parameters()).param("cursor_key", key).param("cursor_id", "CALL_00000001")
                    .param("limit", 50).param("offset", 0).query(String.class).list());
        });
        assertThat(plan).as(sort.wireName()).contains("Index").contains("Index Cond").doesNotContain("Sort Key");
    }
}
