package jp.go.jisso.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.PersonAccess;
import jp.go.jisso.access.ProjectAccess;
import jp.go.jisso.access.Role;
import jp.go.jisso.audit.AuditLog;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.ErrorCodes;
import jp.go.jisso.common.PageRequest;
import jp.go.jisso.common.SortOrder;
import jp.go.jisso.common.Validation;
import jp.go.jisso.common.Versions;
import jp.go.jisso.organisation.Organisation;
import jp.go.jisso.person.dto.PersonInput;
import jp.go.jisso.person.dto.PersonPage;
import jp.go.jisso.person.dto.PersonView;

/** People of the programme: reads scoped by PersonAccess, writes validated, versioned and audited. */
@ApplicationScoped
public class PersonService {

    public static final String RECORD = "Person";
    static final Map<String, String> SORTABLE = Map.of("name", "x.name", "organisation", "x.organisation.code");

    @Inject
    EntityManager em;

    @Inject
    PersonAccess access;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    public record Filter(Optional<Long> organisationId, Optional<String> text) {}

    public List<Person> find(Caller caller, Filter filter, SortOrder sort, PageRequest page) {
        TypedQuery<Person> q = query(caller, filter, "select x from Person x", " order by " + sort.jpql() + ", x.id", Person.class);
        if (page != null) {
            q.setFirstResult(page.offset()).setMaxResults(page.size());
        }
        return q.getResultList();
    }

    public PersonPage page(Caller caller, Filter filter, SortOrder sort, PageRequest page) {
        long total = query(caller, filter, "select count(x) from Person x", "", Long.class).getSingleResult();
        boolean contact = access.seesContactDetails(caller);
        List<PersonView> items = find(caller, filter, sort, page).stream().map(p -> PersonView.of(p, contact)).toList();
        return new PersonPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    private <T> TypedQuery<T> query(Caller caller, Filter filter, String select, String order, Class<T> type) {
        ProjectAccess.Condition visible = access.readablePeople(caller);
        StringBuilder where = new StringBuilder(" where ").append(visible.jpql());
        Map<String, Object> params = new HashMap<>(visible.params());
        filter.organisationId().ifPresent(id -> {
            where.append(" and x.organisation.id = :organisationId");
            params.put("organisationId", id);
        });
        filter.text().ifPresent(t -> {
            where.append(" and (x.name like :text or lower(x.email) like :text or x.title like :text)");
            params.put("text", "%" + t.toLowerCase() + "%");
        });
        TypedQuery<T> q = em.createQuery(select + where + order, type);
        params.forEach(q::setParameter);
        return q;
    }

    public Optional<Person> findReadable(Caller caller, long id) {
        ProjectAccess.Condition visible = access.readablePeople(caller);
        TypedQuery<Person> q = em.createQuery("select x from Person x where x.id = :id and " + visible.jpql(), Person.class);
        q.setParameter("id", id);
        visible.params().forEach(q::setParameter);
        return q.getResultStream().findFirst();
    }

    public Person getReadable(Caller caller, long id) {
        return findReadable(caller, id).orElseThrow(() -> ApiException.notFound("Person " + id));
    }

    public PersonView view(Caller caller, Person p) {
        return PersonView.of(p, access.seesContactDetails(caller));
    }

    @Transactional
    public Person create(Caller caller, PersonInput input) {
        Validation v = Validation.of(validator, input);
        Organisation org = input == null || input.organisationId() == null ? null
                : Organisation.<Organisation>findByIdOptional(input.organisationId()).orElse(null);
        if (input != null && input.organisationId() != null && org == null) {
            v.add("organisationId", ErrorCodes.FIELD_UNKNOWN_VALUE, "no such organisation");
        }
        if (org != null) {
            access.requireCanCreate(caller, org.id);
        } else if (!caller.hasRole(Role.CAO) && !caller.hasRole(Role.LOCAL_GOVERNMENT)) {
            access.requireCanCreate(caller, null);
        }
        v.throwIfAny();
        Person p = new Person();
        apply(p, input, org);
        p.persistAndFlush();
        audit.record(caller, "CREATE", RECORD, p.id, null, null, PersonView.of(p, true));
        return p;
    }

    @Transactional
    public Person update(Caller caller, long id, String ifMatch, PersonInput input) {
        Person p = getReadable(caller, id);
        Validation v = Validation.of(validator, input);
        Organisation org = input == null || input.organisationId() == null ? null
                : Organisation.<Organisation>findByIdOptional(input.organisationId()).orElse(null);
        if (input != null && input.organisationId() != null && org == null) {
            v.add("organisationId", ErrorCodes.FIELD_UNKNOWN_VALUE, "no such organisation");
        }
        boolean cao = caller.hasRole(Role.CAO);
        boolean ownStaff = access.managesOrganisationPeople(caller, p.organisation.id);
        boolean self = access.isSelf(caller, p);
        if (!cao && !ownStaff && !self) {
            throw ApiException.forbidden("You may change only your own contact details or your organisation's contacts.");
        }
        v.throwIfAny();
        if (!cao && !Objects.equals(org.id, p.organisation.id)) {
            throw ApiException.forbidden("Only the Cabinet Office moves a person to another organisation.");
        }
        if (!cao && !ownStaff && !Objects.equals(input.name().trim(), p.name)) {
            throw ApiException.forbidden("Your own record: you may change the title and e-mail; the Cabinet Office changes names.");
        }
        Versions.requireMatch(ifMatch, p.version);
        PersonView before = PersonView.of(p, true);
        String hiddenEmail = p.email;
        apply(p, input, org);
        if (!access.seesContactDetails(caller)) {
            p.email = hiddenEmail; // the caller was never shown the e-mail, so its absence in the body is not a change
        }
        p.persistAndFlush();
        audit.record(caller, "UPDATE", RECORD, p.id, null, before, PersonView.of(p, true));
        return p;
    }

    @Transactional
    public void delete(Caller caller, long id, String ifMatch) {
        Person p = getReadable(caller, id);
        if (!caller.hasRole(Role.CAO)) {
            throw ApiException.forbidden("Only the Cabinet Office removes people from the registry.");
        }
        Versions.requireMatch(ifMatch, p.version);
        long assignments = em.createQuery("select count(a) from ProjectAssignment a where a.person = :p", Long.class)
                .setParameter("p", p).getSingleResult();
        if (assignments > 0) {
            throw new ApiException(409, ErrorCodes.CONFLICT, "This person has " + assignments
                    + " project assignment(s) (kept as history); end them instead of deleting the person.");
        }
        PersonView before = PersonView.of(p, true);
        p.delete();
        audit.record(caller, "DELETE", RECORD, id, null, before, null);
    }

    private static void apply(Person p, PersonInput input, Organisation org) {
        p.name = input.name().trim();
        p.organisation = org;
        p.title = input.title() == null || input.title().isBlank() ? null : input.title().trim();
        p.email = input.email() == null || input.email().isBlank() ? null : input.email().trim();
    }
}
