-- Customers' stories with brands (issue 14, seed 002): told on a public page, moderated before they are public; the
-- disguised-advertising filter holds a story with its reasons. The author edits it through a private link (only the
-- SHA-256 of its token is kept); the address it came from is kept as a digest, for the "many stories from one
-- address" signal, never in clear.
create table story (
    id              bigserial   primary key,
    brand           text        not null,
    brand_key       text        not null,
    tone            text        not null check (tone in ('GOOD', 'BAD')),
    title           text        not null,
    body            text        not null,
    author_name     text        not null,
    author_email    text,
    language        text        not null check (language in ('fr', 'en')),
    address_digest  bytea       not null,
    edit_token_hash bytea       not null unique,
    status          text        not null check (status in ('PENDING', 'HELD', 'PUBLISHED', 'REJECTED')),
    reasons         text[]      not null default '{}',
    created_at      timestamptz not null,
    changed_at      timestamptz not null,
    moderated_by    text,
    moderated_at    timestamptz
);
create index story_brand on story (brand_key, status);
create index story_address on story (address_digest, created_at);
create index story_waiting on story (status, changed_at) where status in ('PENDING', 'HELD');
