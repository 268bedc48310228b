package fr.fidele.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request field breaks a business rule; answered with 422 naming the field. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
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
