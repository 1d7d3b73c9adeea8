/** Interlink's matching library: names across scripts, MRZ, document numbers, vehicles and candidate indexes. */
module org.interlink.matching {
    requires com.ibm.icu;
    requires org.apache.commons.codec;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.kuromoji;
    requires static org.jspecify;

    exports org.interlink.matching;
}
