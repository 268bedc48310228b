package fr.fidele.stats.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.FitElsewhereException;

/**
 * The answer to a {@link CoxRequest}, in {@code ID.reply}: the fitted model, every double in hexadecimal so that it
 * is read back to the bit, or the reason the model could not be fitted.
 */
public final class CoxReply {

    public static final String SUFFIX = ".reply";

    private CoxReply() {
    }

    public static void write(Path directory, String id, CoxResult result) throws IOException {
        Properties text = new Properties();
        text.setProperty("terms", String.join("\t", result.terms()));
        text.setProperty("coefficients", hex(result.coefficients()));
        for (int i = 0; i < result.variance().length; i++) {
            text.setProperty("variance." + i, hex(result.variance()[i]));
        }
        text.setProperty("logLikelihoodNull", Double.toHexString(result.logLikelihoodNull()));
        text.setProperty("logLikelihood", Double.toHexString(result.logLikelihood()));
        text.setProperty("scoreTest", Double.toHexString(result.scoreTest()));
        text.setProperty("concordance", Double.toHexString(result.concordance()));
        text.setProperty("subjects", Integer.toString(result.subjects()));
        text.setProperty("events", Integer.toString(result.events()));
        text.setProperty("iterations", Integer.toString(result.iterations()));
        WholeFiles.write(directory.resolve(id + SUFFIX), out -> text.store(out, "a Cox fit"));
    }

    /** The answer when the model could not be fitted: the reason the fit gave. */
    public static void writeRefusal(Path directory, String id, String reason) throws IOException {
        Properties text = new Properties();
        text.setProperty("refused", reason == null ? "the fit failed" : reason);
        WholeFiles.write(directory.resolve(id + SUFFIX), out -> text.store(out, "a Cox fit refused"));
    }

    /** The answer when the engine itself failed (a worker lost, a file unreadable): the model was not judged. */
    public static void writeFailure(Path directory, String id, String error) throws IOException {
        Properties text = new Properties();
        text.setProperty("failed", error == null ? "the engine failed" : error);
        WholeFiles.write(directory.resolve(id + SUFFIX), out -> text.store(out, "a Cox fit that failed"));
    }

    /**
     * The model of {@code file}.
     *
     * @throws FitElsewhereException when the engine could not fit it, with the reason it gave
     * @throws IOException when the engine failed, or the reply cannot be read
     */
    public static CoxResult read(Path file) throws IOException {
        Properties text = WholeFiles.read(file);
        String refused = text.getProperty("refused");
        if (refused != null) {
            throw new FitElsewhereException(refused);
        }
        String failed = text.getProperty("failed");
        if (failed != null) {
            throw new IOException("the engine failed to fit " + file.getFileName() + ": " + failed);
        }
        List<String> terms = Arrays.asList(text.getProperty("terms").split("\t"));
        double[][] variance = new double[terms.size()][];
        for (int i = 0; i < variance.length; i++) {
            variance[i] = doubles(text.getProperty("variance." + i));
        }
        return new CoxResult(terms, doubles(text.getProperty("coefficients")), variance,
                Double.parseDouble(text.getProperty("logLikelihoodNull")),
                Double.parseDouble(text.getProperty("logLikelihood")), Double.parseDouble(text.getProperty("scoreTest")),
                Double.parseDouble(text.getProperty("concordance")), Integer.parseInt(text.getProperty("subjects")),
                Integer.parseInt(text.getProperty("events")), Integer.parseInt(text.getProperty("iterations")));
    }

    private static String hex(double[] values) {
        return String.join(" ", Arrays.stream(values).mapToObj(Double::toHexString).toList());
    }

    private static double[] doubles(String text) {
        return Arrays.stream(text.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }
}
