package jp.go.jisso.report.content;

/** 財源の種別. */
public enum FundingType implements Labelled {
    GRANT("交付金"),
    SUBSIDY("補助金"),
    COMMISSION("委託"),
    OWN_FUNDS("自己財源"),
    PRIVATE_FUNDS("民間資金"),
    OTHER("その他");

    private final String labelJa;

    FundingType(String labelJa) {
        this.labelJa = labelJa;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }
}
