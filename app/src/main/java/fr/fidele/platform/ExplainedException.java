package fr.fidele.platform;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal whose reason is a message code with its arguments, not a sentence, so that it is said in the language of
 * whoever reads it: the problem details of the API, a page's message, an import's report ({@link Explanations}).
 * The exception's own message (for logs) is the code and the arguments.
 */
public abstract class ExplainedException extends RuntimeException implements MessageSourceResolvable {

	private static final long serialVersionUID = 1L;

	private final String code;
	private final String[] arguments;

	/**
	 * @param code the message's key in {@code messages*.properties}
	 * @param arguments shown as written (ids, dates, values typed), never reformatted for a language: a customer id
	 * 12345 stays 12345 in French
	 */
	protected ExplainedException(String code, Object... arguments) {
		super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
		this.code = code;
		this.arguments = Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
	}

	protected String code() {
		return code;
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}
}
