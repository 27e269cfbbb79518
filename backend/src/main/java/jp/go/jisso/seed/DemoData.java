package jp.go.jisso.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import jp.go.jisso.audit.AuditLog;
import jp.go.jisso.organisation.Organisation;
import jp.go.jisso.organisation.OrganisationKind;
import jp.go.jisso.person.Person;
import jp.go.jisso.project.AssignmentKind;
import jp.go.jisso.project.Project;
import jp.go.jisso.project.ProjectAssignment;
import jp.go.jisso.project.SubProject;
import jp.go.jisso.project.SupportScheme;

/**
 * Demo people, assignments and sub-projects so that every demo user of the dev realm sees a
 * living programme (docs/contracts.md lists the users and their fixed Keycloak ids). Runs once:
 * it is skipped when the demo officer already exists. Names are functions, never real people.
 */
@ApplicationScoped
public class DemoData {

    static final String SUBJECT_PREFIX = "11111111-0000-4000-8000-00000000000";
    static final String DEMO_COMPANY = "co-demo-mobility";
    /** The projects (selection FY, number) followed by the demo officer of 国土交通省. */
    static final List<int[]> DEMO_OFFICER_PROJECTS = List.of(
            new int[] {2018, 1}, new int[] {2018, 2}, new int[] {2018, 3}, new int[] {2018, 5}, new int[] {2019, 3});
    /** Ministries whose (non-login) officers follow the other projects, in rotation. */
    static final List<String> OTHER_OFFICER_MINISTRIES = List.of("mic", "meti", "maff", "mhlw");

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public void ensure() {
        if (Person.findBySubject(SUBJECT_PREFIX + "2").isPresent()) {
            return;
        }
        Organisation company = new Organisation();
        company.code = DEMO_COMPANY;
        company.kind = OrganisationKind.COMPANY;
        company.nameJa = "デモモビリティ株式会社";
        company.nameEn = "Demo Mobility Co., Ltd.";
        company.persist();

        person(1, "cao", "cao", "内閣府 地方創生推進事務局 担当", "参事官補佐");
        Person officer = person(2, "officer", "mlit", "国土交通省 現地支援責任者", "地方運輸局 企画官");
        Person contact = person(3, "contact.mlit", "mlit", "国土交通省 本省窓口", "総合政策局 係長");
        person(4, "ministry.maff", "maff", "農林水産省 担当", "係長");
        person(5, "hokkaido", "010006", "北海道 担当", "主査");
        Person iwamizawa = person(6, "iwamizawa", "012106", "岩見沢市 担当", "主査");
        Person sendai = person(7, "sendai", "041009", "仙台市 担当", "主事");
        person(8, "company", DEMO_COMPANY, "デモモビリティ株式会社 担当", "事業開発部");

        List<Project> all = Project.list("order by selectionFy, number");
        int rotation = 0;
        for (Project p : all) {
            boolean followedByDemoOfficer = DEMO_OFFICER_PROJECTS.stream()
                    .anyMatch(k -> k[0] == p.selectionFy && k[1] == p.number);
            if (followedByDemoOfficer) {
                assign(p, AssignmentKind.SUPPORT_OFFICER, officer);
                assign(p, AssignmentKind.HOME_MINISTRY_CONTACT, contact);
            } else {
                String ministry = OTHER_OFFICER_MINISTRIES.get(rotation++ % OTHER_OFFICER_MINISTRIES.size());
                Organisation org = Organisation.findByCode(ministry).orElseThrow();
                Person other = new Person();
                other.name = org.nameJa + " 現地支援責任者（" + p.selectionFy + "-" + p.number + "）";
                other.title = "企画官";
                other.organisation = org;
                other.persist();
                assign(p, AssignmentKind.SUPPORT_OFFICER, other);
            }
        }

        Project hokkaido = project(2018, 1);
        assign(hokkaido, AssignmentKind.SECRETARIAT_CONTACT, iwamizawa);
        assignOrganisation(hokkaido, AssignmentKind.MEMBER, company);
        subProject(hokkaido, "a", "自動運転による地域交通の実証（デモ）", SupportScheme.SUBSIDY, "自動運転実証支援（デモ）", "mlit");
        subProject(hokkaido, "b", "ロボット農機の遠隔監視による無人走行（デモ）", SupportScheme.SUBSIDY, "スマート農業実証（デモ）", "maff");
        subProject(hokkaido, "c", "ドローンによる農薬散布・物流（デモ）", SupportScheme.REGULATORY_EXCEPTION, "航空法の特例（デモ）", "mlit");

        Project sendaiProject = project(2018, 2);
        assign(sendaiProject, AssignmentKind.SECRETARIAT_CONTACT, sendai);
        subProject(sendaiProject, "a", "ドローンによる災害時情報収集（デモ）", SupportScheme.SPECIAL_ZONE, "国家戦略特区の特例（デモ）", "mlit");
    }

    private Person person(int n, String username, String orgCode, String name, String title) {
        Person p = new Person();
        p.keycloakSubject = SUBJECT_PREFIX + n;
        p.username = username;
        p.name = name;
        p.title = title;
        p.email = username + "@demo.jisso.example";
        p.organisation = Organisation.findByCode(orgCode).orElseThrow();
        p.persistAndFlush();
        audit.system("DEMO_LOAD", "Person", p.id, Map.of("username", Map.of("after", username)));
        return p;
    }

    private static Project project(int fy, int number) {
        return Project.<Project>find("selectionFy = ?1 and number = ?2", fy, number).firstResult();
    }

    private void assign(Project p, AssignmentKind kind, Person person) {
        ProjectAssignment a = new ProjectAssignment();
        a.project = p;
        a.kind = kind;
        a.person = person;
        a.organisation = person.organisation;
        a.startDate = p.supportStart;
        a.persistAndFlush();
        audit.system("DEMO_LOAD", "ProjectAssignment", a.id, Map.of("kind", Map.of("after", kind.name())));
    }

    private void assignOrganisation(Project p, AssignmentKind kind, Organisation organisation) {
        ProjectAssignment a = new ProjectAssignment();
        a.project = p;
        a.kind = kind;
        a.organisation = organisation;
        a.startDate = p.supportStart;
        a.persistAndFlush();
        audit.system("DEMO_LOAD", "ProjectAssignment", a.id, Map.of("kind", Map.of("after", kind.name())));
    }

    private void subProject(Project p, String label, String title, SupportScheme scheme, String schemeName, String ministry) {
        SubProject s = new SubProject();
        s.project = p;
        s.label = label;
        s.title = title;
        s.scheme = scheme;
        s.schemeName = schemeName;
        s.periodStart = p.supportStart;
        s.periodEnd = p.supportPlannedEnd;
        s.ministries.add(Organisation.findByCode(ministry).orElseThrow());
        s.persistAndFlush();
        p.subProjects.add(s);
        audit.system("DEMO_LOAD", "SubProject", s.id, Map.of("title", Map.of("after", title)));
    }
}
