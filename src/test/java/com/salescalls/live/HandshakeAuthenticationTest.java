package com.salescalls.live;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HandshakeAuthenticationTest {

    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

    @Test
    void answersWithBearerWhenOfferedAndWithTheTokenWhenItCameAlone() {
        assertThat(HandshakeAuthentication.chosenProtocol(List.of("bearer", JWT))).isEqualTo("bearer");
        assertThat(HandshakeAuthentication.chosenProtocol(List.of(JWT, "Bearer"))).isEqualTo("Bearer");
        assertThat(HandshakeAuthentication.chosenProtocol(List.of(JWT))).isEqualTo(JWT);
        assertThat(HandshakeAuthentication.chosenProtocol(List.of("graphql-ws"))).isNull();
    }

    @Test
    void findsTheTokenAmongTheOfferedProtocols() {
        assertThat(HandshakeAuthentication.tokenProtocol(List.of("bearer", JWT))).contains(JWT);
        assertThat(HandshakeAuthentication.tokenProtocol(List.of("bearer", "not-a-token"))).isEmpty();
    }
}
