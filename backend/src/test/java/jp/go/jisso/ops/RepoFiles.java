package jp.go.jisso.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Files at the repository root (docker-compose.yml, keycloak/, docs/contracts.md) for the ops tests. */
final class RepoFiles {

    private RepoFiles() {
    }

    /** The repository root: the nearest folder above the working directory with docs/contracts.md. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docs/contracts.md"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root (with docs/contracts.md) not found above " + dir);
    }

    static String read(String relative) {
        try {
            return Files.readString(root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row of the demo-user table in docs/contracts.md. */
    record DemoUser(String username, String role, String org, String id) {
        boolean serviceAccount() {
            return username.startsWith("service-account-");
        }
    }

    /** The demo users table of docs/contracts.md, in order. */
    static List<DemoUser> demoUsers() {
        String section = section(read("docs/contracts.md"), "## Demo users");
        List<DemoUser> users = new ArrayList<>();
        for (String line : section.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("|") || t.startsWith("|---") || t.startsWith("| username")) {
                continue;
            }
            String[] cells = t.substring(1, t.length() - 1).split("\\|");
            if (cells.length < 4) {
                continue;
            }
            users.add(new DemoUser(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()));
        }
        return users;
    }

    /** The realm roles listed in docs/contracts.md (line "realm roles in `realm_access.roles`: ..."). */
    static List<String> realmRoles() {
        for (String line : read("docs/contracts.md").split("\n")) {
            if (line.contains("realm roles in `realm_access.roles`")) {
                String list = line.substring(line.indexOf(':') + 1);
                List<String> roles = new ArrayList<>();
                Matcher m = Pattern.compile("`([^`]+)`").matcher(list);
                while (m.find()) {
                    roles.add(m.group(1));
                }
                return roles;
            }
        }
        throw new IllegalStateException("realm roles line not found in docs/contracts.md");
    }

    /** Organisation names of national bodies from docs/contracts.md, e.g. mlit → 国土交通省. */
    static Map<String, String> nationalBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        Matcher m = Pattern.compile("`([a-z]+)` (\\S+?)[,.\\n]").matcher(section(read("docs/contracts.md"), "## Organisation codes"));
        while (m.find()) {
            bodies.put(m.group(1), m.group(2));
        }
        return bodies;
    }

    private static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading);
        if (start < 0) {
            throw new IllegalStateException("section " + heading + " not found in docs/contracts.md");
        }
        int end = markdown.indexOf("\n## ", start + heading.length());
        return end < 0 ? markdown.substring(start) : markdown.substring(start, end);
    }
}
