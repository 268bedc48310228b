import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.activation.DataHandler;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * The mailbox of the e-mail benchmark, over IMAP with Jakarta Mail (the library Fidèle reads with), and Fidèle's
 * reading of it through the API. Three modes:
 *   load  — appends MESSAGES customer e-mails to the INBOX (French and English, a pool of SENDERS addresses, some of
 *           them the demo company's customers when --port and --password are given; UTF-8 8bit, UTF-8 base64,
 *           ISO-8859-1 quoted-printable, text + HTML; a quarter are follow-ups with In-Reply-To and References to an
 *           earlier message, 3 % carry a small attachment, 1 % are automatic replies, 0.5 % a mailing list);
 *   fetch — the raw reference: the folder opened read-only, every message by UID in batches of 200 (a FetchProfile
 *           with the envelope, the structure, the UID and the whole message), each message written out and its
 *           parts decoded (getContent); prints the seconds and the highest UID. With --whole false the batch's FETCH
 *           leaves the message out and writing it out fetches it: one FETCH per message, as Fidèle reads;
 *   read  — Fidèle: signs in as the demo administrator, makes an API token, adds the mailbox (POST /api/mailboxes,
 *           plain IMAP/SMTP) and times POST /api/mailboxes/{id}/read, called again until GET /api/mailboxes shows
 *           the reading position at --last-uid.
 *   java MailLoad --mode load  --imap-port 13143 --user U --mailbox-password P --messages 10000 [--senders 2000] [--port 18193 --password PW]
 *   java MailLoad --mode fetch --imap-port 13143 --user U --mailbox-password P [--whole false]
 *   java MailLoad --mode read  --port 18193 --password PW --imap-port 13143 --smtp-port 13025 --user U --mailbox-password P --last-uid N [--queue GENERAL]
 * Prints one line of key=value.
 */
