package fr.fidele.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every API error into an RFC 9457 problem-details body; validation problems list each
 * offending field under {@code errors} so a client can point at it.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	static final URI VALIDATION = URI.create("https://fidele.dev/problems/validation");
	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final MessageSource messages;

	ProblemDetailsAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = validationProblem(HttpStatus.BAD_REQUEST, text("problem.invalidFields"), errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// a record that checks its own rules while it is read (MeasureSettings...) refused a field: say which, and why
		if (ex.getMostSpecificCause() instanceof InvalidFieldException refused) {
			return ResponseEntity.unprocessableContent().body(invalidField(refused));
		}
		String field = JsonFieldPath.of(ex);
		ProblemDetail problem = validationProblem(HttpStatus.BAD_REQUEST, text("problem.unreadable"),
				List.of(Map.of("field", field, "message", UnreadableValue.rule(ex.getCause(), messages, LocaleContextHolder.getLocale()))));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		String rule = ex.getRequiredType() == null ? text("problem.json.wrongForm")
				: UnreadableValue.expected(ex.getRequiredType(), messages, LocaleContextHolder.getLocale());
		return validationProblem(HttpStatus.BAD_REQUEST, text("problem.wrongParameter"), List.of(Map.of("field", ex.getName(), "message", rule)));
	}

	@ExceptionHandler(InvalidFieldException.class)
	ProblemDetail invalidField(InvalidFieldException ex) {
		String rule = messages.getMessage(ex, LocaleContextHolder.getLocale());
		return validationProblem(HttpStatus.UNPROCESSABLE_CONTENT, text("problem.fieldRule", ex.field(), rule),
				List.of(Map.of("field", ex.field(), "message", rule)));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setProperty("resource", ex.resource());
		return problem;
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(ex, LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, text("problem.tooMany", ex.retryAfterSeconds()));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.body(problem);
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate(DuplicateKeyException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A record with the same unique value already exists");
	}

	/**
	 * The database out of reach (restarting after a crash, say) answers 503 with {@code Retry-After}: the request may
	 * be retried as it is, and its idempotency key or external reference keeps a retry from recording it twice.
	 * Any other database failure is a fault of Fidèle's, answered 500 without its internals.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> databaseFailure(RuntimeException ex) {
		if (!DatabaseOutage.causedBy(ex)) {
			log.error("Database failure", ex);
			return ResponseEntity.internalServerError()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.unexpected")));
		}
		log.warn("Database unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, text("problem.databaseAway")));
	}

	/** A text of the problem in the request's language (the API's: Accept-Language, English by default). */
	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private ProblemDetail validationProblem(HttpStatus status, String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(VALIDATION);
		problem.setTitle(text("problem.invalidTitle"));
		problem.setProperty("errors", errors);
		return problem;
	}
}
