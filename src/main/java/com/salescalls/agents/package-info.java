/**
 * The agent directory: the display name and aliases each agent goes by in transcripts, so that ingestion can tell
 * the agent's name among a call's speakers.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"calls :: ingest", "identity", "insights", "platform"})
package com.salescalls.agents;
