/** Interlink's matching library: names across scripts, MRZ, document numbers, vehicles, candidate indexes and PDQ image hashes. */
module org.interlink.matching {
    requires com.ibm.icu;
    requires org.apache.commons.codec;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.kuromoji;
    requires java.desktop;
    requires static org.jspecify;

    exports org.interlink.matching;
    exports org.interlink.matching.pdq;
}
