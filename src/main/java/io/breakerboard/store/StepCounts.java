package io.breakerboard.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * How many steps each execution of a listed page has, in one query over the steps' primary key, so lists and
 * exports show the real count without loading a single step.
 */
final class StepCounts {
    private static final String COUNT = "SELECT execution_id, COUNT(*) FROM steps WHERE execution_id = ANY(?) "
            + "GROUP BY execution_id";

    private StepCounts() {
    }

    /** The step count of each id that has steps; ids without steps are absent. */
    static Map<Long, Integer> of(Connection c, long[] ids) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        if (ids.length == 0) {
            return counts;
        }
        Long[] boxed = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            boxed[i] = ids[i];
        }
        try (PreparedStatement ps = c.prepareStatement(COUNT)) {
            Array array = c.createArrayOf("BIGINT", boxed);
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }
}
