package fr.fidele.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request field breaks a business rule; answered with 422 naming the field and why ({@code invalid.<code>}). */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class InvalidFieldException extends ExplainedException {

	private static final long serialVersionUID = 1L;
	private static final String PREFIX = "invalid.";

	private final String field;

	public InvalidFieldException(String field, String code, Object... arguments) {
		super(PREFIX + code, arguments);
		this.field = field;
	}

	/** The same reason for another field: a file's column for the API field it fills. */
	public InvalidFieldException forField(String otherField) {
		return new InvalidFieldException(otherField, code().substring(PREFIX.length()), getArguments());
	}

	public String field() {
		return field;
	}
}
