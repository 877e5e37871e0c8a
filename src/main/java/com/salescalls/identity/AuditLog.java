package com.salescalls.identity;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every admin action as it completes: each request that changes something under {@code /api/v1/admin/}
 * (users created, roles changed, users disabled, re-analysis) and the analytics recalculation, with the caller,
 * the route, the target named in the path, the status and the client address. Recorded at the web boundary, so
 * an endpoint added under the admin paths is audited without code of its own.
 */
@Service
public class AuditLog implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    /** Names for the known routes; others are audited under their method and pattern. */
    private static final Map<String, String> ACTIONS = Map.of(
            "POST /api/v1/admin/users", "user.created",
            "PATCH /api/v1/admin/users/{username}", "user.changed",
            "POST /api/v1/admin/calls/reanalyze", "calls.reanalysis_queued",
            "POST /api/v1/analytics/recalculate", "analytics.recalculation_started");

    private final AuditRepository entries;

    AuditLog(AuditRepository entries) {
        this.entries = entries;
    }

    public record AuditPage(List<AuditEntry> entries, long total) {
    }

    @Transactional(readOnly = true)
    public AuditPage page(int limit, int offset) {
        return new AuditPage(entries.page(limit, offset), entries.count());
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable Exception ex) {
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String method = request.getMethod();
        if (pattern == null || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                || !(pattern.startsWith("/api/v1/admin/") || pattern.equals("/api/v1/analytics/recalculate"))) {
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null) {
            return;
        }
        String route = method + " " + pattern;
        try {
            entries.insert(bounded(caller.getName(), 50), ACTIONS.getOrDefault(route, bounded(route, 64)), method,
                    bounded(request.getRequestURI(), 512), target(request), response.getStatus(),
                    bounded(request.getRemoteAddr(), 64));
        } catch (DataAccessException e) {
            // the action itself is done; a lost audit row must be visible to operators, not to the client
            log.error("Could not record the admin action {} by {}: {}", route, caller.getName(),
                    e.getMostSpecificCause().getClass().getSimpleName());
        }
    }

    @SuppressWarnings("unchecked")
    private static @Nullable String target(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && !map.isEmpty()) {
            return bounded(String.join(",", ((Map<String, String>) map).values()), 128);
        }
        return null;
    }

    private static String bounded(String value, int max) {
        String clean = value.replace('\0', '?');
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
