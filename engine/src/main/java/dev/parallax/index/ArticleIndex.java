package dev.parallax.index;

import dev.parallax.article.Article;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.platform.UserFolders;
import dev.parallax.text.Sentence;
import dev.parallax.text.quotes.Quotation;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import dev.parallax.compare.semantic.VectorStore;
import dev.parallax.text.analysis.Analyzers;

/**
 * The Lucene index of articles, sentences and quotations. Updates are incremental: a file whose size and
 * modification time match what the index stored is taken from the index, not read again. One writer per
 * index (Lucene's write lock); any number of readers may open it while the writer runs.
 */
public final class ArticleIndex implements Closeable {
    private static final int MAX_READERS = 4;
    /**
     * Sentences from which an article's unit documents are written in the background: a text this long
     * takes seconds to index, and its comparison needs none of it (the library is for later searches).
     */
    private static final int BACKGROUND_SENTENCES = 10_000;

    private final Directory directory;
    private final IndexWriter writer;
    private final String location;
    /** Unit documents of long articles being written in the background; waited for before a commit or search. */
    private final List<Future<?>> pending = new ArrayList<>();
    private ExecutorService background;

    private ArticleIndex(Directory directory, String location) throws IOException {
        this.directory = directory;
        this.location = location;
        IndexWriterConfig config = new IndexWriterConfig(Schema.perField());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
    }

    /** Opens the index in a folder, closing what was opened when it turns out unreadable. */
    private static ArticleIndex openVerified(Path folder) throws IOException {
        Directory dir = FSDirectory.open(folder);
        ArticleIndex index = null;
        try {
            index = new ArticleIndex(dir, folder.toString());
            index.verify();
            return index;
        } catch (IOException | RuntimeException e) {
            if (index != null) {
                index.writer.rollback(); // releases the lock without writing anything
            }
            dir.close();
            throw e;
        }
    }

