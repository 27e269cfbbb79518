package jp.go.jisso.access;

import jakarta.enterprise.context.ApplicationScoped;
import jp.go.jisso.common.ApiException;

/**
 * Write rules of the programme registry (docs/access-control.md). Reads are decided in the
 * queries (ProjectAccess); a record the caller cannot read is 404 before these checks run.
 */
@ApplicationScoped
public class RegistryAccess {

    public void requireRegistryWriter(Caller caller) {
        if (!caller.hasRole(Role.CAO)) {
            throw ApiException.forbidden("Only the Cabinet Office secretariat edits the programme registry.");
        }
    }

    public boolean isCabinetOffice(Caller caller) {
        return caller.hasRole(Role.CAO);
    }
}
