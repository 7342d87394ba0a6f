package io.breakerboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import io.breakerboard.testsupport.Executions;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ScoreColumnsTest {
    @Test
    void writesOneRowPerScoreWithItsExecutionAndMasksSecretsInComments() throws IOException {
        Execution scored = Executions.scored("k-1");
        Execution leaky = Executions.simple("k-3", "billing", Executions.T0).toBuilder()
                .addScore(Score.numeric("=cmd", 1, ScoreSource.HUMAN, "key sk-ant-api03-abcdefghijklmnopqrstuvwx", null))
                .build();
        StringWriter out = new StringWriter();

        long rows = new CsvExporter().writeTable(ScoreColumns.all(),
                ScoreColumns.rows(List.of(scored, Executions.simple("k-2", "billing", Executions.T0), leaky)), out,
                io.breakerboard.export.ExportControl.NONE);

        List<CSVRecord> csv = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).isEqualTo(4);
        assertThat(csv.get(0).toList()).containsExactly("execution_id", "agent", "started_at", "name", "value", "label",
                "flag", "source", "comment", "scored_at", "outcome");
        assertThat(csv.get(1).toList()).containsExactly("k-1", "support-bot", "2024-10-15T14:23:01.123456Z",
                "helpfulness", "0.7500", "", "", "annotation", "clear answer", "2024-10-15T14:24:01.123456Z", "partial");
        assertThat(csv.get(2).get(4)).isEqualTo("1.0000");
        assertThat(csv.get(2).get(6)).isEqualTo("true");
        assertThat(csv.get(3).get(5)).isEqualTo("correct");
        assertThat(csv.get(4).get(3)).startsWith("'=");
        assertThat(out.toString()).doesNotContain("sk-ant-api03-abcdefghijklmnopqrstuvwx");
    }
}
