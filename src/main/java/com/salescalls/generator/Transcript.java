package com.salescalls.generator;

/** A finished transcript with the word counts the duration is derived from. */
record Transcript(String text, int turns, int agentWords, int customerWords) {
}
