-- The training of each language's sentiment classifier that every verbatim was last analysed with (a digest of the
-- comments it learnt from, or the word list's name): a restart trains the same classifier again from the same
-- comments, and need not analyse every verbatim again (1.4 million in the demo company, minutes of a core).
create table voice_sentiment_analysed (
    language text primary key,
    training bytea not null,
    analysed_at timestamptz not null default now()
);
