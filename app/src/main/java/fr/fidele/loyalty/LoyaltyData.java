package fr.fidele.loyalty;

import java.time.LocalDate;
import java.util.List;

import fr.fidele.casefile.CustomerTable;
import fr.fidele.casefile.Exposure;
import fr.fidele.casefile.LoyaltyModel;

/**
 * Every customer's follow-up and the first day of every exposure the loyalty figures use, read in
 * one pass over the contacts so that all the models of a recomputation share it.
 */
record LoyaltyData(LocalDate asOf, CustomerTable table, List<Exposure> exposures) {

	int column(String name) {
		return columns(List.of(name))[0];
	}

	int[] columns(List<String> names) {
		return LoyaltyModel.columns(exposures, names);
	}
}