public class MailLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">(fid_[^<]+)<");
	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
	private static final Pattern EMAIL_IDENTITY = Pattern.compile("\"kind\"\\s*:\\s*\"EMAIL\"\\s*,\\s*\"value\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern LAST_UID = Pattern.compile("\"lastUid\"\\s*:\\s*(\\d+)");
	private static final Pattern LAST_ERROR = Pattern.compile("\"lastError\"\\s*:\\s*\"([^\"]*)\"");
	private static final int BATCH = 200;

	public static void main(String[] args) throws Exception {
		Map<String, String> opt = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		switch (opt.getOrDefault("mode", "fetch")) {
			case "load" -> load(opt);
			case "fetch" -> fetch(opt);
			case "read" -> read(opt);
			default -> throw new IllegalArgumentException("mode: load, fetch or read");
		}
	}

	// ---------------------------------------------------------------- load

	private static final String[] FIRST_FR = { "Camille", "Hélène", "Léa", "Chloé", "Élodie", "Jérôme", "François", "Gaëlle", "Noël",
			"Thérèse", "Stéphane", "Aurélien", "Mathilde", "Julien", "Sébastien", "Cécile", "Agnès", "Benoît", "Loïc", "Amélie" };
	private static final String[] LAST_FR = { "Martin", "Lefèvre", "Dubois", "Garçon", "Rousseau", "Bénard", "Mercier", "Fontaine",
			"Chevalier", "Lemaître", "Girard", "Faure", "Morel", "Perrin", "Boyer", "Brûlé", "Duval", "Nöel", "Gauthier", "Roux" };
	private static final String[] FIRST_EN = { "Emma", "Oliver", "Amelia", "Jack", "Sophie", "Harry", "Grace", "George", "Lily", "Noah" };
	private static final String[] LAST_EN = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "O'Brien", "Walker" };
	private static final String[] DOMAINS = { "exemple.fr", "exemple.fr", "example.com", "example.org", "example.net" };
	private static final String[] SUBJECT_FR = { "Facture du mois de novembre incorrecte", "Résiliation de mon abonnement",
			"Problème de connexion depuis hier soir", "Changement d'adresse", "Demande de remboursement", "Prélèvement effectué deux fois",
			"Box en panne — voyant rouge", "Question sur mon forfait", "Réclamation : technicien absent au rendez-vous",
			"Mise à jour de mes coordonnées bancaires", "Déménagement prévu le 15", "Offre de fidélité ?", "Débit très lent le soir",
			"Échéancier de paiement", "Portabilité de mon numéro" };
	private static final String[] SUBJECT_EN = { "Wrong amount on my last invoice", "Cancel my subscription", "No internet since yesterday",
			"Change of address", "Refund request", "Charged twice this month", "Router keeps rebooting", "Question about my plan",
			"Complaint: engineer did not show up", "Update my bank details" };
	private static final String[] BODY_FR = {
			"Je vous écris au sujet de ma dernière facture : le montant prélevé ne correspond pas à l'offre souscrite en septembre.",
			"Depuis hier soir, la connexion coupe toutes les dix minutes et le voyant de la box clignote en orange.",
			"Pourriez-vous me rappeler à partir de 18 h ? Je suis joignable au numéro habituel.",
			"J'ai déjà appelé deux fois le service client sans obtenir de réponse précise, ce qui est très décevant.",
			"Vous trouverez ci-joint le relevé demandé par votre conseillère la semaine dernière.",
			"Je déménage le mois prochain et souhaite transférer mon contrat à ma nouvelle adresse sans interruption.",
			"Merci de bien vouloir me confirmer par écrit la résiliation ainsi que la date de fin de contrat.",
			"Le technicien n'est pas venu au rendez-vous fixé jeudi entre 8 h et 12 h ; j'ai posé une demi-journée de congé pour rien.",
			"Je souhaiterais connaître les conditions de l'offre fidélité dont m'a parlé un voisin.",
			"Ma référence client figure sur le courrier reçu ; je reste à votre disposition pour toute information complémentaire." };
	private static final String[] BODY_EN = {
			"I am writing about my last invoice: the amount taken does not match the plan I signed up for in September.",
			"Since last night the connection drops every ten minutes and the light on the router blinks orange.",
			"Could you call me back after 6 pm? I can be reached on my usual number.",
			"I have already called customer service twice without a clear answer, which is disappointing.",
			"Please find attached the statement your advisor asked for last week.",
			"I am moving next month and would like my contract transferred to the new address without a break in service.",
			"Please confirm in writing that my subscription is cancelled and on which date it ends." };

	/** A message with the Message-ID we chose (so that follow-ups can name it). */
	private static final class Mail extends MimeMessage {
		private final String id;

		Mail(Session session, String id) {
			super(session);
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws jakarta.mail.MessagingException {
			setHeader("Message-ID", id);
		}
	}

	private record Written(String id, String sender, String personal, String subject, boolean french, String firstLine) {
	}

	private static void load(Map<String, String> opt) throws Exception {
		int messages = Integer.parseInt(opt.getOrDefault("messages", "10000"));
		int senders = Integer.parseInt(opt.getOrDefault("senders", "2000"));
		SplittableRandom r = new SplittableRandom(Long.parseLong(opt.getOrDefault("seed", "11")));
		List<String> known = opt.containsKey("port") ? knownCustomers(opt) : List.of();
		String[] pool = new String[senders];
		String[] names = new String[senders];
		for (int s = 0; s < senders; s++) {
			boolean french = r.nextDouble() < 0.75;
			String first = french ? pick(r, FIRST_FR) : pick(r, FIRST_EN);
			String last = french ? pick(r, LAST_FR) : pick(r, LAST_EN);
			names[s] = first + " " + last;
			pool[s] = s < known.size() ? known.get(s)
					: ascii(first) + "." + ascii(last) + "." + s + "@" + (french ? DOMAINS[r.nextInt(2)] : DOMAINS[2 + r.nextInt(3)]);
		}
		Session session = Session.getInstance(new Properties());
		long started = System.nanoTime();
		Instant first = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		List<Written> written = new ArrayList<>();
		int replies = 0;
		int attachments = 0;
		int automatic = 0;
		long bytes = 0;
		try (Store store = imap(opt, true)) {
			Folder inbox = store.getFolder("INBOX");
			List<Message> pending = new ArrayList<>();
			for (int i = 0; i < messages; i++) {
				String id = "<bench-" + i + "." + Long.toString(first.getEpochSecond(), 36) + "@mail.example.net>";
				Mail mail = new Mail(session, id);
				Date date = Date.from(first.plusSeconds(30L * 24 * 3600 * i / messages));
				double kind = r.nextDouble();
				if (kind < 0.01) {
					// an automatic reply ("out of office"): kept, opens nothing
					int s = r.nextInt(senders);
					mail.setFrom(new InternetAddress(pool[s], names[s], "UTF-8"));
					mail.setSubject("Réponse automatique : absent(e) jusqu'au 2 janvier", "UTF-8");
					mail.setHeader("Auto-Submitted", "auto-replied");
					mail.setText("Je suis absent(e) et n'ai pas accès à mes courriels. Je vous répondrai à mon retour.", "UTF-8");
					automatic++;
				}
				else if (kind < 0.015) {
					mail.setFrom(new InternetAddress("lettre@news.example.net", "La lettre des économies", "UTF-8"));
					mail.setSubject("Vos bons plans de la semaine", "UTF-8");
					mail.setHeader("List-Id", "<bons-plans.news.example.net>");
					mail.setHeader("List-Unsubscribe", "<mailto:unsubscribe@news.example.net>");
					mail.setHeader("Precedence", "bulk");
					mail.setText("Cette semaine : -20 % sur les forfaits, et toujours plus d'avantages.", "UTF-8");
					automatic++;
				}
				else {
					Written parent = kind < 0.265 && !written.isEmpty() ? written.get(Math.max(0, written.size() - 1 - r.nextInt(Math.min(written.size(), 2000))))
							: null;
					boolean french;
					String sender;
					String personal;
					String subject;
					if (parent != null) {
						french = parent.french();
						sender = parent.sender();
						personal = parent.personal();
						subject = (french ? "RE: " : "Re: ") + parent.subject();
						mail.setHeader("In-Reply-To", parent.id());
						mail.setHeader("References", parent.id());
						replies++;
					}
					else {
						int s = r.nextInt(senders);
						sender = pool[s];
						personal = names[s];
						french = sender.endsWith(".fr") || !sender.endsWith(".com") && !sender.endsWith(".org") && !sender.endsWith(".net");
						subject = french ? pick(r, SUBJECT_FR) : pick(r, SUBJECT_EN);
					}
					mail.setFrom(new InternetAddress(sender, personal, "UTF-8"));
					StringBuilder body = new StringBuilder(french ? "Bonjour,\n\n" : "Hello,\n\n");
					String firstLine = french ? pick(r, BODY_FR) : pick(r, BODY_EN);
					body.append(firstLine).append("\n\n");
					for (int p = 1 + r.nextInt(5); p > 0; p--) {
						body.append(french ? pick(r, BODY_FR) : pick(r, BODY_EN)).append("\n\n");
					}
					body.append(french ? "Cordialement,\n" : "Kind regards,\n").append(personal).append('\n');
					if (parent != null) {
						body.append('\n').append(french ? "Le " : "On ").append(date).append(", ").append(personal).append(french ? " a écrit :\n" : " wrote:\n")
							.append("> ").append(parent.firstLine()).append('\n');
					}
					boolean latin1 = french && r.nextDouble() < 0.3;
					String charset = latin1 ? "ISO-8859-1" : "UTF-8";
					mail.setSubject(subject, charset);
					double shape = r.nextDouble();
					if (r.nextDouble() < 0.03) {
						MimeMultipart mixed = new MimeMultipart("mixed");
						mixed.addBodyPart(textPart(body.toString(), charset, latin1 ? "quoted-printable" : "8bit"));
						byte[] file = new byte[2048 + r.nextInt(30_000)];
						r.nextBytes(file);
						MimeBodyPart attached = new MimeBodyPart();
						boolean pdf = r.nextBoolean();
						attached.setDataHandler(new DataHandler(new ByteArrayDataSource(file, pdf ? "application/pdf" : "image/jpeg")));
						attached.setFileName(pdf ? (french ? "relevé-novembre.pdf" : "statement.pdf") : "photo-box.jpg");
						attached.setDisposition(Part.ATTACHMENT);
						mixed.addBodyPart(attached);
						mail.setContent(mixed);
						attachments++;
					}
					else if (shape < 0.35) {
						MimeMultipart alternative = new MimeMultipart("alternative");
						alternative.addBodyPart(textPart(body.toString(), charset, "quoted-printable"));
						MimeBodyPart html = new MimeBodyPart();
						html.setText("<html><body><p>" + body.toString().replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>")
							.replace("\n", "<br>") + "</p></body></html>", charset, "html");
						html.setHeader("Content-Transfer-Encoding", "quoted-printable");
						alternative.addBodyPart(html);
						mail.setContent(alternative);
					}
					else {
						mail.setText(body.toString(), charset);
						mail.setHeader("Content-Transfer-Encoding", latin1 ? "quoted-printable" : shape < 0.5 ? "base64" : "8bit");
					}
					written.add(new Written(id, sender, personal, subject.replaceFirst("^(RE|Re): (RE: |Re: )*", ""), french, firstLine));
				}
				mail.setRecipients(Message.RecipientType.TO, opt.get("user"));
				mail.setSentDate(date);
				mail.saveChanges();
				pending.add(mail);
				if (pending.size() == BATCH || i == messages - 1) {
					ByteArrayOutputStream size = new ByteArrayOutputStream();
					for (Message m : pending) {
						size.reset();
						m.writeTo(size);
						bytes += size.size();
					}
					inbox.appendMessages(pending.toArray(Message[]::new));
					pending.clear();
				}
			}
		}
		System.out.printf("mode=load messages=%d senders=%d known_customers=%d replies=%d attachments=%d automatic_or_list=%d mb=%.1f seconds=%.1f%n",
				messages, senders, Math.min(known.size(), senders), replies, attachments, automatic, bytes / 1e6, (System.nanoTime() - started) / 1e9);
	}

	private static MimeBodyPart textPart(String text, String charset, String encoding) throws Exception {
		MimeBodyPart part = new MimeBodyPart();
		part.setText(text, charset);
		part.setHeader("Content-Transfer-Encoding", encoding);
		return part;
	}

	private static String pick(SplittableRandom r, String[] values) {
		return values[r.nextInt(values.length)];
	}

	private static String ascii(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase();
	}

	/** The e-mail addresses of the demo company's customers, through the API: their messages open cases. */
	private static List<String> knownCustomers(Map<String, String> opt) throws Exception {
		String base = "http://localhost:" + opt.get("port");
		String token = token(base, "admin", opt.get("password"));
		HttpClient http = HttpClient.newHttpClient();
		List<String> found = new ArrayList<>();
		Matcher ids = ID.matcher(call(http, token, "GET", base + "/api/customers?limit=" + opt.getOrDefault("known", "200"), null));
		while (ids.find()) {
			Matcher email = EMAIL_IDENTITY.matcher(call(http, token, "GET", base + "/api/customers/" + ids.group(1), null));
			if (email.find()) {
				found.add(email.group(1));
			}
		}
		return found;
	}

	// ---------------------------------------------------------------- fetch

	private static void fetch(Map<String, String> opt) throws Exception {
		long started = System.nanoTime();
		long bytes = 0;
		int parts = 0;
		long lastUid = 0;
		Message[] all;
		try (Store store = imap(opt, false)) {
			IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			all = inbox.getMessagesByUID(1, UIDFolder.LASTUID);
			FetchProfile uids = new FetchProfile();
			uids.add(UIDFolder.FetchProfileItem.UID);
			inbox.fetch(all, uids);
			Arrays.sort(all, Comparator.comparingLong(message -> uid(inbox, message)));
			FetchProfile whole = new FetchProfile();
			whole.add(FetchProfile.Item.ENVELOPE);
			whole.add(FetchProfile.Item.CONTENT_INFO);
			whole.add(UIDFolder.FetchProfileItem.UID);
			if (!"false".equals(opt.get("whole"))) {
				// the whole message in the batch's FETCH; without it (--whole false) each message is one more round trip
				whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
			}
			CountingStream out = new CountingStream();
			for (int from = 0; from < all.length; from += BATCH) {
				Message[] batch = Arrays.copyOfRange(all, from, Math.min(all.length, from + BATCH));
				inbox.fetch(batch, whole);
				for (Message message : batch) {
					message.writeTo(out);
					parts += walk(message);
					lastUid = Math.max(lastUid, inbox.getUID(message));
				}
			}
			bytes = out.count;
			inbox.close(false);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("mode=fetch messages=%d seconds=%.2f msgs_per_s=%.0f mb=%.1f parts=%d last_uid=%d%n", all.length, seconds,
				all.length / seconds, bytes / 1e6, parts, lastUid);
	}

	/** Decodes every part (text in its charset, attachments read through); returns the number of leaf parts. */
	private static int walk(Part part) throws Exception {
		Object content = part.getContent();
		if (content instanceof Multipart multipart) {
			int n = 0;
			for (int i = 0; i < multipart.getCount(); i++) {
				n += walk(multipart.getBodyPart(i));
			}
			return n;
		}
		if (content instanceof InputStream in) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return 1;
	}

	private static long uid(IMAPFolder folder, Message message) {
		try {
			return folder.getUID(message);
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static final class CountingStream extends OutputStream {
		long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
		}
	}

	/**
	 * A connection to the mailbox. Appending sends each message as a literal after the server's go-ahead: without
	 * TCP_NODELAY, Nagle's algorithm holds the message until the server acknowledges the command, 40 ms per message.
	 * Reading keeps Jakarta Mail's defaults, as Fidèle does.
	 */
	private static Store imap(Map<String, String> opt, boolean noDelay) throws Exception {
		Properties properties = new Properties();
		if (noDelay) {
			properties.put("mail.imap.socketFactory", new NoDelay());
		}
		Store store = Session.getInstance(properties).getStore("imap");
		store.connect("127.0.0.1", Integer.parseInt(opt.getOrDefault("imap-port", "13143")), opt.get("user"), opt.get("mailbox-password"));
		return store;
	}

	private static final class NoDelay extends javax.net.SocketFactory {
		private static java.net.Socket set(java.net.Socket socket) throws java.io.IOException {
			socket.setTcpNoDelay(true);
			return socket;
		}

		@Override
		public java.net.Socket createSocket() throws java.io.IOException {
			return set(new java.net.Socket());
		}

		@Override
		public java.net.Socket createSocket(String host, int port) throws java.io.IOException {
			return set(new java.net.Socket(host, port));
		}

		@Override
		public java.net.Socket createSocket(String host, int port, java.net.InetAddress local, int localPort) throws java.io.IOException {
			return set(new java.net.Socket(host, port, local, localPort));
		}

		@Override
		public java.net.Socket createSocket(java.net.InetAddress host, int port) throws java.io.IOException {
			return set(new java.net.Socket(host, port));
		}

		@Override
		public java.net.Socket createSocket(java.net.InetAddress host, int port, java.net.InetAddress local, int localPort) throws java.io.IOException {
			return set(new java.net.Socket(host, port, local, localPort));
		}
	}

	// ---------------------------------------------------------------- read

	private static void read(Map<String, String> opt) throws Exception {
		String base = "http://localhost:" + opt.getOrDefault("port", "18193");
		long target = Long.parseLong(opt.get("last-uid"));
		String queue = opt.getOrDefault("queue", "GENERAL");
		String token = token(base, "admin", opt.get("password"));
		HttpClient http = HttpClient.newHttpClient();
		if (!call(http, token, "GET", base + "/api/routing/queues", null).contains("\"code\":\"" + queue + "\"")) {
			throw new IllegalStateException("no routing queue " + queue);
		}
		String user = opt.get("user");
		String box = call(http, token, "POST", base + "/api/mailboxes", """
				{"address":"%s","imapHost":"127.0.0.1","imapPort":%s,"imapTls":false,"smtpHost":"127.0.0.1","smtpPort":%s,"smtpTls":false,
				 "username":"%s","password":"%s","queue":"%s"}""".formatted(user, opt.getOrDefault("imap-port", "13143"),
				opt.getOrDefault("smtp-port", "13025"), user, opt.get("mailbox-password"), queue));
		Matcher id = ID.matcher(box);
		if (!id.find()) {
			throw new IllegalStateException("mailbox not added: " + box);
		}
		String read = base + "/api/mailboxes/" + id.group(1) + "/read";
		long started = System.nanoTime();
		long deadline = started + Long.parseLong(opt.getOrDefault("timeout", "1800")) * 1_000_000_000L;
		int calls = 0;
		long kept = 0;
		long lastUid = 0;
		String error = null;
		while (lastUid < target && System.nanoTime() < deadline) {
			String answer = call(http, token, "POST", read, "");
			calls++;
			Matcher k = Pattern.compile("\"kept\"\\s*:\\s*(\\d+)").matcher(answer);
			kept += k.find() ? Long.parseLong(k.group(1)) : 0;
			// this mailbox's own entry: the list also holds others (the demo company's, kept for the record)
			Matcher entry = Pattern.compile("\\{\"id\":" + id.group(1) + ",[^{}]*\\}").matcher(call(http, token, "GET", base + "/api/mailboxes", null));
			String boxes = entry.find() ? entry.group() : "";
			Matcher uid = LAST_UID.matcher(boxes);
			lastUid = uid.find() ? Long.parseLong(uid.group(1)) : 0;
			Matcher failed = LAST_ERROR.matcher(boxes);
			if (failed.find()) {
				error = failed.group(1);
				System.err.println("read call " + calls + " stopped at UID " + lastUid + ": " + error);
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("mode=read mailbox=%s kept=%d seconds=%.2f msgs_per_s=%.0f read_calls=%d last_uid=%d reached=%s%s%n", id.group(1), kept,
				seconds, kept / seconds, calls, lastUid, lastUid >= target, error == null ? "" : " last_error=\"" + error + "\"");
	}

	private static String call(HttpClient http, String token, String method, String url, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
		request = json == null ? request.GET() : request.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + url + " answered " + answer.statusCode() + ": " + answer.body());
		}
		return answer.body();
	}

	/** A personal API token of {@code user}, made on the tokens page after signing in with the form. */
	private static String token(String base, String user, String password) throws Exception {
		HttpClient pages = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
		post(pages, base, "/login", "username=" + enc(user) + "&password=" + enc(password));
		Matcher token = NEW_TOKEN.matcher(post(pages, base, "/tokens", "name=bench-email"));
		if (!token.find()) {
			throw new IllegalStateException(user + " could not sign in and make a token");
		}
		return token.group(1);
	}

	private static String post(HttpClient pages, String base, String path, String form) throws Exception {
		Matcher csrf = CSRF.matcher(pages.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString()).body());
		if (!csrf.find()) {
			throw new IllegalStateException(path + " has no CSRF token");
		}
		return pages.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
