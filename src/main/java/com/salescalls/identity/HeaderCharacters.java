package com.salescalls.identity;

import java.util.function.Predicate;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The default rules of {@link StrictHttpFirewall} for header names, header values and parameter names (assigned and
 * not control characters, {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}; a header value may also hold a tab), as a
 * scan of the code points rather than a regular expression matched against every header of every request.
 * Parameter values keep the firewall's default (anything).
 */
final class HeaderCharacters implements Predicate<String> {

    private final boolean tabAllowed;

    HeaderCharacters(boolean tabAllowed) {
        this.tabAllowed = tabAllowed;
    }

    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        HeaderCharacters names = new HeaderCharacters(false);
        firewall.setAllowedHeaderNames(names);
        firewall.setAllowedHeaderValues(new HeaderCharacters(true));
        firewall.setAllowedParameterNames(names);
        return firewall;
    }

    @Override
    public boolean test(String value) {
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if ((codePoint >= 0x20 && codePoint < 0x7f) || (codePoint == '\t' && tabAllowed)) {
                i++;
                continue;
            }
            if (Character.getType(codePoint) == Character.UNASSIGNED || Character.isISOControl(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
