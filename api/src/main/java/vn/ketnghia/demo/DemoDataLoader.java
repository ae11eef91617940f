package vn.ketnghia.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.ketnghia.demo.DemoDataWriter.Summary;

/**
 * Loads the demo data set at start-up when {@code ketnghia.demo-data.enabled} is true. Flyway has
 * migrated by then (Quarkus runs migrate-at-start before it fires StartupEvent).
 *
 * <p>The demo is loaded once: the loader looks for the partner {@code SNNPTNT} created by
 * {@code demo-data}. That marker is the demo's own data, so it needs no table outside the Flyway
 * migrations, and it cannot be confused with real data, whose rows are never created by
 * {@code demo-data}. If the demo's codes are taken by rows someone else created, the start fails with a
 * message rather than mixing demo and real data. Everything goes in one transaction: a failure leaves
 * nothing behind, and the next start tries again. The reporting rounds follow in a second transaction
 * ({@link DemoReportingLoader}), loaded once in the same way.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    /**
     * Loading the demo takes 5–25 s on an idle two-core machine; the default 60 s transaction timeout
     * failed start-up when the machine was busy, so the demo's transactions get ten minutes.
     */
    static final int DEMO_TRANSACTION_SECONDS = 600;

    @Inject
    DemoDataConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DemoReportingLoader reporting;

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        long started = System.nanoTime();
        Optional<Summary> loaded = QuarkusTransaction.requiringNew().timeout(DEMO_TRANSACTION_SECONDS).call(this::loadIfAbsent);
        long millis = (System.nanoTime() - started) / 1_000_000;
        loaded.ifPresentOrElse(
                s -> LOG.infof("Demo data loaded (DỮ LIỆU MẪU): %d agreements, %d support records worth %s ₫, "
                                + "%d plans with %d items, %d monitoring visits with %d action points, %d organisations, "
                                + "%d administrative units, in %d ms",
                        s.agreements(), s.supportRecords(), DemoNames.quantity(s.supportVnd()), s.plans(), s.planItems(),
                        s.visits(), s.actionPoints(), s.organizations(), s.adminUnits(), millis),
                () -> LOG.info("Demo data (DỮ LIỆU MẪU) already loaded; nothing to do"));
        // The reporting rounds go through the reporting services (JPA), so they follow the committed programme data.
        started = System.nanoTime();
        int reports = reporting.loadIfAbsent();
        if (reports >= 0) {
            LOG.infof("Demo reporting rounds (DỮ LIỆU MẪU) loaded: 2019 and 2020, %d reports, in %d ms",
                    reports, (System.nanoTime() - started) / 1_000_000);
        }
        QuarkusTransaction.requiringNew().timeout(DEMO_TRANSACTION_SECONDS).run(() -> DemoNeeds.loadIfAbsent(dataSource));
    }

    private Optional<Summary> loadIfAbsent() {
        // The pooled connection joins the surrounding JTA transaction; commit and rollback belong to it.
        try (Connection connection = dataSource.getConnection()) {
            Optional<Summary> summary = new DemoDataWriter(connection).loadIfAbsent(OffsetDateTime.now(ZoneOffset.UTC));
            DemoJoining.loadIfAbsent(connection, OffsetDateTime.now(ZoneOffset.UTC));
            return summary;
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data (DỮ LIỆU MẪU) could not be loaded: " + e.getMessage(), e);
        }
    }
}
