package vn.ketnghia.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Declares the real PostgreSQL + Keycloak stack for every {@code @QuarkusTest} in the module: a test
 * resource declared without {@code restrictToAnnotatedClass} applies to all of them, started once.
 */
@QuarkusTestResource(StackTestResource.class)
public final class KetNghiaStack {
    private KetNghiaStack() {
    }
}
