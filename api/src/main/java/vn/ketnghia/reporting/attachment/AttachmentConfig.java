package vn.ketnghia.reporting.attachment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits on report attachments. Files are kept in the database with the report, so the limits also
 * bound how much one report can add to a backup. {@code quarkus.http.limits.max-body-size} must stay
 * a little above {@link #maxBytes()}, or large files are cut off before they reach the checks here.
 */
@ConfigMapping(prefix = "ketnghia.reporting.attachments")
public interface AttachmentConfig {

    /** Largest accepted file, in bytes (10 MB). */
    @WithDefault("10485760")
    long maxBytes();

    /** Most files one report may carry. */
    @WithDefault("20")
    int maxPerReport();
}
