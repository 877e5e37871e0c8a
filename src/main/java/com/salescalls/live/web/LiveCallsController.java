package com.salescalls.live.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.identity.CurrentUser;
import com.salescalls.live.LiveCallInProgress;
import com.salescalls.live.LiveCalls;

/** The calls being streamed now, so a client can offer them to watch over {@code /ws/sentiment/{call_id}}. */
@RestController
@ConditionalOnWebApplication
@Tag(name = "live")
class LiveCallsController {

    private final LiveCalls live;

    LiveCallsController(LiveCalls live) {
        this.live = live;
    }

    record InProgress(List<LiveCallInProgress> calls) {
    }

    @GetMapping("/api/v1/live/calls")
    @Operation(summary = "Calls a producer is streaming now, on any instance (an agent user: its own only)")
    InProgress inProgress(@AuthenticationPrincipal CurrentUser caller,
            @RequestParam(name = "limit", defaultValue = "50") @Min(1) @Max(100) int limit) {
        return new InProgress(live.inProgress(caller, limit));
    }
}
