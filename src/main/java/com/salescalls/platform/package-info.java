/**
 * Shared plumbing: configuration, the database (embedded or external), RFC 9457 errors, request limits, health.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.salescalls.platform;
