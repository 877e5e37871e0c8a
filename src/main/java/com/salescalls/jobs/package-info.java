/**
 * Background jobs as users see them: what was started, its state, when it ran and how it ended.
 */
@org.jspecify.annotations.NullMarked
package com.salescalls.jobs;
