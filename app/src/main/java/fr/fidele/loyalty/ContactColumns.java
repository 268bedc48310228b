package fr.fidele.loyalty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.fidele.casefile.ContactFlags;
import fr.fidele.casefile.RequestKeys;
import fr.fidele.stats.measures.ContactHistory;

/**
 * Every contact of the case file held in memory column by column, in contact id order: what the dashboards filter
 * and count ({@link ContactCounts}' flags, the advisor of the first leg, the customer's row), and what the service
 * measures are computed on (the request, the wait and the handle time). Read once by the recomputation's scan, then
 * kept up to date by folding in the contacts recorded or changed since ({@link ColumnsFold}). About 76 bytes a
 * contact: 760 MB for ten million (docs/decisions/0028).
 */
final class ContactColumns {

	/** No request key: an unidentified caller outside any case, who cannot be followed. */
	static final long NO_REQUEST = RequestKeys.NONE;

	private final List<String> reasonCodes;
	private final List<String> queueNames = new ArrayList<>();
	private final Map<String, Integer> queueIndex = new HashMap<>();
	long[] id;
	/** The customer's row in the customers read with these contacts, -1 for none. */
	int[] customer;
	/** Epoch seconds, and the day as PostgreSQL's session counts it. */
	double[] arrived;
	int[] day;
	byte[] channel;
	/** The reason's number in {@link #reasonCodes()} from 1, 0 for none. */
	short[] reason;
	/** The queue's number (see {@link #queueName}), -1 for none. */
	short[] queue;
	/** The advisor of the first leg, -1 for none. */
	int[] advisor;
	/** {@link ContactCounts}' flags, {@link ContactFlags#OPEN} and {@link ContactFlags#INBOUND}. */
	short[] flags;
	long[] request;
	/** Seconds; the wait and handle time of offered contacts, 0 for the others. */
	double[] wait;
	double[] handle;
	/** Seconds to the first reply or pick-up, NaN when none. */
	double[] firstResponse;
	/** Of the first contact of a case whose case is resolved: seconds from its arrival to the resolution, else NaN. */
	double[] resolution;
	int size;
	/** The rows with a request, by request, then arrival, then id: the order of {@link ContactHistory}. */
	int[] byRequest = new int[0];

	ContactColumns(List<String> reasonCodes, int capacity) {
		this.reasonCodes = List.copyOf(reasonCodes);
		allocate(Math.max(16, capacity));
	}

	/** Empty columns with the same reasons and queue numbers as {@code model}, room for {@code capacity} rows. */
	static ContactColumns like(ContactColumns model, int capacity) {
		ContactColumns empty = new ContactColumns(model.reasonCodes, capacity);
		empty.queueNames.addAll(model.queueNames);
		empty.queueIndex.putAll(model.queueIndex);
		return empty;
	}

	/** The reason codes, in the order the reason column numbers them from 1 (0: no reason). */
	List<String> reasonCodes() {
		return reasonCodes;
	}

	/** The queue's name (null: none). */
	String queueName(int row) {
		return queue[row] < 0 ? null : queueNames.get(queue[row]);
	}

	/** The number a queue name is held under, -1 when no contact read has it. */
	int queueNumber(String name) {
		return queueIndex.getOrDefault(name, -1);
	}

	/** The number of a queue name, given one if it has none yet. */
	short queueNumberAdding(String name) {
		if (name == null) {
			return -1;
		}
		Integer known = queueIndex.get(name);
		if (known != null) {
			return known.shortValue();
		}
		if (queueNames.size() == Short.MAX_VALUE) {
			throw new IllegalStateException("more than " + Short.MAX_VALUE + " queues");
		}
		queueNames.add(name);
		queueIndex.put(name, queueNames.size() - 1);
		return (short) (queueNames.size() - 1);
	}

	/** A new row at the end, for the caller to fill in; its id must be larger than every id held. */
	int append() {
		if (size == id.length) {
			grow(size + size / 2);
		}
		return size++;
	}

	/**
	 * Ends a full read: puts the rows in id order (into columns of their exact size when they move), gives back the
	 * room left beyond a sixteenth of the rows, orders the requests. Each copy of ten million rows is a gigabyte
	 * allocated: the columns are copied at most once here.
	 */
	void completed() {
		ColumnsFold.inIdOrder(this);
		if (id.length - size > size / 16) {
			grow(size);
		}
		byRequest = RequestOrder.of(this);
	}

	/** Gives every row its customer's new row, after the customers were read again. */
	void renumberCustomers(ContactCounts.Customers before, ContactCounts.Customers after) {
		for (int row = 0; row < size; row++) {
			if (customer[row] >= 0) {
				customer[row] = after.indexOf(before.ids()[customer[row]]);
			}
		}
	}

	/** The contacts not ended when read, which a fold reads again. */
	long[] openIds() {
		long[] open = new long[size];
		int count = 0;
		for (int row = 0; row < size; row++) {
			if ((flags[row] & ContactFlags.OPEN) != 0) {
				open[count++] = id[row];
			}
		}
		return Arrays.copyOf(open, count);
	}

	/** The largest contact id held, 0 when none. */
	long largestId() {
		return size == 0 ? 0 : id[size - 1];
	}

