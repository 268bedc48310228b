/**
 * The files through which a Cox fit is asked of an engine in another process (the Spark module's fit service) and its
 * result read back, bit for bit: the rows as fixed-length binary records that a cluster splits among its workers, the
 * request and the reply as small text files written whole or not at all.
 */
package fr.fidele.stats.exchange;
