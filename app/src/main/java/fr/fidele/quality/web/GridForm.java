package fr.fidele.quality.web;

import java.util.ArrayList;
import java.util.List;

import fr.fidele.casefile.Channel;
import fr.fidele.platform.web.PageActions;
import fr.fidele.quality.Criterion;
import fr.fidele.quality.CriterionKind;
import fr.fidele.quality.Grid;
import fr.fidele.quality.GridDraft;
import fr.fidele.quality.Skill;

/**
 * The grid page's form: the grid, and a fixed number of criterion rows, those left without a label ignored; opened
 * on a grid's latest version to write the next.
 */
record GridForm(String code, String nameFr, String nameEn, Channel channel, String reasonCode, Integer passMark, List<Row> criteria) {

	static final int ROWS = 15;

	/** One criterion row as typed. */
	record Row(String sectionFr, String sectionEn, String labelFr, String labelEn, Integer weight, CriterionKind kind, Integer scaleMax,
			Boolean critical, Skill skill) {

		boolean blank() {
			return PageActions.blankToNull(labelFr) == null && PageActions.blankToNull(labelEn) == null;
		}
	}

	static GridForm of(Grid grid) {
		List<Row> rows = new ArrayList<>();
		if (grid != null) {
			grid.criteria().forEach(c -> rows.add(new Row(c.sectionFr(), c.sectionEn(), c.labelFr(), c.labelEn(), c.weight(), c.kind(), c.scaleMax(),
					c.critical(), c.skill())));
		}
		// room for three more criteria than the version has, and at least ROWS
		int wanted = Math.max(ROWS, rows.size() + 3);
		while (rows.size() < wanted) {
			rows.add(new Row(null, null, null, null, null, CriterionKind.YES_NO, null, false, null));
		}
		return grid == null ? new GridForm(null, null, null, null, null, 80, rows)
				: new GridForm(grid.code(), grid.nameFr(), grid.nameEn(), grid.channel(), grid.reasonCode(), grid.passMark(), rows);
	}

	GridDraft draft() {
		List<Criterion> written = criteria == null ? List.of()
				: criteria.stream().filter(row -> row != null && !row.blank())
					.map(row -> new Criterion(row.sectionFr(), row.sectionEn(), row.labelFr(), row.labelEn(), row.weight() == null ? 0 : row.weight(),
							row.kind(), row.kind() == CriterionKind.SCALE ? row.scaleMax() : null, Boolean.TRUE.equals(row.critical()), row.skill()))
					.toList();
		return new GridDraft(PageActions.blankToNull(code), nameFr, nameEn, channel, PageActions.blankToNull(reasonCode), passMark, written);
	}
}
