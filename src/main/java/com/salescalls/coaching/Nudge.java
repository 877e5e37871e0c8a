package com.salescalls.coaching;

import java.io.Serializable;

/**
 * One piece of coaching for a call.
 *
 * @param suggestion what to do, at most 40 words
 * @param evidence   the number behind it and, where one exists, the utterance it points at
 */
public record Nudge(String title, String suggestion, String evidence) implements Serializable {
}
