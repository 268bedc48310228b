package fr.fidele.stats.measures;

import fr.fidele.stats.math.Distributions;

/**
 * Net Promoter Score (Reichheld, 2003): answers 0–10 to "how likely are you to recommend us", promoters answer 9–10,
 * detractors 0–6; NPS = % promoters − % detractors, from −100 to +100.
 *
 * <p>Confidence interval: Wald interval of the difference of two proportions of the same trinomial sample,
 * Var(p̂ − d̂) = (p + d − (p − d)²) / n, so NPS ± z·100·sqrt(that).
 *
 * @param responses  number of answers
 * @param promoters  answers 9 or 10
 * @param detractors answers 0 to 6
 */
public record NetPromoterScore(long responses, long promoters, long detractors) {

    /** Validates the counts. */
    public NetPromoterScore {
        if (responses <= 0 || promoters < 0 || detractors < 0 || promoters + detractors > responses) {
            throw new IllegalArgumentException("invalid NPS counts");
        }
    }

    /** Counts the answers; each must be an integer from 0 to 10. */
    public static NetPromoterScore of(int[] answers) {
        long promoters = 0;
        long detractors = 0;
        for (int answer : answers) {
            if (answer < 0 || answer > 10) {
                throw new IllegalArgumentException("NPS answers are 0 to 10: " + answer);
            }
            if (answer >= 9) {
                promoters++;
            } else if (answer <= 6) {
                detractors++;
            }
        }
        return new NetPromoterScore(answers.length, promoters, detractors);
    }

    /** Answers 7 or 8. */
    public long passives() {
        return responses - promoters - detractors;
    }

    /** NPS in points, −100 to +100. */
    public double score() {
        return 100.0 * (promoters - detractors) / responses;
    }

    /** Standard error of the score in points (trinomial variance of the difference). */
    public double standardError() {
        double p = promoters / (double) responses;
        double d = detractors / (double) responses;
        return 100 * Math.sqrt((p + d - (p - d) * (p - d)) / responses);
    }

    /** Lower bound of the Wald confidence interval at {@code level}, clipped to −100. */
    public double lower(double level) {
        return Math.max(-100, score() - z(level) * standardError());
    }

    /** Upper bound of the Wald confidence interval at {@code level}, clipped to +100. */
    public double upper(double level) {
        return Math.min(100, score() + z(level) * standardError());
    }

    private static double z(double level) {
        return Distributions.normalQuantile(1 - (1 - level) / 2);
    }
}
