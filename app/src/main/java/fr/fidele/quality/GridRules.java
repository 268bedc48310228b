package fr.fidele.quality;

import java.util.List;
import java.util.regex.Pattern;

import fr.fidele.contacts.Reasons;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.stereotype.Component;

/** What a grid must be before it is saved; each refusal names its field ({@code criteria[2].weight}). */
@Component
class GridRules {

	static final int NAME_LENGTH = 200;
	static final int MAX_CRITERIA = 60;
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final Reasons reasons;

	GridRules(Reasons reasons) {
		this.reasons = reasons;
	}

	void check(GridDraft grid) {
		if (grid.code() == null || !CODE.matcher(grid.code()).matches()) {
			throw new InvalidFieldException("code", "gridCode", grid.code());
		}
		text("nameFr", grid.nameFr());
		text("nameEn", grid.nameEn());
		if (grid.passMark() == null || grid.passMark() < 1 || grid.passMark() > 100) {
			throw new InvalidFieldException("passMark", "between", 1, 100);
		}
		if (grid.reasonCode() != null && reasons.find(grid.reasonCode()).isEmpty()) {
			throw new InvalidFieldException("reasonCode", "unknownReason", grid.reasonCode());
		}
		List<Criterion> criteria = grid.criteria();
		if (criteria == null || criteria.isEmpty()) {
			throw new InvalidFieldException("criteria", "required");
		}
		if (criteria.size() > MAX_CRITERIA) {
			throw new InvalidFieldException("criteria", "tooMany", MAX_CRITERIA);
		}
		for (int i = 0; i < criteria.size(); i++) {
			check("criteria[" + i + "].", criteria.get(i));
		}
	}

	private static void check(String at, Criterion criterion) {
		if (criterion == null) {
			throw new InvalidFieldException(at.substring(0, at.length() - 1), "required");
		}
		text(at + "sectionFr", criterion.sectionFr());
		text(at + "sectionEn", criterion.sectionEn());
		text(at + "labelFr", criterion.labelFr());
		text(at + "labelEn", criterion.labelEn());
		if (criterion.weight() < 1 || criterion.weight() > 100) {
			throw new InvalidFieldException(at + "weight", "between", 1, 100);
		}
		if (criterion.kind() == null) {
			throw new InvalidFieldException(at + "kind", "required");
		}
		if (criterion.kind() == CriterionKind.SCALE && (criterion.scaleMax() == null || criterion.scaleMax() < 2 || criterion.scaleMax() > 10)) {
			throw new InvalidFieldException(at + "scaleMax", "between", 2, 10);
		}
		if (criterion.kind() == CriterionKind.YES_NO && criterion.scaleMax() != null) {
			throw new InvalidFieldException(at + "scaleMax", "onlyForAScale");
		}
	}

	private static void text(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidFieldException(field, "required");
		}
		if (value.length() > NAME_LENGTH) {
			throw new InvalidFieldException(field, "tooLong", NAME_LENGTH);
		}
	}
}
