package fr.fidele.loyalty;

import java.util.List;

/**
 * One page of the contacts behind a measure.
 *
 * @param page  page number, from 0
 * @param size  contacts per page
 * @param total contacts behind the measure, over every page
 */
public record ContactPage(Measure measure, List<MeasuredContact> contacts, int page, int size, long total) {

	/** Whether a page follows this one. */
	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}
}
