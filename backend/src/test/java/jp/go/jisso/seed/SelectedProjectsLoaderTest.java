package jp.go.jisso.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import jp.go.jisso.audit.AuditEntry;
import jp.go.jisso.project.Project;
import jp.go.jisso.project.Technology;
import jp.go.jisso.support.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SelectedProjectsLoaderTest extends ApiTest {

    static final String HEADER = "selection_fy,selection_era,number,applicants,main_technologies,and_other_technologies,status_on_2021_08_24\n";

    @Inject
    SelectedProjectsLoader loader;

    @Test
    void theRealFileWasLoadedOnStartWithAnAuditEntryPerProject() {
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Project.count("selectionFy <= 2021")).isEqualTo(38);
            Project first = Project.find("selectionFy = 2018 and number = 1").firstResult();
            assertThat(first.applicants).extracting(o -> o.nameJa).containsExactly("北海道", "岩見沢市", "更別村");
            assertThat(first.technologies).containsExactly(Technology.AUTONOMOUS_DRIVING, Technology.ROBOT, Technology.DRONE);
            assertThat(AuditEntry.count("action = 'SEED_LOAD' and recordType = 'Project'")).isEqualTo(38);
        });
    }

    @Test
    void loadingTheSameFileAgainCreatesNothing() {
        String csv = HEADER + "2018,H30,2,宮城県/仙台市,ドローン,no,supporting\n";
        QuarkusTransaction.requiringNew().run(() -> assertThat(loader.load(new StringReader(csv))).isZero());
        QuarkusTransaction.requiringNew().run(() -> assertThat(Project.count("selectionFy <= 2021")).isEqualTo(38));
    }

    @Test
    void aGoodNewRowIsLoadedWithDerivedDates() {
        String csv = HEADER + "2022,R4,1,\"北海道/岩見沢市\",AI|IoT,yes,selected\n";
        QuarkusTransaction.begin();
        try {
            assertThat(loader.load(new StringReader(csv))).isEqualTo(1);
            Project p = Project.find("selectionFy = 2022 and number = 1").firstResult();
            assertThat(p.supportStart).hasToString("2022-04-01");
            assertThat(p.supportPlannedEnd).hasToString("2025-03-31");
            assertThat(p.andOtherTechnologies).isTrue();
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void aBadRowStopsTheLoadNamingLineAndFieldAndNothingIsSaved() {
        String csv = HEADER
                + "2022,R4,1,北海道/岩見沢市,AI,no,supporting\n"
                + "2022,R4,2,北海道/岩見沢市,テレパシー,no,supporting\n";
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> loader.load(new StringReader(csv))))
                .isInstanceOf(SeedFormatException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("main_technologies")
                .hasMessageContaining("テレパシー");
        QuarkusTransaction.requiringNew().run(() -> assertThat(Project.count("selectionFy", 2022)).isZero());
    }

    @Test
    void eachKindOfMalformedFieldIsNamed() {
        String[][] cases = {
                {"20x8,H30,1,北海道,AI,no,supporting", "selection_fy"},
                {"2018,R1,1,北海道,AI,no,supporting", "selection_era"},
                {"2018,H30,0,北海道,AI,no,supporting", "number"},
                {"2018,H30,1,北海道/架空町,AI,no,supporting", "applicants"},
                {"2018,H30,1,北海道,AI,maybe,supporting", "and_other_technologies"},
                {"2018,H30,1,北海道,AI,no,paused", "status_on_2021_08_24"},
                {"2018,H30,1,北海道,AI,no", "row"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> loader.load(new StringReader(HEADER + c[0] + "\n"))))
                    .as(c[0])
                    .isInstanceOf(SeedFormatException.class)
                    .hasMessageContaining("line 2")
                    .hasMessageContaining("'" + c[1] + "'");
        }
    }
}
