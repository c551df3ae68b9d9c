package signet.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import signet.store.BulkLoad;
import signet.store.NamedGraph;
import signet.store.RemoteGraphStore;
import signet.store.RemoteStoreException;
import signet.store.SignetStore;

/**
 * Where an ingest's single writer puts the documents' graphs, in input order. Every document
 * given to {@link #put} is answered exactly once through the outcome consumer — written, or not
 * with the reason — at the latest by {@link #finish}, always on the writer's thread.
 */
sealed interface DocumentSink {

    /** A document ready to be written. */
    record Document(Path file, NamedGraph graph, boolean replacing, FactCounts facts) {}

    /** What became of a document: {@code error} is empty when it was written. */
    record Outcome(Document document, Optional<String> error) {}

    /** Queues a document; may write it (and others before it) now or later. */
    void put(Document doc);

    /** Writes everything still queued. */
    void finish();

    /** Gives up after a failure of the run; what was not written is lost. */
    void abort(Exception cause);

    /**
     * Batched write transactions into an existing store: up to {@code maxDocuments} documents or
     * {@code maxQuads} quads per transaction. A transaction that fails is retried one document per
     * transaction, so one bad document never costs the others of its batch.
     */
    final class Batched implements DocumentSink {
        private final SignetStore store;
        private final int maxDocuments, maxQuads;
        private final Consumer<Outcome> outcomes;
        private final List<Document> batch = new ArrayList<>();
        private long quads;

        Batched(SignetStore store, int maxDocuments, int maxQuads, Consumer<Outcome> outcomes) {
            this.store = Objects.requireNonNull(store, "store");
            this.maxDocuments = maxDocuments;
            this.maxQuads = maxQuads;
            this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        }

        @Override
        public void put(Document doc) {
            batch.add(doc);
            quads += doc.graph().graph().size();
            if (batch.size() >= maxDocuments || quads >= maxQuads) flush();
        }

        @Override
        public void finish() { flush(); }

        @Override
        public void abort(Exception cause) { batch.clear(); }

        private void flush() {
            if (batch.isEmpty()) return;
            List<Document> docs = List.copyOf(batch);
            batch.clear();
            quads = 0;
            try {
                store.replaceGraphs(docs.stream().map(Document::graph).toList());
                docs.forEach(d -> outcomes.accept(new Outcome(d, Optional.empty())));
            } catch (RuntimeException batchFailure) {
                if (docs.size() == 1) {
                    outcomes.accept(new Outcome(docs.get(0), Optional.of(describe(batchFailure))));
                    return;
                }
                for (Document d : docs) {
                    try {
                        store.replaceGraphs(List.of(d.graph()));
                        outcomes.accept(new Outcome(d, Optional.empty()));
                    } catch (RuntimeException e) {
                        outcomes.accept(new Outcome(d, Optional.of(describe(e))));
                    }
                }
            }
        }
    }

    /** TDB2's bulk loader filling an empty store; a failure aborts the whole run. */
    final class Bulk implements DocumentSink {
        private final BulkLoad load;
        private final Consumer<Outcome> outcomes;
        private final Runnable beforeIndexing;

        /** @param beforeIndexing called when every graph is in and the (long) index building starts */
        Bulk(BulkLoad load, Consumer<Outcome> outcomes, Runnable beforeIndexing) {
            this.load = Objects.requireNonNull(load, "load");
            this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
            this.beforeIndexing = Objects.requireNonNull(beforeIndexing, "beforeIndexing");
        }

        @Override
        public void put(Document doc) {
            load.add(doc.graph());
            outcomes.accept(new Outcome(doc, Optional.empty()));
        }

        @Override
        public void finish() {
            beforeIndexing.run();
            load.finish();
        }

        @Override
        public void abort(Exception cause) { load.abort(cause); }
    }

    /**
     * Graph Store Protocol PUTs, {@code connections} at a time. A document the endpoint refuses is
     * a failure of that document; a refusal that concerns the endpoint (connection refused,
     * credentials, no such endpoint) stops the run with the file and the reason.
     */
    final class Remote implements DocumentSink {
        private final RemoteGraphStore remote;
        private final int connections;
        private final Consumer<Outcome> outcomes;
        private final ExecutorService senders;
        private final Deque<CompletableFuture<Outcome>> inFlight = new ArrayDeque<>();

        Remote(RemoteGraphStore remote, int connections, Consumer<Outcome> outcomes) {
            this.remote = Objects.requireNonNull(remote, "remote");
            this.connections = connections;
            this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
            this.senders = Executors.newFixedThreadPool(connections, Thread.ofPlatform().name("signet-put-", 0).daemon().factory());
        }

        @Override
        public void put(Document doc) {
            inFlight.add(CompletableFuture.supplyAsync(() -> send(doc), senders));
            // answer in input order; wait when enough requests are under way (back-pressure)
            while (!inFlight.isEmpty() && (inFlight.peek().isDone() || inFlight.size() > 2 * connections)) deliver(inFlight.poll());
        }

        @Override
        public void finish() {
            try {
                while (!inFlight.isEmpty()) deliver(inFlight.poll());
            } finally {
                senders.shutdown();
            }
        }

        @Override
        public void abort(Exception cause) {
            inFlight.forEach(f -> f.cancel(true));
            inFlight.clear();
            senders.shutdownNow();
        }

        private Outcome send(Document doc) {
            try {
                remote.put(doc.graph());
                return new Outcome(doc, Optional.empty());
            } catch (RemoteStoreException e) {
                if (e.fatal()) throw new EndpointFailure(doc.file(), remote, e);
                return new Outcome(doc, Optional.of("PUT to " + remote.endpoint() + " failed: " + e.getMessage()));
            }
        }

        private void deliver(CompletableFuture<Outcome> f) {
            try {
                outcomes.accept(f.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof EndpointFailure ef) throw ef;
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending graphs", e);
            }
        }
    }

    /** The endpoint refuses every document: the run stops, naming the first file and why. */
    final class EndpointFailure extends RuntimeException {
        EndpointFailure(Path file, RemoteGraphStore remote, RemoteStoreException cause) {
            super("cannot PUT " + file + " to " + remote.endpoint() + ": " + cause.getMessage(), cause);
        }
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
