package com.salescalls.identity;

import java.util.function.Predicate;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The default rule of {@link StrictHttpFirewall} for header and parameter names and values, assigned and not control
 * characters ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}), as a scan of the code points rather than a regular
 * expression matched against every header of every request.
 */
final class HeaderCharacters implements Predicate<String> {

    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        HeaderCharacters allowed = new HeaderCharacters();
        firewall.setAllowedHeaderNames(allowed);
        firewall.setAllowedHeaderValues(allowed);
        firewall.setAllowedParameterNames(allowed);
        firewall.setAllowedParameterValues(allowed);
        return firewall;
    }

    @Override
    public boolean test(String value) {
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (codePoint >= 0x20 && codePoint < 0x7f) {
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
