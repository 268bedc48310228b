-- Marks every text the voice module would read as read: its first analysis of the demo company's eleven million
-- wrap-up notes keeps a PostgreSQL core busy for a long while (docs/scaling.md). The loyalty and search benchmarks
-- measure their own work, not that one (bench/voice measures it).
update voice_intake set read_to = greatest(read_to, coalesce(case source
    when 'SURVEY' then (select max(source_id) from survey_customer_text)
    when 'EMAIL' then (select max(source_id) from email_customer_text)
    when 'CHAT' then (select max(source_id) from chat_customer_text)
    when 'MESSAGING' then (select max(source_id) from messaging_customer_text)
    when 'NOTE' then (select max(source_id) from contact_note_text) end, 0));
