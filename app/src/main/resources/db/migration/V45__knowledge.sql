-- The knowledge base (issue 15): articles in French and English, in categories, for advisors (internal) or for
-- customers too (the public help centre); each version kept; the synonyms the search knows, edited by administrators;
-- what readers, advisors and customers, said of each article; the help centre's name and colour.
create table article_category (
    code     text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_fr  text not null,
    name_en  text not null,
    position int  not null default 0
);

-- Moves at every change of an article: each instance's search index follows it (ArticleIndex).
create sequence article_seq;

create table article (
    id         bigserial   primary key,
    slug       text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    category   text        not null references article_category (code),
    audience   text        not null check (audience in ('INTERNAL', 'PUBLIC')),
    owner_id   bigint      not null,
    review_on  date        not null,
    -- the contact reasons the article answers: the workspace suggests it on a contact with one of them
    reasons    text[]      not null default '{}',
    version    int         not null,
    seq        bigint      not null default nextval('article_seq'),
    created_at timestamptz not null
);
create index article_seq_order on article (seq);
create index article_reasons on article using gin (reasons);

create table article_version (
    article_id bigint      not null references article (id),
    version    int         not null,
    title_fr   text,
    body_fr    text,
    title_en   text,
    body_en    text,
    written_by bigint      not null,
    written_at timestamptz not null,
    primary key (article_id, version),
    -- a language is there with its title and its body, or not at all; at least one is
    check ((title_fr is null) = (body_fr is null) and (title_en is null) = (body_en is null)
           and (title_fr is not null or title_en is not null))
);

-- Synonyms of a language, one group of equivalent words per line (Solr's format), applied when a search is read.
create table search_synonym (
    language   text        primary key check (language in ('fr', 'en')),
    lines      text        not null,
    changed_by bigint,
    changed_at timestamptz not null
);

create table article_feedback (
    id         bigserial   primary key,
    article_id bigint      not null references article (id),
    version    int         not null,
    language   text        not null check (language in ('fr', 'en')),
    useful     boolean     not null,
    reader     text        not null check (reader in ('ADVISOR', 'CUSTOMER')),
    user_id    bigint,
    contact_id bigint,
    given_at   timestamptz not null
);
create index article_feedback_article on article_feedback (article_id);

create table help_centre (
    id     int  primary key check (id = 1),
    name   text not null,
    colour text not null check (colour ~ '^#[0-9a-f]{6}$')
);
insert into help_centre (id, name, colour) values (1, 'Fidèle', '#0d6efd');
