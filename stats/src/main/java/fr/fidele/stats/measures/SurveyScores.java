package fr.fidele.stats.measures;

/** Survey-based satisfaction measures. */
public final class SurveyScores {

    private SurveyScores() {
    }

    /**
     * Customer satisfaction (CSAT): share of answers 4 or 5 on a 1–5 scale ("satisfied" or "very satisfied").
     *
     * @param answers integers from 1 to 5
     */
    public static Proportion customerSatisfaction(int[] answers) {
        long satisfied = 0;
        for (int answer : answers) {
            checkRange(answer, 5);
            if (answer >= 4) {
                satisfied++;
            }
        }
        return new Proportion(satisfied, answers.length);
    }

    /**
     * Customer effort score (CES 2.0): mean answer on a 1–7 scale to "the company made it easy for me to handle my
     * issue" (7 = strongly agree, higher is better). NaN for no answers.
     *
     * @param answers integers from 1 to 7
     */
    public static double customerEffort(int[] answers) {
        long sum = 0;
        for (int answer : answers) {
            checkRange(answer, 7);
            sum += answer;
        }
        return answers.length == 0 ? Double.NaN : sum / (double) answers.length;
    }

    private static void checkRange(int answer, int max) {
        if (answer < 1 || answer > max) {
            throw new IllegalArgumentException("answers are 1 to " + max + ": " + answer);
        }
    }
}
