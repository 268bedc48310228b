package fr.fidele.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.fidele.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.evaluation.LabelEvaluation;

/**
 * The sentiment classifier measured on French tweets (DEFT 2017, ../shared/data/french-tweets-deft2017, read in place:
 * its licence allows internal testing only): trained on the training part, scored on the test part kept aside, beside
 * the two simple references of the same run, the majority class and a word list. The scores are computed twice, by
 * {@link ClassificationScores} and by Tribuo's own evaluator, which must agree.
 */
class SentimentMeasureTests {

	static List<LabelledText> train;
	static List<LabelledText> test;

	@BeforeAll
	static void deft2017() throws IOException {
		train = read("train");
		test = read("test");
	}

	@Test
	void theTrainedModelBeatsBothReferencesOnTweetsKeptAside() {
		SentimentModel model = SentimentModel.train(train, "fr");
		ClassificationScores trained = ClassificationScores.of(model, test);
		ClassificationScores majority = ClassificationScores.of(new MajoritySentiment(train), test);
		ClassificationScores lexicon = ClassificationScores.of(new LexiconSentiment("fr"), test);
		assertThat(test).hasSize(870);
		// balanced classes: the majority reference is right a third of the time, and its macro-F1 is (1/3 * 2/(1+1/3)) / 3
		assertThat(majority.accuracy()).isCloseTo(1.0 / 3, within(1e-9));
		assertThat(majority.macroF1()).isCloseTo(0.5 / 3, within(1e-9));
		assertThat(trained.macroF1()).isGreaterThan(lexicon.macroF1() + 0.05).isGreaterThan(majority.macroF1() + 0.2);
		assertThat(trained.accuracy()).isGreaterThan(lexicon.accuracy());
	}

	@Test
	void theScoresEqualTribuosOwnEvaluation() {
		SentimentModel model = SentimentModel.train(train, "fr");
		ClassificationScores ours = ClassificationScores.of(model, test);
		LabelEvaluation tribuo = model.evaluation(test);
		assertThat(ours.accuracy()).isCloseTo(tribuo.accuracy(), within(1e-12));
		assertThat(ours.macroF1()).isCloseTo(tribuo.macroAveragedF1(), within(1e-12));
	}

	@Test
	void frenchWordsAreReadWithoutTheirElisionsAccentsAndEndings() {
		assertThat(TextAnalysis.words("L'attente était INSUPPORTABLE, reçu aucun remboursement !", "fr"))
			.containsExactly("atent", "etait", "insuportabl", "recu", "aucun", "rembours");
		assertThat(TextAnalysis.words("The advisor's answers were helpful", "en")).containsExactly("the", "advisor", "answer", "were", "help");
	}

	static List<LabelledText> read(String part) throws IOException {
		Path texts = SharedData.file("french-tweets-deft2017/" + part + "_text.txt");
		Path labels = SharedData.file("french-tweets-deft2017/" + part + "_labels.txt");
		List<String> lines = Files.readAllLines(texts, StandardCharsets.UTF_8);
		List<String> marks = Files.readAllLines(labels, StandardCharsets.UTF_8);
		List<LabelledText> read = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			read.add(new LabelledText(lines.get(i), Sentiment.values()[Integer.parseInt(marks.get(i).strip())]));
		}
		return read;
	}
}
