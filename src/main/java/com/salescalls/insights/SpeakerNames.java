package com.salescalls.insights;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How speaker names are compared: case, accents' composed forms, runs of spaces and a trailing parenthetical
 * ("Dana Whitfield (Acme)", as Zoom shows a guest's company) do not count.
 */
final class SpeakerNames {

    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    private SpeakerNames() {
    }

    static String normalized(String name) {
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        return PARENTHETICAL.matcher(composed).replaceFirst("").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
