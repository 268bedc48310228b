package fr.fidele.stats.cli;

import fr.fidele.stats.survival.ModelFitException;
import java.io.PrintStream;

/**
 * Entry point of {@code fidele-stats.jar}. Exit codes: 0 success, 2 bad command line or input data,
 * 3 model that cannot be fitted (non-convergence, infinite coefficient, singular design).
 */
public final class Main {

    static final int USAGE_ERROR = 2;
    static final int FIT_ERROR = 3;
    private static final String USAGE = "usage: fidele-stats (km|logrank|cox) --data FILE.csv ... (see docs/metrics.md)";

    private Main() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one command.
     *
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                throw new UsageException(USAGE);
            }
            switch (args[0]) {
                case "km" -> KmCommand.run(new Arguments(args, 1, KmCommand.OPTIONS), out);
                case "logrank" -> LogRankCommand.run(new Arguments(args, 1, LogRankCommand.OPTIONS), out);
                case "cox" -> CoxCommand.run(new Arguments(args, 1, CoxCommand.OPTIONS), out);
                default -> throw new UsageException("unknown command '" + args[0] + "'; " + USAGE);
            }
            out.flush();
            return 0;
        } catch (UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE_ERROR;
        } catch (ModelFitException e) {
            err.println("error: " + e.getMessage());
            return FIT_ERROR;
        }
    }
}
