package fr.fidele.platform;

/**
 * The request is valid but the thing it acts on is no longer in a state that allows it (answered with 409); the
 * reason is {@code conflict.<code>}.
 */
public class ConflictException extends ExplainedException {

	private static final long serialVersionUID = 1L;

	public ConflictException(String code, Object... arguments) {
		super("conflict." + code, arguments);
	}
}