    /**
     * Reads every file of the index once against its checksum. Lucene checks checksums only on merges, so a
     * damaged byte in the middle of a segment would otherwise be read back as (wrong) data; for the index
     * of a few thousand articles this costs milliseconds.
     */
    private void verify() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                if (leaf.reader() instanceof CodecReader codec) {
                    codec.checkIntegrity();
                }
            }
        }
    }

    /** The index in the user's data folder ($XDG_DATA_HOME/parallax/index, else $HOME/.local/share/parallax/index). */
    public static Path defaultLocation() {
        return UserFolders.current().data().resolve("index");
    }

    /**
     * Opens (or creates) the index in a folder. An index that cannot be read (damaged, files missing, or
     * from another Lucene version) is set aside and rebuilt; the returned notice says so.
     *
     * @throws IndexBusyException when another process holds the write lock
     */
    public static Opened open(Path folder) throws IOException {
        return open(folder, Duration.ZERO, () -> { });
    }

    /**
     * Opens the index, waiting up to {@code wait} while another process writes it (a command that ends in a
     * second or two); {@code waiting} runs once when the wait begins, so the user knows why nothing happens.
     *
     * @throws IndexBusyException when the other process still holds the index after the wait
     */
    public static Opened open(Path folder, Duration wait, Runnable waiting) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            try {
                return openOrRebuild(folder);
            } catch (IndexBusyException e) {
                if (System.nanoTime() >= deadline) {
                    throw e;
                }
                if (!told) {
                    waiting.run();
                    told = true;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static Opened openOrRebuild(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            return new Opened(openVerified(folder), null);
        } catch (LockObtainFailedException e) {
            throw new IndexBusyException(folder.toString(), e);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
                 | NoSuchFileException | FileNotFoundException e) {
            // damaged: a file cut short or gone, a checksum that does not match, or another format
            Path aside = folder.resolveSibling(folder.getFileName() + ".damaged-" + System.currentTimeMillis());
            try {
                Files.move(folder, aside);
            } catch (IOException cannot) {
                throw new IndexUnusableException("the index at " + folder + " is damaged (" + damage(e)
                        + ") and could not be moved aside to rebuild it (" + reason(cannot) + "); delete or move "
                        + folder + " yourself, or name another with --index");
            }
            Files.createDirectories(folder);
            String notice = "the index at " + folder + " could not be read (" + damage(e)
                    + "); it was moved to " + aside + " and is being rebuilt";
            return new Opened(openVerified(folder), notice);
        }
    }

    /** What is wrong with a damaged index, in words. */
    static String damage(IOException e) {
        return switch (e) {
            case IndexFormatTooOldException t -> "written in an older format this version cannot read";
            case IndexFormatTooNewException t -> "written by a newer version of Parallax";
            case CorruptIndexException c -> "its checksums do not match: damaged bytes";
            case EOFException eof -> "a file is cut short";
            case NoSuchFileException n -> "a file is missing";
            case FileNotFoundException f -> "a file is missing";
            default -> "it cannot be read";
        };
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? "the system refused" : e.getMessage();
    }

    /** An index in memory, for tests and for searching when the on-disk index is busy. */
    public static ArticleIndex inMemory() {
        try {
            return new ArticleIndex(new ByteBuffersDirectory(), "memory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An opened index, with a notice for the user when it had to be rebuilt. */
    public record Opened(ArticleIndex index, String notice) {
    }

    public String location() {
        return location;
    }

    /**
     * Brings the index up to date with the given files and folders and returns their articles in input
     * order (folders sorted). Unchanged files are taken from the index.
     */
    public IndexUpdate update(List<Path> inputs, ArticleLoader loader) throws IOException {
        return update(inputs, loader, ArticleLoader.Progress.NONE);
    }

    /** {@link #update(List, ArticleLoader)}, telling {@code progress} as each file's turn comes (done of total). */
    public IndexUpdate update(List<Path> inputs, ArticleLoader loader, ArticleLoader.Progress progress)
            throws IOException {
        finishWriting(); // an earlier update's documents first: a file read again replaces them
        List<IndexedArticle> articles = new ArrayList<>();
        List<LoadResult.Failed> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        Set<Path> listed = new HashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = loader.articleFiles(input, failures);
                files.addAll(found);
                listed.addAll(found);
            } else {
                files.add(input);
            }
        }
        // Files are read, analysed and written on several threads (the writer is thread-safe), and taken
        // back in input order; a file named twice is read once.
        try (DirectoryReader reader = DirectoryReader.open(writer);
             ExecutorService pool = Executors.newFixedThreadPool(readers(files.size()),
                     Thread.ofPlatform().daemon().name("read-", 0).factory())) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<Path, Future<Read>> reads = new java.util.LinkedHashMap<>();
            for (Path file : files) {
                reads.computeIfAbsent(file, f -> pool.submit(() -> read(f, listed.contains(f), loader, searcher)));
            }
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                progress.reading(file, i, files.size());
                Read read = result(reads.get(file));
                if (read.article() != null) {
                    articles.add(read.article());
                } else {
                    failures.add(read.failure());
                }
                if (read.warning() != null) {
                    warnings.add(read.warning());
                }
            }
        }
        if (!writing()) { // else the commit waits for the documents being written (commit())
            writer.commit();
        }
        return new IndexUpdate(articles, failures, warnings);
    }

    /** One file's outcome: its article (and a warning about it), or why it could not be read. */
    private record Read(IndexedArticle article, LoadResult.Failed failure, String warning) {
    }

    private Read read(Path file, boolean listed, ArticleLoader loader, IndexSearcher searcher) throws IOException {
        // Size and time as they were before reading: a file changed while read is read again next time.
        BasicFileAttributes attrs = attributes(file);
        IndexedArticle cached = attrs == null ? null : cached(searcher, file, attrs, () -> reread(file, listed, loader));
        if (cached != null) {
            return new Read(cached, null, null);
        }
        return switch (listed ? loader.loadListed(file) : loader.loadFile(file)) {
            case LoadResult.Loaded loaded -> new Read(add(key(file), loaded.article(), attrs), null, loaded.warning());
            case LoadResult.Failed failed -> new Read(null, failed, null);
        };
    }

    /** A file read again outside the index, for a stored article that no longer decodes. */
    private static AnalyzedArticle reread(Path file, boolean listed, ArticleLoader loader) {
        return switch (listed ? loader.loadListed(file) : loader.loadFile(file)) {
            case LoadResult.Loaded loaded -> AnalyzedArticle.of(loaded.article());
            case LoadResult.Failed failed -> throw new UncheckedIOException(new IOException(failed.message()));
        };
    }

    /** Threads for reading: one per core, at most {@link #MAX_READERS} (each holds a whole article in memory). */
    private static int readers(int files) {
        return Math.max(1, Math.min(files, Math.min(MAX_READERS, Runtime.getRuntime().availableProcessors())));
    }

    private static Read result(Future<Read> read) throws IOException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading the articles");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException r -> throw r;
                case Error err -> throw err;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** The file's attributes, or null when it cannot be asked (gone, or not reachable): it is read anyway. */
    private static BasicFileAttributes attributes(Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            return attrs.isRegularFile() ? attrs : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Adds (or replaces) one article under a key, analyzing it; for callers that loaded it themselves. */
    public IndexedArticle add(String key, Article article) throws IOException {
        finishWriting();
        return add(key, article, attributes(Path.of(key)));
    }

    private IndexedArticle add(String key, Article article, BasicFileAttributes attrs) throws IOException {
        AnalyzedArticle analyzed = AnalyzedArticle.of(article);
        writer.deleteDocuments(new Term(Schema.PATH, key));
        write(key, analyzed, attrs);
        return new IndexedArticle(key, analyzed, false);
    }

    /**
     * Passage vectors kept in this index, keyed by folded text, so a passage is embedded once across
     * runs. Vectors are read into memory when the store is opened; new ones are written as they come.
     */
    public VectorStore vectorStore() throws IOException {
        Map<String, float[]> known = new ConcurrentHashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery q = new TermQuery(new Term(Schema.TYPE, Schema.VECTOR));
            for (var sd : searcher.search(q, Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                known.put(d.get(Schema.VECTOR_KEY), floats(d.getBinaryValue(Schema.VECTOR_DATA).bytes));
            }
        }
        return new VectorStore() {
            @Override
            public float[] get(String key) {
                return known.get(hash(key));
            }

            @Override
            public void put(String key, float[] vector) {
                String h = hash(key);
                if (known.putIfAbsent(h, vector) == null) {
                    Document d = new Document();
                    d.add(new StringField(Schema.TYPE, Schema.VECTOR, Field.Store.NO));
                    d.add(new StringField(Schema.VECTOR_KEY, h, Field.Store.YES));
                    d.add(new StoredField(Schema.VECTOR_DATA, bytes(vector)));
                    try {
                        writer.addDocument(d);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };
    }

    /** Makes everything written so far durable, once the documents still being written are. */
    public void commit() throws IOException {
        finishWriting();
        writer.commit();
    }

    /** Whether unit documents were handed to the background and not yet waited for (done or not). */
    private synchronized boolean writing() {
        return !pending.isEmpty();
    }

    /** Waits for the unit documents being written in the background; their failure is this call's. */
    private void finishWriting() throws IOException {
        List<Future<?>> waiting;
        synchronized (this) {
            waiting = new ArrayList<>(pending);
            pending.clear();
        }
        IOException failed = null;
        for (Future<?> f : waiting) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while indexing the articles");
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case IOException io -> failed = failed != null ? failed : io;
                    case RuntimeException r -> throw r;
                    case Error err -> throw err;
                    default -> throw new IllegalStateException(e.getCause());
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private static String hash(String key) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(float[] v) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(v.length * 4);
        for (float f : v) {
            b.putFloat(f);
        }
        return b.array();
    }

    private static float[] floats(byte[] bytes) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
        float[] v = new float[bytes.length / 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getFloat();
        }
        return v;
    }

    /** A searcher over everything written so far, including uncommitted changes. */
    public ArticleSearch search() throws IOException {
        finishWriting();
        return new ArticleSearch(DirectoryReader.open(writer));
    }

    /** The identity of a file in the index: its absolute, normalised path. */
    public static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * The article stored for a file whose size and time still match, or null. Its analysis is decoded when
     * first asked for; should the stored form not decode then, {@code again} reads the file instead.
     */
    private IndexedArticle cached(IndexSearcher searcher, Path file, BasicFileAttributes attrs,
                                  java.util.function.Supplier<AnalyzedArticle> again) throws IOException {
        String key = key(file);
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.PATH, key)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.TYPE, Schema.ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(q, 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
        long size = doc.getField(Schema.SIZE).numericValue().longValue();
        long modified = doc.getField(Schema.MODIFIED).numericValue().longValue();
        int format = doc.getField(Schema.FORMAT_FIELD).numericValue().intValue();
        if (format != Schema.FORMAT || size != attrs.size() || modified != attrs.lastModifiedTime().toMillis()) {
            return null;
        }
        BytesRef json = doc.getBinaryValue(Schema.JSON); // the document's own copy, kept until decoded
        String path = file.toString();
        return IndexedArticle.stored(key, () -> {
            try {
                return StoredArticle.decode(json.bytes, json.offset, json.length).analyzed(path);
            } catch (IOException | RuntimeException e) {
                return again.get(); // written by another version or damaged: read the file again
            }
        });
    }

    /**
     * Writes an article's documents one at a time (the article, its title, sentences and quotations), so a
     * huge article never holds all its documents in memory at once and the writer may flush as it goes.
     */
    private void write(String key, AnalyzedArticle a, BasicFileAttributes attrs) throws IOException {
        Article article = a.article();
        Document doc = new Document();
        doc.add(new StringField(Schema.TYPE, Schema.ARTICLE, Field.Store.YES));
        doc.add(new StringField(Schema.PATH, key, Field.Store.YES));
        doc.add(new LongField(Schema.SIZE, attrs != null ? attrs.size() : -1, Field.Store.YES));
        doc.add(new LongField(Schema.MODIFIED, attrs != null ? attrs.lastModifiedTime().toMillis() : -1,
                Field.Store.YES));
        doc.add(new IntField(Schema.FORMAT_FIELD, Schema.FORMAT, Field.Store.YES));
        doc.add(new StoredField(Schema.JSON, StoredArticle.of(a).json()));
        writer.addDocument(doc);
        if (article.title() != null) {
            writer.addDocument(unit(key, Schema.TITLE, 0, 0, article.title().length(), article.title(), null));
        }
        if (a.sentences().size() < BACKGROUND_SENTENCES) {
            writeUnits(key, a);
            return;
        }
        // A text of many thousands of sentences: its sentences and quotations are written in slices on
        // other threads, one per core, while the caller compares (the writer is thread-safe); commit(),
        // search() and a later update wait for them.
        List<String> speakers = speakersBySentence(a.sentences(), a.quotes());
        int count = a.sentences().size();
        int slices = Runtime.getRuntime().availableProcessors();
        synchronized (this) {
            if (background == null) {
                background = Executors.newFixedThreadPool(slices,
                        Thread.ofPlatform().daemon().name("index-units-", 0).factory());
            }
            for (int slice = 0; slice < slices; slice++) {
                int from = slice * count / slices;
                int to = (slice + 1) * count / slices;
                boolean last = slice == slices - 1;
                pending.add(background.submit(() -> {
                    writeSentences(key, a, speakers, from, to);
                    if (last) {
                        writeQuotes(key, a);
                    }
                    return null;
                }));
            }
        }
    }

    /** An article's sentence and quotation documents, in reading order. */
    private void writeUnits(String key, AnalyzedArticle a) throws IOException {
        writeSentences(key, a, speakersBySentence(a.sentences(), a.quotes()), 0, a.sentences().size());
        writeQuotes(key, a);
    }

    private void writeSentences(String key, AnalyzedArticle a, List<String> speakers, int from, int to)
            throws IOException {
        String text = a.article().text();
        for (int i = from; i < to; i++) {
            Sentence s = a.sentences().get(i);
            writer.addDocument(unit(key, Schema.SENTENCE, s.index(), s.start(), s.end(), s.text(text), speakers.get(i)));
        }
    }

    private void writeQuotes(String key, AnalyzedArticle a) throws IOException {
        Article article = a.article();
        for (int i = 0; i < a.quotes().size(); i++) {
            Quotation q = a.quotes().get(i);
            writer.addDocument(unit(key, Schema.QUOTE, i, q.start(), q.end(),
                    article.text().substring(q.start(), q.end()), q.speaker()));
        }
    }

    /**
     * For each sentence, the speakers of the quotations overlapping it (space-separated, or null). One sweep
     * over sentences and quotations in text order: a long article has hundreds of thousands of both, so
     * testing every pair is out of the question.
     */
    static List<String> speakersBySentence(List<Sentence> sentences, List<Quotation> quotes) {
        List<Quotation> byStart = quotes.stream().filter(Quotation::hasSpeaker)
                .sorted(java.util.Comparator.comparingInt(Quotation::start)).toList();
        List<String> out = new ArrayList<>(sentences.size());
        List<Quotation> open = new ArrayList<>(); // started before this sentence ends, not ended before it starts
        int next = 0;
        for (Sentence s : sentences) {
            while (next < byStart.size() && byStart.get(next).start() < s.end()) {
                open.add(byStart.get(next++));
            }
            open.removeIf(q -> q.end() <= s.start());
            String names = open.stream().filter(q -> q.end() > s.start()).map(Quotation::speaker).distinct()
                    .reduce((x, y) -> x + " " + y).orElse(null);
            out.add(names);
        }
        return out;
    }

    private static Document unit(String key, String type, int ordinal, int start, int end, String text, String speaker) {
        Document doc = new Document();
        doc.add(new StringField(Schema.TYPE, type, Field.Store.YES));
        doc.add(new StringField(Schema.PATH, key, Field.Store.YES));
        doc.add(new StoredField(Schema.ORDINAL, ordinal));
        doc.add(new StoredField(Schema.START, start));
        doc.add(new StoredField(Schema.END, end));
        doc.add(new Field(Schema.TEXT, text, Schema.HIGHLIGHTABLE));
        doc.add(new Field(Schema.STEM, text, Schema.HIGHLIGHTABLE));
        if (speaker != null) {
            doc.add(new Field(Schema.SPEAKER, speaker, Schema.HIGHLIGHTABLE));
        }
        return doc;
    }

    @Override
    public void close() throws IOException {
        try {
            try {
                finishWriting(); // closing commits: never half an article's documents
            } catch (IOException | RuntimeException e) {
                writer.rollback(); // back to the last commit, and the lock released
                throw e;
            } finally {
                if (background != null) {
                    background.shutdownNow();
                }
            }
            writer.close();
        } finally {
            directory.close();
        }
    }
}
