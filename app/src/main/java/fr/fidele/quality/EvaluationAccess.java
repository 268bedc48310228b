package fr.fidele.quality;

import java.util.Set;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may read an evaluation: supervisors, directors and administrators read them all; anyone else only the
 * evaluations of their own contacts, outside calibrations. Another's evaluation is answered as not found, so that
 * its existence is not told either.
 */
@Component
public class EvaluationAccess {

	private static final Set<Role> READERS_OF_ALL = Set.of(Role.SUPERVISOR, Role.DIRECTOR, Role.ADMIN);

	private final Evaluations evaluations;

	EvaluationAccess(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	public Evaluation readable(long evaluationId, SignedInUser reader) {
		Evaluation evaluation = evaluations.get(evaluationId);
		if (readsAll(reader) || evaluation.advisorId() == reader.id() && evaluation.calibrationId() == null) {
			return evaluation;
		}
		throw new NotFoundException("evaluation", evaluationId);
	}

	public static boolean readsAll(SignedInUser reader) {
		return reader.roles().stream().anyMatch(READERS_OF_ALL::contains);
	}
}
