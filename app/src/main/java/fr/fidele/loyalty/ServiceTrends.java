package fr.fidele.loyalty;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import fr.fidele.casefile.ContactTally;
import org.springframework.stereotype.Service;

/**
 * Month by month, what the service does and what customers do: the requests resolved at their first contact, the
 * abandonment of the live queues, the hang-ups, and the share of customers who left. Contacts follow every part of
 * the filter; departures follow its segment (a departure has no channel, queue or advisor). Over the filter's
 * period, or else the last {@value #DEFAULT_MONTHS} months; kept until the next recomputation.
 */
@Service
public class ServiceTrends {

	static final int DEFAULT_MONTHS = ContactTally.TREND_MONTHS;

	/**
	 * One month.
	 *
	 * @param requestsOpened  first contacts of a request (case) that month
	 * @param resolvedAtOnce  of those, resolved at that first contact
	 * @param offered         live inbound contacts answered or abandoned
	 * @param abandoned       of those, abandoned
	 * @param answeredCalls   answered phone calls and callbacks
	 * @param hungUp          of those, ended by the advisor within seconds
	 * @param customersAtStart customers present on the first day of the month
	 * @param departures      of those, who left during the month
	 */
	public record Month(YearMonth month, long contacts, long requestsOpened, long resolvedAtOnce, long offered,
			long abandoned, long answeredCalls, long hungUp, long customersAtStart, long departures) {

		public double resolvedAtOnceRate() {
			return share(resolvedAtOnce, requestsOpened);
		}

		public double abandonRate() {
			return share(abandoned, offered);
		}

		public double hangUpRate() {
			return share(hungUp, answeredCalls);
		}

		public double departureRate() {
			return share(departures, customersAtStart);
		}

		private static double share(long part, long whole) {
			return whole == 0 ? Double.NaN : (double) part / whole;
		}
	}

	private final ContactsInMemory contacts;
	private final LoyaltyDataReader reader;
	private final FilterMemo<ContactFilter, List<Month>> byFilter = new FilterMemo<>();
	/** The whole service's months computed elsewhere (the Spark job), shown until the next recomputation. */
	private final AtomicReference<List<Month>> adopted = new AtomicReference<>();

	ServiceTrends(ContactsInMemory contacts, LoyaltyDataReader reader) {
		this.contacts = contacts;
		this.reader = reader;
	}

	public List<Month> months(ContactFilter filter) {
		List<Month> whole = adopted.get();
		if (filter.isNone() && whole != null) {
			return whole;
		}
		return byFilter.get(contacts.version(), filter, f -> compute(reader.latest(), f));
	}

	/** Forgets the months computed before and computes those of the whole service on {@code data}. */
	void recompute(LoyaltyData data) {
		adopted.set(null);
		byFilter.clear();
		byFilter.get(contacts.version(), ContactFilter.NONE, f -> compute(data, f));
	}

	/** Forgets the months computed before and shows {@code wholeService}'s, those of the whole service, from now on. */
	void adopt(List<Month> wholeService) {
		byFilter.clear();
		adopted.set(List.copyOf(wholeService));
	}

	/** The first month shown when no period is chosen: {@value #DEFAULT_MONTHS} months up to {@code last}. */
	static YearMonth firstShown(YearMonth last) {
		return last.minusMonths(DEFAULT_MONTHS - 1L);
	}

	private List<Month> compute(LoyaltyData data, ContactFilter filter) {
		YearMonth last = YearMonth.from(filter.to() != null && filter.to().isBefore(data.asOf()) ? filter.to() : data.asOf());
		YearMonth first = filter.from() != null ? YearMonth.from(filter.from()) : firstShown(last);
		Map<YearMonth, long[]> counted = contacts.months(new ContactFilter(first.atDay(1), last.atEndOfMonth(),
				filter.channel(), filter.queue(), filter.reason(), filter.teamId(), filter.segment()));
		List<Month> months = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			long[] c = counted.getOrDefault(month, new long[7]);
			long[] d = data.table().presentAndLeft(filter.segment(), month);
			months.add(new Month(month, c[0], c[1], c[2], c[3], c[4], c[5], c[6], d[0], d[1]));
		}
		return months;
	}
}
