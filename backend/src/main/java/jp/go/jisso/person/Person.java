package jp.go.jisso.person;

import jp.go.jisso.common.VersionedEntity;
import jakarta.persistence.*;
import java.util.Optional;
import jp.go.jisso.organisation.Organisation;

/** Someone who takes part in the programme; linked to a Keycloak user by subject id once they log in. */
@Entity
@Table(name = "person")
public class Person extends VersionedEntity {

    @Column(name = "keycloak_subject", unique = true)
    public String keycloakSubject;

    @Column(unique = true)
    public String username;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public String title;

    public String email;

    public static Optional<Person> findBySubject(String subject) {
        return find("keycloakSubject", subject).firstResultOptional();
    }
}
