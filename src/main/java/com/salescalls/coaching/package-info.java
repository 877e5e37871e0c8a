/**
 * Coaching nudges: a call's own numbers held against configurable benchmark bands, plus the example of a
 * similar call that went better; and the recommendations that pair them with similar calls.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "calls",
        "calls :: events",
        "identity",
        "insights",
        "platform",
        "similarity"
})
package com.salescalls.coaching;
