package jp.go.jisso.project;

import jp.go.jisso.common.VersionedEntity;
import jakarta.persistence.*;
import java.time.LocalDate;
import jp.go.jisso.organisation.Organisation;
import jp.go.jisso.person.Person;

/** A person or organisation attached to a project in one function, for a period (history is kept). */
@Entity
@Table(name = "project_assignment")
public class ProjectAssignment extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** Null while the assignment is active. */
    @Column(name = "end_date")
    public LocalDate endDate;

}