	/** Copies the row {@code row} of {@code from} to the row {@code at} of these columns. */
	void copy(ContactColumns from, int row, int at) {
		id[at] = from.id[row];
		customer[at] = from.customer[row];
		arrived[at] = from.arrived[row];
		day[at] = from.day[row];
		channel[at] = from.channel[row];
		reason[at] = from.reason[row];
		queue[at] = queueNumberAdding(from.queueName(row));
		advisor[at] = from.advisor[row];
		flags[at] = from.flags[row];
		request[at] = from.request[row];
		wait[at] = from.wait[row];
		handle[at] = from.handle[row];
		firstResponse[at] = from.firstResponse[row];
		resolution[at] = from.resolution[row];
	}

	/** Whether the row {@code row} of {@code from} holds what the row {@code at} of these columns holds. */
	boolean same(ContactColumns from, int row, int at) {
		return id[at] == from.id[row] && customer[at] == from.customer[row] && arrived[at] == from.arrived[row]
				&& day[at] == from.day[row] && channel[at] == from.channel[row] && reason[at] == from.reason[row]
				&& Objects.equals(queueName(at), from.queueName(row)) && advisor[at] == from.advisor[row]
				&& flags[at] == from.flags[row] && request[at] == from.request[row]
				&& Double.compare(wait[at], from.wait[row]) == 0 && Double.compare(handle[at], from.handle[row]) == 0
				&& Double.compare(firstResponse[at], from.firstResponse[row]) == 0
				&& Double.compare(resolution[at], from.resolution[row]) == 0;
	}

	private void allocate(int capacity) {
		id = new long[capacity];
		customer = new int[capacity];
		arrived = new double[capacity];
		day = new int[capacity];
		channel = new byte[capacity];
		reason = new short[capacity];
		queue = new short[capacity];
		advisor = new int[capacity];
		flags = new short[capacity];
		request = new long[capacity];
		wait = new double[capacity];
		handle = new double[capacity];
		firstResponse = new double[capacity];
		resolution = new double[capacity];
	}

	/** Room for {@code capacity} rows, one column at a time (the old one is garbage before the next is copied). */
	void grow(int capacity) {
		id = Arrays.copyOf(id, capacity);
		customer = Arrays.copyOf(customer, capacity);
		arrived = Arrays.copyOf(arrived, capacity);
		day = Arrays.copyOf(day, capacity);
		channel = Arrays.copyOf(channel, capacity);
		reason = Arrays.copyOf(reason, capacity);
		queue = Arrays.copyOf(queue, capacity);
		advisor = Arrays.copyOf(advisor, capacity);
		flags = Arrays.copyOf(flags, capacity);
		request = Arrays.copyOf(request, capacity);
		wait = Arrays.copyOf(wait, capacity);
		handle = Arrays.copyOf(handle, capacity);
		firstResponse = Arrays.copyOf(firstResponse, capacity);
		resolution = Arrays.copyOf(resolution, capacity);
	}

	/**
	 * Keeps the rows {@code order} lists, in that order (all of them, to reorder; some, to take the others out),
	 * column by column: the queue numbers stay as they are, only one column is copied at a time, no room is left.
	 */
	void keep(int[] order) {
		size = order.length;
		id = Permuted.of(id, order);
		customer = Permuted.of(customer, order);
		arrived = Permuted.of(arrived, order);
		day = Permuted.of(day, order);
		channel = Permuted.of(channel, order);
		reason = Permuted.of(reason, order);
		queue = Permuted.of(queue, order);
		advisor = Permuted.of(advisor, order);
		flags = Permuted.of(flags, order);
		request = Permuted.of(request, order);
		wait = Permuted.of(wait, order);
		handle = Permuted.of(handle, order);
		firstResponse = Permuted.of(firstResponse, order);
		resolution = Permuted.of(resolution, order);
	}

	/** One column in another order. */
	private static final class Permuted {
		static long[] of(long[] column, int[] order) {
			long[] result = new long[order.length];
			Arrays.setAll(result, i -> column[order[i]]);
			return result;
		}

		static int[] of(int[] column, int[] order) {
			int[] result = new int[order.length];
			Arrays.setAll(result, i -> column[order[i]]);
			return result;
		}

		static double[] of(double[] column, int[] order) {
			double[] result = new double[order.length];
			Arrays.setAll(result, i -> column[order[i]]);
			return result;
		}

		static short[] of(short[] column, int[] order) {
			short[] result = new short[order.length];
			for (int i = 0; i < order.length; i++) {
				result[i] = column[order[i]];
			}
			return result;
		}

		static byte[] of(byte[] column, int[] order) {
			byte[] result = new byte[order.length];
			for (int i = 0; i < order.length; i++) {
				result[i] = column[order[i]];
			}
			return result;
		}
	}

	/** Takes the rows of {@code other}, made with {@link #like} from these columns. */
	void take(ContactColumns other) {
		queueNames.clear();
		queueNames.addAll(other.queueNames);
		queueIndex.clear();
		queueIndex.putAll(other.queueIndex);
		id = other.id;
		customer = other.customer;
		arrived = other.arrived;
		day = other.day;
		channel = other.channel;
		reason = other.reason;
		queue = other.queue;
		advisor = other.advisor;
		flags = other.flags;
		request = other.request;
		wait = other.wait;
		handle = other.handle;
		firstResponse = other.firstResponse;
		resolution = other.resolution;
		size = other.size;
		byRequest = other.byRequest;
	}
}
