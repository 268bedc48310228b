package fr.fidele.loyalty.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fr.fidele.loyalty.Measure;
import fr.fidele.loyalty.MeasureDefaults;
import fr.fidele.loyalty.ChannelMeasures;
import fr.fidele.loyalty.ServiceMeasures;
import fr.fidele.stats.measures.CallRecords.AbandonedCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** The service measures page, each figure a link to the contacts behind it. */
@Controller
class MeasuresPages {

	private final ServiceMeasures measures;
	private final ChannelMeasures channels;
	private final FilterBar filterBar;
	private final MeasureDefaults defaults;

	MeasuresPages(ServiceMeasures measures, ChannelMeasures channels, FilterBar filterBar, MeasureDefaults defaults) {
		this.channels = channels;
		this.defaults = defaults;
		this.measures = measures;
		this.filterBar = filterBar;
	}

	@GetMapping("/loyalty/measures")
	String report(@RequestParam Map<String, String> params, Model model, Locale locale) {
		MeasureQuery query = MeasureQuery.of(params, defaults.current());
		filterBar.show(params, model, locale);
		model.addAttribute("report", measures.report(query.filter(), query.settings()));
		model.addAttribute("channels", channels.of(query.filter(), query.settings()));
		model.addAttribute("variants", AbandonedCalls.values());
		return "loyalty/measures";
	}

	@GetMapping("/loyalty/measures/{measure}/contacts")
	String contacts(@PathVariable Measure measure, @RequestParam(defaultValue = "0") int page,
			@RequestParam Map<String, String> params, Model model) {
		MeasureQuery query = MeasureQuery.of(params, defaults.current());
		model.addAttribute("result", measures.contacts(measure, query.filter(), query.settings(), page));
		model.addAttribute("suffix", querySuffix(params));
		return "loyalty/measure-contacts";
	}

	/** The filter and thresholds again, for links that keep them; the page number and language are not carried. */
	static String querySuffix(Map<String, String> params) {
		String query = params.entrySet().stream()
			.filter(e -> !e.getKey().equals("page") && !e.getKey().equals("lang") && !e.getValue().isBlank())
			.map(e -> UriUtils.encodeQueryParam(e.getKey(), "UTF-8") + "=" + UriUtils.encodeQueryParam(e.getValue(), "UTF-8"))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? "" : "?" + query;
	}
}
