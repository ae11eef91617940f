package vn.ketnghia.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;

/**
 * The operating-system user the embedded PostgreSQL runs as. PostgreSQL refuses to start as root, and this
 * project's machines and CI run everything as root, so there its programs run as {@code nobody} (through
 * {@code runuser}); for anyone else they simply run as the current user.
 */
final class ServerUser {

    static final String UNPRIVILEGED = "nobody";

    private final boolean root;

    private ServerUser(boolean root) {
        this.root = root;
    }

    static ServerUser current() {
        try {
            // /proc/self belongs to the effective user of this process.
            return new ServerUser((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean switchesUser() {
        return root;
    }

    List<String> command(List<String> command) {
        if (!root) {
            return command;
        }
        var wrapped = new ArrayList<>(List.of("runuser", "-u", UNPRIVILEGED, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Hands a directory or file that the server must write to over to the server's user. */
    void own(Path path) {
        if (!root) {
            return;
        }
        try {
            UserPrincipal user = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED);
            Files.setOwner(path, user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the server's user can reach {@code dir}: every directory on the way must let others through. */
    boolean canReach(Path dir) {
        if (!root) {
            return true;
        }
        try {
            for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates directories that the server's user must be able to pass through, whatever the umask. */
    static void createReachable(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
