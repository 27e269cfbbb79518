package jp.go.jisso.project;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import jp.go.jisso.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ProjectListTest extends ApiTest {

    @Test
    void pagesThroughAllProjectsWithoutOverlap() {
        List<Integer> first = as("cao").queryParam("size", 20).queryParam("page", 1).get("/api/projects")
                .then().statusCode(200).body("totalPages", equalTo(2)).body("items", hasSize(20))
                .extract().jsonPath().getList("items.id", Integer.class);
        List<Integer> second = as("cao").queryParam("size", 20).queryParam("page", 2).get("/api/projects")
                .then().statusCode(200).body("items", hasSize(18))
                .extract().jsonPath().getList("items.id", Integer.class);
        org.assertj.core.api.Assertions.assertThat(first).doesNotContainAnyElementsOf(second);
    }

    @Test
    void pageBeyondTheEndIsEmpty() {
        as("cao").queryParam("page", 5).get("/api/projects").then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(38));
    }

    @Test
    void defaultOrderIsBySelectionYearThenNumber() {
        as("cao").queryParam("size", 3).get("/api/projects").then().statusCode(200)
                .body("items.selectionFy", contains(2018, 2018, 2018))
                .body("items.number", contains(1, 2, 3));
    }

    @Test
    void sortsDescendingBySelectionYear() {
        as("cao").queryParam("sort", "-selectionFy").queryParam("size", 2).get("/api/projects").then().statusCode(200)
                .body("items.selectionFy", contains(2021, 2021))
                .body("items.number", contains(1, 2));
    }

    @ParameterizedTest
    @CsvSource({"fy,2018,9", "fy,2019,8", "fy,2020,12", "fy,2021,9", "technology,DRONE,9", "technology,BLOCKCHAIN,1",
            "prefecture,01,2", "prefecture,34,2", "status,SUPPORTING,38", "status,SUPPORT_ENDED,0", "q,岩見沢,1", "q,iwamizawa,1"})
    void filtersNarrowTheList(String parameter, String value, int expected) {
        as("cao").queryParam(parameter, value).queryParam("size", 100).get("/api/projects").then().statusCode(200)
                .body("totalItems", equalTo(expected));
    }

    @Test
    void filtersCombineWithTheAccessRule() {
        as("sendai").queryParam("technology", "AUTONOMOUS_DRIVING").get("/api/projects").then().statusCode(200)
                .body("totalItems", equalTo(0));
        as("sendai").queryParam("technology", "DRONE").get("/api/projects").then().statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void organisationsCanBeListedByKind() {
        as("company").queryParam("kind", "PREFECTURE").queryParam("size", 100).get("/api/organisations")
                .then().statusCode(200).body("totalItems", equalTo(47))
                .body("items[0].code", equalTo("010006")).body("items[0].nameJa", equalTo("北海道"));
        as("cao").queryParam("kind", "MINISTRY").queryParam("size", 100).get("/api/organisations")
                .then().statusCode(200).body("items.code", hasItems("mlit", "maff", "digital"));
    }
}
