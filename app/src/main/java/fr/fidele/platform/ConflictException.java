package fr.fidele.platform;

/** The request is valid but the thing it acts on is no longer in a state that allows it (answered with 409). */
public class ConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ConflictException(String message) {
		super(message);
	}
}
