package jp.go.jisso.support;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signed access tokens shaped like the Keycloak realm's (realm roles, jisso_org, jisso-api
 * audience), issued by the OIDC WireMock test server's key.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String SUBJECT_PREFIX = "11111111-0000-4000-8000-00000000000";

    private Tokens() {}

    /** Demo users of docs/contracts.md: username → (sub number, role, organisation code). */
    public static String demo(String username) {
        return switch (username) {
            case "cao" -> token("cao", 1, "cao", "cao");
            case "officer" -> token("officer", 2, "support-officer", "mlit");
            case "contact.mlit" -> token("contact.mlit", 3, "ministry-contact", "mlit");
            case "ministry.maff" -> token("ministry.maff", 4, "ministry-member", "maff");
            case "hokkaido" -> token("hokkaido", 5, "local-government", "010006");
            case "iwamizawa" -> token("iwamizawa", 6, "local-government", "012106");
            case "sendai" -> token("sendai", 7, "local-government", "041009");
            case "company" -> token("company", 8, "company", "co-demo-mobility");
            case "service-account-ministry-script-mlit" -> token("service-account-ministry-script-mlit", 9, "ministry-member", "mlit");
            default -> throw new IllegalArgumentException(username);
        };
    }

    public static String token(String username, int subject, String role, String org) {
        return builder(username, SUBJECT_PREFIX + subject, Set.of(role), org).sign();
    }

    public static io.smallrye.jwt.build.JwtClaimsBuilder builder(String username, String subject, Set<String> roles, String org) {
        var b = Jwt.issuer(ISSUER)
                .subject(subject)
                .audience(Set.of("jisso-api", "account"))
                .claim("preferred_username", username)
                .claim("given_name", "担当")
                .claim("family_name", username)
                .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                .expiresIn(300);
        if (org != null) {
            b = b.claim("jisso_org", org);
        }
        return b;
    }
}
