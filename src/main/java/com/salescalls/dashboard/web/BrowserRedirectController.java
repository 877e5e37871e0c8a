package com.salescalls.dashboard.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A browser opening the service's root gets the dashboard. The root's JSON stays what API clients get: this
 * mapping only wins when the request names {@code text/html} (as browsers do), not for {@code *}{@code /*}.
 */
@RestController
@Hidden
class BrowserRedirectController {

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Void> toDashboard() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/app/")).build();
    }
}
