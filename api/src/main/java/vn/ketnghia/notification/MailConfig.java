package vn.ketnghia.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** E-mail copies of notifications. The SMTP server itself is set with the {@code quarkus.mailer.*} properties. */
@ConfigMapping(prefix = "ketnghia.mail")
public interface MailConfig {

    /** Off until an SMTP server is configured: the in-app inbox works without it. */
    @WithDefault("false")
    boolean enabled();

    /** Where the province office's notices go; none are mailed when unset. */
    Optional<String> provinceAddress();

    /** The portal's address, to turn a notice's link (/reports/12) into one a mail reader can open. */
    @WithDefault("http://localhost:5173")
    String portalUrl();
}
