package io.breakerboard.metrics;

import io.breakerboard.model.Score;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up {@link QualityFacts} into a {@link QualityReport}. Scores are few beside executions and are kept as rows
 * (not in the minute rollups), so quality is computed from the store's executions of the range when asked.
 */
public final class QualityAccumulator {
    private final Counts total = new Counts(AgentStats.ALL);
    private final Map<String, Counts> agents = new TreeMap<>();
    private Instant first;
    private Instant last;
    private final List<QualityFacts> pendingSeries = new ArrayList<>();

    public void add(QualityFacts f) {
        total.add(f);
        agents.computeIfAbsent(f.agent(), Counts::new).add(f);
        if (f.scores().stream().anyMatch(Score::hasValue)) {
            pendingSeries.add(f);
            first = first == null || f.startedAt().isBefore(first) ? f.startedAt() : first;
            last = last == null || f.startedAt().isAfter(last) ? f.startedAt() : last;
        }
    }

    public QualityReport report() {
        long width = first == null ? 1 : BucketSize.minutesFor(first.getEpochSecond() / 60, last.getEpochSecond() / 60);
        TreeMap<Long, Map<String, double[]>> buckets = new TreeMap<>();
        for (QualityFacts f : pendingSeries) {
            long bucket = Math.floorDiv(f.startedAt().getEpochSecond() / 60, width);
            Map<String, double[]> byAgent = buckets.computeIfAbsent(bucket, b -> new LinkedHashMap<>());
            for (Score s : f.scores()) {
                if (s.hasValue()) {
                    add(byAgent.computeIfAbsent(AgentStats.ALL, a -> new double[2]), s.value());
                    add(byAgent.computeIfAbsent(f.agent(), a -> new double[2]), s.value());
                }
            }
        }
        List<QualityReport.Point> series = new ArrayList<>();
        for (Map.Entry<Long, Map<String, double[]>> e : buckets.entrySet()) {
            double[] all = e.getValue().get(AgentStats.ALL);
            Map<String, Double> perAgent = new TreeMap<>();
            e.getValue().forEach((agent, sum) -> {
                if (!agent.equals(AgentStats.ALL)) {
                    perAgent.put(agent, sum[0] / sum[1]);
                }
            });
            series.add(new QualityReport.Point(Instant.ofEpochSecond(e.getKey() * width * 60), all[0] / all[1],
                    (long) all[1], perAgent));
        }
        return new QualityReport(total.stats(), agents.values().stream().map(Counts::stats).toList(),
                Duration.ofMinutes(width), series);
    }

    private static void add(double[] sum, double v) {
        sum[0] += v;
        sum[1]++;
    }

    private static final class Counts {
        private final String agent;
        private long executions, scored, scoreValues, human, toolCalls, toolFailures, critiqued, revised, judged,
                found, recalls, answered;
        private double scoreSum;

        Counts(String agent) {
            this.agent = agent;
        }

        void add(QualityFacts f) {
            executions++;
            if (!f.scores().isEmpty()) {
                scored++;
            }
            for (Score s : f.scores()) {
                if (s.hasValue()) {
                    scoreValues++;
                    scoreSum += s.value();
                }
            }
            if (f.humanReviewed()) {
                human++;
            }
            toolCalls += f.toolCalls();
            toolFailures += Math.min(f.toolFailures(), f.toolCalls());
            if (f.critiques() > 0) {
                critiqued++;
                if (f.revised()) {
                    revised++;
                }
            }
            Boolean rc = f.rootCauseFound();
            if (rc != null) {
                judged++;
                if (rc) {
                    found++;
                }
            }
            recalls += f.memoryRecalls();
            answered += f.memoryAnswered();
        }

        QualityStats stats() {
            return new QualityStats(agent, executions, scored, scoreValues, scoreSum, human, toolCalls, toolFailures,
                    critiqued, revised, judged, found, recalls, answered);
        }
    }
}
