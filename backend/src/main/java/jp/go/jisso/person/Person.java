package jp.go.jisso.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.Optional;
import jp.go.jisso.organisation.Organisation;

/** Someone who takes part in the programme; linked to a Keycloak user by subject id once they log in. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    public static Optional<Person> findBySubject(String subject) {
        return find("keycloakSubject", subject).firstResultOptional();
    }
}
