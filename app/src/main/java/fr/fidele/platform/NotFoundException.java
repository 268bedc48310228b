package fr.fidele.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A resource named in a request does not exist; answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private final String resource;

	public NotFoundException(String resource, Object id) {
		super(resource + " " + id + " not found");
		this.resource = resource;
	}

	public String resource() {
		return resource;
	}
}
