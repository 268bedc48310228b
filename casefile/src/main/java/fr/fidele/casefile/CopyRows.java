package fr.fidele.casefile;

/**
 * Rows read field by field, in the order of a select list, one typed read per field: from PostgreSQL's binary COPY
 * ({@link BinaryCopyReader}), or from a copy of such rows written elsewhere (the Spark module's Parquet export). The
 * case file's rows ({@link CustomerRow}, {@link ContactRow}, {@link IdLookup}) read either the same way.
 */
public interface CopyRows extends AutoCloseable {

	/** Moves to the next row; false after the last one. */
	boolean next();

	/** A {@code bigint} field, or {@code ifNull}. */
	long int8(long ifNull);

	/** An {@code integer} field, or {@code ifNull}. */
	int int4(int ifNull);

	/** A {@code timestamptz} field as microseconds since 1970-01-01 UTC, or {@code ifNull}. */
	long timestamp(long ifNull);

	/** A {@code double precision} field, or {@code ifNull}. */
	double float8(double ifNull);

	/** A {@code text} field that takes few distinct values (a queue, a code), or null. */
	String symbol();

	/** A {@code boolean} field; false when null. */
	boolean bool();

	/** A {@code boolean} field that may be null. */
	Boolean nullableBool();

	/** A {@code text} field, or null. */
	String text();

	@Override
	void close();
}
