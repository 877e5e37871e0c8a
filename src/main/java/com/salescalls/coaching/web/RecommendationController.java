package com.salescalls.coaching.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.calls.Call;
import com.salescalls.calls.CallService;
import com.salescalls.coaching.RecommendationService;
import com.salescalls.coaching.Recommendations;
import com.salescalls.identity.CurrentUser;

/** Similar calls and coaching nudges for one call. */
@RestController
@Tag(name = "calls")
class RecommendationController {

    private final CallService calls;
    private final RecommendationService recommendations;

    RecommendationController(CallService calls, RecommendationService recommendations) {
        this.calls = calls;
        this.recommendations = recommendations;
    }

    @GetMapping("/api/v1/calls/{call_id}/recommendations")
    @Operation(summary = "The most similar calls (cosine similarity of embeddings, never the call itself) and "
            + "exactly three coaching nudges; an agent sees only its own calls")
    Recommendations recommendations(@AuthenticationPrincipal CurrentUser caller,
            @PathVariable("call_id") String callId,
            @RequestParam(name = "limit", defaultValue = "5") @Min(1) @Max(50) int limit) {
        Call call = calls.get(callId, caller, true); // 404 unless the caller may see it
        return recommendations.recommend(call, limit, caller.seesAllAgents() ? null : caller.agentId());
    }
}
