package com.salescalls.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {

    @Test
    void turnsLibpqUrlIntoJdbcUrlWithCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s%40cret@db.example:6543/calls?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/calls?sslmode=require");
        assertThat(url.username()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("s@cret");
    }

    @Test
    void acceptsPostgresSchemeWithoutPortOrPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app@localhost/calls");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/calls");
        assertThat(url.username()).isEqualTo("app");
        assertThat(url.password()).isNull();
    }

    @Test
    void passesJdbcUrlThrough() {
        DatabaseUrl url = DatabaseUrl.parse(" jdbc:postgresql://localhost:5432/db?user=x ");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/db?user=x");
        assertThat(url.username()).isNull();
    }

    @Test
    void rejectsOtherSchemes() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://localhost/db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DATABASE_URL");
    }
}
