package fr.fidele.platform;

/** A request field breaks a business rule; answered with 422 naming the field. */
public class InvalidFieldException extends RuntimeException {

	private final String field;

	public InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
