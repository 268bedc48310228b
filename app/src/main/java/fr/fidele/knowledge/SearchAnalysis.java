package fr.fidele.knowledge;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The words of articles and searches as Lucene's French and English analysers see them: elisions removed (« l'index »
 * is « index »), lower-cased, stop words dropped, accents folded (« résilier », « resilier »), stemmed
 * (« factures », « facture »). A search also knows the administrators' synonyms, applied to its words only: a change
 * of synonyms needs no new index.
 */
final class SearchAnalysis {

	private SearchAnalysis() {
	}

	/** How an article's words in {@code language} (en, otherwise French) are indexed. */
	static Analyzer index(String language) {
		return analyzer(language, null);
	}

	/** How a search in {@code language} is read: as the index, then each word widened to its synonyms. */
	static Analyzer search(String language, SynonymMap synonyms) {
		return analyzer(language, synonyms == null || synonyms.fst == null ? null : synonyms);
	}

	private static Analyzer analyzer(String language, SynonymMap synonyms) {
		boolean english = "en".equals(language);
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				StandardTokenizer source = new StandardTokenizer();
				TokenStream words = english ? new EnglishPossessiveFilter(source) : new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
				words = new LowerCaseFilter(words);
				words = new StopFilter(words, english ? EnglishAnalyzer.ENGLISH_STOP_WORDS_SET : FrenchAnalyzer.getDefaultStopSet());
				words = new ASCIIFoldingFilter(words);
				words = english ? new PorterStemFilter(words) : new FrenchLightStemFilter(words);
				return new TokenStreamComponents(source, synonyms == null ? words : new SynonymGraphFilter(words, synonyms, true));
			}
		};
	}
}
