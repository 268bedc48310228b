package fr.fidele.platform;

/** A resource named in a request does not exist; answered with 404. */
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
