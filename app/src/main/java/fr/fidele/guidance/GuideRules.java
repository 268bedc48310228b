package fr.fidele.guidance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.fidele.contacts.Reasons;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.stereotype.Component;

/** What a guide and its versions must be before anything is written; each refusal names its field. */
@Component
class GuideRules {

	static final int TITLE_LENGTH = 200;
	static final int BODY_LENGTH = 20_000;
	static final int NOTE_LENGTH = 2_000;
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final Reasons reasons;

	GuideRules(Reasons reasons) {
		this.reasons = reasons;
	}

	void check(NewGuide guide) {
		if (guide.code() == null || !CODE.matcher(guide.code()).matches()) {
			throw new InvalidFieldException("code", "guideCode", guide.code());
		}
		text("titleFr", guide.titleFr(), TITLE_LENGTH);
		text("titleEn", guide.titleEn(), TITLE_LENGTH);
		if (guide.reasonCode() != null && reasons.all().stream().noneMatch(reason -> reason.code().equals(guide.reasonCode()))) {
			throw new InvalidFieldException("reasonCode", "unknownReason", guide.reasonCode());
		}
	}

	void check(NewVersion version) {
		if (version.changeNote() != null && version.changeNote().length() > NOTE_LENGTH) {
			throw new InvalidFieldException("changeNote", "tooLong", NOTE_LENGTH);
		}
		List<GuideVariant> variants = version.variants() == null ? List.of() : version.variants();
		if (variants.isEmpty()) {
			throw new InvalidFieldException("variants", "required");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < variants.size(); i++) {
			GuideVariant variant = variants.get(i);
			String field = "variants[" + i + "]";
			if (variant.expertise() == null) {
				throw new InvalidFieldException(field + ".expertise", "required");
			}
			if (!"fr".equals(variant.language()) && !"en".equals(variant.language())) {
				throw new InvalidFieldException(field + ".language", "frOrEn");
			}
			if (!seen.add(variant.expertise() + "/" + variant.language())) {
				throw new InvalidFieldException(field, "duplicateVariant", variant.expertise(), variant.language());
			}
			text(field + ".body", variant.body(), BODY_LENGTH);
			GuideText text = variant.text();
			if (text.steps().isEmpty()) {
				throw new InvalidFieldException(field + ".body", "guideWithoutSteps");
			}
			for (GuideText.Step step : text.steps()) {
				for (GuideText.Branch branch : step.branches()) {
					if (text.step(branch.toStep()).isEmpty()) {
						throw new InvalidFieldException(field + ".body", "branchToMissingStep", step.number(), branch.toStep());
					}
				}
			}
		}
	}

	private static void text(String field, String value, int length) {
		if (value == null || value.isBlank()) {
			throw new InvalidFieldException(field, "required");
		}
		if (value.length() > length) {
			throw new InvalidFieldException(field, "tooLong", length);
		}
	}
}
