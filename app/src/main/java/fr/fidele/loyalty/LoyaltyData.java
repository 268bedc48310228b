package fr.fidele.loyalty;

import java.time.LocalDate;
import java.util.List;

import fr.fidele.casefile.CustomerTable;

/**
 * Every customer's follow-up and the first day of every exposure the loyalty figures use, read in
 * one pass over the contacts so that all the models of a recomputation share it.
 */
record LoyaltyData(LocalDate asOf, CustomerTable table, List<Exposure> exposures) {

	int column(String name) {
		for (int c = 0; c < exposures.size(); c++) {
			if (exposures.get(c).name().equals(name)) {
				return c;
			}
		}
		throw new IllegalArgumentException("no exposure " + name);
	}

	int[] columns(List<String> names) {
		return names.stream().mapToInt(this::column).toArray();
	}
}
