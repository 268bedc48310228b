package fr.fidele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class CaseAttachmentPolicyTests {

	private final CaseAttachmentPolicy policy = new CaseAttachmentPolicy(Duration.ofDays(7));
	private final Instant now = Instant.parse("2025-05-20T10:00:00Z");

	private static SupportCase supportCase(long id, String reason, CaseStatus status, Instant resolvedAt) {
		return new SupportCase(id, 1, reason, "s", status, null, Instant.parse("2025-05-01T10:00:00Z"), resolvedAt, null, 0);
	}

	@Test
	void aContactAboutAnUnresolvedRequestJoinsIt() {
		var decision = policy.decide("BILLING", now, List.of(supportCase(1, "BILLING", CaseStatus.WAITING, null),
				supportCase(2, "ORDER", CaseStatus.OPEN, null)));
		assertThat(decision.existing()).map(SupportCase::id).contains(1L);
		assertThat(decision.reopen()).isFalse();
		assertThat(decision.openNew()).isFalse();
	}

	@Test
	void aContactSoonAfterAResolutionReopensTheCaseAndLaterOneOpensANewCase() {
		var recent = supportCase(3, "BILLING", CaseStatus.RESOLVED, now.minus(Duration.ofDays(6)));
		assertThat(policy.decide("BILLING", now, List.of(recent)).reopen()).isTrue();
		var old = supportCase(4, "BILLING", CaseStatus.RESOLVED, now.minus(Duration.ofDays(8)));
		var decision = policy.decide("BILLING", now, List.of(old));
		assertThat(decision.openNew()).isTrue();
		assertThat(decision.existing()).isEmpty();
	}

	@Test
	void aClosedCaseIsNeverJoinedAndAContactWithoutReasonOpensNothing() {
		assertThat(policy.decide("BILLING", now, List.of(supportCase(5, "BILLING", CaseStatus.CLOSED, null))).openNew()).isTrue();
		var none = policy.decide(null, now, List.of(supportCase(6, "BILLING", CaseStatus.OPEN, null)));
		assertThat(none.openNew()).isFalse();
		assertThat(none.existing()).isEmpty();
	}
}
