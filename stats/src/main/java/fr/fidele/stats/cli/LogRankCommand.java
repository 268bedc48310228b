package fr.fidele.stats.cli;

import fr.fidele.stats.survival.LogRankResult;
import fr.fidele.stats.survival.LogRankTest;
import java.io.PrintStream;
import java.util.Set;

/** {@code logrank}: G-rho test between the groups of a column, optionally stratified; prints chisq, df and p. */
final class LogRankCommand {

    static final Set<String> OPTIONS = Set.of("--data", "--time", "--event", "--event-value", "--group", "--rho",
            "--strata", Arguments.NO_TIME_FIX);

    private LogRankCommand() {
    }

    static void run(Arguments args, PrintStream out) {
        String groupColumn = args.required("--group");
        double rho = args.number("--rho", "0");
        SurvivalInput input = SurvivalInput.read(args, args.optional("--strata", null), groupColumn);
        Dataset.Factor group = input.dataset().factor(groupColumn);
        LogRankResult result = LogRankTest.test(input.data(), group.codes(), group.levels().size(), rho,
                args.timeFix());
        out.println("chisq,df,p");
        out.println(Numbers.format(result.chiSquare()) + "," + result.degreesOfFreedom() + ","
                + Numbers.format(result.pValue()));
    }
}
