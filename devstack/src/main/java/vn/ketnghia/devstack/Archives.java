package vn.ketnghia.devstack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacks the server distributions once. Each is unpacked beside its destination and renamed into place at
 * the end, so an interrupted unpack never leaves a half-filled directory that later runs would trust.
 */
final class Archives {

    private Archives() {
    }

    /** Unpacks a .txz read from the classpath (the PostgreSQL binaries jar) into {@code target}. */
    static void unpackTxzResource(String resource, Path target) {
        unpackOnce(target, partial -> {
            try (InputStream raw = Archives.class.getClassLoader().getResourceAsStream(resource)) {
                if (raw == null) {
                    throw new IllegalStateException(resource + " is not on the classpath");
                }
                try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(raw)))) {
                    TarArchiveEntry entry;
                    while ((entry = tar.getNextEntry()) != null) {
                        Path out = inside(partial, entry.getName());
                        if (entry.isDirectory()) {
                            Files.createDirectories(out);
                            Files.setPosixFilePermissions(out, permissions(entry.getMode()));
                        } else if (entry.isSymbolicLink()) {
                            Files.createDirectories(out.getParent());
                            Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                        } else {
                            Files.createDirectories(out.getParent());
                            Files.copy(tar, out);
                            Files.setPosixFilePermissions(out, permissions(entry.getMode()));
                        }
                    }
                }
            }
        });
    }

    /** Unpacks a zip (the Keycloak distribution), dropping its single top-level directory, into {@code target}. */
    static void unpackZipWithoutTopDirectory(Path zip, Path target) {
        unpackOnce(target, partial -> {
            try (var archive = ZipFile.builder().setPath(zip).get()) {
                for (ZipArchiveEntry entry : (Iterable<ZipArchiveEntry>) archive.getEntries()::asIterator) {
                    String name = entry.getName();
                    int slash = name.indexOf('/');
                    if (slash < 0 || slash == name.length() - 1) {
                        continue;
                    }
                    Path out = inside(partial, name.substring(slash + 1));
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        try (InputStream in = archive.getInputStream(entry)) {
                            Files.copy(in, out);
                        }
                        if (entry.getUnixMode() != 0) {
                            Files.setPosixFilePermissions(out, permissions(entry.getUnixMode()));
                        }
                    }
                }
            }
        });
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }

    private interface Unpacker {
        void unpackInto(Path dir) throws IOException;
    }

    private static void unpackOnce(Path target, Unpacker unpacker) {
        if (Files.isDirectory(target)) {
            return;
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        deleteTree(partial);
        try {
            ServerUser.createReachable(partial);
            unpacker.unpackInto(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack into " + target, e);
        }
    }

    private static Path inside(Path dir, String entryName) {
        Path out = dir.resolve(entryName).normalize();
        if (!out.startsWith(dir)) {
            throw new IllegalStateException("Archive entry escapes its directory: " + entryName);
        }
        return out;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }
}
