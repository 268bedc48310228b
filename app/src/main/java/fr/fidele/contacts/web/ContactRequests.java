package fr.fidele.contacts.web;

import java.time.Instant;
import java.util.List;

import fr.fidele.contacts.CaseStatus;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.NewContact;
import fr.fidele.contacts.NewLeg;
import fr.fidele.contacts.Reason;
import fr.fidele.contacts.WrapUp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The JSON bodies the contact, case and reason API accepts. */
final class ContactRequests {

	private ContactRequests() {
	}

	record LegBody(@NotBlank String advisor, @NotNull Instant startedAt, Instant endedAt,
			@Size(max = 4000) String transferNote) {
	}

	record RecordContact(Long customerId, @Size(max = 64) String customerReference, Long caseId,
			@NotNull Channel channel, Direction direction, @Size(max = 64) String reasonCode, @Size(max = 64) String queue,
			@NotNull Instant arrivedAt, Instant queuedAt, Instant answeredAt, Instant endedAt, EndedBy endedBy,
			Boolean identityVerified, Boolean reidentifiedAfterTransfer, Boolean resolved,
			@Size(max = 10000) String wrapUpNotes, @Size(max = 200) String externalRef,
			@Size(max = 50) List<@Valid LegBody> legs) {

		NewContact toNewContact() {
			return new NewContact(customerId, customerReference, caseId, channel,
					direction == null ? Direction.INBOUND : direction, reasonCode, queue, arrivedAt, queuedAt,
					answeredAt, endedAt, endedBy, Boolean.TRUE.equals(identityVerified),
					Boolean.TRUE.equals(reidentifiedAfterTransfer), resolved, wrapUpNotes,
					externalRef, legs == null ? List.of()
							: legs.stream().map(l -> new NewLeg(l.advisor(), l.startedAt(), l.endedAt(), l.transferNote())).toList());
		}
	}

	record WrapUpBody(Boolean resolved, @Size(max = 10000) String notes, @Size(max = 64) String reasonCode) {
		WrapUp toWrapUp() {
			return new WrapUp(resolved, notes, reasonCode);
		}
	}

	record OpenCase(@NotNull Long customerId, @Size(max = 64) String reasonCode, @NotBlank @Size(max = 300) String subject,
			String owner) {
	}

	record ChangeCase(CaseStatus status, String owner) {
	}

	record ReasonBody(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}") String code, @NotBlank @Size(max = 100) String labelFr,
			@NotBlank @Size(max = 100) String labelEn, @PositiveOrZero int position, Boolean active) {
		Reason toReason() {
			return new Reason(code, labelFr, labelEn, position, active == null || active);
		}
	}
}
