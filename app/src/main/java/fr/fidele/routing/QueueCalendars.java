package fr.fidele.routing;

import java.sql.Date;
import java.sql.Time;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import fr.fidele.history.History;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The queues' opening hours and closed days, set by an administrator, and whether a queue is open now. */
@Service
public class QueueCalendars {

	private final JdbcClient jdbc;
	private final History history;
	private final RoutingProperties properties;
	private final Clock clock;

	QueueCalendars(JdbcClient jdbc, History history, RoutingProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.history = history;
		this.properties = properties;
		this.clock = clock;
	}

	public OpeningHours of(String queue) {
		Map<DayOfWeek, List<OpeningHours.Interval>> week = new EnumMap<>(DayOfWeek.class);
		jdbc.sql("select weekday, opens, closes from queue_hours where queue_code = ? order by weekday, opens").param(queue)
			.query(rs -> {
				week.computeIfAbsent(DayOfWeek.of(rs.getInt(1)), day -> new ArrayList<>())
					.add(new OpeningHours.Interval(rs.getTime(2).toLocalTime(), rs.getTime(3).toLocalTime()));
			});
		Map<LocalDate, String> holidays = new TreeMap<>();
		jdbc.sql("select day, label from queue_holiday where queue_code = ? order by day").param(queue)
			.query(rs -> {
				holidays.put(rs.getDate(1).toLocalDate(), rs.getString(2));
			});
		return new OpeningHours(week, holidays);
	}

	/** When the queue opens next, if it is closed now; empty when it is open. */
	public Optional<Instant> closedUntil(String queue) {
		var now = clock.instant().atZone(properties.zone());
		OpeningHours hours = of(queue);
		if (hours.openAt(now)) {
			return Optional.empty();
		}
		return Optional.of(hours.nextOpening(now).map(next -> next.toInstant()).orElse(Instant.MAX));
	}

	/** Replaces the queue's hours and closed days; kept in the queue's history with the reason given. */
	@Transactional
	public OpeningHours replace(String queue, OpeningHours hours, String reason) {
		long id = jdbc.sql("select id from routing_queue where code = ?").param(queue).query(Long.class).optional()
			.orElseThrow(() -> new NotFoundException("queue", queue));
		hours.week().forEach((day, intervals) -> intervals.forEach(interval -> {
			if (!interval.closes().isAfter(interval.opens())) {
				throw new InvalidFieldException("hours." + day, "closesBeforeOpening", interval.opens(), interval.closes());
			}
		}));
		jdbc.sql("delete from queue_hours where queue_code = ?").param(queue).update();
		jdbc.sql("delete from queue_holiday where queue_code = ?").param(queue).update();
		hours.week().forEach((day, intervals) -> intervals.forEach(interval -> jdbc
			.sql("insert into queue_hours (queue_code, weekday, opens, closes) values (?, ?, ?, ?) on conflict do nothing")
			.params(queue, day.getValue(), Time.valueOf(interval.opens()), Time.valueOf(interval.closes())).update()));
		hours.holidays().forEach((day, label) -> jdbc.sql("insert into queue_holiday (queue_code, day, label) values (?, ?, ?)")
			.params(queue, Date.valueOf(day), label).update());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("hours", hours.week().toString());
		details.put("holidays", hours.holidays().toString());
		history.record(RoutingAdministration.QUEUE, id, "calendar", reason, details);
		return of(queue);
	}
}
