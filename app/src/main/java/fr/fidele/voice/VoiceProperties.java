package fr.fidele.voice;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of what customers write, {@code fidele.voice.*}.
 *
 * @param indexDirectory where each instance keeps its search index of the verbatims (a copy it can build again from
 *                       the database: one directory per database inside it)
 * @param indexEvery     how often the index takes in the verbatims analysed since
 * @param intakeEvery    how often the texts customers wrote since are read and analysed
 * @param trainingCron   when the sentiment model is trained again on the company's comments (each night)
 */
@ConfigurationProperties("fidele.voice")
public record VoiceProperties(@DefaultValue("./data/voice-index") Path indexDirectory, @DefaultValue("PT5S") Duration indexEvery,
		@DefaultValue("PT30S") Duration intakeEvery, @DefaultValue("0 40 3 * * *") String trainingCron) {
}
