package vn.ketnghia.practice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits on the files of a good practice. {@code quarkus.http.limits.max-body-size} must stay a little
 * above {@link #maxBytes()}, or large files are cut off before they reach the checks.
 */
@ConfigMapping(prefix = "ketnghia.practices.files")
public interface PracticeFileConfig {

    /** Largest accepted file, in bytes (10 MB). */
    @WithDefault("10485760")
    long maxBytes();

    /** Most files one practice may carry. */
    @WithDefault("20")
    int maxPerPractice();
}
