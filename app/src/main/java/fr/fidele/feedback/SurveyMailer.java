package fr.fidele.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import fr.fidele.platform.mail.SystemMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the survey invitations waiting in the database, at most {@code fidele.feedback.sends-per-minute}: a batch of a
 * million does not flood the mail server, and an invitation is sent once however many instances run (each takes its
 * chunk with {@code skip locked}, sends it over one connection, and commits once sent). Each message asks the first
 * scored question with one link per score (one click answers), links to the whole survey and to stop being surveyed. A
 * message that cannot go is tried again, five times at most; once sent, the address and the token's plain form are
 * forgotten. A withdrawn survey's invitations not sent yet are not sent.
 */
@Component
class SurveyMailer {

	private static final Logger log = LoggerFactory.getLogger(SurveyMailer.class);
	private static final int ROUNDS_PER_MINUTE = 6;
	private static final int MOST_ATTEMPTS = 5;
	private static final int CHUNK = 50;

	private record Waiting(long id, long surveyId, String sendTo, String token, String language, String firstName, Instant expiresAt) {
	}

	private final JdbcClient jdbc;
	private final Surveys surveys;
	private final SystemMail mail;
	private final MessageSource texts;
	private final FeedbackProperties settings;
	private final TransactionTemplate transactions;
	private final Clock clock;

	SurveyMailer(JdbcClient jdbc, Surveys surveys, SystemMail mail, MessageSource texts, FeedbackProperties settings,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.mail = mail;
		this.texts = texts;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 60 / ROUNDS_PER_MINUTE, initialDelay = 5, timeUnit = TimeUnit.SECONDS)
	void sendWaiting() {
		if (!mail.configured()) {
			return;
		}
		int round = Math.max(1, settings.sendsPerMinute() / ROUNDS_PER_MINUTE);
		// a round is sent in chunks, each committed as soon as it has gone: a stop or a crash sends again at most one
		// chunk's messages, and a large round does not hold its rows locked (and unsent, to the others) for minutes
		for (int sent = 0; sent < round;) {
			int chunk = Math.min(CHUNK, round - sent);
			Chunk done = transactions.execute(status -> send(jdbc.sql("""
					select id, survey_id, send_to, send_token, language, first_name, expires_at from survey_invitation
					where sent_via = 'EMAIL' and sent_at is null and send_attempts < ? and expires_at > ?
					  and exists (select 1 from survey s where s.id = survey_id and s.active)
					order by id limit ? for update skip locked""")
				.params(MOST_ATTEMPTS, Timestamp.from(clock.instant()), chunk)
				.query((rs, n) -> new Waiting(rs.getLong("id"), rs.getLong("survey_id"), rs.getString("send_to"), rs.getString("send_token"),
						rs.getString("language"), rs.getString("first_name"), rs.getTimestamp("expires_at").toInstant()))
				.list()));
			// the last waiting, or a mail server refusing: the next round tries again (each invitation once a round)
			if (done == null || done.taken() < chunk || done.failed() > 0) {
				return;
			}
			sent += done.taken();
		}
	}

	/** A chunk sent: how many invitations it held, and how many of them could not go. */
	private record Chunk(int taken, int failed) {
	}

	private Chunk send(List<Waiting> batch) {
		// a batch is mostly one survey's invitations (a draw's): each survey is read once per batch, not per message
		Map<Long, Survey> read = new HashMap<>();
		List<SystemMail.Outgoing> messages = batch.stream().map(invitation -> {
			Locale language = Locale.forLanguageTag(invitation.language());
			return new SystemMail.Outgoing(invitation.sendTo(), texts.getMessage("survey.mail.subject", null, language),
					body(invitation, read.computeIfAbsent(invitation.surveyId(), surveys::get), language));
		}).toList();
		Map<Integer, Exception> failed;
		try {
			failed = mail.sendAll(messages);
		}
		catch (MailException unreachable) {
			failed = new HashMap<>();
			for (int position = 0; position < batch.size(); position++) {
				failed.put(position, unreachable);
			}
		}
		List<Long> sent = new ArrayList<>();
		for (int position = 0; position < batch.size(); position++) {
			long invitation = batch.get(position).id();
			Exception why = failed.get(position);
			if (why == null) {
				sent.add(invitation);
				continue;
			}
			jdbc.sql("update survey_invitation set send_attempts = send_attempts + 1 where id = ?").param(invitation).update();
			// the address is personal data: the log says which invitation, not to whom
			log.warn("Survey invitation {} not sent: {}", invitation, why.getMessage());
		}
		jdbc.sql("update survey_invitation set sent_at = ?, send_to = null, send_token = null where id = any(?)")
			.params(Timestamp.from(clock.instant()), sent.toArray(Long[]::new)).update();
		return new Chunk(batch.size(), failed.size());
	}

	private String body(Waiting invitation, Survey survey, Locale language) {
		String path = "/s/" + invitation.token();
		StringBuilder text = new StringBuilder();
		text.append(invitation.firstName() == null ? texts.getMessage("survey.mail.hello", null, language)
				: texts.getMessage("survey.mail.helloName", new Object[] { invitation.firstName() }, language)).append("\n\n");
		survey.questions().stream().filter(question -> question.measure().scored()).findFirst().ifPresent(question -> {
			text.append(question.text(invitation.language())).append("\n\n");
			for (int score = question.measure().lowest(); score <= question.measure().highest(); score++) {
				text.append("  ").append(score).append(" : ")
					.append(mail.link(path, "answer", question.position() + "-" + score)).append('\n');
			}
			text.append('\n');
		});
		text.append(texts.getMessage("survey.mail.whole", new Object[] { mail.link(path, "from", "mail") }, language)).append("\n\n");
		text.append(texts.getMessage("survey.mail.expires", new Object[] { Date.from(invitation.expiresAt()) }, language)).append('\n');
		text.append(texts.getMessage("survey.mail.stop", new Object[] { mail.link(path + "/stop", "from", "mail") }, language)).append('\n');
		return text.toString();
	}
}
