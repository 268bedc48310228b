package fr.fidele.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * A text's words as the classifiers see them, by Lucene's analysers: split by the Unicode rules, elisions removed
 * (« l'attente » is « attente »), lower-cased, accents folded (« reçu », « recu »), stemmed (« remboursements »,
 * « remboursement »). Unlike Lucene's search analysers, no stop word is dropped: « pas », « ne », « not » carry the
 * sentiment of what follows.
 */
public final class TextAnalysis {

	private static final CharArraySet FRENCH_ELISIONS = new CharArraySet(
			Arrays.asList("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

	private static final Analyzer FRENCH = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String field) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream words = new ElisionFilter(source, FRENCH_ELISIONS);
			words = new LowerCaseFilter(words);
			words = new ASCIIFoldingFilter(words);
			return new TokenStreamComponents(source, new FrenchLightStemFilter(words));
		}
	};

	private static final Analyzer ENGLISH = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String field) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream words = new EnglishPossessiveFilter(source);
			words = new LowerCaseFilter(words);
			words = new ASCIIFoldingFilter(words);
			return new TokenStreamComponents(source, new PorterStemFilter(words));
		}
	};

	private TextAnalysis() {
	}

	/** The analyser of {@code language} ({@code en}, otherwise French): for a search index of the same words. */
	static Analyzer analyzer(String language) {
		return "en".equals(language) ? ENGLISH : FRENCH;
	}

	/** The text's words in order, analysed for {@code language} ({@code en}, otherwise French). */
	public static List<String> words(String text, String language) {
		List<String> words = new ArrayList<>();
		try (TokenStream stream = analyzer(language).tokenStream("text", text == null ? "" : text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			// a string read in memory cannot fail to be read
			throw new UncheckedIOException(e);
		}
		return words;
	}
}
