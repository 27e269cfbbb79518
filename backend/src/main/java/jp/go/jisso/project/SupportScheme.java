package jp.go.jisso.project;

/** How a ministry supports a sub-project: 交付金, 補助金, 委託, 特区の特例, 規制の特例, その他. */
public enum SupportScheme {
    GRANT,
    SUBSIDY,
    COMMISSION,
    SPECIAL_ZONE,
    REGULATORY_EXCEPTION,
    OTHER
}
