package fr.fidele.casefile;

import java.util.Arrays;

/**
 * A column's known values by channel, sorted, for the channels' percentiles: the first responses of the inbound
 * contacts, the resolution times of the requests opened. Gathered the same way from the application's contacts in
 * memory and from each range of the Spark job.
 */
public final class ChannelValues {

	private static final int CHANNELS = Channel.values().length;

	private ChannelValues() {
	}

	/**
	 * The values of {@code column} known (not NaN) for the first {@code size} rows that have {@code flag} and that
	 * {@code selected} keeps (null: all), by channel, sorted; {@code counted}, when not null, receives how many such rows
	 * each channel has, with or without a value.
	 */
	public static double[][] of(int size, byte[] channel, short[] flags, double[] column, int flag, boolean[] selected,
			long[] counted) {
		int[] known = new int[CHANNELS];
		for (int row = 0; row < size; row++) {
			if ((selected == null || selected[row]) && (flags[row] & flag) != 0) {
				if (counted != null) {
					counted[channel[row]]++;
				}
				known[channel[row]] += Double.isNaN(column[row]) ? 0 : 1;
			}
		}
		double[][] values = new double[CHANNELS][];
		for (int k = 0; k < CHANNELS; k++) {
			values[k] = new double[known[k]];
			known[k] = 0;
		}
		for (int row = 0; row < size; row++) {
			if ((selected == null || selected[row]) && (flags[row] & flag) != 0 && !Double.isNaN(column[row])) {
				values[channel[row]][known[channel[row]]++] = column[row];
			}
		}
		for (double[] v : values) {
			Arrays.sort(v);
		}
		return values;
	}
}
