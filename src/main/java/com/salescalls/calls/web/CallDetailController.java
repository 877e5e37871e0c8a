package com.salescalls.calls.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.identity.CurrentUser;
import com.salescalls.platform.InvalidParameters;

/**
 * One call's detail, the hottest read: its body is rendered once per version of the call and cached ({@link CallBodies}) and
 * carries an {@code ETag}; a client that sends it back in {@code If-None-Match} gets 304 without a body (Spring
 * compares them) once the caller's scope has been checked. {@code Cache-Control: private, no-cache}: a browser may
 * keep it but asks again each time, and no shared cache keeps it.
 */
@RestController
@Tag(name = "calls")
class CallDetailController {

    private static final String EMBEDDING = "embedding";

    private final CallBodies bodies;

    CallDetailController(CallBodies bodies) {
        this.bodies = bodies;
    }

    @GetMapping(path = "/api/v1/calls/{call_id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One call with its analysis; `include=embedding` adds the 384-float vector. The answer's "
            + "`ETag` sent back in `If-None-Match` gets 304 while the call is unchanged")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = CallView.class)))
    ResponseEntity<byte[]> get(@AuthenticationPrincipal CurrentUser caller, @PathVariable("call_id") String callId,
            @Parameter(schema = @Schema(allowableValues = EMBEDDING))
            @RequestParam(name = "include", required = false) @Nullable String include) {
        // checked here rather than by a constraint: one constraint would put bean validation on every request
        if (include != null && !include.equals(EMBEDDING)) {
            throw new InvalidParameters("include", "must be 'embedding' when given");
        }
        CallBodies.Body body = bodies.of(callId, include != null, caller);
        return ResponseEntity.ok().eTag(body.etag()).cacheControl(CacheControl.noCache().cachePrivate())
                .contentType(MediaType.APPLICATION_JSON).body(body.json());
    }
}
