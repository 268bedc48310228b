package fr.fidele.voice;

import fr.fidele.feedback.SurveyAnswered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A survey answer amended may change its comment in place, where the intake, which reads what is new, would not see
 * it: the invitation's comments are read and analysed again.
 */
@Component
class AmendedComments {

	private final VerbatimIntake intake;

	AmendedComments(VerbatimIntake intake) {
		this.intake = intake;
	}

	@ApplicationModuleListener
	void on(SurveyAnswered answered) {
		if (answered.amended()) {
			intake.readAgain(TextSource.SURVEY, answered.invitationId());
		}
	}
}
