package jp.go.jisso.access;

/** Realm roles of the Keycloak realm {@code jisso}. */
public final class Role {
    public static final String CAO = "cao";
    public static final String SUPPORT_OFFICER = "support-officer";
    public static final String MINISTRY_CONTACT = "ministry-contact";
    public static final String MINISTRY_MEMBER = "ministry-member";
    public static final String LOCAL_GOVERNMENT = "local-government";
    public static final String COMPANY = "company";

    public static final String[] ALL = {CAO, SUPPORT_OFFICER, MINISTRY_CONTACT, MINISTRY_MEMBER, LOCAL_GOVERNMENT, COMPANY};

    private Role() {}
}
