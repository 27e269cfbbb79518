package jp.go.jisso.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.go.jisso.organisation.Organisation;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: read from the verified access token, once per request. */
@RequestScoped
public class Caller {

    public static final String ORG_CLAIM = "jisso_org";
    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    private Optional<Organisation> organisation;

    public String username() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    public String subject() {
        return token.getSubject();
    }

    public String displayName() {
        String family = token.getClaim("family_name");
        String given = token.getClaim("given_name");
        if (family != null && given != null) {
            return family + " " + given; // Japanese order: organisation/family name first
        }
        String name = token.getClaim("name");
        return name != null ? name : username();
    }

    public Optional<String> organisationCode() {
        return Optional.ofNullable(token.<String>getClaim(ORG_CLAIM)).filter(s -> !s.isBlank());
    }

    /** The caller's organisation record; empty when the token names none or an unknown one. */
    public Optional<Organisation> organisation() {
        if (organisation == null) {
            organisation = organisationCode().flatMap(Organisation::findByCode);
        }
        return organisation;
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isServiceAccount() {
        return username().startsWith(SERVICE_ACCOUNT_PREFIX) || token.getClaim("client_id") != null;
    }
}
