package vn.ketnghia.plan;

import java.math.BigDecimal;

/** What the support records linked to one plan item add up to. */
record PlanActual(long valueVnd, BigDecimal quantity, long recordCount) {

    static final PlanActual NONE = new PlanActual(0, null, 0);
}
