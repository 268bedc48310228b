package fr.fidele.feedback;

/** After a contact (transactional), or of a sample of all customers, served or not (relational). */
public enum SurveyKind {
	TRANSACTIONAL, RELATIONAL
}
