package fr.fidele.stats.cli;

import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxModel;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.Ties;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code cox}: Cox model; prints the coefficient table, a blank line, then the model-level statistics.
 * A covariate column whose values are not all numbers is a factor: its first level in sorted order is the
 * reference and each other level becomes a 0/1 term named {@code columnLEVEL}, as R names them.
 */
final class CoxCommand {

    static final Set<String> OPTIONS = Set.of("--data", "--time", "--start", "--stop", "--event", "--event-value",
            "--covariates", "--ties", "--strata", "--conf-level", Arguments.NO_TIME_FIX);

    private CoxCommand() {
    }

    static void run(Arguments args, PrintStream out) {
        double level = args.number("--conf-level", "0.95");
        if (!(level > 0 && level < 1)) {
            throw new UsageException("--conf-level must be in (0, 1): " + level);
        }
        CoxResult fit = fit(args);
        StringBuilder text = new StringBuilder("term,coef,exp_coef,se,z,p,lower,upper\n");
        for (int i = 0; i < fit.terms().size(); i++) {
            text.append(String.join(",", fit.terms().get(i), Numbers.format(fit.coefficients()[i]),
                    Numbers.format(fit.hazardRatio(i)), Numbers.format(fit.standardError(i)),
                    Numbers.format(fit.z(i)), Numbers.format(fit.pValue(i)),
                    Numbers.format(fit.hazardRatioLower(i, level)),
                    Numbers.format(fit.hazardRatioUpper(i, level)))).append('\n');
        }
        text.append("\nloglik_null,loglik,lrt,wald,score,concordance,n,events\n");
        text.append(String.join(",", Numbers.format(fit.logLikelihoodNull()), Numbers.format(fit.logLikelihood()),
                Numbers.format(fit.likelihoodRatioTest()), Numbers.format(fit.waldTest()),
                Numbers.format(fit.scoreTest()), Numbers.format(fit.concordance()),
                Integer.toString(fit.subjects()), Integer.toString(fit.events()))).append('\n');
        out.print(text);
    }

    /** Reads the data and fits the model the options describe. */
    static CoxResult fit(Arguments args) {
        Ties ties = Ties.valueOf(args.optional("--ties", "efron").toUpperCase(Locale.ROOT));
        return CoxModel.fit(read(args), ties, args.timeFix());
    }

    private static CoxData read(Arguments args) {
        CsvTable table = CsvTable.read(Path.of(args.required("--data")));
        boolean counting = args.has("--start") || args.has("--stop");
        if (counting == args.has("--time")) {
            throw new UsageException("give either --time or both --start and --stop");
        }
        String stopColumn = counting ? args.required("--stop") : args.required("--time");
        String startColumn = counting ? args.required("--start") : null;
        String strataColumn = args.optional("--strata", null);
        List<String> covariates = Arrays.asList(args.required("--covariates").split(","));
        List<String> used = new ArrayList<>(covariates);
        used.addAll(Arrays.asList(startColumn, stopColumn, args.required("--event"), strataColumn));
        Dataset dataset = new Dataset(table, used);

        List<double[]> columns = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (String covariate : covariates) {
            if (dataset.isNumeric(covariate)) {
                columns.add(dataset.numbers(covariate));
                terms.add(covariate);
            } else {
                addTreatmentContrasts(dataset.factor(covariate), columns, terms);
            }
        }
        int[] stratum = null;
        int strataCount = 1;
        if (strataColumn != null) {
            Dataset.Factor strata = dataset.factor(strataColumn);
            stratum = strata.codes();
            strataCount = strata.levels().size();
        }
        return new CoxData(startColumn == null ? null : dataset.numbers(startColumn), dataset.numbers(stopColumn),
                dataset.events(args.required("--event"), args.optional("--event-value", null)), stratum, strataCount,
                columns.toArray(double[][]::new), terms);
    }

    /** One 0/1 column per level after the first (R's treatment contrasts). */
    private static void addTreatmentContrasts(Dataset.Factor factor, List<double[]> columns, List<String> terms) {
        for (int level = 1; level < factor.levels().size(); level++) {
            double[] indicator = new double[factor.codes().length];
            for (int i = 0; i < indicator.length; i++) {
                indicator[i] = factor.codes()[i] == level ? 1 : 0;
            }
            columns.add(indicator);
            terms.add(factor.column() + factor.levels().get(level));
        }
    }
}
