package fr.fidele.platform;

/** A client used a public endpoint more often than its limit allows (answered with 429 and {@code Retry-After}). */
public class TooManyRequestsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final long retryAfterSeconds;

	public TooManyRequestsException(long retryAfterSeconds) {
		super("too many requests");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
