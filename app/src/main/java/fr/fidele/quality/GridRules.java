package fr.fidele.quality;

import java.util.List;
import java.util.regex.Pattern;

import fr.fidele.contacts.Reasons;
import fr.fidele.platform.RequiredText;
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
		RequiredText.check("nameFr", grid.nameFr(), NAME_LENGTH);
		RequiredText.check("nameEn", grid.nameEn(), NAME_LENGTH);
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
		RequiredText.check(at + "sectionFr", criterion.sectionFr(), NAME_LENGTH);
		RequiredText.check(at + "sectionEn", criterion.sectionEn(), NAME_LENGTH);
		RequiredText.check(at + "labelFr", criterion.labelFr(), NAME_LENGTH);
		RequiredText.check(at + "labelEn", criterion.labelEn(), NAME_LENGTH);
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
}
