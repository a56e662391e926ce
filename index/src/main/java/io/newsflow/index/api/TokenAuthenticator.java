package io.newsflow.index.api;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Lets a request through when it carries the configured token ({@code index.serve.token}): as
 * {@code Authorization: Bearer TOKEN}, or as the password of HTTP Basic (any user name), which is what a browser sends
 * after its login prompt. Anything else gets 401 with a Basic challenge. Tokens are compared in constant time.
 */
final class TokenAuthenticator extends Authenticator {
    static final String REALM = "newsflow";
    private final byte[] token;

    TokenAuthenticator(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Result authenticate(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String presented = header == null ? null : presented(header.strip());
        if (presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
            return new Success(new HttpPrincipal("token", REALM));
        }
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        return new Retry(401);
    }

    /** The token in an Authorization header value, or null when it holds none. */
    static String presented(String header) {
        int space = header.indexOf(' ');
        if (space < 0) return null;
        String scheme = header.substring(0, space);
        String value = header.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer")) return value;
        if (!scheme.equalsIgnoreCase("Basic")) return null;
        try {
            String userAndPassword = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            int colon = userAndPassword.indexOf(':');
            return colon < 0 ? null : userAndPassword.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
