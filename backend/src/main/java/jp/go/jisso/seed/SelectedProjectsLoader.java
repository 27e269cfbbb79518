package jp.go.jisso.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.go.jisso.audit.AuditLog;
import jp.go.jisso.organisation.Organisation;
import jp.go.jisso.organisation.OrganisationKind;
import jp.go.jisso.project.Project;
import jp.go.jisso.project.ProjectStatus;
import jp.go.jisso.project.ProjectTargets;
import jp.go.jisso.project.Technology;

/**
 * Loads the selected-projects CSV (the programme's real starting data). The whole file is
 * parsed and checked before anything is written, and the load runs in one transaction: a bad
 * row stops it with the line and field named, and nothing is half-loaded. Projects already
 * present (same selection FY and number) are left as they are, so a re-run never duplicates.
 */
@ApplicationScoped
public class SelectedProjectsLoader {

    static final List<String> HEADERS = List.of("selection_fy", "selection_era", "number", "applicants",
            "main_technologies", "and_other_technologies", "status_on_2021_08_24");

    /** The snapshot date of the source document (R3.8.24時点). */
    static final LocalDate SNAPSHOT = LocalDate.of(2021, 8, 24);

    /** One checked row, ready to be written. */
    record SelectedProject(int line, int fy, int number, List<Organisation> applicants, List<Technology> technologies,
                           boolean andOthers, ProjectStatus status) {}

    @Inject
    OrganisationSeed organisations;

    @Inject
    AuditLog audit;

    /** @return the number of projects created */
    @Transactional
    public int load(Reader source) {
        organisations.ensureReferenceOrganisations();
        List<SelectedProject> rows;
        try {
            rows = Csv.read(source, HEADERS).stream().map(this::check).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int created = 0;
        for (SelectedProject row : rows) {
            if (Project.count("selectionFy = ?1 and number = ?2", row.fy(), row.number()) == 0) {
                create(row);
                created++;
            }
        }
        return created;
    }

    private SelectedProject check(Csv.Row row) {
        int fy = integer(row, "selection_fy", 2018, 2100);
        int number = integer(row, "number", 1, 999);
        String era = row.get("selection_era");
        if (!era.equals(eraCode(fy))) {
            throw new SeedFormatException(row.line(), "selection_era", "'" + era + "' does not match FY" + fy + " (" + eraCode(fy) + ")");
        }
        List<Organisation> applicants = new ArrayList<>();
        for (String name : list(row, "applicants")) {
            applicants.add(applicant(row, name));
        }
        List<Technology> technologies = new ArrayList<>();
        for (String label : list(row, "main_technologies")) {
            technologies.add(Technology.fromLabel(label).orElseThrow(() -> new SeedFormatException(row.line(),
                    "main_technologies", "unknown technology '" + label + "'")));
        }
        String others = row.get("and_other_technologies");
        if (!others.equals("yes") && !others.equals("no")) {
            throw new SeedFormatException(row.line(), "and_other_technologies", "'" + others + "' is not yes or no");
        }
        ProjectStatus status = switch (row.get("status_on_2021_08_24")) {
            case "selected" -> ProjectStatus.SELECTED;
            case "supporting" -> ProjectStatus.SUPPORTING;
            case "support_ended" -> ProjectStatus.SUPPORT_ENDED;
            default -> throw new SeedFormatException(row.line(), "status_on_2021_08_24",
                    "'" + row.get("status_on_2021_08_24") + "' is not selected, supporting or support_ended");
        };
        return new SelectedProject(row.line(), fy, number, applicants, technologies, others.equals("yes"), status);
    }

    /** "北海道" is a prefecture; "北海道/岩見沢市" is a municipality of that prefecture. */
    private Organisation applicant(Csv.Row row, String name) {
        String[] parts = name.split("/");
        List<Organisation> matches = parts.length == 1
                ? Organisation.list("nameJa = ?1 and kind = ?2", parts[0], OrganisationKind.PREFECTURE)
                : Organisation.list("nameJa = ?1 and kind = ?2 and parent.nameJa = ?3", parts[1], OrganisationKind.MUNICIPALITY, parts[0]);
        if (parts.length > 2 || matches.size() != 1) {
            throw new SeedFormatException(row.line(), "applicants", "unknown local government '" + name + "'");
        }
        return matches.get(0);
    }

    private void create(SelectedProject row) {
        Project p = new Project();
        p.selectionFy = row.fy();
        p.number = row.number();
        p.title = row.applicants().stream().map(o -> o.nameJa).collect(Collectors.joining("・")) + " 未来技術社会実装事業";
        p.status = row.status();
        p.andOtherTechnologies = row.andOthers();
        p.applicants.addAll(row.applicants());
        p.technologies.addAll(row.technologies());
        p.supportStart = ProjectTargets.supportStart(row.fy());
        p.supportPlannedEnd = ProjectTargets.supportPlannedEnd(row.fy());
        // Still in support at the snapshot after the normal three years: the two-year continuation was approved.
        if (row.status() == ProjectStatus.SUPPORTING && p.supportPlannedEnd.isBefore(SNAPSHOT)) {
            p.supportPlannedEnd = p.supportPlannedEnd.plusYears(2);
            p.continuationApproved = true;
        }
        p.persistAndFlush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("selectionFy", Map.of("after", p.selectionFy));
        changes.put("number", Map.of("after", p.number));
        changes.put("title", Map.of("after", p.title));
        changes.put("applicants", Map.of("after", row.applicants().stream().map(o -> o.code).toList()));
        changes.put("technologies", Map.of("after", row.technologies().stream().map(Enum::name).toList()));
        changes.put("status", Map.of("after", p.status.name()));
        audit.system("SEED_LOAD", "Project", p.id, changes);
    }

    private static String eraCode(int fy) {
        return fy <= 2018 ? "H" + (fy - 1988) : "R" + (fy - 2018);
    }

    private static int integer(Csv.Row row, String field, int min, int max) {
        String raw = row.get(field);
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw new SeedFormatException(row.line(), field, value + " is outside " + min + ".." + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new SeedFormatException(row.line(), field, "'" + raw + "' is not a whole number");
        }
    }

    private static List<String> list(Csv.Row row, String field) {
        String raw = row.get(field);
        if (raw.isEmpty()) {
            throw new SeedFormatException(row.line(), field, "is empty");
        }
        return List.of(raw.split("\\|"));
    }
}
