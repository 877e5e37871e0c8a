/**
 * Background jobs as users see them: what was started, its state, when it ran and how it ended.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform"})
package com.salescalls.jobs;
