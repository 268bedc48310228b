package fr.fidele.loyalty.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.fidele.accounts.Users;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
import fr.fidele.casefile.Segment;
import fr.fidele.loyalty.ContactFilter;
import fr.fidele.loyalty.IntegrityCheck;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the filter bar of every dashboard offers (teams, channels, reasons, segments, queues) and what is chosen. */
@Component
class FilterBar {

	private final Users users;
	private final Reasons reasons;
	private final IntegrityCheck integrity;

	FilterBar(Users users, Reasons reasons, IntegrityCheck integrity) {
		this.users = users;
		this.reasons = reasons;
		this.integrity = integrity;
	}

	/** Reads the filter from the query and puts it, its choices and the query again (for links) into the model. */
	ContactFilter show(Map<String, String> params, Model model, Locale locale) {
		ContactFilter filter = MeasureQuery.filter(params);
		model.addAttribute("filter", filter);
		model.addAttribute("params", params);
		model.addAttribute("suffix", MeasuresPages.querySuffix(params));
		model.addAttribute("teams", users.teams());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("segments", Segment.values());
		model.addAttribute("reasonLabels", reasonLabels(locale));
		// The queues seen in the contacts counted at the last recomputation, and the one asked for.
		model.addAttribute("queues", Stream.concat(Stream.ofNullable(filter.queue()), integrity.queueNames().stream())
			.filter(name -> !name.isEmpty()).distinct().sorted().toList());
		return filter;
	}

	Map<String, String> reasonLabels(Locale locale) {
		return reasons.all().stream().collect(Collectors.toMap(Reason::code, reason -> reason.label(locale.getLanguage())));
	}
}
