package vn.ketnghia.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository checkout devstack serves: where the realm file is, and the state directory (by default the
 * git-ignored {@code .ketnghia/}) that keeps databases, unpacked servers and logs between runs.
 */
public record Workspace(Path root, Path stateDir) {

    /** Set by ./ketnghia and by the Maven builds, so that no caller depends on its working directory. */
    public static final String ROOT_PROPERTY = "ketnghia.repo.root";

    private static final String REALM_FILE = "deploy/keycloak/ketnghia-realm.json";

    public Workspace {
        root = root.toAbsolutePath().normalize();
        stateDir = stateDir.toAbsolutePath().normalize();
    }

    public static Workspace locate() {
        String configured = System.getProperty(ROOT_PROPERTY);
        Path start = Path.of(configured != null ? configured : "").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(REALM_FILE))) {
                return new Workspace(dir, dir.resolve(".ketnghia"));
            }
        }
        throw new IllegalStateException("No Kết Nghĩa checkout (with " + REALM_FILE + ") at or above " + start);
    }

    /** The same checkout with its state kept elsewhere, so devstack's own tests never touch a developer's data. */
    public Workspace withStateDir(Path otherStateDir) {
        return new Workspace(root, otherStateDir);
    }

    public Path logDir() {
        return stateDir.resolve("logs");
    }

    public Path realmFile() {
        return root.resolve(REALM_FILE);
    }

    /** Where {@code npm run build} in web-client/ puts the portal. */
    public Path webClientBuild() {
        return root.resolve("web-client/dist");
    }
}
