/**
 * Users, registration, login, JWT access and refresh tokens, roles and the caller of each request.
 */
@org.jspecify.annotations.NullMarked
package com.salescalls.identity;
