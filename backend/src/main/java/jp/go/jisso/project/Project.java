package jp.go.jisso.project;

import jp.go.jisso.common.VersionedEntity;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.go.jisso.organisation.Organisation;

/** 選定事業: one selected proposal of one or more local governments. */
@Entity
@Table(name = "project")
public class Project extends VersionedEntity {

    @Column(name = "selection_fy", nullable = false)
    public int selectionFy;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;

    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "implementation_stage", nullable = false)
    public ImplementationStage implementationStage = ImplementationStage.NONE;

    /** The source lists the main technologies "等" (and others). */
    @Column(name = "and_other_technologies", nullable = false)
    public boolean andOtherTechnologies;

    @Column(name = "support_start", nullable = false)
    public LocalDate supportStart;

    @Column(name = "support_planned_end", nullable = false)
    public LocalDate supportPlannedEnd;

    /** The two-year extension after the normal three years, approved at most once. */
    @Column(name = "continuation_approved", nullable = false)
    public boolean continuationApproved;

    @ManyToMany
    @JoinTable(
            name = "project_applicant",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    public List<Organisation> applicants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_technology", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "technology")
    @Enumerated(EnumType.STRING)
    @OrderColumn(name = "position")
    public List<Technology> technologies = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("label")
    public List<SubProject> subProjects = new ArrayList<>();

}
