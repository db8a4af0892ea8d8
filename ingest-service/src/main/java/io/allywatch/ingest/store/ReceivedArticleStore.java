package io.allywatch.ingest.store;

import io.allywatch.contract.Article;
import io.allywatch.ingest.domain.ReceivedArticles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The received_article table: plain JDBC batches for the writes (one transaction per chunk), the
 * Panache entity {@link ReceivedArticle} for reading one article back.
 */
@ApplicationScoped
public class ReceivedArticleStore implements ReceivedArticles {
    private final DataSource db;
    /** The received_article table, with its schema. */
    private final String table;

    public ReceivedArticleStore(DataSource db,
                                @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema") String schema) {
        this.db = db;
        this.table = schema + ".received_article";
    }

    @Override
    public int forEachStored(StoredVisitor visitor) {
        int ids = 0;
        try (Connection c = db.getConnection();
             PreparedStatement select = c.prepareStatement("select article_id, simhash from " + table);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString(1);
                long fingerprint = rows.getLong(2);
                visitor.stored(id, rows.wasNull() ? null : fingerprint);
                ids++;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the stored articles failed", e);
        }
        return ids;
    }

    @Override
    public void insertNew(Set<String> maybeStored, Function<Set<String>, List<Row>> decide) {
        QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = db.getConnection()) {
                insert(c, decide.apply(known(c, maybeStored)));
            }
            return null;
        });
    }

    private void insert(Connection c, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("insert into " + table + " (article_id, url, source, title, "
                + "published_at, lang, body, received_at, simhash, near_duplicate_of, published) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)")) {
            for (Row row : rows) {
                bind(insert, row);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw new IdTaken(e);
            }
            throw e;
        }
    }

    private static void bind(PreparedStatement insert, Row row) throws SQLException {
        Article a = row.article();
        insert.setString(1, a.articleId());
        insert.setString(2, a.url());
        insert.setString(3, a.source());
        insert.setString(4, a.title());
        setInstant(insert, 5, a.publishedAt());
        insert.setString(6, a.lang());
        insert.setString(7, a.text());
        setInstant(insert, 8, a.receivedAt());
        if (row.fingerprint().isPresent()) {
            insert.setLong(9, row.fingerprint().getAsLong());
        } else {
            insert.setNull(9, Types.BIGINT);
        }
        insert.setString(10, row.nearDuplicateOf());
    }

    private static void setInstant(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, at.atOffset(ZoneOffset.UTC));
        }
    }

    /** The ids of the set that are stored already. */
    private Set<String> known(Connection c, Set<String> ids) throws SQLException {
        Set<String> known = new HashSet<>();
        if (ids.isEmpty()) {
            return known;
        }
        // Padded to a power of two (repeating an id) so that few distinct statements are prepared.
        int slots = ids.size() == 1 ? 1 : Integer.highestOneBit(ids.size() - 1) << 1;
        try (PreparedStatement select = c.prepareStatement("select article_id from " + table
                + " where article_id in (" + placeholders(slots) + ")")) {
            int i = 1;
            String first = ids.iterator().next();
            for (String id : ids) {
                select.setString(i++, id);
            }
            for (; i <= slots; i++) {
                select.setString(i, first);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    known.add(rows.getString(1));
                }
            }
        }
        return known;
    }

    @Override
    public void markPublished(List<String> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = db.getConnection();
                 PreparedStatement mark = c.prepareStatement("update " + table + " set published = true where article_id in ("
                         + placeholders(articleIds.size()) + ")")) {
                for (int i = 0; i < articleIds.size(); i++) {
                    mark.setString(i + 1, articleIds.get(i));
                }
                return mark.executeUpdate();
            }
        });
    }

    @Override
    public List<Row> unpublished(Instant before, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Row> rows = new java.util.ArrayList<>();
            try (Connection c = db.getConnection();
                 PreparedStatement select = c.prepareStatement("select article_id, url, source, title, published_at, lang, body, "
                         + "received_at, simhash, near_duplicate_of from " + table
                         + " where published = false and received_at < ? order by received_at")) {
                select.setObject(1, before.atOffset(ZoneOffset.UTC));
                select.setMaxRows(limit);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        Article a = new Article(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                instant(r, 5), r.getString(6), r.getString(7), instant(r, 8));
                        long fp = r.getLong(9);
                        rows.add(new Row(a, r.wasNull() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(fp), r.getString(10)));
                    }
                }
            }
            return rows;
        });
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        java.time.OffsetDateTime at = r.getObject(column, java.time.OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    @Override
    public void delete(List<String> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = db.getConnection();
                 PreparedStatement delete = c.prepareStatement("delete from " + table + " where article_id in ("
                         + placeholders(articleIds.size()) + ")")) {
                for (int i = 0; i < articleIds.size(); i++) {
                    delete.setString(i + 1, articleIds.get(i));
                }
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Article> find(String articleId) {
        return ReceivedArticle.<ReceivedArticle>findByIdOptional(articleId).map(ReceivedArticle::toArticle);
    }

    private static String placeholders(int n) {
        return "?, ".repeat(n - 1) + "?";
    }

    /** SQLState class 23 (integrity constraint): here, the primary key, so another insert of the same id won. */
    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
