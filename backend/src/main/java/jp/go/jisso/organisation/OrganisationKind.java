package jp.go.jisso.organisation;

public enum OrganisationKind {
    CABINET_OFFICE,
    MINISTRY,
    PREFECTURE,
    MUNICIPALITY,
    COMPANY,
    OTHER;

    public boolean isLocalGovernment() {
        return this == PREFECTURE || this == MUNICIPALITY;
    }
}
