package org.interlink.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    @Test
    void blankFiltersAreAbsent() {
        assertThat(AuditQuery.parse(" ", "", null, null, "", null, " ", null)).isEqualTo(AuditQuery.ALL);
        assertThat(AuditQuery.ALL.toQueryString()).isEmpty();
    }

    @Test
    void datesStandForWholeUtcDaysBothIncluded() {
        AuditQuery week = AuditQuery.parse(null, null, null, null, null, null, "2026-12-01", "2026-12-07");
        assertThat(week.from()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(week.to()).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
        AuditQuery moment = AuditQuery.parse(null, null, null, null, null, null, "2026-12-07T10:30:00+01:00", null);
        assertThat(moment.from()).isEqualTo(Instant.parse("2026-12-07T09:30:00Z"));
    }

    @Test
    void operationsAreReadInAnyCase() {
        assertThat(AuditQuery.parse(null, null, "screen", null, null, null, null, null)
                        .operation())
                .isEqualTo(Operation.SCREEN);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> AuditQuery.parse(null, null, "PEEK", "a,b", null, null, "yesterday", "2026-02-30"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().stream().map(FieldError::field))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.STREAM)
                .containsExactly("operation", "objectId", "from", "to");
    }

    @Test
    void theFiltersTravelInLinksEncoded() {
        AuditQuery query = AuditQuery.parse("officer.fr", null, "READ", null, "case 2026/77", "gate 4", null, null);
        assertThat(query.toQueryString())
                .isEqualTo("actor=officer.fr&operation=READ&purpose=case+2026%2F77&location=gate+4");
    }
}
