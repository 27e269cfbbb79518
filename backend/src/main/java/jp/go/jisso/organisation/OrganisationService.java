package jp.go.jisso.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Arrays;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.RegistryAccess;
import jp.go.jisso.audit.AuditLog;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.ErrorCodes;
import jp.go.jisso.common.Validation;
import jp.go.jisso.common.Versions;
import jp.go.jisso.organisation.dto.OrganisationInput;
import jp.go.jisso.organisation.dto.OrganisationView;

/** Writes to the organisation registry: Cabinet Office only, validated, versioned, audited. */
@ApplicationScoped
public class OrganisationService {

    static final String RECORD = "Organisation";

    @Inject
    Validator validator;

    @Inject
    RegistryAccess access;

    @Inject
    AuditLog audit;

    public Organisation get(long id) {
        return Organisation.<Organisation>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Organisation " + id));
    }

    @Transactional
    public Organisation create(Caller caller, OrganisationInput input) {
        access.requireRegistryWriter(caller);
        Organisation o = new Organisation();
        apply(o, input);
        o.persistAndFlush();
        audit.record(caller, "CREATE", RECORD, o.id, null, null, OrganisationView.of(o));
        return o;
    }

    @Transactional
    public Organisation update(Caller caller, long id, String ifMatch, OrganisationInput input) {
        Organisation o = get(id);
        access.requireRegistryWriter(caller);
        Versions.requireMatch(ifMatch, o.version);
        OrganisationView before = OrganisationView.of(o);
        apply(o, input);
        o.persistAndFlush();
        audit.record(caller, "UPDATE", RECORD, o.id, null, before, OrganisationView.of(o));
        return o;
    }

    @Transactional
    public void delete(Caller caller, long id, String ifMatch) {
        Organisation o = get(id);
        access.requireRegistryWriter(caller);
        Versions.requireMatch(ifMatch, o.version);
        long uses = Organisation.count("parent", o)
                + count("select count(p) from Project p join p.applicants a where a = ?1", o)
                + count("select count(s) from SubProject s join s.ministries m where m = ?1", o)
                + count("select count(a) from ProjectAssignment a where a.organisation = ?1", o)
                + count("select count(p) from Person p where p.organisation = ?1", o);
        if (uses > 0) {
            throw new ApiException(409, ErrorCodes.CONFLICT,
                    "Organisation " + o.code + " is still referenced by " + uses + " record(s) (projects, people, municipalities); remove those references first.");
        }
        OrganisationView before = OrganisationView.of(o);
        o.delete();
        audit.record(caller, "DELETE", RECORD, id, null, before, null);
    }

    private static long count(String jpql, Organisation o) {
        return Organisation.getEntityManager().createQuery(jpql, Long.class).setParameter(1, o).getSingleResult();
    }

    private void apply(Organisation o, OrganisationInput input) {
        Validation v = Validation.of(validator, input);
        OrganisationKind kind = null;
        if (input != null && input.kind() != null && !input.kind().isBlank()) {
            try {
                kind = OrganisationKind.valueOf(input.kind());
            } catch (IllegalArgumentException e) {
                v.add("kind", ErrorCodes.FIELD_UNKNOWN_VALUE, "must be one of " + Arrays.toString(OrganisationKind.values()));
            }
        }
        Organisation parent = null;
        if (input != null && kind != null && input.code() != null && !v.has("code")) {
            String code = input.code().trim();
            if (kind.isLocalGovernment()) {
                if (!LocalGovernmentCode.isWellFormed(code)) {
                    v.add("code", "LG_CODE_FORMAT", "must be the 6-digit 全国地方公共団体コード");
                } else if (!LocalGovernmentCode.hasValidCheckDigit(code)) {
                    v.add("code", "LG_CODE_CHECK_DIGIT", "check digit should be " + LocalGovernmentCode.checkDigit(code));
                } else if (kind == OrganisationKind.PREFECTURE && !LocalGovernmentCode.isPrefectureCode(code)) {
                    v.add("code", "LG_CODE_NOT_PREFECTURE", "a prefecture code has the form NN000C with NN in 01..47");
                } else if (kind == OrganisationKind.MUNICIPALITY && LocalGovernmentCode.isPrefectureCode(code)) {
                    v.add("code", "LG_CODE_NOT_MUNICIPALITY", "this is a prefecture code");
                }
            } else if (!code.matches("[a-z][a-z0-9-]{1,63}")) {
                v.add("code", "SLUG_FORMAT", "lowercase letters, digits and '-', starting with a letter");
            }
            if (input.parentId() != null) {
                parent = Organisation.<Organisation>findByIdOptional(input.parentId()).orElse(null);
            }
            if (kind == OrganisationKind.MUNICIPALITY) {
                if (parent == null || parent.kind != OrganisationKind.PREFECTURE) {
                    v.add("parentId", "PARENT_PREFECTURE_REQUIRED", "a municipality needs its prefecture as parent");
                } else if (!v.has("code") && !parent.code.startsWith(code.substring(0, 2))) {
                    v.add("parentId", "PARENT_PREFECTURE_MISMATCH", "the code's first two digits name another prefecture");
                }
            } else if (input.parentId() != null) {
                v.add("parentId", "PARENT_NOT_ALLOWED", "only municipalities have a parent");
            }
        }
        v.throwIfAny();
        String code = input.code().trim();
        Organisation.findByCode(code).filter(existing -> !existing.id.equals(o.id)).ifPresent(existing -> {
            throw new ApiException(409, ErrorCodes.CONFLICT,
                    "An organisation with code " + code + " already exists: " + existing.nameJa + " (id " + existing.id + ").");
        });
        o.code = code;
        o.kind = kind;
        o.nameJa = input.nameJa().trim();
        o.nameEn = input.nameEn().trim();
        o.parent = parent;
    }
}
