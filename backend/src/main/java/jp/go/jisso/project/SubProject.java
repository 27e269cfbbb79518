package jp.go.jisso.project;

import jp.go.jisso.common.VersionedEntity;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.go.jisso.organisation.Organisation;

/** 事業a, 事業b, …: a part of a project supported by one or more ministries. */
@Entity
@Table(name = "sub_project")
public class SubProject extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupportScheme scheme;

    @Column(name = "scheme_name")
    public String schemeName;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @ManyToMany
    @JoinTable(
            name = "sub_project_ministry",
            joinColumns = @JoinColumn(name = "sub_project_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("code")
    public List<Organisation> ministries = new ArrayList<>();

}
