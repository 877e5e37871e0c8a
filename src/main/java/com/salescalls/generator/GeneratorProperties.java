package com.salescalls.generator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param demoCalls calls generated into an empty database at first start ({@code DEMO_CALLS}; 0 turns it off)
 * @param seed      the generator's seed for those calls ({@code DEMO_SEED})
 */
@Validated
@ConfigurationProperties("app.generator")
record GeneratorProperties(@Min(0) @Max(1_000_000) int demoCalls, long seed) {
}
