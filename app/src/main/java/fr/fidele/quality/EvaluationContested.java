package fr.fidele.quality;

/** An advisor contested an evaluation of their contact; a supervisor is to answer. */
public record EvaluationContested(long evaluationId, long advisorId) {
}
