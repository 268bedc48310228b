-- What customers write (issue 14, decision 17). First the read contracts: each module that keeps texts customers write
-- publishes them in one shape (source_id, customer_id, contact_id, language, written_at, body), read by the voice
-- module only; unlike the facts views of decision 8 they carry free text, which is what they are for. An erased text
-- (PersonalValues.ERASED) is left out. A null language is the customer's.

-- email: the inbound messages that opened or joined a contact (the contact form's among them), with a text part
create view email_customer_text as
select m.id as source_id, c.customer_id, m.contact_id, null::text as language, m.received_at as written_at, m.text_body as body
from email_message m join contact_facts c on c.id = m.contact_id
where m.direction = 'INBOUND' and m.ignored is null and m.text_body is not null and m.text_body <> '[effacé]';

-- messaging networks: the inbound messages of a contact
create view messaging_customer_text as
select m.id as source_id, c.customer_id, m.contact_id, null::text as language, m.received_at as written_at, m.body
from messaging_message m join contact_facts c on c.id = m.contact_id
where m.direction = 'INBOUND' and m.body <> '[effacé]';

-- chat: what the customer typed, in the conversation's language
create view chat_customer_text as
select m.id as source_id, v.customer_id, v.contact_id, v.language, m.sent_at as written_at, m.body
from chat_message m join chat_conversation v on v.id = m.conversation_id
where m.author = 'CUSTOMER' and m.body <> '[effacé]';

-- surveys: an invitation's comments (free-text answers) as one text, in the language the customer answered in
create view survey_customer_text as
select i.id as source_id, i.customer_id, i.contact_id, i.language, coalesce(i.amended_at, i.answered_at) as written_at,
       string_agg(a.comment, E'\n' order by a.position) as body
from survey_answer a join survey_invitation i on i.id = a.invitation_id
where a.measure = 'TEXT' and a.comment is not null and a.comment <> '[effacé]' and btrim(a.comment) <> ''
group by i.id;

-- contact notes: what the advisor wrote of the customer's words at wrap-up
create view contact_note_text as
select id as source_id, customer_id, id as contact_id, null::text as language, coalesce(ended_at, arrived_at) as written_at,
       wrapup_notes as body
from contact
where wrapup_notes is not null and wrapup_notes <> '[effacé]' and btrim(wrapup_notes) <> '';

-- Read contracts, one column more each (appended: earlier columns keep their places): the customer's language, and the
-- answered invitation a score belongs to (the labels a comment's sentiment is learnt from).
create or replace view customer_facts as
select id, reference, display_name, segment, expertise, monthly_value, customer_since, churned_on, language
from customer;

create or replace view survey_score_facts as
select i.contact_id, i.customer_id, i.survey_id, a.measure, a.score, coalesce(i.amended_at, i.answered_at) as answered_at, i.advisor_id,
       i.id as invitation_id
from survey_answer a join survey_invitation i on i.id = a.invitation_id
where a.score is not null;

-- The topics and objections an administrator edits: a text is about a topic when it holds one of its expressions
-- (one per line, in each language), compared after the analysis (elision, accents, stems)
create table voice_topic (
    id        bigserial primary key,
    code      text      not null unique check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    kind      text      not null check (kind in ('TOPIC', 'OBJECTION')),
    label_fr  text      not null,
    label_en  text      not null,
    terms_fr  text      not null default '',
    terms_en  text      not null default '',
    active    boolean   not null default true,
    position  integer   not null,
    changed_at timestamptz not null default now()
);

insert into voice_topic (code, kind, label_fr, label_en, terms_fr, terms_en, position) values
('DELIVERY', 'TOPIC', 'Livraison', 'Delivery',
 E'livraison\nlivré\nlivrée\ncolis\ntransporteur\nsuivi de commande\nrien reçu\npas reçu',
 E'delivery\ndelivered\nparcel\npackage\ncourier\ntracking\nreceived nothing\nnot received', 1),
('BILLING', 'TOPIC', 'Facturation', 'Billing',
 E'facture\nfacturation\nprélèvement\nprélevé\nprélevée\nrembourser\nremboursement\navoir\nmontant',
 E'bill\nbilling\ninvoice\ncharged\ndirect debit\nrefund\ncredit note\namount', 2),
('WAITING', 'TOPIC', 'Attente', 'Waiting',
 E'attente\nattendre\nattendu\nattends\ndélai\ntoujours aucune nouvelle\npersonne ne répond\nsans réponse',
 E'wait\nwaiting\nwaited\ndelay\nstill no news\nnobody answers\nno answer\nno reply', 3),
('RUDENESS', 'TOPIC', 'Impolitesse', 'Rudeness',
 E'impoli\nimpolie\ndésagréable\nméprisant\nméprisante\nagressif\nagressive\nraccroché au nez\nmal parlé',
 E'rude\nimpolite\nunpleasant\ncondescending\naggressive\nhung up on me', 4),
('TRANSFERRED', 'TOPIC', 'Transferts', 'Being transferred',
 E'transféré\ntransférée\ntransfert\nbaladé\nbaladée\nrenvoyé\nrenvoyée\nd''un service à l''autre',
 E'transferred\ntransfer\npassed around\nbounced around\nfrom one department to another', 5),
('REPEATING', 'TOPIC', 'Se répéter', 'Having to repeat oneself',
 E'répéter\nrépété\nredire\nréexpliquer\nencore expliquer\ntroisième fois\nmême problème\nmême panne',
 E'repeat\nrepeated\nexplain again\nthird time\nsame problem\nsame outage', 6),
('OUTAGE', 'TOPIC', 'Panne', 'Outage',
 E'panne\ncoupure\ncoupé\ncoupée\nplus internet\npas de signal\nclignote\nwifi coupe',
 E'outage\ncut\nno internet\nno signal\nblinking\nwifi drops', 7),
('ORDER', 'TOPIC', 'Commande', 'Order',
 E'commander\ncommande\nabonnement\nsouscrire\noption\nligne mobile',
 E'order\nplan\nsubscribe\noption\nmobile line', 8),
('CANCELLATION', 'TOPIC', 'Résiliation', 'Cancellation',
 E'résilier\nrésiliation\nmettre fin\npartir\nquitter',
 E'cancel\ncancellation\nend my contract\nleave\nleaving', 9),
('PRAISE', 'TOPIC', 'Remerciements', 'Praise',
 E'merci beaucoup\nbravo\nparfait\nexcellent\ntrès aimable\nà l''écoute',
 E'thank you so much\nwell done\nperfect\nexcellent\nvery kind\nlistened', 10),
('PRICE', 'OBJECTION', 'Prix trop élevé', 'Price too high',
 E'trop cher\ntrop chère\nmoins cher\nmoins chère\nprix\ntarif\naugmentation',
 E'too expensive\ncheaper\nlower price\nprice\nincrease', 11),
('COMPETITOR', 'OBJECTION', 'Offre concurrente', 'A competitor''s offer',
 E'concurrent\nconcurrence\nautre opérateur\nailleurs',
 E'competitor\nanother provider\nelsewhere', 12),
('COMMITMENT', 'OBJECTION', 'Engagement', 'Commitment',
 E'engagement\nengagé\nengagée\nfrais de résiliation\ndurée du contrat',
 E'commitment\ncommitted\ncancellation fee\ncontract length', 13),
('TRUST', 'OBJECTION', 'Confiance perdue', 'Lost trust',
 E'plus confiance\narnaque\nmensonge\npromesse\npromis',
 E'no longer trust\nscam\nlie\nlied\npromise\npromised', 14);

-- Every text analysed: a copy of its words (searched and quoted; erased with the customer), its sentiment and its
-- topics. seq changes at each analysis: the search index follows it (each instance its own index).
create sequence verbatim_seq;
create table verbatim (
    id          bigserial   primary key,
    source      text        not null check (source in ('SURVEY', 'EMAIL', 'CHAT', 'MESSAGING', 'NOTE')),
    source_id   bigint      not null,
    customer_id bigint,
    contact_id  bigint,
    language    text        not null check (language in ('fr', 'en')),
    written_at  timestamptz not null,
    body        text        not null,
    sentiment   text        not null check (sentiment in ('NEGATIVE', 'NEUTRAL', 'POSITIVE')),
    topics      text[]      not null default '{}',
    seq         bigint      not null default nextval('verbatim_seq'),
    unique (source, source_id)
);
create index verbatim_written on verbatim (written_at);
create index verbatim_customer on verbatim (customer_id);
create index verbatim_seq_order on verbatim (seq);
create index verbatim_topics on verbatim using gin (topics);

-- How far each source has been read (its source_id)
create table voice_intake (
    source  text   primary key,
    read_to bigint not null
);

-- Verbatims erased, a customer's on their request or all those written before a moment (the retention rule): each
-- instance's index removes them when it reaches the entry
create table voice_erasure (
    id             bigserial   primary key,
    customer_id    bigint,
    written_before timestamptz,
    erased_at      timestamptz not null,
    check ((customer_id is null) <> (written_before is null))
);

-- Which database the search indexes follow (each instance keeps its own index beside it): an index built from
-- another database, or from a later state of this one (a backup restored), is built again
create table voice_index_identity (
    identity uuid not null default gen_random_uuid()
);
insert into voice_index_identity default values;

insert into voice_intake (source, read_to) values ('SURVEY', 0), ('EMAIL', 0), ('CHAT', 0), ('MESSAGING', 0), ('NOTE', 0);

-- Read contract (decision 8) of the voice module: which customer wrote about which theme, when, about which contact
-- (the loyalty tool asks whether writing about a theme goes with leaving sooner). No text.
create view verbatim_topic_facts as
select v.customer_id, v.contact_id, t.topic, v.written_at
from verbatim v cross join lateral unnest(v.topics) as t(topic);
