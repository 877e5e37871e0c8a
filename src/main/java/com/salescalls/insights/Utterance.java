package com.salescalls.insights;

/**
 * One turn of speech.
 *
 * @param speaker the label as written in the transcript, empty for text before the first label
 * @param role    the side of the call the label maps to
 * @param text    the words spoken, continuation lines joined with a space
 */
record Utterance(String speaker, SpeakerRole role, String text) {
}
