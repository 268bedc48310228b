-- Replies written by advisors wait here until the mailbox's SMTP server took them: retried with growing waits, and
-- marked FAILED, visibly, after repeated refusals; never dropped.
alter table email_message
    add column send_state      text check (send_state in ('PENDING', 'SENT', 'FAILED')),
    add column attempts        integer not null default 0,
    add column next_attempt_at timestamptz,
    add column send_error      text,
    add column author_id       bigint,
    add constraint email_message_outbound_state check ((direction = 'OUTBOUND') = (send_state is not null));
create index email_message_to_send on email_message (next_attempt_at) where send_state = 'PENDING';
