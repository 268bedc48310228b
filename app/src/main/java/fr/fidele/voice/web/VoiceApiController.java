package fr.fidele.voice.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import fr.fidele.loyalty.ThemeEffects;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.voice.CompanySentiment;
import fr.fidele.voice.SentimentChoice;
import fr.fidele.voice.Sentiment;
import fr.fidele.voice.TextSource;
import fr.fidele.voice.ThemeFigure;
import fr.fidele.voice.ThemeFigures;
import fr.fidele.voice.Topic;
import fr.fidele.voice.TopicChange;
import fr.fidele.voice.TopicTaxonomy;
import fr.fidele.voice.Verbatim;
import fr.fidele.voice.VerbatimSearch;
import fr.fidele.voice.Verbatims;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/voice")
@Tag(name = "Voice of the customer", description = "What customers write: verbatims with their sentiment and themes, the themes' figures, the taxonomy")
class VoiceApiController {

	static final int MOST_VERBATIMS = 200;
	static final int LONGEST_PERIOD = 3660;

	private final Verbatims verbatims;
	private final ThemeFigures figures;
	private final TopicTaxonomy taxonomy;
	private final CompanySentiment sentiment;
	private final ThemeEffects themeEffects;
	private final Clock clock;

	VoiceApiController(Verbatims verbatims, ThemeFigures figures, TopicTaxonomy taxonomy, CompanySentiment sentiment, ThemeEffects themeEffects,
			Clock clock) {
		this.verbatims = verbatims;
		this.figures = figures;
		this.taxonomy = taxonomy;
		this.sentiment = sentiment;
		this.themeEffects = themeEffects;
		this.clock = clock;
	}

	@GetMapping("/verbatims")
	@Operation(summary = "Verbatims holding every word of q (French and English stems, accents ignored), of a theme, sentiment, source, written in the last days; the most recent first, or the best match when q is given")
	List<Verbatim> verbatims(@RequestParam(required = false) String q, @RequestParam(required = false) String topic,
			@RequestParam(required = false) Sentiment sentiment, @RequestParam(required = false) TextSource source,
			@RequestParam(required = false) Integer days, @RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > MOST_VERBATIMS) {
			throw new InvalidFieldException("limit", "between", 1, MOST_VERBATIMS);
		}
		return verbatims.find(new VerbatimSearch(q, topic, sentiment, source,
				days == null ? null : clock.instant().minus(Duration.ofDays(period(days)))), limit);
	}

	@GetMapping("/themes")
	@Operation(summary = "Each active theme over the last days (90 by default): its texts, those of the period before, the negative share, twelve months of volume, and the unhappy share of survey answers about contacts whose texts spoke of it, beside the others, with 95% Wilson intervals")
	List<ThemeFigure> themes(@RequestParam(defaultValue = "90") int days) {
		return figures.over(period(days));
	}

	@GetMapping("/theme-effects")
	@Operation(summary = "Whether the customers who write about each theme leave sooner than comparable customers: the hazard ratio of churn after a first text about it, with its 95% interval, beyond every experience of the loyalty model, fitted on the last recomputation; a theme with fewer than ten departures has none")
	ThemeEffects.Themes themeEffects() {
		return themeEffects.of();
	}

	@GetMapping("/topics")
	@Operation(summary = "The taxonomy: every theme (topic or objection) with its labels and its expressions in each language")
	List<Topic> topics() {
		return taxonomy.all();
	}

	@PutMapping("/topics/{code}")
	@Operation(summary = "Creates or changes a theme; every text already analysed is sorted again")
	Topic save(@PathVariable String code, @RequestBody TopicChange change) {
		return taxonomy.save(code, change);
	}

	@GetMapping("/sentiment")
	@Operation(summary = "What tells each language's sentiment: a model trained on the company's labelled comments, with its measures beside the word list's and the majority class's on the comments kept aside, or the word list")
	List<SentimentChoice> sentimentInUse() {
		return sentiment.choices();
	}

	private static int period(int days) {
		if (days < 1 || days > LONGEST_PERIOD) {
			throw new InvalidFieldException("days", "between", 1, LONGEST_PERIOD);
		}
		return days;
	}
}
