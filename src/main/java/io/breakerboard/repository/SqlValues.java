package io.breakerboard.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Values to and from columns, the same way in every repository and on both databases: instants in a
 * {@code TIMESTAMP WITH TIME ZONE} as UTC offset date-times (in a plain {@code TIMESTAMP} as UTC local
 * date-times), NaN as NULL, and text cut to its column's length.
 */
final class SqlValues {
    private SqlValues() {
    }

    /** An instant, or NULL, into a {@code TIMESTAMP WITH TIME ZONE} parameter. */
    static void setInstant(PreparedStatement ps, int index, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        }
    }

    /** The instant of a {@code TIMESTAMP WITH TIME ZONE} column, or null. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column, OffsetDateTime.class));
    }

    /** The instant of a {@code TIMESTAMP WITH TIME ZONE} column, or null. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        return instant(rs.getObject(column, OffsetDateTime.class));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    /** An instant into a plain {@code TIMESTAMP} parameter, as UTC. */
    static void setUtcTimestamp(PreparedStatement ps, int index, Instant t) throws SQLException {
        ps.setObject(index, LocalDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    /** The instant of a plain {@code TIMESTAMP} column written by {@link #setUtcTimestamp}. */
    static Instant utcTimestamp(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    // NaN (no value) is stored as NULL: not every database keeps NaN in a DOUBLE PRECISION column.
    static void setNumber(PreparedStatement ps, int index, double v) throws SQLException {
        if (Double.isNaN(v)) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, v);
        }
    }

    /** A number written by {@link #setNumber}: NULL comes back as NaN. */
    static double number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    /** Text, or NULL, cut to the {@code max} characters of its column. */
    static void setText(PreparedStatement ps, int index, String s, int max) throws SQLException {
        if (s == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, s.length() <= max ? s : s.substring(0, max));
        }
    }
}
