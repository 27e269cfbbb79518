package jp.go.jisso.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Base of API tests: one embedded PostgreSQL and one OIDC WireMock server for the whole run. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
public abstract class ApiTest {

    protected static RequestSpecification as(String demoUser) {
        return RestAssured.given().auth().oauth2(Tokens.demo(demoUser));
    }

    protected static RequestSpecification anonymous() {
        return RestAssured.given();
    }
}
