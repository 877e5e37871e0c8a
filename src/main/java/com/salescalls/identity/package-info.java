/**
 * Users, registration, login, JWT access and refresh tokens, roles and the caller of each request.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package com.salescalls.identity;
