/**
 * The web dashboard: static ES modules and styles under {@code /app/}, the chart library from its webjar, the
 * security headers those pages get, and the redirect of a browser asking for {@code /} to them. The pages read the
 * JSON API like any other client; this module calls no other module.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.salescalls.dashboard;
