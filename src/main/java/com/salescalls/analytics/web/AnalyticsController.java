package com.salescalls.analytics.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.util.RawValue;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.platform.Identifiers;
import com.salescalls.analytics.AgentTrend;
import com.salescalls.analytics.AnalyticsService;
import com.salescalls.analytics.DateRange;
import com.salescalls.analytics.Leaderboard;
import com.salescalls.analytics.StandingOrder;
import com.salescalls.analytics.web.FigureViews.AgentRow;
import com.salescalls.analytics.web.FigureViews.TeamRow;
import com.salescalls.identity.CurrentUser;
import com.salescalls.jobs.Job;
import com.salescalls.platform.CsvProperties;
import com.salescalls.platform.CsvResponse;
import com.salescalls.platform.ExportTooLarge;
import com.salescalls.platform.InvalidParameters;

/** The agent leaderboard, one agent's weekly trend, and the admin's "recalculate now". */
@RestController
@Tag(name = "analytics")
class AnalyticsController {

    private final AnalyticsService analytics;
    private final CsvProperties csv;
    private final LeaderboardBodies bodies;

    AnalyticsController(AnalyticsService analytics, CsvProperties csv, LeaderboardBodies bodies) {
        this.analytics = analytics;
        this.csv = csv;
        this.bodies = bodies;
    }

    record LeaderboardView(List<AgentRow> agents, Instant generatedAt, @Nullable LocalDate fromDate,
                           @Nullable LocalDate toDate, String sort) {
    }

    record WeekView(String week, LocalDate startDate, LocalDate endDate, AgentRow agent, TeamRow team) {
    }

    record TrendView(String agentId, LocalDate fromDate, LocalDate toDate, List<WeekView> weeks,
                     Instant generatedAt) {
    }

    @GetMapping("/api/v1/analytics/agents")
    @Operation(summary = "Agent leaderboard: figures and percentile ranks per agent, by avg_sentiment desc unless "
            + "`sort` says otherwise; an agent user sees its own row. `Accept: text/csv` or `format=csv`: as CSV")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = LeaderboardView.class)))
    RawValue leaderboard(@AuthenticationPrincipal CurrentUser caller,
            @RequestParam(name = "from_date", required = false) @Nullable String fromDate,
            @RequestParam(name = "to_date", required = false) @Nullable String toDate,
            @RequestParam(name = "sort", required = false) @Nullable String sort,
            @Parameter(schema = @Schema(allowableValues = {"json", "csv"}))
            @RequestParam(name = "format", required = false) @Nullable String format) {
        // checked here rather than by a constraint: one constraint would put bean validation on every request
        if (format != null && !format.equals("json")) {
            throw new InvalidParameters("format", "must be json or csv");
        }
        DateRange range = range(fromDate, toDate);
        Leaderboard board = analytics.leaderboard(range, order(sort), caller);
        String wireSort = sort == null ? "-avg_sentiment" : sort.strip();
        return bodies.of(board, wireSort, caller, () -> new LeaderboardView(
                board.agents().stream().map(AgentRow::of).toList(), board.generatedAt(), range.from(), range.to(),
                wireSort));
    }

    @GetMapping(path = "/api/v1/analytics/agents", produces = CsvResponse.TEXT_CSV)
    @Operation(hidden = true)
    void leaderboardCsvByAccept(@AuthenticationPrincipal CurrentUser caller,
            @RequestParam(name = "from_date", required = false) @Nullable String fromDate,
            @RequestParam(name = "to_date", required = false) @Nullable String toDate,
            @RequestParam(name = "sort", required = false) @Nullable String sort, HttpServletResponse response) {
        leaderboardCsv(caller, fromDate, toDate, sort, response);
    }

    @GetMapping(path = "/api/v1/analytics/agents", params = "format=csv")
    @Operation(hidden = true)
    void leaderboardCsvByParameter(@AuthenticationPrincipal CurrentUser caller,
            @RequestParam(name = "from_date", required = false) @Nullable String fromDate,
            @RequestParam(name = "to_date", required = false) @Nullable String toDate,
            @RequestParam(name = "sort", required = false) @Nullable String sort, HttpServletResponse response) {
        leaderboardCsv(caller, fromDate, toDate, sort, response);
    }

    private void leaderboardCsv(CurrentUser caller, @Nullable String fromDate, @Nullable String toDate,
            @Nullable String sort, HttpServletResponse response) {
        Leaderboard board = analytics.leaderboard(range(fromDate, toDate), order(sort), caller);
        if (board.agents().size() > csv.maxRows()) {
            throw new ExportTooLarge(board.agents().size(), csv.maxRows());
        }
        CsvResponse out = new CsvResponse(response, "agents.csv", AgentCsv.HEADER);
        board.agents().forEach(standing -> out.row(AgentCsv.row(AgentRow.of(standing))));
        out.finish();
    }

    private static StandingOrder order(@Nullable String sort) {
        return sort == null ? StandingOrder.DEFAULT : StandingOrder.parse(sort.strip())
                .orElseThrow(() -> new InvalidParameters("sort", "must be one of " + StandingOrder.accepted()));
    }

    @GetMapping("/api/v1/analytics/agents/{agent_id}")
    @Operation(summary = "One agent's figures per ISO week (UTC) beside the team's; by default the last 12 weeks")
    TrendView trend(@AuthenticationPrincipal CurrentUser caller,
            @PathVariable("agent_id") @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE)
            String agentId,
            @RequestParam(name = "from_date", required = false) @Nullable String fromDate,
            @RequestParam(name = "to_date", required = false) @Nullable String toDate) {
        AgentTrend trend = analytics.trend(agentId, range(fromDate, toDate), caller);
        return new TrendView(trend.agentId(), trend.from(), trend.to(), trend.weeks().stream()
                .map(week -> new WeekView(week.week(), week.startDate(), week.endDate(), AgentRow.of(week.agent()),
                        TeamRow.of(week.teamAgents(), week.team())))
                .toList(), trend.generatedAt());
    }

    @PostMapping("/api/v1/analytics/recalculate")
    @Operation(summary = "Rebuild all rollups from the calls now (admin only): 202 with the job to follow")
    ResponseEntity<Job> recalculate(@AuthenticationPrincipal CurrentUser caller) {
        Job job = analytics.recalculate(caller);
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + job.jobId())).body(job);
    }

    private static DateRange range(@Nullable String fromDate, @Nullable String toDate) {
        LocalDate from = DayParameter.parse("from_date", fromDate);
        LocalDate to = DayParameter.parse("to_date", toDate);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameters("from_date", "must not be after to_date");
        }
        return new DateRange(from, to);
    }
}
