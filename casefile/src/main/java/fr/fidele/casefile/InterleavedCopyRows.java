package fr.fidele.casefile;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of several streams taken in turns, a batch from each, as one stream: several COPY streams of one snapshot
 * read by one thread, so that PostgreSQL produces them on as many backends at once while the reader's code stays the
 * one of a single stream. A backend writes ahead into its connection's buffers while the reader takes the other's
 * batch. The rows come in no particular order, as from one COPY of a query without an order.
 */
public final class InterleavedCopyRows implements CopyRows {

	private final List<CopyRows> open;
	private final int batch;
	private int turn;
	private int left;
	private CopyRows current;

	/**
	 * @param parts the streams, each closed once read to its end (all of them when this is closed)
	 * @param batch rows taken from a stream before the next one's turn
	 */
	public InterleavedCopyRows(List<? extends CopyRows> parts, int batch) {
		if (parts.isEmpty() || batch < 1) {
			throw new IllegalArgumentException("at least one stream and a batch of one row");
		}
		this.open = new ArrayList<>(parts);
		this.batch = batch;
		this.left = batch;
	}

	@Override
	public boolean next() {
		while (!open.isEmpty()) {
			if (left == 0) {
				turn = (turn + 1) % open.size();
				left = batch;
			}
			CopyRows part = open.get(turn);
			if (part.next()) {
				current = part;
				left--;
				return true;
			}
			open.remove(turn).close();
			if (turn == open.size()) {
				turn = 0;
			}
			left = batch;
		}
		return false;
	}

	@Override
	public long int8(long ifNull) {
		return current.int8(ifNull);
	}

	@Override
	public int int4(int ifNull) {
		return current.int4(ifNull);
	}

	@Override
	public long timestamp(long ifNull) {
		return current.timestamp(ifNull);
	}

	@Override
	public double float8(double ifNull) {
		return current.float8(ifNull);
	}

	@Override
	public String symbol() {
		return current.symbol();
	}

	@Override
	public boolean bool() {
		return current.bool();
	}

	@Override
	public Boolean nullableBool() {
		return current.nullableBool();
	}

	@Override
	public String text() {
		return current.text();
	}

	/** Closes the streams not read to their end (their COPY is cancelled), every one of them even if one fails. */
	@Override
	public void close() {
		RuntimeException failure = null;
		for (CopyRows part : open) {
			try {
				part.close();
			}
			catch (RuntimeException e) {
				if (failure == null) {
					failure = e;
				}
				else {
					failure.addSuppressed(e);
				}
			}
		}
		open.clear();
		if (failure != null) {
			throw failure;
		}
	}
}
