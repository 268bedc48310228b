package fr.fidele.loyalty.web;

import java.util.List;
import java.util.Map;

import fr.fidele.loyalty.ContactPage;
import fr.fidele.loyalty.Measure;
import fr.fidele.loyalty.MeasureDefaults;
import fr.fidele.loyalty.ChannelMeasures;
import fr.fidele.loyalty.ServiceMeasures;
import fr.fidele.loyalty.ServiceReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service measures over HTTP, each with the contacts behind it; parameters as in {@link MeasureQuery}. */
@RestController
@Tag(name = "Loyalty")
class MeasuresApiController {

	private final ServiceMeasures measures;
	private final ChannelMeasures channels;
	private final MeasureDefaults defaults;

	MeasuresApiController(ServiceMeasures measures, ChannelMeasures channels, MeasureDefaults defaults) {
		this.channels = channels;
		this.defaults = defaults;
		this.measures = measures;
	}

	@GetMapping("/api/loyalty/measures")
	@Operation(summary = "Service measures (FCR, repeat contacts, abandonment, service level, speed of answer, handle time) "
			+ "over the contacts of a filter: from, to, channel, queue, reason, teamId; thresholds shortAbandonSeconds (5), "
			+ "targetSeconds (20), abandonedCalls (SHORT_ABANDONS_EXCLUDED), resolutionDays (7)")
	ServiceReport report(@RequestParam Map<String, String> params) {
		MeasureQuery query = MeasureQuery.of(params, defaults.current());
		return measures.report(query.filter(), query.settings());
	}

	@GetMapping("/api/loyalty/measures/channels")
	@Operation(summary = "Per channel: time to first response (median, 90th percentile; the pick-up for calls, the first reply for "
			+ "e-mails, forms and messages), first-contact resolution counting repeats on any channel, and resolution time; same filter")
	List<ChannelMeasures.ChannelFigures> channels(@RequestParam Map<String, String> params) {
		MeasureQuery query = MeasureQuery.of(params, defaults.current());
		return channels.of(query.filter(), query.settings());
	}

	@GetMapping("/api/loyalty/measures/{measure}/contacts")
	@Operation(summary = "The contacts behind a measure, 50 a page, with the same filter and thresholds as the report")
	ContactPage contacts(@PathVariable Measure measure, @RequestParam(defaultValue = "0") int page,
			@RequestParam Map<String, String> params) {
		MeasureQuery query = MeasureQuery.of(params, defaults.current());
		return measures.contacts(measure, query.filter(), query.settings(), page);
	}
}
