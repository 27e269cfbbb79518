package jp.go.jisso.report.demo;

import java.util.Optional;
import java.util.Set;
import jp.go.jisso.access.Caller;
import jp.go.jisso.organisation.Organisation;

/** A demo user acting outside a request (demo data load), so that demo writes go through the real services and audit. */
class DemoCaller extends Caller {

    private final String username;
    private final String subject;
    private final String role;
    private final String orgCode;

    DemoCaller(String username, String subject, String role, String orgCode) {
        this.username = username;
        this.subject = subject;
        this.role = role;
        this.orgCode = orgCode;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String subject() {
        return subject;
    }

    @Override
    public String displayName() {
        return Organisation.findByCode(orgCode).map(o -> o.nameJa).orElse(orgCode) + " 担当（デモ）";
    }

    @Override
    public Optional<String> organisationCode() {
        return Optional.of(orgCode);
    }

    @Override
    public Optional<Organisation> organisation() {
        return Organisation.findByCode(orgCode);
    }

    @Override
    public Set<String> roles() {
        return Set.of(role);
    }

    @Override
    public boolean hasRole(String r) {
        return role.equals(r);
    }

    @Override
    public boolean isServiceAccount() {
        return false;
    }
}
