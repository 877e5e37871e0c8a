package com.salescalls.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhook targets out of the service's own network (SSRF): an http(s) URL without credentials whose host
 * resolves only to public addresses. Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
 * (169.254/16 with the cloud metadata service, fe80::/10), carrier-grade NAT (100.64/10), unspecified, multicast
 * and broadcast addresses are refused unless {@code WEBHOOK_ALLOW_PRIVATE=true}. The check runs when a webhook is
 * created and again before every delivery, since a name may resolve elsewhere later (DNS rebinding); a change
 * between that check and the connection itself remains possible and is why redirects are never followed.
 */
final class TargetGuard {

    private final boolean allowPrivate;

    TargetGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why the URL may not be a target, or empty when it may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials; sign with the webhook secret instead");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of("resolves to " + address.getHostAddress() + ", a private, loopback or link-local "
                        + "address (allowed only with WEBHOOK_ALLOW_PRIVATE=true)");
            }
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second <= 127) || first >= 240
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0); // 0/8, CGNAT, reserved, 192.0.0/24
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // unique local fc00::/7
                return true;
            }
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address: judge that one
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
