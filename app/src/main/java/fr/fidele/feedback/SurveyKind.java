package fr.fidele.feedback;

/**
 * After a contact (transactional), of a sample of all customers, served or not (relational), or recorded by staff in
 * the field: an in-person contact, a mystery shopper's visit (field questionnaires, with branching).
 */
public enum SurveyKind {
	TRANSACTIONAL, RELATIONAL, FIELD
}
