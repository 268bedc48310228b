package fr.fidele.stats.cli;

import fr.fidele.stats.survival.ConfidenceType;
import fr.fidele.stats.survival.KaplanMeier;
import fr.fidele.stats.survival.RestrictedMean;
import fr.fidele.stats.survival.SurvivalCurve;
import fr.fidele.stats.survival.SurvivalData;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** {@code km}: Kaplan–Meier table, or with {@code --summary} median survival and restricted mean per stratum. */
final class KmCommand {

    static final Set<String> OPTIONS = Set.of("--data", "--time", "--event", "--event-value", "--strata",
            "--conf-type", "--conf-level", "--summary", "--tau", Arguments.NO_TIME_FIX);

    private KmCommand() {
    }

    static void run(Arguments args, PrintStream out) {
        String strata = args.optional("--strata", null);
        ConfidenceType type = ConfidenceType.fromRName(args.optional("--conf-type", "log"));
        double level = args.number("--conf-level", "0.95");
        SurvivalInput input = SurvivalInput.read(args, strata);
        SurvivalData data = input.data();
        List<SurvivalCurve> curves = KaplanMeier.fit(data, type, level, args.timeFix());
        if (args.has("--summary")) {
            double tau = args.has("--tau") ? args.number("--tau", null) : KaplanMeier.commonHorizon(curves);
            printSummary(out, curves, KaplanMeier.restrictedMeans(data, curves, tau));
        } else {
            printCurves(out, curves);
        }
    }

    private static void printCurves(PrintStream out, List<SurvivalCurve> curves) {
        StringBuilder text = new StringBuilder("strata,time,n_risk,n_event,n_censor,surv,std_err,lower,upper\n");
        for (SurvivalCurve c : curves) {
            for (int i = 0; i < c.time().length; i++) {
                text.append(c.label()).append(',').append(Numbers.format(c.time()[i])).append(',')
                        .append(c.nRisk()[i]).append(',').append(c.nEvent()[i]).append(',')
                        .append(c.nCensor()[i]).append(',').append(Numbers.format(c.surv()[i])).append(',')
                        .append(Numbers.format(c.stdErr()[i])).append(',').append(Numbers.format(c.lower()[i]))
                        .append(',').append(Numbers.format(c.upper()[i])).append('\n');
            }
        }
        out.print(text);
    }

    private static void printSummary(PrintStream out, List<SurvivalCurve> curves, List<RestrictedMean> means) {
        out.println("strata,n,events,median,median_lower,median_upper,rmst,rmst_se");
        for (int s = 0; s < curves.size(); s++) {
            SurvivalCurve c = curves.get(s);
            RestrictedMean mean = means.get(s);
            out.println(String.join(",", Arrays.asList(c.label(), Integer.toString(c.subjects()),
                    Integer.toString(c.events()), Numbers.format(c.median()), Numbers.format(c.medianLower()),
                    Numbers.format(c.medianUpper()), Numbers.format(mean.mean()),
                    Numbers.format(mean.standardError()))));
        }
    }
}
