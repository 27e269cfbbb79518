package jp.go.jisso.organisation;

import jp.go.jisso.common.VersionedEntity;
import jakarta.persistence.*;
import java.util.Optional;

@Entity
@Table(name = "organisation")
public class Organisation extends VersionedEntity {

    /** 全国地方公共団体コード for local governments, a short slug (e.g. {@code mlit}) otherwise. */
    @Column(nullable = false, unique = true)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationKind kind;

    @Column(name = "name_ja", nullable = false)
    public String nameJa;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Organisation parent;

    public static Optional<Organisation> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The two-digit prefecture number of a local government ("01" for 北海道), or null. */
    public String prefectureNumber() {
        return kind.isLocalGovernment() ? code.substring(0, 2) : null;
    }
}
