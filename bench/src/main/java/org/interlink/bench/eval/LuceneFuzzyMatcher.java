package org.interlink.bench.eval;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Baseline: what an Elasticsearch user configures for names in many scripts: the ICU tokenizer, an {@code
 * Any-Latin; Latin-ASCII} ICU transform and ICU folding, queried with one {@link FuzzyQuery} (2 edits, Lucene's
 * default) per token, BM25 scoring.
 */
final class LuceneFuzzyMatcher implements Matcher {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new ICUTokenizer();
            TokenStream stream =
                    new ICUTransformFilter(tokenizer, Transliterator.getInstance("Any-Latin; Latin-ASCII"));
            stream = new ICUFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    };
    private IndexSearcher searcher;
    private StoredFields stored;
    private DirectoryReader reader;

    @Override
    public String name() {
        return "Lucene FuzzyQuery (ICU)";
    }

    @Override
    public void index(List<String> names) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < names.size(); i++) {
                Document doc = new Document();
                doc.add(new StoredField("id", i));
                doc.add(new TextField("name", names.get(i), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        stored = searcher.storedFields();
    }

    @Override
    public List<Candidate> top(String query, int k) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = 0;
        for (String token : tokens(query)) {
            q.add(new FuzzyQuery(new Term("name", token)), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return List.of();
        }
        TopDocs docs = searcher.search(q.build(), k);
        List<Candidate> out = new ArrayList<>(docs.scoreDocs.length);
        for (ScoreDoc d : docs.scoreDocs) {
            out.add(new Candidate(
                    stored.document(d.doc).getField("id").numericValue().intValue(), d.score));
        }
        return out;
    }

    private List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("name", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Override
    public double naturalThreshold() {
        return Double.MIN_VALUE; // any fuzzy hit is returned as a match
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        analyzer.close();
    }
}
