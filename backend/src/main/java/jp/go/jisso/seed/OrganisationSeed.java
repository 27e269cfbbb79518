package jp.go.jisso.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.go.jisso.audit.AuditLog;
import jp.go.jisso.organisation.Organisation;
import jp.go.jisso.organisation.OrganisationKind;

/**
 * Reference organisations: the Cabinet Office and ministries, all prefectures and the
 * municipalities of the selected projects. Inserts the ones missing by code; never overwrites
 * what the Cabinet Office has edited since.
 */
@ApplicationScoped
public class OrganisationSeed {

    static final String NATIONAL_BODIES = "seed/national-bodies.csv";
    static final String LOCAL_GOVERNMENTS = "seed/local-governments.csv";

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public int ensureReferenceOrganisations() {
        int created = 0;
        for (Csv.Row row : read(NATIONAL_BODIES, List.of("code", "kind", "name_ja", "name_en"))) {
            created += ensure(row, null) ? 1 : 0;
        }
        List<Csv.Row> localGovernments = read(LOCAL_GOVERNMENTS, List.of("code", "kind", "name_ja", "name_en", "prefecture_code"));
        for (Csv.Row row : localGovernments) {
            String parentCode = row.get("prefecture_code");
            Organisation parent = null;
            if (!parentCode.isEmpty()) {
                parent = Organisation.findByCode(parentCode)
                        .orElseThrow(() -> new SeedFormatException(row.line(), "prefecture_code", "unknown prefecture " + parentCode));
            }
            created += ensure(row, parent) ? 1 : 0;
        }
        return created;
    }

    private boolean ensure(Csv.Row row, Organisation parent) {
        String code = row.get("code");
        if (Organisation.findByCode(code).isPresent()) {
            return false;
        }
        Organisation o = new Organisation();
        o.code = code;
        try {
            o.kind = OrganisationKind.valueOf(row.get("kind"));
        } catch (IllegalArgumentException e) {
            throw new SeedFormatException(row.line(), "kind", "unknown kind " + row.get("kind"));
        }
        o.nameJa = row.get("name_ja");
        o.nameEn = row.get("name_en");
        o.parent = parent;
        o.persistAndFlush();
        audit.system("SEED_LOAD", "Organisation", o.id, Map.of(
                "code", Map.of("after", o.code), "nameJa", Map.of("after", o.nameJa), "kind", Map.of("after", o.kind.name())));
        return true;
    }

    private static List<Csv.Row> read(String resource, List<String> headers) {
        try (Reader reader = new InputStreamReader(
                Thread.currentThread().getContextClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return Csv.read(reader, headers);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
