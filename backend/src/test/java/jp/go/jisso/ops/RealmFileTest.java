package jp.go.jisso.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** keycloak/jisso-realm.json (realm as code) against docs/contracts.md. Plain JUnit, no Keycloak needed. */
class RealmFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode realm;

    @BeforeAll
    static void load() throws Exception {
        realm = JSON.readTree(RepoFiles.read("keycloak/jisso-realm.json"));
    }

    @Test
    void realmSettings() {
        assertEquals("jisso", realm.path("realm").asText());
        assertTrue(realm.path("enabled").asBoolean());
        assertEquals(300, realm.path("accessTokenLifespan").asInt());
        assertFalse(realm.path("organizationsEnabled").asBoolean(), "Organizations would make the login two steps");
        assertFalse(realm.path("registrationAllowed").asBoolean());
        assertTrue(realm.path("internationalizationEnabled").asBoolean());
        assertEquals("ja", realm.path("defaultLocale").asText());
        assertEquals(Set.of("ja", "en"), texts(realm.path("supportedLocales")));
    }

    @Test
    void everyContractRoleExistsWithADescription() {
        List<String> roles = RepoFiles.realmRoles();
        assertEquals(6, roles.size(), "roles parsed from docs/contracts.md: " + roles);
        for (String role : roles) {
            JsonNode r = find(realm.path("roles").path("realm"), "name", role);
            assertNotNull(r, "realm role " + role);
            assertFalse(r.path("description").asText().isBlank(), "description of role " + role);
        }
    }

    @Test
    void everyDemoUserMatchesTheContract() {
        List<RepoFiles.DemoUser> demo = RepoFiles.demoUsers();
        assertEquals(9, demo.size(), "demo users parsed from docs/contracts.md");
        for (RepoFiles.DemoUser u : demo) {
            JsonNode user = find(realm.path("users"), "username", u.username());
            assertNotNull(user, "user " + u.username());
            assertEquals(u.id(), user.path("id").asText(), "fixed id of " + u.username());
            assertTrue(user.path("enabled").asBoolean(), u.username() + " enabled");
            assertTrue(texts(user.path("realmRoles")).contains(u.role()), "role of " + u.username());
            if (u.serviceAccount()) {
                String clientId = u.username().substring("service-account-".length());
                assertEquals(clientId, user.path("serviceAccountClientId").asText());
                JsonNode client = find(realm.path("clients"), "clientId", clientId);
                assertNotNull(client, "client of " + u.username());
                JsonNode mapper = find(client.path("protocolMappers"), "protocolMapper", "oidc-hardcoded-claim-mapper");
                assertNotNull(mapper, "hard-coded jisso_org mapper of " + clientId);
                assertEquals("jisso_org", mapper.path("config").path("claim.name").asText());
                assertEquals(u.org(), mapper.path("config").path("claim.value").asText());
            } else {
                assertEquals(List.of(u.org()), list(user.path("attributes").path("jisso_org")), "jisso_org of " + u.username());
                assertTrue(user.path("emailVerified").asBoolean(), u.username() + " email verified");
                assertTrue(user.path("email").asText().endsWith("@demo.jisso.example"), "email of " + u.username());
                assertFalse(user.path("firstName").asText().isBlank());
                assertFalse(user.path("lastName").asText().isBlank());
                JsonNode cred = user.path("credentials").path(0);
                assertEquals("password", cred.path("type").asText());
                assertEquals("jisso", cred.path("value").asText());
                assertFalse(cred.path("temporary").asBoolean(), "password of " + u.username() + " is not temporary");
            }
        }
    }

    @Test
    void nationalBodyUsersCarryTheOrganisationName() {
        var bodies = RepoFiles.nationalBodies();
        assertEquals("国土交通省", bodies.get("mlit"));
        for (RepoFiles.DemoUser u : RepoFiles.demoUsers()) {
            if (!u.serviceAccount() && bodies.containsKey(u.org())) {
                JsonNode user = find(realm.path("users"), "username", u.username());
                assertEquals(bodies.get(u.org()), user.path("lastName").asText(), "lastName of " + u.username());
            }
        }
    }

    @Test
    void userProfileDeclaresJissoOrg() throws Exception {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
        assertEquals("declarative-user-profile", provider.path("providerId").asText());
        JsonNode config = JSON.readTree(provider.path("config").path("kc.user.profile.config").path(0).asText());
        Set<String> names = new HashSet<>();
        config.path("attributes").forEach(a -> names.add(a.path("name").asText()));
        assertTrue(names.containsAll(Set.of("username", "email", "firstName", "lastName", "jisso_org")), names.toString());
        JsonNode org = find(config.path("attributes"), "name", "jisso_org");
        assertEquals(Set.of("admin"), texts(org.path("permissions").path("edit")));
        assertEquals(Set.of("admin", "user"), texts(org.path("permissions").path("view")));
    }

    @Test
    void jissoScopeMapsTheOrganisationAndTheAudience() {
        JsonNode scope = find(realm.path("clientScopes"), "name", "jisso");
        assertNotNull(scope, "client scope jisso");
        JsonNode org = find(scope.path("protocolMappers"), "protocolMapper", "oidc-usermodel-attribute-mapper");
        assertEquals("jisso_org", org.path("config").path("user.attribute").asText());
        assertEquals("jisso_org", org.path("config").path("claim.name").asText());
        for (String where : List.of("access.token.claim", "id.token.claim", "userinfo.token.claim")) {
            assertEquals("true", org.path("config").path(where).asText(), where);
        }
        JsonNode aud = find(scope.path("protocolMappers"), "protocolMapper", "oidc-audience-mapper");
        assertEquals("jisso-api", aud.path("config").path("included.custom.audience").asText());
        assertEquals("true", aud.path("config").path("access.token.claim").asText());
        // the built-in scopes must be in the file too: a realm file with clientScopes replaces them all
        Set<String> scopes = new HashSet<>();
        realm.path("clientScopes").forEach(s -> scopes.add(s.path("name").asText()));
        assertTrue(scopes.containsAll(Set.of("profile", "email", "roles", "web-origins", "acr", "basic", "service_account")), scopes.toString());
    }

    @Test
    void clients() {
        JsonNode spa = client("jisso-spa");
        assertTrue(spa.path("publicClient").asBoolean());
        assertTrue(spa.path("standardFlowEnabled").asBoolean());
        assertFalse(spa.path("directAccessGrantsEnabled").asBoolean());
        assertFalse(spa.path("implicitFlowEnabled").asBoolean());
        assertEquals("S256", spa.path("attributes").path("pkce.code.challenge.method").asText());
        assertEquals(List.of("http://localhost:5173/*"), list(spa.path("redirectUris")));
        assertEquals(List.of("http://localhost:5173"), list(spa.path("webOrigins")));
        assertEquals("http://localhost:5173/*", spa.path("attributes").path("post.logout.redirect.uris").asText());
        assertTrue(texts(spa.path("defaultClientScopes")).contains("jisso"));

        JsonNode cli = client("jisso-cli");
        assertTrue(cli.path("publicClient").asBoolean());
        assertTrue(cli.path("directAccessGrantsEnabled").asBoolean());
        assertFalse(cli.path("standardFlowEnabled").asBoolean());
        assertTrue(texts(cli.path("defaultClientScopes")).contains("jisso"));

        JsonNode script = client("ministry-script-mlit");
        assertFalse(script.path("publicClient").asBoolean());
        assertTrue(script.path("serviceAccountsEnabled").asBoolean());
        assertFalse(script.path("standardFlowEnabled").asBoolean());
        assertFalse(script.path("directAccessGrantsEnabled").asBoolean());
        assertEquals("jisso-dev-secret", script.path("secret").asText());
        assertTrue(texts(script.path("defaultClientScopes")).containsAll(Set.of("jisso", "service_account")));

        JsonNode other = client("jisso-e2e-other");
        assertFalse(texts(other.path("defaultClientScopes")).contains("jisso"), "jisso-e2e-other must not get the jisso-api audience");
        assertFalse(texts(other.path("optionalClientScopes")).contains("jisso"));
        assertTrue(other.path("description").asText().contains("テスト専用"));

        JsonNode shortLived = client("jisso-e2e-short");
        assertEquals("2", shortLived.path("attributes").path("access.token.lifespan").asText());
        assertTrue(texts(shortLived.path("defaultClientScopes")).contains("jisso"));
        assertTrue(shortLived.path("description").asText().contains("テスト専用"));

        // Every scope a client names exists in the file.
        Set<String> scopes = new HashSet<>();
        realm.path("clientScopes").forEach(s -> scopes.add(s.path("name").asText()));
        realm.path("clients").forEach(c -> {
            for (String s : texts(c.path("defaultClientScopes"))) {
                assertTrue(scopes.contains(s), c.path("clientId").asText() + " names unknown scope " + s);
            }
        });
    }

    private static JsonNode client(String clientId) {
        JsonNode c = find(realm.path("clients"), "clientId", clientId);
        assertNotNull(c, "client " + clientId);
        assertTrue(c.path("enabled").asBoolean(), clientId + " enabled");
        return c;
    }

    static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(n -> value.equals(n.path(field).asText()))
                .findFirst()
                .orElse(null);
    }

    static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Set<String> texts(JsonNode array) {
        return new HashSet<>(list(array));
    }
}
