package fr.fidele.demo;

import java.util.SplittableRandom;

/** The simulation's draws: an exponential wait, an index or a value by weights. */
final class Draws {

	private Draws() {
	}

	static double exponential(SplittableRandom r, double rate) {
		return -Math.log(1 - r.nextDouble()) / rate;
	}

	static int index(SplittableRandom r, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double u = r.nextDouble() * total;
		for (int i = 0; i < weights.length - 1; i++) {
			u -= weights[i];
			if (u < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	static <T> T pick(SplittableRandom r, T[] values, double... weights) {
		return values[index(r, weights)];
	}
}
