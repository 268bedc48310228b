package fr.fidele.email;

/** Why a message received opens no contact: it is kept, attached to its conversation when it has one, and no more. */
enum IgnoredBecause {
	/** {@code Auto-Submitted}, an out-of-office: answering it would start a loop. */
	AUTO_REPLY,
	/** A delivery status notification: a message of ours did not arrive. */
	BOUNCE,
	/** {@code Precedence: bulk} or a mailing list. */
	BULK,
	/** The sender wrote more than {@code fidele.email.sender-limit} messages in an hour. */
	RATE_LIMIT
}
