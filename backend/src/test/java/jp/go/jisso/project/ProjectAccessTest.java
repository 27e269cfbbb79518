package jp.go.jisso.project;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jp.go.jisso.support.ApiTest;
import jp.go.jisso.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectAccessTest extends ApiTest {

    static long idOf(int fy, int number) {
        return as("cao").queryParam("fy", fy).queryParam("size", 100).get("/api/projects")
                .then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.number == " + number + " }.id");
    }

    @Test
    void cabinetOfficeSeesAllThirtyEightProjects() {
        as("cao").queryParam("size", 100).get("/api/projects")
                .then().statusCode(200).body("totalItems", equalTo(38)).body("items", hasSize(38));
    }

    @Test
    void iwamizawaAndHokkaidoSeeOnlyTheirJointProject() {
        for (String user : new String[] {"iwamizawa", "hokkaido"}) {
            as(user).get("/api/projects").then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].selectionFy", equalTo(2018))
                    .body("items[0].number", equalTo(1))
                    .body("items[0].applicants.code", hasItems("010006", "012106", "016390"));
        }
    }

    @Test
    void sendaiSeesOnlyItsOwnProject() {
        as("sendai").get("/api/projects").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].selectionFy", equalTo(2018))
                .body("items[0].number", equalTo(2));
    }

    @Test
    void anotherCitysProjectIsNotFoundRatherThanForbidden() {
        long hokkaidoProject = idOf(2018, 1);
        as("sendai").get("/api/projects/" + hokkaidoProject).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        as("iwamizawa").get("/api/projects/" + hokkaidoProject).then().statusCode(200)
                .body("title", containsString("岩見沢市"));
    }

    @Test
    void officerSeesOnlyTheProjectsTheyActivelySupport() {
        as("officer").queryParam("size", 100).get("/api/projects").then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.collect { it.selectionFy + '-' + it.number }",
                        containsInAnyOrder("2018-1", "2018-2", "2018-3", "2018-5", "2019-3"));
    }

    @Test
    void homeMinistryContactFollowsTheProjectsOfTheirMinistrysOfficers() {
        as("contact.mlit").queryParam("size", 100).get("/api/projects").then().statusCode(200)
                .body("totalItems", equalTo(5));
    }

    @Test
    void ministryMemberSeesProjectsItsMinistrySupports() {
        as("ministry.maff").get("/api/projects").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].number", equalTo(1));
        as("service-account-ministry-script-mlit").queryParam("size", 100).get("/api/projects").then().statusCode(200)
                .body("totalItems", equalTo(2));
    }

    @Test
    void companySeesOnlyProjectsItIsAMemberOf() {
        as("company").get("/api/projects").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].number", equalTo(1));
    }

    @Test
    void aUserWhoseOrganisationIsUnknownSeesNothing() {
        anonymous().auth().oauth2(Tokens.token("stranger", 99, "local-government", "999999"))
                .get("/api/projects").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aUserWithoutAJissoRoleIsForbidden() {
        anonymous().auth().oauth2(Tokens.token("norole", 98, "offline_access", "cao"))
                .get("/api/projects").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void anonymousCallIsUnauthorisedWithProblemJson() {
        anonymous().get("/api/projects").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void tokenWithoutTheApiAudienceIsRejected() {
        String wrongAudience = Tokens.builder("cao", Tokens.SUBJECT_PREFIX + 1, java.util.Set.of("cao"), "cao")
                .audience("some-other-api").sign();
        anonymous().auth().oauth2(wrongAudience).get("/api/projects").then().statusCode(401);
    }

    @Test
    void meShowsTheCallersOrganisationAndRoles() {
        as("iwamizawa").get("/api/me").then().statusCode(200)
                .body("username", equalTo("iwamizawa"))
                .body("organisation.code", equalTo("012106"))
                .body("organisation.nameJa", equalTo("岩見沢市"))
                .body("roles", contains("local-government"))
                .body("serviceAccount", equalTo(false));
        as("service-account-ministry-script-mlit").get("/api/me").then().statusCode(200)
                .body("serviceAccount", equalTo(true)).body("organisation.code", equalTo("mlit"));
    }

    @Test
    void projectDetailShowsTargetsOfficerAndSubProjects() {
        as("cao").get("/api/projects/" + idOf(2018, 1)).then().statusCode(200)
                .body("supportStart", equalTo("2018-04-01"))
                .body("partialImplementationTarget", equalTo("2021-03-31"))
                .body("fullImplementationTarget", equalTo("2023-03-31"))
                .body("supportOfficer.organisation.code", equalTo("mlit"))
                .body("subProjects.label", contains("a", "b", "c"))
                .body("subProjects[1].ministries[0].code", equalTo("maff"));
    }
}
