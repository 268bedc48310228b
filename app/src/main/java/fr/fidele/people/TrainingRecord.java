package fr.fidele.people;

import java.time.LocalDate;

/** An advisor followed a module, on a day. */
public record TrainingRecord(long id, long advisorId, String moduleCode, LocalDate completedOn, long recordedBy) {
}
