package com.salescalls.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalResponseTest {

    private static final class Missing extends Refusal {
        Missing() {
            super(Kind.NOT_FOUND, "Thing not found", "Thing 'x' not found");
        }
    }

    private static final class BadLogin extends Refusal {
        BadLogin() {
            super(Kind.UNAUTHENTICATED, "Not authenticated", "Wrong username or password");
        }
    }

    @Test
    void eachKindHasTheStatusOfApiMd() {
        assertThat(List.of(Refusal.Kind.values()).stream().map(kind -> RefusalResponse.status(kind).value()))
                .containsExactly(422, 401, 403, 404, 409, 429);
    }

    @Test
    void aRefusalBecomesAProblemWithItsTitleAndDetail() {
        ErrorResponseException response = RefusalResponse.of(new Missing());
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody().getTitle()).isEqualTo("Thing not found");
        assertThat(response.getBody().getDetail()).isEqualTo("Thing 'x' not found");
        assertThat(response.getHeaders().isEmpty()).isTrue();
    }

    @Test
    void invalidParametersListEachOneUnderErrors() {
        ErrorResponseException response = RefusalResponse.of(new InvalidParameters(List.of(
                new InvalidParameters.Violation("limit", "must be at most 100"),
                new InvalidParameters.Violation("sort", "must be one of newest, oldest"))));
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody().getDetail()).isEqualTo("limit: must be at most 100; sort: must be one of newest, oldest");
        assertThat(response.getBody().getProperties()).containsKey("errors");
    }

    @Test
    void tooManyRequestsSaysWhenToRetry() {
        ErrorResponseException response = RefusalResponse.of(new TooManyRequests("Too many requests", "Slow down", 7));
        assertThat(response.getStatusCode().value()).isEqualTo(429);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        assertThat(response.getBody().getDetail()).isEqualTo("Slow down; try again in 7 s");
    }

    @Test
    void unauthenticatedCarriesTheBearerChallenge() {
        assertThat(RefusalResponse.of(new BadLogin()).getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .isEqualTo("Bearer");
    }
}
