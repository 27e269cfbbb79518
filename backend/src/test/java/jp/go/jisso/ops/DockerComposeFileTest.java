package jp.go.jisso.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml, checked without docker: services, ports, healthchecks, start order, and the
 * realm file it imports. Plain JUnit (no Quarkus).
 */
class DockerComposeFileTest {

    private static JsonNode compose;
    private static JsonNode services;

    @BeforeAll
    static void load() throws Exception {
        compose = new YAMLMapper().readTree(RepoFiles.read("docker-compose.yml"));
        services = compose.path("services");
    }

    @Test
    void hasTheFourServices() {
        Set<String> names = new HashSet<>();
        services.fieldNames().forEachRemaining(names::add);
        assertEquals(Set.of("postgres", "keycloak", "backend", "frontend"), names);
    }

    @Test
    void portsMatchTheContracts() {
        assertEquals(List.of("8180:8080"), texts(services.path("keycloak").path("ports")));
        assertEquals(List.of("8080:8080"), texts(services.path("backend").path("ports")));
        assertEquals(List.of("5173:80"), texts(services.path("frontend").path("ports")));
        assertTrue(services.path("postgres").path("ports").isMissingNode(), "PostgreSQL stays inside the compose network");
    }

    @Test
    void everyServerHasAHealthcheck() {
        for (String s : List.of("postgres", "keycloak", "backend")) {
            JsonNode test = services.path(s).path("healthcheck").path("test");
            assertFalse(test.isMissingNode(), s + " healthcheck");
        }
        assertTrue(joined(services.path("postgres").path("healthcheck").path("test")).contains("pg_isready"));
        String kc = joined(services.path("keycloak").path("healthcheck").path("test"));
        assertTrue(kc.contains("9000") && kc.contains("/health/ready"), kc);
        String be = joined(services.path("backend").path("healthcheck").path("test"));
        assertTrue(be.contains("8080") && be.contains("/q/health/ready"), be);
    }

    @Test
    void startOrderWaitsForHealthyDependencies() {
        JsonNode backend = services.path("backend").path("depends_on");
        assertEquals("service_healthy", backend.path("postgres").path("condition").asText());
        assertEquals("service_healthy", backend.path("keycloak").path("condition").asText());
        assertEquals("service_healthy", services.path("frontend").path("depends_on").path("backend").path("condition").asText());
    }

    @Test
    void keycloakImportsTheRealmAsCode() {
        JsonNode kc = services.path("keycloak");
        assertEquals("quay.io/keycloak/keycloak:26.5.6", kc.path("image").asText());
        String command = joined(kc.path("command"));
        assertTrue(command.contains("start-dev") && command.contains("--import-realm"), command);
        assertTrue(texts(kc.path("volumes")).contains("./keycloak:/opt/keycloak/data/import:ro"));
        assertEquals("true", kc.path("environment").path("KC_HEALTH_ENABLED").asText());
        assertEquals("http://localhost:8180", kc.path("environment").path("KC_HOSTNAME").asText());
        assertTrue(Files.isRegularFile(RepoFiles.root().resolve("keycloak/jisso-realm.json")));
    }

    @Test
    void theImportedRealmHoldsTheContractClientsAndUsers() throws Exception {
        JsonNode realm = new ObjectMapper().readTree(RepoFiles.read("keycloak/jisso-realm.json"));
        assertEquals("jisso", realm.path("realm").asText());
        for (String client : List.of("jisso-spa", "jisso-cli", "ministry-script-mlit", "jisso-e2e-other", "jisso-e2e-short")) {
            assertNotNull(RealmFileTest.find(realm.path("clients"), "clientId", client), "client " + client);
        }
        for (RepoFiles.DemoUser u : RepoFiles.demoUsers()) {
            JsonNode user = RealmFileTest.find(realm.path("users"), "username", u.username());
            assertNotNull(user, "user " + u.username());
            assertEquals(u.id(), user.path("id").asText());
        }
    }

    @Test
    void backendTalksToTheOtherContainers() {
        JsonNode backend = services.path("backend");
        assertEquals("./backend", backend.path("build").asText());
        JsonNode env = backend.path("environment");
        assertEquals("jdbc:postgresql://postgres:5432/jisso", env.path("JISSO_DB_URL").asText());
        assertEquals("http://keycloak:8080/realms/jisso", env.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText());
        assertEquals("http://localhost:8180/realms/jisso", env.path("QUARKUS_OIDC_TOKEN_ISSUER").asText());
        assertEquals("true", env.path("JISSO_DEMO_DATA").asText());
        assertTrue(Files.isRegularFile(RepoFiles.root().resolve("backend/Dockerfile")));
        assertEquals("./frontend", services.path("frontend").path("build").asText());
    }

    @Test
    void postgresKeepsItsDataInAVolume() {
        JsonNode pg = services.path("postgres");
        assertEquals("postgres:16", pg.path("image").asText());
        assertEquals("jisso", pg.path("environment").path("POSTGRES_DB").asText());
        assertTrue(texts(pg.path("volumes")).stream().anyMatch(v -> v.endsWith(":/var/lib/postgresql/data")));
        assertTrue(compose.path("volumes").has("pgdata"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String joined(JsonNode node) {
        return node.isArray() ? String.join(" ", texts(node)) : node.asText();
    }
}
