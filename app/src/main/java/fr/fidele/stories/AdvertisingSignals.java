package fr.fidele.stories;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.fidele.voice.TextAnalysis;

/**
 * What a story's own text shows of an advertisement: a link, a promotion code, superlatives in series, the brand named
 * over and over. Words are compared after the voice module's analysis (« meilleurs » is « meilleur », accents folded).
 * Measured on a labelled set, part of it kept aside (docs/voice.md): a rule that would hold many true stories is not
 * one of these.
 */
public final class AdvertisingSignals {

	private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://|\\bwww\\.|\\b[a-z0-9-]+\\.(com|fr|net|org|io|shop|store|be|ch)\\b");
	private static final Pattern PROMO = Pattern.compile(
			"(?i)\\bcode\\s+(promo|de\\s+r[ée]duction|avantage)\\b|\\b(promo|discount|coupon|voucher)\\s+code\\b|\\bparrainage\\b|"
					+ "\\b(use|utilisez|avec)\\s+(le\\s+)?code\\b|-\\s?\\d{1,2}\\s?%|\\b\\d{1,2}\\s?%\\s+(de\\s+r[ée]duction|off)\\b");
	private static final List<String> SUPERLATIVES = List.of("meilleur", "meilleure", "incroyable", "exceptionnel", "exceptionnelle",
			"extraordinaire", "fantastique", "imbattable", "génial", "géniale", "révolutionnaire", "sublime", "magique", "parfait", "parfaite",
			"incontournable", "unique", "best", "amazing", "incredible", "unbeatable", "outstanding", "fantastic", "perfect", "revolutionary",
			"awesome", "unmatched");
	/** Superlatives in one story from which it reads like a brochure. */
	static final int SUPERLATIVES_IN_SERIES = 4;
	/** Times the brand is named in one story from which it reads like a slogan. */
	static final int BRAND_NAMED = 4;

	private final Set<String> superlatives = new HashSet<>();

	public AdvertisingSignals() {
		for (String language : List.of("fr", "en")) {
			SUPERLATIVES.forEach(word -> superlatives.addAll(TextAnalysis.words(word, language)));
		}
	}

	/** The reasons the text alone gives to hold the story about {@code brand}, written in {@code language}. */
	public Set<HoldReason> of(String brand, String title, String body, String language) {
		String text = title + "\n" + body;
		Set<HoldReason> reasons = EnumSet.noneOf(HoldReason.class);
		if (LINK.matcher(text).find()) {
			reasons.add(HoldReason.LINK);
		}
		if (PROMO.matcher(text).find()) {
			reasons.add(HoldReason.PROMO_CODE);
		}
		List<String> words = TextAnalysis.words(text, language);
		if (words.stream().filter(superlatives::contains).count() >= SUPERLATIVES_IN_SERIES) {
			reasons.add(HoldReason.SUPERLATIVES);
		}
		List<String> named = TextAnalysis.words(brand, language);
		if (!named.isEmpty() && occurrences(words, named) >= BRAND_NAMED) {
			reasons.add(HoldReason.BRAND_REPEATED);
		}
		return reasons;
	}

	private static int occurrences(List<String> words, List<String> phrase) {
		int count = 0;
		for (int from = 0; from + phrase.size() <= words.size();) {
			int at = Collections.indexOfSubList(words.subList(from, words.size()), phrase);
			if (at < 0) {
				break;
			}
			count++;
			from += at + phrase.size();
		}
		return count;
	}

	/**
	 * How alike two texts are worded: the share of their runs of three words they have in common (Jaccard), from 0
	 * (nothing in common) to 1 (the same words in the same order).
	 */
	static double likeness(List<String> a, List<String> b) {
		Set<String> first = shingles(a);
		Set<String> second = shingles(b);
		if (first.isEmpty() || second.isEmpty()) {
			return 0;
		}
		Set<String> both = new HashSet<>(first);
		both.retainAll(second);
		return (double) both.size() / (first.size() + second.size() - both.size());
	}

	private static Set<String> shingles(List<String> words) {
		List<String> runs = new ArrayList<>();
		for (int i = 0; i + 3 <= words.size(); i++) {
			runs.add(String.join(" ", words.subList(i, i + 3)));
		}
		return new HashSet<>(runs);
	}
}
