package vn.ketnghia.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ketnghia.demo-data")
public interface DemoDataConfig {

    /** Load the Quảng Nam 2016–2020 demo data set (DỮ LIỆU MẪU) at start-up into an empty database. */
    @WithDefault("false")
    boolean enabled();
}
