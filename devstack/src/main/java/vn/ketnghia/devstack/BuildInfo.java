package vn.ketnghia.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** What the Maven build resolved for devstack: versions, and where the Keycloak distribution was downloaded. */
record BuildInfo(String keycloakVersion, Path keycloakDistribution, String postgresVersion) {

    static BuildInfo load() {
        var properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("devstack.properties")) {
            if (in == null) {
                throw new IllegalStateException("devstack.properties is missing: build devstack with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(
                properties.getProperty("keycloak.version"),
                Path.of(properties.getProperty("keycloak.dist")),
                properties.getProperty("postgres.binaries.version"));
    }

    Path requireKeycloakDistribution() {
        if (!Files.isRegularFile(keycloakDistribution)) {
            throw new IllegalStateException("Keycloak distribution not found at " + keycloakDistribution
                    + ": run ./mvnw -pl devstack install to download it");
        }
        return keycloakDistribution;
    }
}
